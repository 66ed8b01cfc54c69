// Scalar functions of the query language (the Logs Insights names), and the catalog of aggregate names
// that only `stats` accepts. `bin`, `datefloor` and `dateceil` need the row's time and live in the evaluator.
import { IP_FUNCTIONS } from './ip-functions.js';
import { parseTime } from '../read/time.js';
import { jsonTooDeep } from '../read/json-depth.js';
import { isMissing, toNumber, toText, type Value } from './values.js';

export interface Arity {
  min: number;
  max: number;
}

type Scalar = (args: Value[]) => Value;

const num = (v: Value): number => toNumber(v);
const numeric = (f: (x: number) => number): Scalar => (args) => {
  const x = num(args[0]);
  return Number.isNaN(x) ? undefined : f(x);
};
const text = (f: (s: string, args: Value[]) => Value): Scalar => (args) => (isMissing(args[0]) ? undefined : f(toText(args[0]), args));

const SCALARS: Record<string, { arity: Arity; fn: Scalar }> = {
  ispresent: { arity: { min: 1, max: 1 }, fn: ([v]) => !isMissing(v) },
  isempty: { arity: { min: 1, max: 1 }, fn: ([v]) => isMissing(v) || toText(v).length === 0 },
  isblank: { arity: { min: 1, max: 1 }, fn: ([v]) => isMissing(v) || toText(v).trim().length === 0 },
  coalesce: { arity: { min: 1, max: 100 }, fn: (args) => args.find((v) => !isMissing(v)) },
  concat: { arity: { min: 1, max: 100 }, fn: (args) => args.map(toText).join('') },
  // Code points, as Logs Insights counts: an emoji is one character, not two UTF-16 units.
  strlen: { arity: { min: 1, max: 1 }, fn: text((s) => [...s].length) },
  tolower: { arity: { min: 1, max: 1 }, fn: text((s) => s.toLowerCase()) },
  toupper: { arity: { min: 1, max: 1 }, fn: text((s) => s.toUpperCase()) },
  // The second argument names the characters to strip (whitespace without it).
  trim: { arity: { min: 1, max: 2 }, fn: text((s, a) => strip(s, a[1], true, true)) },
  ltrim: { arity: { min: 1, max: 2 }, fn: text((s, a) => strip(s, a[1], true, false)) },
  rtrim: { arity: { min: 1, max: 2 }, fn: text((s, a) => strip(s, a[1], false, true)) },
  strcontains: { arity: { min: 2, max: 2 }, fn: text((s, a) => (s.includes(toText(a[1])) ? 1 : 0)) },
  substr: {
    arity: { min: 2, max: 3 },
    fn: text((s, a) => {
      const start = Math.max(0, Math.trunc(num(a[1])) || 0);
      const length = a.length > 2 ? Math.max(0, Math.trunc(num(a[2])) || 0) : undefined;
      return length === undefined ? s.slice(start) : s.slice(start, start + length);
    }),
  },
  replace: { arity: { min: 3, max: 3 }, fn: text((s, a) => s.split(toText(a[1])).join(toText(a[2]))) },
  abs: { arity: { min: 1, max: 1 }, fn: numeric(Math.abs) },
  ceil: { arity: { min: 1, max: 1 }, fn: numeric(Math.ceil) },
  floor: { arity: { min: 1, max: 1 }, fn: numeric(Math.floor) },
  sqrt: { arity: { min: 1, max: 1 }, fn: numeric(Math.sqrt) },
  log: { arity: { min: 1, max: 1 }, fn: numeric(Math.log) },
  greatest: { arity: { min: 1, max: 100 }, fn: (args) => pickNumber(args, Math.max) },
  least: { arity: { min: 1, max: 100 }, fn: (args) => pickNumber(args, Math.min) },
  tonumber: { arity: { min: 1, max: 1 }, fn: numeric((x) => x) },
  // Masking is a CloudWatch data-protection view; exported files hold the text as it was, so this is identity.
  unmask: { arity: { min: 1, max: 1 }, fn: ([v]) => v },
  tostring: { arity: { min: 1, max: 1 }, fn: ([v]) => (isMissing(v) ? undefined : toText(v)) },
  // An object or list whose members later expressions reach with dots (`jsonParse(@message) as j | display j.user`).
  jsonparse: { arity: { min: 1, max: 1 }, fn: text((s) => parseJsonValue(s)) },
  jsonstringify: { arity: { min: 1, max: 1 }, fn: ([v]) => (isMissing(v) ? undefined : JSON.stringify(v)) },
  tomillis: { arity: { min: 1, max: 1 }, fn: ([v]) => (typeof v === 'number' ? v : parseTime(v)) },
  frommillis: { arity: { min: 1, max: 1 }, fn: numeric((x) => x) },
  // The time the query started, in epoch seconds.
  now: { arity: { min: 0, max: 0 }, fn: () => Math.floor(Date.now() / 1000) },
  ...IP_FUNCTIONS,
};

