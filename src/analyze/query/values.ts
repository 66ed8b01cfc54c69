// Value semantics of the query language, chosen to match how Logs Insights treats log data: numbers and
// numeric strings compare as numbers, JSON true/false compare equal to 1/0 (so `filter cold_start=1`
// matches Powertools' boolean), and a missing field makes every comparison false.

export type Value = string | number | boolean | null | undefined;

export function isMissing(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** The number a value stands for, or NaN when it is not numeric. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' && NUMERIC.test(value)) return Number(value);
  return NaN;
}

/** Text of a value as it appears in output and in string functions. */
export function toText(value: unknown): string {
  if (isMissing(value)) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function truthy(value: unknown): boolean {
  if (isMissing(value)) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'string') return value.length > 0 && value !== 'false';
  return true;
}

export function equals(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (isMissing(a) || isMissing(b)) return false;
  const x = toNumber(a);
  const y = toNumber(b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x === y;
  return toText(a) === toText(b);
}

/** Ordering for `<`/`>`: numeric when both sides are numbers, text otherwise; undefined when a side is missing. */
export function order(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (isMissing(a) || isMissing(b)) return undefined;
  const x = toNumber(a);
  const y = toNumber(b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x < y ? -1 : x > y ? 1 : 0;
  const s = toText(a);
  const t = toText(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** Natural order of text: digit runs compare by length, then value; other runs by code unit. */
function naturalCompare(a: string, b: string): number {
  const chunks = (s: string): string[] => s.match(/\d+|\D+/g) ?? [];
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p === q) continue;
    const pd = p.charCodeAt(0) >= 48 && p.charCodeAt(0) <= 57;
    const qd = q.charCodeAt(0) >= 48 && q.charCodeAt(0) <= 57;
    if (pd && qd) return p.length !== q.length ? p.length - q.length : p < q ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * The `sort` order (ascending): like Logs Insights, text values come before numbers, numbers compare by value,
 * text naturally. Missing values are kept for last by the caller in either direction.
 */
export function sortCompare(a: unknown, b: unknown): number {
  const x = typeof a === 'boolean' ? NaN : toNumber(a);
  const y = typeof b === 'boolean' ? NaN : toNumber(b);
  const xn = !Number.isNaN(x);
  const yn = !Number.isNaN(y);
  if (xn && yn) return x - y;
  if (xn !== yn) return xn ? 1 : -1;
  return naturalCompare(toText(a), toText(b));
}
