// Runs the real CLI (`node bin/slens.js …`) as a child under /usr/bin/time, so a hostile input that makes it
// hang is killed at a deadline (failing the test instead of freezing the suite) and its peak memory is known.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo.js';

export interface ChildRun {
  /** Exit code; null when the child was killed at the deadline. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time until it ended (or was killed). */
  ms: number;
  /** Processor time (user + system) of the CLI process: its own work, however busy the machine is. */
  cpuMs: number;
  /** Peak resident set size of the CLI process, in MB. */
  peakMb: number;
  timedOut: boolean;
}

const RSS_MARK = 'slens-hostile-rss-kb-user-sys=';

export function runSlens(args: readonly string[], options: { cwd: string; env?: Record<string, string>; deadlineMs: number }): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn('/usr/bin/time', ['-f', `${RSS_MARK}%M %U %S`, process.execPath, join(repoRoot, 'bin', 'slens.js'), ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the deadline kills the CLI under /usr/bin/time too.
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    // Only the first part of the output is kept: a runaway child must not fill the test's memory either.
    child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(0, 1 << 20)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-(1 << 20))));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.deadlineMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const mark = stderr.lastIndexOf(RSS_MARK);
      const [peakKb = Number.NaN, user = Number.NaN, sys = Number.NaN] = mark >= 0 ? stderr.slice(mark + RSS_MARK.length).trim().split(' ').map(Number) : [];
      // /usr/bin/time reports a non-zero exit on a line of its own before the mark.
      const own = stderr.slice(0, mark >= 0 ? mark : stderr.length).replace(/Command exited with non-zero status \d+\n$/, '');
      resolve({ code: timedOut ? null : code, stdout, stderr: own, ms: Date.now() - started, cpuMs: (user + sys) * 1000, peakMb: peakKb / 1024, timedOut });
    });
  });
}
