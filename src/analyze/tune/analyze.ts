// Power tuning analysis with the rules of aws-lambda-power-tuning: a trimmed mean per memory size (drop
// the fastest and slowest fraction), cost per invocation from billed duration at 1 ms granularity, and
// the recommendation for cost, speed, or a balance of the two normalized by their maxima.
import { invocationCost } from '../pricing/lambda.js';
import type { LambdaArchPrices } from '../pricing/prices.js';

export const STRATEGIES = ['cost', 'speed', 'balanced'] as const;
export type Strategy = (typeof STRATEGIES)[number];
export const MAX_DISCARD = 0.4;

/** Measurements at one memory size. Durations include init (and restore) time, as the tuner counts speed. */
export interface MemorySamples {
  memory: number;
  durations: number[];
  billed: number[];
}

export interface TuneRow {
  memory: number;
  /** Invocations measured; null when only averages are known (power-tuning output). */
  invocations: number | null;
  avgDuration: number;
  costPerInvocation: number;
}

export interface TuneAnalysis {
  results: TuneRow[];
  recommendation: { memory: number; strategy: Strategy };
}

/** Symmetric trimmed mean: sort, drop floor(n × fraction) values at each end, average the rest. */
export function trimmedMean(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const k = Math.floor(sorted.length * Math.min(Math.max(fraction, 0), MAX_DISCARD));
  const kept = sorted.slice(k, sorted.length - k);
  return kept.reduce((s, x) => s + x, 0) / kept.length;
}

const round = (x: number, digits = 12): number => Number(x.toPrecision(digits));

/** Rows from per-memory samples of REPORT lines. */
export function rowsFromSamples(samples: readonly MemorySamples[], discard: number, prices: LambdaArchPrices): TuneRow[] {
  return [...samples]
    .filter((s) => s.durations.length > 0)
    .sort((a, b) => a.memory - b.memory)
    .map((s) => {
      const billed = Math.ceil(trimmedMean(s.billed, discard));
      return {
        memory: s.memory,
        invocations: s.durations.length,
        avgDuration: round(trimmedMean(s.durations, discard), 6),
        costPerInvocation: round(invocationCost(billed, s.memory, prices)),
      };
    });
}

/** Rows from power-tuning averages: the billed duration is the average rounded up to the millisecond. */
export function rowsFromAverages(points: readonly { memory: number; avgDuration: number }[], prices: LambdaArchPrices): TuneRow[] {
  return [...points]
    .sort((a, b) => a.memory - b.memory)
    .map((p) => ({
      memory: p.memory,
      invocations: null,
      avgDuration: round(p.avgDuration, 6),
      costPerInvocation: round(invocationCost(Math.ceil(p.avgDuration), p.memory, prices)),
    }));
}

/** The memory the strategy picks; `weight` (0..1) is the share of cost in `balanced` (0 = speed, 1 = cost). */
export function recommend(rows: readonly TuneRow[], strategy: Strategy, weight: number): number {
  const ordered = [...rows];
  if (strategy === 'cost') ordered.sort((a, b) => a.costPerInvocation - b.costPerInvocation || a.avgDuration - b.avgDuration);
  else if (strategy === 'speed') ordered.sort((a, b) => a.avgDuration - b.avgDuration || a.costPerInvocation - b.costPerInvocation);
  else {
    const maxCost = Math.max(...rows.map((r) => r.costPerInvocation));
    const maxDuration = Math.max(...rows.map((r) => r.avgDuration));
    const w = Math.min(Math.max(weight, 0), 1);
    const score = (r: TuneRow): number => w * (maxCost > 0 ? r.costPerInvocation / maxCost : 0) + (1 - w) * (maxDuration > 0 ? r.avgDuration / maxDuration : 0);
    ordered.sort((a, b) => score(a) - score(b));
  }
  return (ordered[0] as TuneRow).memory;
}

export function analyzeTuning(rows: TuneRow[], strategy: Strategy, weight: number): TuneAnalysis {
  return { results: rows, recommendation: { memory: recommend(rows, strategy, weight), strategy } };
}
