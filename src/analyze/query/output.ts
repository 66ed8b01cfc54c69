// Query results as an aligned text table, JSON (an array of row objects) or CSV. Times print as Logs
// Insights prints them (`2026-11-02 10:00:00.120`, UTC) in every format.
import type { QueryResult, ResultRow } from './run.js';
import type { Value } from './values.js';

export const QUERY_FORMATS = ['table', 'json', 'csv'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export function formatTime(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(ms) : d.toISOString().replace('T', ' ').replace('Z', '');
}

/** Rows with time columns turned into dates; other values unchanged. */
function presented(result: Pick<QueryResult, 'rows' | 'timeColumns'>): ResultRow[] {
  if (result.timeColumns.length === 0) return result.rows;
  return result.rows.map((row) => {
    const out: ResultRow = { ...row };
    for (const c of result.timeColumns) {
      const v = out[c];
      if (typeof v === 'number') out[c] = formatTime(v);
    }
    return out;
  });
}

function cell(value: Value): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
  return String(value).replace(/\r?\n/g, '\\n').replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/** East Asian wide characters take two columns on a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x1f300 ? 2 : 1;
  }
  return w;
}

export function formatTable(columns: readonly string[], rows: readonly ResultRow[]): string {
  const cells = rows.map((row) => columns.map((c) => cell(row[c])));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] as string))));
  const line = (parts: readonly string[]): string =>
    parts
      .map((p, i) => (i === parts.length - 1 ? p : p + ' '.repeat((widths[i] as number) - width(p))))
      .join('  ')
      .trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function csvField(value: Value): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatQueryResult(result: Pick<QueryResult, 'rows' | 'timeColumns' | 'columns'>, format: QueryFormat): string {
  const rows = presented(result);
  if (format === 'json') return JSON.stringify(rows, null, 2);
  if (format === 'csv') return [result.columns.map(csvField).join(','), ...rows.map((r) => result.columns.map((c) => csvField(r[c])).join(','))].join('\r\n');
  return formatTable(result.columns, rows);
}
