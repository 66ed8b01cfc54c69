// A line chart over categories with up to two value axes (left and right), written as plain SVG text so it
// prints the same in a terminal report's file, an HTML page and a PDF. Deterministic: fixed geometry,
// coordinates rounded, no random ids.

export interface ChartAxis {
  label: string;
  format: (value: number) => string;
}

export interface ChartSeries {
  name: string;
  values: readonly number[];
  axis: 'left' | 'right';
  colour: string;
}

export interface LineChartSpec {
  title: string;
  /** Category labels along the x axis, in order. */
  categories: readonly string[];
  xLabel: string;
  left: ChartAxis;
  right?: ChartAxis;
  series: readonly ChartSeries[];
  /** A category to mark with a dashed line and a label (e.g. the recommendation). */
  highlight?: { index: number; label: string };
}

const W = 720;
const H = 420;
const M = { left: 86, right: 96, top: 64, bottom: 64 };
const PLOT_W = W - M.left - M.right;
const TICKS = 5;
/** Legend entries per row; more series push the plot down by a row each. */
const LEGEND_PER_ROW = 3;
const LEGEND_ROW_H = 16;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const n = (x: number): string => String(Math.round(x * 10) / 10);

/** A round upper bound for an axis: 1, 2 or 5 times a power of ten, at or above the largest value. */
export function niceMax(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

function xAt(i: number, count: number): number {
  return count <= 1 ? M.left + PLOT_W / 2 : M.left + (i * PLOT_W) / (count - 1);
}

export function lineChart(spec: LineChartSpec): string {
  const count = spec.categories.length;
  const legendRows = Math.max(1, Math.ceil(spec.series.length / LEGEND_PER_ROW));
  const TOP = M.top + (legendRows - 1) * LEGEND_ROW_H;
  const PLOT_H = H - TOP - M.bottom;
  const maxOf = (axis: 'left' | 'right'): number => niceMax(Math.max(0, ...spec.series.filter((s) => s.axis === axis).flatMap((s) => s.values.filter(Number.isFinite))));
  const top = { left: maxOf('left'), right: maxOf('right') };
  const yAt = (v: number, axis: 'left' | 'right'): number => TOP + PLOT_H - (v / top[axis]) * PLOT_H;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeXml(spec.title)}" font-family="sans-serif" font-size="12">`);
  out.push(`<title>${escapeXml(spec.title)}</title>`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${W / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">${escapeXml(spec.title)}</text>`);
  // Legend under the title.
  spec.series.forEach((s, i) => {
    const x = M.left + (i % LEGEND_PER_ROW) * 200;
    const y = 44 + Math.floor(i / LEGEND_PER_ROW) * LEGEND_ROW_H;
    out.push(`<line x1="${x}" y1="${y}" x2="${x + 24}" y2="${y}" stroke="${s.colour}" stroke-width="3"/><text x="${x + 30}" y="${y + 4}">${escapeXml(s.name)}</text>`);
  });
  // Grid and axis ticks.
  for (let t = 0; t <= TICKS; t++) {
    const y = TOP + PLOT_H - (t * PLOT_H) / TICKS;
    out.push(`<line x1="${M.left}" y1="${n(y)}" x2="${M.left + PLOT_W}" y2="${n(y)}" stroke="#e1e4e8"/>`);
    out.push(`<text x="${M.left - 8}" y="${n(y + 4)}" text-anchor="end">${escapeXml(spec.left.format((top.left * t) / TICKS))}</text>`);
    if (spec.right) out.push(`<text x="${M.left + PLOT_W + 8}" y="${n(y + 4)}">${escapeXml(spec.right.format((top.right * t) / TICKS))}</text>`);
  }
  out.push(`<rect x="${M.left}" y="${TOP}" width="${PLOT_W}" height="${PLOT_H}" fill="none" stroke="#57606a"/>`);
  spec.categories.forEach((c, i) => {
    out.push(`<text x="${n(xAt(i, count))}" y="${TOP + PLOT_H + 18}" text-anchor="middle">${escapeXml(c)}</text>`);
  });
  out.push(`<text x="${M.left + PLOT_W / 2}" y="${H - 18}" text-anchor="middle">${escapeXml(spec.xLabel)}</text>`);
  out.push(`<text transform="translate(18 ${TOP + PLOT_H / 2}) rotate(-90)" text-anchor="middle">${escapeXml(spec.left.label)}</text>`);
  if (spec.right) out.push(`<text transform="translate(${W - 14} ${TOP + PLOT_H / 2}) rotate(90)" text-anchor="middle">${escapeXml(spec.right.label)}</text>`);
  if (spec.highlight && spec.highlight.index >= 0 && spec.highlight.index < count) {
    const x = n(xAt(spec.highlight.index, count));
    out.push(`<line x1="${x}" y1="${TOP}" x2="${x}" y2="${TOP + PLOT_H}" stroke="#1e6b34" stroke-width="2" stroke-dasharray="6 4"/>`);
    out.push(`<text x="${x}" y="${TOP - 6}" text-anchor="middle" fill="#1e6b34" font-weight="bold">${escapeXml(spec.highlight.label)}</text>`);
  }
  for (const s of spec.series) {
    const points = s.values.map((v, i) => (Number.isFinite(v) ? `${n(xAt(i, count))},${n(yAt(v, s.axis))}` : '')).filter(Boolean);
    if (points.length > 1) out.push(`<polyline fill="none" stroke="${s.colour}" stroke-width="2.5" points="${points.join(' ')}"/>`);
    for (const p of points) {
      const [x, y] = p.split(',');
      out.push(`<circle cx="${x}" cy="${y}" r="4" fill="${s.colour}"/>`);
    }
  }
  out.push('</svg>');
  return out.join('\n');
}
