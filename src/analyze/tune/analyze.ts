// Power tuning analysis with the rules of aws-lambda-power-tuning (lambda/analyzer.js): a trimmed mean per
// memory size (drop the fastest and slowest fraction), duration cost per invocation from billed duration at
// 1 ms granularity, and the pick for cost, speed, or a balance of the two normalized by their maxima —
// computed with the tuner's own expression and order, so ties break the same way.
import { UserError } from '../../util/errors.js';
import type { LambdaArchPrices } from '../pricing/prices.js';
import { TUNE_MESSAGES } from './messages.js';

export const STRATEGIES = ['cost', 'speed', 'balanced'] as const;
export type Strategy = (typeof STRATEGIES)[number];
export const MAX_DISCARD = 0.4;

/** Measurements at one memory size. Durations include init (and restore) time, as the tuner counts speed. */
export interface MemorySamples {
  memory: number;
  durations: number[];
  /** Billed duration as Lambda logged it (for SnapStart it already includes the billed restore time). */
  billed: number[];
  /** Invocations whose REPORT says `Status: error` (or `failure`), and `Status: timeout`. */
  errors: number;
  timeouts: number;
}

export interface TuneRow {
  memory: number;
  /** Invocations measured; null when only averages are known (power-tuning output). */
  invocations: number | null;
  avgDuration: number;
  /** What the pick compares: the duration cost, plus the request price only when asked for. */
  costPerInvocation: number;
  /** Duration cost of an average invocation (power tuning's `averagePrice` when read from its output). */
  durationCost: number;
  /** The per-request price, reported beside the duration cost. */
  requestPrice: number;
  /** Power tuning's `totalCost` for this size, when its output carries it. */
  totalCost?: number;
  /** Failed invocations; null when the input does not tell (power-tuning output has none: it stops on failure). */
  errors: number | null;
  timeouts: number | null;
}

export interface TuneOptions {
  strategy: Strategy;
  /** Share of cost in `balanced` (0 = speed, 1 = cost), clamped to 0..1 as the tuner does. */
  weight: number;
  /** Recommend a size with failed invocations too (power tuning itself stops on a failure). */
  allowErrors?: boolean;
}

export interface TuneAnalysis {
  results: TuneRow[];
  recommendation: { memory: number; strategy: Strategy };
  /** Sizes left out of the pick because some invocations failed (empty with allowErrors). */
  excludedForErrors: number[];
}

/** Symmetric trimmed mean: sort, drop floor(n × fraction) values at each end, average the rest. */
export function trimmedMean(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const k = Math.floor(sorted.length * Math.min(Math.max(fraction, 0), MAX_DISCARD));
  const kept = sorted.slice(k, sorted.length - k);
  return kept.reduce((s, x) => s + x, 0) / kept.length;
}

const round = (x: number, digits = 12): number => Number(x.toPrecision(digits));

/** Duration cost of `billedMs` (already whole milliseconds) at `memoryMb`. */
export function durationCost(billedMs: number, memoryMb: number, prices: LambdaArchPrices): number {
  return (billedMs / 1000) * (memoryMb / 1024) * prices.gbSecond;
}

/** The row with the cost the pick compares, in the JSON field order (memory, invocations, avgDuration, costPerInvocation, …). */
function withRequest(row: Omit<TuneRow, 'costPerInvocation'>, includeRequestPrice: boolean): TuneRow {
  const { memory, invocations, avgDuration, ...rest } = row;
  return { memory, invocations, avgDuration, costPerInvocation: includeRequestPrice ? round(row.durationCost + row.requestPrice) : row.durationCost, ...rest };
}

/** Rows from per-memory samples of REPORT lines, by memory size. */
export function rowsFromSamples(samples: readonly MemorySamples[], discard: number, prices: LambdaArchPrices, includeRequestPrice = false): TuneRow[] {
  return [...samples]
    .filter((s) => s.durations.length > 0)
    .sort((a, b) => a.memory - b.memory)
    .map((s) =>
      withRequest(
        {
          memory: s.memory,
          invocations: s.durations.length,
          avgDuration: round(trimmedMean(s.durations, discard), 6),
          durationCost: round(durationCost(Math.ceil(trimmedMean(s.billed, discard)), s.memory, prices)),
          requestPrice: prices.request,
          errors: s.errors,
          timeouts: s.timeouts,
        },
        includeRequestPrice,
      ),
    );
}

export interface AveragePoint {
  memory: number;
  avgDuration: number;
  /** The tuner's own average cost per invocation; when absent it is priced from the duration rounded up. */
  avgPrice?: number;
  totalCost?: number;
}

/** Rows from power-tuning averages, in the document's order (the tuner's order decides its ties). */
export function rowsFromAverages(points: readonly AveragePoint[], prices: LambdaArchPrices, includeRequestPrice = false): TuneRow[] {
  return points.map((p) => {
    const row: Omit<TuneRow, 'costPerInvocation'> = {
      memory: p.memory,
      invocations: null,
      avgDuration: p.avgDuration,
      durationCost: p.avgPrice ?? round(durationCost(Math.ceil(p.avgDuration), p.memory, prices)),
      requestPrice: prices.request,
      errors: null,
      timeouts: null,
    };
    if (p.totalCost !== undefined) row.totalCost = p.totalCost;
    return withRequest(row, includeRequestPrice);
  });
}

/** The memory the strategy picks among `rows` (in their order: a stable sort keeps it for exact ties). */
export function recommend(rows: readonly TuneRow[], strategy: Strategy, weight: number): number {
  const ordered = [...rows];
  if (strategy === 'cost') ordered.sort((a, b) => (a.costPerInvocation === b.costPerInvocation ? a.avgDuration - b.avgDuration : a.costPerInvocation - b.costPerInvocation));
  else if (strategy === 'speed') ordered.sort((a, b) => (a.avgDuration === b.avgDuration ? a.costPerInvocation - b.costPerInvocation : a.avgDuration - b.avgDuration));
  else {
    const maxCost = Math.max(...rows.map((r) => r.costPerInvocation));
    const maxDuration = Math.max(...rows.map((r) => r.avgDuration));
    const w = Math.min(Math.max(weight, 0), 1);
    // The tuner's expression, operation for operation: `weight * cost / maxCost + (1 - weight) * duration / maxDuration`.
    const score = (r: TuneRow): number => (maxCost > 0 ? (w * r.costPerInvocation) / maxCost : 0) + (maxDuration > 0 ? ((1 - w) * r.avgDuration) / maxDuration : 0);
    ordered.sort((a, b) => score(a) - score(b));
  }
  return (ordered[0] as TuneRow).memory;
}

export function analyzeTuning(rows: TuneRow[], options: TuneOptions): TuneAnalysis {
  const failed = (r: TuneRow): boolean => (r.errors ?? 0) + (r.timeouts ?? 0) > 0;
  const excluded = options.allowErrors ? [] : rows.filter(failed).map((r) => r.memory);
  const candidates = options.allowErrors ? rows : rows.filter((r) => !failed(r));
  if (candidates.length === 0) throw new UserError('all-sizes-failed', TUNE_MESSAGES.allSizesFailed);
  const memory = recommend(candidates, options.strategy, options.weight);
  const results = [...rows].sort((a, b) => a.memory - b.memory);
  return { results, recommendation: { memory, strategy: options.strategy }, excludedForErrors: excluded.sort((a, b) => a - b) };
}
