// Horizontal bars of plain counts (how many workloads miss a practice, items per status), as SVG drawn on the
// server like RiskBars: the same chart on the page, in the HTML report and in the PDF. Deterministic geometry.
import { estimateTextWidth } from './risk-bars.js';

export interface CountRow {
  label: string;
  value: number;
  colour?: string;
}

const WIDTH = 720;
const LABEL_W = 330;
const BAR_W = WIDTH - LABEL_W - 60;
const ROW_H = 26;
const TOP = 6;

/** Cuts a label to fit its column; the full text stays in the row's <title>. */
function fit(label: string): string {
  if (estimateTextWidth(label) <= LABEL_W - 12) return label;
  const chars = [...label];
  while (chars.length > 1 && estimateTextWidth(`${chars.join('')}…`) > LABEL_W - 12) chars.pop();
  return `${chars.join('')}…`;
}

export function CountBars(props: { rows: CountRow[]; title: string; id: string }) {
  const { rows, title, id } = props;
  const height = TOP * 2 + rows.length * ROW_H;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const desc = rows.map((r) => `${r.label}: ${r.value}`).join('; ');
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`} font-family="system-ui, sans-serif" font-size="13">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {rows.map((row, i) => {
        const y = TOP + i * ROW_H;
        const w = (row.value / max) * BAR_W;
        return (
          <g>
            <title>{`${row.label}: ${row.value}`}</title>
            <text x={LABEL_W - 8} y={y + 17} text-anchor="end" fill="#1b1f24">
              {fit(row.label)}
            </text>
            <rect x={LABEL_W} y={y + 3} width={w.toFixed(1)} height={ROW_H - 8} fill={row.colour ?? '#0b57d0'} />
            <text x={(LABEL_W + w + 6).toFixed(1)} y={y + 17} fill="#1b1f24" font-weight="600">
              {row.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
