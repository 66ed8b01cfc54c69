// Start-up cost of the CLI: `slens --version` and `slens --help` against a bare `node -e 0` in the same run.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../test/helpers/repo.js';

function timeRuns(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const runs = Number(process.env.RUNS ?? 15);
const bin = join(repoRoot, 'bin', 'slens.js');
const bare = timeRuns(['-e', '0'], runs);
const version = timeRuns([bin, '--version'], runs);
const help = timeRuns([bin, '--help'], runs);
console.log(`median of ${runs} runs`);
console.log(`node -e 0          ${bare.toFixed(1)} ms`);
console.log(`slens --version    ${version.toFixed(1)} ms  (${(version / bare).toFixed(2)}× bare node; target < 500 ms)`);
console.log(`slens --help       ${help.toFixed(1)} ms  (${(help / bare).toFixed(2)}× bare node)`);