function strip(s: string, chars: Value, left: boolean, right: boolean): string {
  if (isMissing(chars)) return left && right ? s.trim() : left ? s.trimStart() : s.trimEnd();
  const set = new Set(toText(chars));
  const points = [...s];
  let start = 0;
  let end = points.length;
  if (left) while (start < end && set.has(points[start] as string)) start++;
  if (right) while (end > start && set.has(points[end - 1] as string)) end--;
  return points.slice(start, end).join('');
}

/** A JSON value for jsonParse, kept shallow enough to print; undefined when the text is not JSON. */
function parseJsonValue(s: string): Value {
  if (s.length > 1024 * 1024 || jsonTooDeep(s)) return undefined;
  try {
    const value: unknown = JSON.parse(s);
    return value as Value;
  } catch {
    return undefined;
  }
}

function pickNumber(args: Value[], f: (...xs: number[]) => number): Value {
  const xs = args.map(num).filter((x) => !Number.isNaN(x));
  return xs.length === 0 ? undefined : f(...xs);
}

/** Functions that read the row's time: `bin(5m)`, `datefloor(t, 1h)`, `dateceil(t, 1h)`. */
export const TIME_FUNCTIONS: Record<string, Arity> = {
  bin: { min: 1, max: 1 },
  datefloor: { min: 2, max: 2 },
  dateceil: { min: 2, max: 2 },
};

export const AGGREGATES: Record<string, Arity> = {
  count: { min: 0, max: 1 },
  count_distinct: { min: 1, max: 1 },
  sum: { min: 1, max: 1 },
  avg: { min: 1, max: 1 },
  min: { min: 1, max: 1 },
  max: { min: 1, max: 1 },
  pct: { min: 2, max: 2 },
  stddev: { min: 1, max: 1 },
  earliest: { min: 1, max: 1 },
  latest: { min: 1, max: 1 },
  sortsfirst: { min: 1, max: 1 },
  sortslast: { min: 1, max: 1 },
};

export function scalarArity(name: string): Arity | undefined {
  return SCALARS[name]?.arity ?? TIME_FUNCTIONS[name];
}

export function callScalar(name: string, args: Value[]): Value {
  const f = SCALARS[name];
  return f ? f.fn(args) : undefined;
}

export const FUNCTION_NAMES = [...Object.keys(SCALARS), ...Object.keys(TIME_FUNCTIONS), ...Object.keys(AGGREGATES)].sort();

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Milliseconds per fixed-length time unit of `bin()`, `datefloor()`…: every spelling the Logs Insights docs list. */
export const DURATION_UNITS: Record<string, number> = {
  ms: 1, msec: 1, msecs: 1, millisecond: 1, milliseconds: 1,
  s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND,
  m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE,
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR,
  d: DAY, day: DAY, days: DAY,
  w: 7 * DAY, week: 7 * DAY, weeks: 7 * DAY,
};

/** Calendar units, in months: their length varies, so times are floored on the UTC calendar instead. */
export const CALENDAR_UNITS: Record<string, number> = {
  mo: 1, mon: 1, month: 1, months: 1,
  q: 3, qtr: 3, quarter: 3, quarters: 3,
  y: 12, yr: 12, year: 12, years: 12,
};
