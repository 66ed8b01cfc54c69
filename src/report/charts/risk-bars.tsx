// Stacked horizontal bars of risk counts, drawn as plain SVG on the server: the same chart in the page,
// the HTML report and the PDF, with no script. Deterministic output (fixed geometry, no ids from randomness).
import type { ApiRisk } from '../../lens/risk.js';
import type { RiskCounts } from '../../review/summary.js';
import type { Lang } from '../../util/i18n.js';
import { riskLabel } from '../review/messages.js';

export const RISK_COLOURS: Readonly<Record<ApiRisk, string>> = {
  HIGH: '#b3261e',
  MEDIUM: '#8a5300',
  NONE: '#1e6b34',
  NOT_APPLICABLE: '#5f6670',
  UNANSWERED: '#d8dee4',
};
export const TEXT_ON: Readonly<Record<ApiRisk, string>> = { HIGH: '#fff', MEDIUM: '#fff', NONE: '#fff', NOT_APPLICABLE: '#fff', UNANSWERED: '#1b1f24' };
export const CHART_RISKS: readonly ApiRisk[] = ['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED'];

export interface BarRow {
  label: string;
  counts: RiskCounts;
  /** Draws the row's label in bold (e.g. the overall row). */
  strong?: boolean;
}

const WIDTH = 720;
const LABEL_W = 230;
const BAR_W = WIDTH - LABEL_W - 50;
const ROW_H = 30;
const TOP = 8;
const LEGEND_H = 34;

const SWATCH = 16;
const LEGEND_GAP = 18;

/** A generous width for 13px text: CJK characters are square, others at most about 8px in the widest common sans. */
export function estimateTextWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 13 : 8;
  return width;
}

/**
 * Where each legend item starts: placed by the width of its label (a fixed step let English labels run into
 * each other), under the bars when they fit there, otherwise moved left so the whole legend stays in the chart.
 */
export function legendOffsets(labels: readonly string[]): { start: number; offsets: number[] } {
  const offsets: number[] = [];
  let x = 0;
  for (const label of labels) {
    offsets.push(Math.round(x));
    x += SWATCH + estimateTextWidth(label) + LEGEND_GAP;
  }
  const total = x - LEGEND_GAP;
  const start = total <= WIDTH - LABEL_W ? LABEL_W : Math.max(4, Math.floor(WIDTH - total - 4));
  return { start, offsets };
}

/** Cuts a label that would run into the bars; the full text stays in the <title> of the row. */
function shorten(label: string, max = 26): string {
  const chars = [...label];
  const wide = chars.some((ch) => ch.charCodeAt(0) > 0x2e80);
  const limit = wide ? Math.floor(max * 0.55) : max;
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : label;
}

export function RiskBars(props: { rows: BarRow[]; title: string; lang: Lang; id: string }) {
  const { rows, title, lang, id } = props;
  const height = TOP + rows.length * ROW_H + LEGEND_H;
  const max = Math.max(1, ...rows.map((r) => CHART_RISKS.reduce((sum, risk) => sum + r.counts[risk], 0)));
  const legend = legendOffsets(CHART_RISKS.map((risk) => riskLabel(lang, risk)));
  const desc = rows.map((r) => `${r.label}: ${CHART_RISKS.map((risk) => `${riskLabel(lang, risk)} ${r.counts[risk]}`).join(', ')}`).join('; ');
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-labelledby={`${id}-t ${id}-d`} font-family="system-ui, sans-serif" font-size="13">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {rows.map((row, i) => {
        const y = TOP + i * ROW_H;
        let x = LABEL_W;
        const total = CHART_RISKS.reduce((sum, risk) => sum + row.counts[risk], 0);
        return (
          <g>
            <title>{row.label}</title>
            <text x={LABEL_W - 8} y={y + 18} text-anchor="end" fill="#1b1f24" font-weight={row.strong ? '700' : '400'}>
              {shorten(row.label)}
            </text>
            {CHART_RISKS.map((risk) => {
              const n = row.counts[risk];
              if (n === 0) return null;
              const w = (n / max) * BAR_W;
              const rect = (
                <g>
                  <rect x={x.toFixed(1)} y={y + 3} width={w.toFixed(1)} height={ROW_H - 8} fill={RISK_COLOURS[risk]} stroke="#fff" stroke-width="1" />
                  {w >= 18 ? (
                    <text x={(x + w / 2).toFixed(1)} y={y + 18} text-anchor="middle" fill={TEXT_ON[risk]} font-weight="600">
                      {n}
                    </text>
                  ) : null}
                </g>
              );
              x += w;
              return rect;
            })}
            <text x={(LABEL_W + (total / max) * BAR_W + 6).toFixed(1)} y={y + 18} fill="#555e69">
              {total === 0 ? '0' : ''}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${legend.start}, ${TOP + rows.length * ROW_H + 10})`}>
        {CHART_RISKS.map((risk, i) => (
          <g transform={`translate(${legend.offsets[i] ?? 0}, 0)`}>
            <rect width="12" height="12" fill={RISK_COLOURS[risk]} stroke="#8c959f" stroke-width="0.5" />
            <text x="16" y="11" fill="#1b1f24">
              {riskLabel(lang, risk)}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
