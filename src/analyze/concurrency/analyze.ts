// Concurrency hunt: find the peak account concurrency, then estimate each function's concurrency in the
// minutes before it with Little's law — invocations in a period × average duration ÷ period length — and
// rank the functions. Estimates average over a period, so bursts shorter than it read lower.
import type { Series } from './metrics.js';

export interface FunctionEstimate {
  name: string;
  /** Epoch ms of the period where the estimate is highest. */
  timestamp: number;
  invocations: number;
  avgDuration: number;
  concurrency: number;
  /** Estimate ÷ peak account concurrency. */
  share: number;
  /** The function's own ConcurrentExecutions at that time, when exported. */
  measured: number | null;
}

export interface ConcurrencyAnalysis {
  peak: { concurrency: number; timestamp: number; source: 'account' | 'functions' | 'estimate' };
  periodSeconds: number;
  window: { from: number; to: number };
  functions: FunctionEstimate[];
  /** Per period from the window's start to two periods after the peak: the account series and each function's estimate. */
  timeline: { timestamps: number[]; account: (number | null)[]; functions: { name: string; values: (number | null)[] }[] };
}

const byKey = (series: readonly Series[], metric: Series['metric']): Map<string, Map<number, number>> =>
  new Map(series.filter((s) => s.metric === metric && s.fn !== undefined).map((s) => [s.fn as string, s.points]));

/** The smallest gap between consecutive timestamps of the invocation series (CloudWatch periods), in seconds. */
export function detectPeriod(series: readonly Series[]): number | undefined {
  let best = Infinity;
  for (const s of series) {
    const ts = [...s.points.keys()].sort((a, b) => a - b);
    for (let i = 1; i < ts.length; i++) best = Math.min(best, (ts[i] as number) - (ts[i - 1] as number));
  }
  return Number.isFinite(best) && best > 0 ? best / 1000 : undefined;
}

function sumByTime(maps: Iterable<Map<number, number>>): Map<number, number> {
  const total = new Map<number, number>();
  for (const m of maps) for (const [t, v] of m) total.set(t, (total.get(t) ?? 0) + v);
  return total;
}

function estimates(invocations: Map<number, number>, durations: Map<number, number> | undefined, period: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [t, n] of invocations) {
    const d = durations?.get(t);
    if (d !== undefined) out.set(t, (n * d) / 1000 / period);
    else if (n === 0) out.set(t, 0);
  }
  return out;
}

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Series the analysis cannot use: Invocations or Duration without a function name (a bare `Invocations`
 * label names no function, so its share of the peak cannot be told). Named by metric, for a warning.
 */
export function ignoredSeries(series: readonly Series[]): string[] {
  return [...new Set(series.filter((s) => s.metric !== 'ConcurrentExecutions' && s.fn === undefined).map((s) => s.metric))].sort();
}

export function analyzeConcurrency(series: readonly Series[], options: { windowMinutes: number; periodSeconds?: number }): ConcurrencyAnalysis | undefined {
  const invocations = byKey(series, 'Invocations');
  const durations = byKey(series, 'Duration');
  const measuredByFn = byKey(series, 'ConcurrentExecutions');
  const period = options.periodSeconds ?? detectPeriod(series.filter((s) => s.metric === 'Invocations')) ?? detectPeriod(series) ?? 60;
  const estimateByFn = new Map([...invocations].map(([fn, inv]) => [fn, estimates(inv, durations.get(fn), period)]));

  const account = series.find((s) => s.metric === 'ConcurrentExecutions' && s.fn === undefined)?.points;
  let source: ConcurrencyAnalysis['peak']['source'] = 'account';
  let peakSeries = account;
  if (!peakSeries || peakSeries.size === 0) {
    source = measuredByFn.size > 0 ? 'functions' : 'estimate';
    peakSeries = sumByTime(measuredByFn.size > 0 ? measuredByFn.values() : estimateByFn.values());
  }
  if (peakSeries.size === 0) return undefined;
  let peakTime = Infinity;
  let peakValue = -Infinity;
  for (const [t, v] of peakSeries) {
    if (v > peakValue || (v === peakValue && t < peakTime)) {
      peakValue = v;
      peakTime = t;
    }
  }

  const from = peakTime - options.windowMinutes * 60_000;
  const functions: FunctionEstimate[] = [];
  for (const [name, est] of estimateByFn) {
    let best: FunctionEstimate | undefined;
    for (const [t, c] of est) {
      if (t < from || t > peakTime) continue;
      if (best === undefined || c > best.concurrency || (c === best.concurrency && t < best.timestamp)) {
        best = {
          name,
          timestamp: t,
          invocations: invocations.get(name)?.get(t) ?? 0,
          avgDuration: round(durations.get(name)?.get(t) ?? 0),
          concurrency: round(c),
          share: peakValue > 0 ? round(c / peakValue, 4) : 0,
          measured: measuredByFn.get(name)?.get(t) ?? null,
        };
      }
    }
    if (best) functions.push(best);
  }
  functions.sort((a, b) => b.concurrency - a.concurrency || a.name.localeCompare(b.name));

  const to = peakTime + 2 * period * 1000;
  const timestamps = [...new Set([...peakSeries.keys(), ...[...estimateByFn.values()].flatMap((m) => [...m.keys()])])].filter((t) => t >= from && t <= to).sort((a, b) => a - b);
  return {
    peak: { concurrency: peakValue, timestamp: peakTime, source },
    periodSeconds: period,
    window: { from, to: peakTime },
    functions,
    timeline: {
      timestamps,
      account: timestamps.map((t) => peakSeries?.get(t) ?? null),
      functions: functions.map((f) => ({ name: f.name, values: timestamps.map((t) => estimateByFn.get(f.name)?.get(t) ?? null) })),
    },
  };
}
