// Counts this process's direct children by command name, from /proc (Linux): how many browsers a test
// actually started, not how many the code says it started.
import { readdirSync, readFileSync } from 'node:fs';

/** Direct children of `parent` whose command name matches `name`. */
export function childProcesses(name: RegExp, parent = process.pid): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended while we looked
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split at the last ")".
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const ppid = Number(stat.slice(close + 2).split(' ')[1]);
    if (ppid === parent && name.test(comm)) found.push(Number(entry));
  }
  return found;
}

/** Samples `count()` every `everyMs` until stopped; returns the largest value seen. */
export function watchMax(count: () => number, everyMs = 20): { stop: () => number } {
  let max = count();
  const timer = setInterval(() => (max = Math.max(max, count())), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(max, count());
    },
  };
}
