// How many cores other processes keep busy now: the CPU time of every core (os.cpus) less this process's own
// (process.cpuUsage), over a short window. The scan's worker count is what this leaves idle. The 1-minute load
// average answered this before, but it counts the scans just run (the last benchmark, the last CI step) and
// kept a quiet 2-core machine from ever using its second core.
import { availableParallelism, cpus } from 'node:os';

export interface CpuSample {
  /** When (performance.now, ms). */
  at: number;
  /** CPU time of all cores (ms): busy, and in all. */
  busy: number;
  total: number;
  /** This process's CPU time (ms, all its threads). */
  own: number;
}

function sample(): CpuSample {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  const { user, system } = process.cpuUsage();
  return { at: performance.now(), busy, total, own: (user + system) / 1000 };
}

/** Cores kept for V8's background threads (concurrent compiler and GC), which a busy main thread uses. */
export const V8_CORES = 1;

/**
 * Taken when the scan modules load, so the window is usually the file discovery that comes next — only where a
 * worker can start at all (more than the main thread's core and V8's): elsewhere nothing reads it.
 */
let first: CpuSample | undefined = availableParallelism() > 1 + V8_CORES ? sample() : undefined;

/** Shortest window worth reading (the kernel counts CPU time in 10 ms ticks); older starts are stale. */
const MIN_WINDOW_MS = 100;
const MAX_AGE_MS = 2000;

/** The cores that processes other than this one kept busy over the last moment (0 to the core count). */
export async function busyCores(): Promise<number> {
  let start = first;
  first = undefined;
  if (!start || performance.now() - start.at > MAX_AGE_MS) start = sample();
  const wait = start.at + MIN_WINDOW_MS - performance.now();
  if (wait > 0) await new Promise<void>((resume) => setTimeout(resume, wait));
  return busyBetween(start, sample(), cpus().length);
}

/** Cores busy with other work between two samples. */
export function busyBetween(from: CpuSample, to: CpuSample, cores: number): number {
  const total = to.total - from.total;
  if (total <= 0 || cores <= 0) return 0;
  const others = to.busy - from.busy - (to.own - from.own);
  return Math.min(cores, Math.max(0, (others / total) * cores));
}
