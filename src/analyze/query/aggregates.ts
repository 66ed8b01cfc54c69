// Aggregate functions of `stats`: one small accumulator per group and aggregate. Only pct() and
// count_distinct() keep values; the others hold a few numbers, so grouping a huge file stays small.
import type { AggregateSpec } from './ast.js';
import { compile, type Compiled, type Row } from './compile.js';
import { queryError } from './lexer.js';
import { QUERY_MESSAGES as M } from './messages.js';
import { isMissing, order, sortCompare, toNumber, toText, type Value } from './values.js';

export interface Accumulator {
  add(row: Row): void;
  result(): Value;
}

export type AccumulatorFactory = () => Accumulator;

function numbers(arg: Compiled, make: () => { add(x: number): void; result(): Value }): AccumulatorFactory {
  return () => {
    const inner = make();
    return {
      add(row) {
        const x = toNumber(arg(row));
        if (!Number.isNaN(x)) inner.add(x);
      },
      result: () => inner.result(),
    };
  };
}

function extreme(arg: Compiled, better: (candidate: unknown, best: unknown) => boolean): AccumulatorFactory {
  return () => {
    let best: unknown;
    return {
      add(row) {
        const v = arg(row);
        if (isMissing(v)) return;
        if (best === undefined || better(v, best)) best = v;
      },
      result: () => best as Value,
    };
  };
}

/** Value of the argument on the row with the earliest (or latest) @timestamp. */
function byTime(arg: Compiled, latest: boolean): AccumulatorFactory {
  return () => {
    let bestTime = latest ? -Infinity : Infinity;
    let best: unknown;
    return {
      add(row) {
        const t = row.time();
        const v = arg(row);
        if (t === undefined || isMissing(v)) return;
        if (latest ? t > bestTime : t < bestTime) {
          bestTime = t;
          best = v;
        }
      },
      result: () => best as Value,
    };
  };
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export function accumulatorFor(spec: AggregateSpec): AccumulatorFactory {
  const arg = spec.args[0] ? compile(spec.args[0]) : undefined;
  const a = arg ?? (() => 1);
  switch (spec.fn) {
    case 'count':
      return () => {
        let n = 0;
        return {
          add(row) {
            if (arg === undefined || !isMissing(arg(row))) n++;
          },
          result: () => n,
        };
      };
    case 'count_distinct':
      return () => {
        const seen = new Set<string>();
        return {
          add(row) {
            const v = a(row);
            if (!isMissing(v)) seen.add(toText(v));
          },
          result: () => seen.size,
        };
      };
    case 'sum':
      return numbers(a, () => {
        let s = 0;
        let n = 0;
        return { add: (x) => ((s += x), n++), result: () => (n === 0 ? undefined : s) };
      });
    case 'avg':
      return numbers(a, () => {
        let s = 0;
        let n = 0;
        return { add: (x) => ((s += x), n++), result: () => (n === 0 ? undefined : s / n) };
      });
    case 'stddev':
      return numbers(a, () => {
        // Welford's running mean and squared deviations: stable for long streams.
        let n = 0;
        let mean = 0;
        let m2 = 0;
        return {
          add(x) {
            n++;
            const d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
          },
          result: () => (n === 0 ? undefined : n === 1 ? 0 : Math.sqrt(m2 / (n - 1))),
        };
      });
    case 'pct': {
      const p = spec.args[1]?.kind === 'literal' ? toNumber(spec.args[1].value) : NaN;
      if (Number.isNaN(p) || p < 0 || p > 100) throw queryError(M.pctRange, {}, spec.pos.line, spec.pos.column);
      return numbers(a, () => {
        const xs: number[] = [];
        return { add: (x) => xs.push(x), result: () => percentile(xs.sort((x, y) => x - y), p) };
      });
    }
    case 'min':
      return extreme(a, (v, best) => (order(v, best) ?? 0) < 0);
    case 'max':
      return extreme(a, (v, best) => (order(v, best) ?? 0) > 0);
    case 'sortsfirst':
      return extreme(a, (v, best) => sortCompare(v, best) < 0);
    case 'sortslast':
      return extreme(a, (v, best) => sortCompare(v, best) > 0);
    case 'earliest':
      return byTime(a, false);
    case 'latest':
      return byTime(a, true);
    default:
      throw queryError(M.unknownAggregate, { name: spec.fn }, spec.pos.line, spec.pos.column);
  }
}
