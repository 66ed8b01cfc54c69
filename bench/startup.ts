// Start-up cost of the CLI against a bare `node -e 0` in the same run, the commands taking turns: `slens
// --version`, `slens --help`, and a scan of one small template (target, issue 21: within 50 ms of `node -e 0`)
// with the scan bundle bin/slens.js picks for `scan` and with the whole CLI's bundle. Medians of RUNS (default
// 15) of wall and of CPU time (user + system: what the process costs however busy the machine is), and the load.
import { join } from 'node:path';
import { repoRoot } from '../test/helpers/repo.js';
import { loadAverage, run, type Run } from './measure.js';

const runs = Number(process.env['RUNS'] ?? 15);
const bin = join(repoRoot, 'bin', 'slens.js');
const template = join(repoRoot, 'examples', 'sam-app', 'template.yaml');
const scan = [bin, 'scan', template, '--format', 'json', '--today', '2026-01-01'];
const commands: [string, string[], Record<string, string>][] = [
  ['node -e 0', ['-e', '0'], {}],
  ['slens --version', [bin, '--version'], {}],
  ['slens --help', [bin, '--help'], {}],
  ['slens scan (1 template)', scan, {}],
  ['  … whole-CLI bundle', scan, { SLENS_BUNDLE: 'full' }],
];
const samples: Run[][] = commands.map(() => []);
console.log(`load average before: ${loadAverage()}`);
for (let i = 0; i < runs; i++) commands.forEach(([, args, env], k) => samples[k]?.push(run(args, repoRoot, env)));
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const wall = samples.map((s) => median(s.map((r) => r.ms)));
const cpu = samples.map((s) => median(s.map((r) => r.cpuMs)));
console.log(`median of ${runs} runs, taking turns; load average after: ${loadAverage()}`);
commands.forEach(([name], k) => {
  const w = wall[k] as number;
  const c = cpu[k] as number;
  const over = k === 0 ? '' : `  +${(w - (wall[0] as number)).toFixed(1)} ms wall, +${(c - (cpu[0] as number)).toFixed(1)} ms CPU over node -e 0 (${(w / (wall[0] as number)).toFixed(2)}× wall)`;
  console.log(`  ${name.padEnd(26)} ${w.toFixed(1).padStart(7)} ms wall ${c.toFixed(1).padStart(7)} ms CPU${over}`);
});
console.log('  target: a one-template scan within 50 ms of node -e 0');
