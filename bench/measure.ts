// What the process benches share: run a command as its own process, timed (wall and CPU time of all its
// threads) with its peak memory, and take the best of several runs with the commands taking turns.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../test/helpers/repo.js';

const hook = join(repoRoot, 'dist', 'bench', 'rss-hook.cjs');

export interface Run {
  ms: number;
  cpuMs: number;
  rssMb: number;
  stdout: string;
}

/** `node <args>` in `cwd`; exit codes 0 and 1 (findings) are success. */
export function run(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const rssFile = join(tmpdir(), `slens-bench-rss-${process.pid}`);
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', hook, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, ...env, SLENS_BENCH_RSS_FILE: rssFile },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  const usage = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number; cpuMs: number }) : { maxRssKb: NaN, cpuMs: NaN };
  rmSync(rssFile, { force: true });
  return { ms, cpuMs: usage.cpuMs, rssMb: usage.maxRssKb / 1024, stdout: child.stdout };
}

/**
 * The fastest of `runs` runs of each command, the commands taking turns: on a shared machine the load
 * drifts, and measuring all of one command before the other would hand the drift to one side of the ratio.
 * CPU time is the least of the runs too, and memory the largest peak.
 */
export function bestOfEach(runs: number, makers: ReadonlyArray<() => Run>): Run[] {
  const fastest: (Run | undefined)[] = makers.map(() => undefined);
  for (let i = 0; i < runs; i++) {
    makers.forEach((make, k) => {
      const r = make();
      const best = fastest[k];
      fastest[k] = best ? { ms: Math.min(best.ms, r.ms), cpuMs: Math.min(best.cpuMs, r.cpuMs), rssMb: Math.max(best.rssMb, r.rssMb), stdout: r.stdout } : r;
    });
  }
  return fastest as Run[];
}

/** The load average (1, 5, 15 minutes), as `uptime` shows it. */
export const loadAverage = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
export const figures = (r: Run): string => `${r.ms.toFixed(0).padStart(6)} ms wall  ${r.cpuMs.toFixed(0).padStart(6)} ms CPU  ${r.rssMb.toFixed(0).padStart(4)} MB peak`;
