// Expressions compiled once into closures over a row, so the per-record cost of a filter is a few calls.
// A row is a log record plus the fields that `fields`, `parse` and `stats` computed for it.
import type { Expr } from './ast.js';
import { fieldGetter, type LogRecord } from '../read/record.js';
import { callScalar } from './functions.js';
import { jsonTooDeep } from '../read/json-depth.js';
import { equals, isMissing, order, toNumber, toText, truthy, type Value } from './values.js';

export class Row {
  values: Map<string, unknown> | undefined = undefined;
  /** Aggregate results of a `stats` group, read by the stats items' expressions. */
  aggregates: Value[] | undefined = undefined;

  constructor(public record: LogRecord | undefined) {}

  get(name: string): unknown {
    const values = this.values;
    if (values !== undefined) {
      if (values.has(name)) return values.get(name);
      // `j.user` where `j` is a computed object (jsonParse): walk into it.
      const dot = name.indexOf('.');
      if (dot > 0 && values.has(name.slice(0, dot))) return walk(values.get(name.slice(0, dot)), name.slice(dot + 1));
    }
    return this.record?.get(name);
  }

  set(name: string, value: unknown): void {
    (this.values ??= new Map()).set(name, value);
  }

  time(): number | undefined {
    const record = this.record;
    const t = this.values === undefined && record !== undefined ? record.timestamp : this.get('@timestamp');
    return typeof t === 'number' ? t : undefined;
  }
}

export type Compiled = (row: Row) => unknown;

function parseList(text: string): unknown {
  if (jsonTooDeep(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The member at a dotted path inside a computed object or list. */
function walk(value: unknown, path: string): unknown {
  let v = value;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

function arith(op: string, a: unknown, b: unknown): Value {
  const x = toNumber(a);
  const y = toNumber(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? undefined : x / y;
    case '%':
      return y === 0 ? undefined : x % y;
    default:
      return x ** y;
  }
}

function compare(op: string, a: unknown, b: unknown): boolean {
  if (op === '=') return equals(a, b);
  if (op === '!=') return !isMissing(a) && !isMissing(b) && !equals(a, b);
  const o = order(a, b);
  if (o === undefined) return false;
  switch (op) {
    case '<':
      return o < 0;
    case '<=':
      return o <= 0;
    case '>':
      return o > 0;
    default:
      return o >= 0;
  }
}

function likeMatcher(pattern: Expr): (text: string) => boolean {
  if (pattern.kind === 'regex') {
    const re = pattern.regex;
    return (text) => {
      re.lastIndex = 0;
      return re.test(text);
    };
  }
  const needle = pattern.kind === 'literal' ? toText(pattern.value) : '';
  return (text) => text.includes(needle);
}

export function compile(expr: Expr): Compiled {
  switch (expr.kind) {
    case 'field': {
      const name = expr.name;
      // A record's row without fields of its own (most rows of most queries) is read through the record's getter.
      const own = fieldGetter(name);
      return (row) => {
        const record = row.record;
        return row.values === undefined && record !== undefined ? own(record) : row.get(name);
      };
    }
    case 'literal': {
      const value = expr.value;
      return () => value;
    }
    case 'regex':
      return () => expr.regex.source;
    case 'duration': {
      const ms = expr.ms;
      return () => ms;
    }
    case 'list': {
      const items = expr.items.map(compile);
      return (row) => items.map((f) => f(row));
    }
    case 'aggregate': {
      const slot = expr.slot;
      return (row) => row.aggregates?.[slot];
    }
    case 'unary': {
      const arg = compile(expr.arg);
      if (expr.op === 'not') return (row) => !truthy(arg(row));
      return (row) => {
        const x = toNumber(arg(row));
        return Number.isNaN(x) ? undefined : -x;
      };
    }
    case 'index': {
      const base = compile(expr.base);
      const index = compile(expr.index);
      return (row) => {
        let v = base(row);
        // A list kept as JSON text (a field of a flattened record, jsonStringify) is read as a list.
        if (typeof v === 'string' && v.charCodeAt(0) === 91) v = parseList(v);
        if (v === null || typeof v !== 'object') return undefined;
        const i = index(row);
        return Array.isArray(v) ? v[toNumber(i)] : (v as Record<string, unknown>)[toText(i)];
      };
    }
    case 'binary':
      return compileBinary(expr);
    case 'call':
      return compileCall(expr);
  }
}

function compileBinary(expr: Extract<Expr, { kind: 'binary' }>): Compiled {
  const left = compile(expr.left);
  const op = expr.op;
  if (op === 'like' || op === 'not like') {
    const match = likeMatcher(expr.right);
    const negate = op === 'not like';
    return (row) => {
      const v = left(row);
      if (isMissing(v)) return false;
      return match(toText(v)) !== negate;
    };
  }
  if (op === 'in' || op === 'not in') {
    const items = expr.right.kind === 'list' ? expr.right.items.map(compile) : [];
    const negate = op === 'not in';
    return (row) => {
      const v = left(row);
      if (isMissing(v)) return false;
      return items.some((f) => equals(v, f(row))) !== negate;
    };
  }
  // Hot path: `field = "text"` / `!=` with a literal that is not a number compares text only.
  if ((op === '=' || op === '!=') && expr.right.kind === 'literal' && typeof expr.right.value === 'string' && Number.isNaN(toNumber(expr.right.value))) {
    const text = expr.right.value;
    const negate = op === '!=';
    return (row) => {
      const v = left(row);
      if (v === undefined || v === null) return false;
      return (typeof v === 'string' ? v === text : toText(v) === text) !== negate;
    };
  }
  const right = compile(expr.right);
  if (op === 'and') return (row) => truthy(left(row)) && truthy(right(row));
  if (op === 'or') return (row) => truthy(left(row)) || truthy(right(row));
  if (op === '=' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=') return (row) => compare(op, left(row), right(row));
  return (row) => arith(op, left(row), right(row));
}

function floorTo(t: unknown, period: { ms: number; months: number }, ceil: boolean): Value {
  const x = toNumber(t);
  if (Number.isNaN(x)) return undefined;
  if (period.months === 0) return (ceil ? Math.ceil(x / period.ms) : Math.floor(x / period.ms)) * period.ms;
  // Months since 1970 on the UTC calendar, floored (or ceiled) to a multiple of the period.
  const date = new Date(x);
  const index = date.getUTCFullYear() * 12 + date.getUTCMonth();
  let start = Math.floor(index / period.months) * period.months;
  const startTime = (i: number): number => Date.UTC(Math.floor(i / 12), i % 12, 1);
  if (ceil && startTime(start) < x) start += period.months;
  return startTime(start);
}

const ONE_MS = { ms: 1, months: 0 };
const periodOf = (e: Expr | undefined): { ms: number; months: number } => (e?.kind === 'duration' ? e : ONE_MS);

function compileCall(expr: Extract<Expr, { kind: 'call' }>): Compiled {
  const name = expr.name;
  if (name === 'bin') {
    const period = periodOf(expr.args[0]);
    if (period.months !== 0) return (row) => floorTo(row.time(), period, false);
    // Rows come mostly in time order: the last bin's start is kept and returned as long as rows fall in it.
    const ms = period.ms;
    let lastIndex = NaN;
    let lastStart = 0;
    return (row) => {
      const t = row.time();
      if (t === undefined || Number.isNaN(t)) return undefined;
      const index = Math.floor(t / ms);
      // (0 is never kept: the bin of -0 is -0.)
      if (index !== lastIndex || index === 0) {
        lastIndex = index;
        lastStart = index * ms;
      }
      return lastStart;
    };
  }
  if (name === 'datefloor' || name === 'dateceil') {
    const t = compile(expr.args[0] as Expr);
    const period = periodOf(expr.args[1]);
    const ceil = name === 'dateceil';
    return (row) => floorTo(t(row), period, ceil);
  }
  const args = expr.args.map(compile);
  if (args.length === 1) {
    const a = args[0] as Compiled;
    return (row) => callScalar(name, [a(row) as Value]);
  }
  return (row) => callScalar(name, args.map((f) => f(row) as Value));
}

/** Whether an expression yields a time (printed as a date): @timestamp, bin(), datefloor() and their min/max/earliest/latest. */
export function isTimeExpr(expr: Expr, timeFields: ReadonlySet<string>, aggregateIsTime: (slot: number) => boolean = () => false): boolean {
  switch (expr.kind) {
    case 'field':
      return timeFields.has(expr.name);
    case 'call':
      return expr.name === 'bin' || expr.name === 'datefloor' || expr.name === 'dateceil' || expr.name === 'frommillis';
    case 'aggregate':
      return aggregateIsTime(expr.slot);
    default:
      return false;
  }
}
