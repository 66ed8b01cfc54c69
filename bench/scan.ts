// Benchmark of `slens scan` as a user runs it (one process, start-up included) against a bare js-yaml parse
// of the same templates (also one process), over ../shared/corpus; then a synthetic 10,000-template scan.
// Targets (issue 3): scan ≤ 2× the bare parse, peak memory < 300 MB, 10,000 templates < 10 s.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, sharedDir } from '../test/helpers/repo.js';

const corpus = process.argv[2] ?? join(sharedDir, 'corpus');
const bin = join(repoRoot, 'bin', 'slens.js');
const hook = join(repoRoot, 'dist', 'bench', 'rss-hook.js');
const bare = join(repoRoot, 'dist', 'bench', 'bare-parse.js');

interface Run {
  ms: number;
  rssMb: number;
  stdout: string;
}

function run(args: string[], cwd: string): Run {
  const rssFile = join(tmpdir(), `slens-bench-rss-${process.pid}`);
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', hook, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, SLENS_BENCH_RSS_FILE: rssFile },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  rmSync(rssFile, { force: true });
  return { ms, rssMb, stdout: child.stdout };
}

/**
 * The fastest of `runs` runs of each command, the commands taking turns: on a shared machine the load
 * drifts, and measuring all of one command before the other would hand the drift to one side of the ratio.
 */
function bestOfEach(runs: number, makers: ReadonlyArray<() => Run>): Run[] {
  const fastest: (Run | undefined)[] = makers.map(() => undefined);
  for (let i = 0; i < runs; i++) {
    makers.forEach((make, k) => {
      const r = make();
      const best = fastest[k];
      if (!best || r.ms < best.ms) fastest[k] = r;
    });
  }
  return fastest as Run[];
}

if (!existsSync(corpus)) {
  console.log(`bench/scan: ${corpus} is absent (it is development data beside the repository); nothing to measure.`);
  process.exit(0);
}

// bin/slens.js runs the bundle only when it is newer than the compiled modules (see scripts/bundle.ts).
const bundleFile = join(repoRoot, 'dist', 'src', 'bundle', 'main.cjs');
const modulesFile = join(repoRoot, 'dist', 'src', 'cli', 'main.js');
if (!existsSync(bundleFile) || statSync(bundleFile).mtimeMs < statSync(modulesFile).mtimeMs) {
  console.log('bench/scan: the CLI bundle is missing or older than the compiled modules, so slens runs unbundled and slower; run `npm run build` first.');
}

const runs = Number(process.env['RUNS'] ?? 5);
// The same CloudFormation/SAM templates the bare pass parses, named one by one.
const { paths: same } = JSON.parse(run([bare, corpus, '--list'], repoRoot).stdout) as { paths: string[] };
const [baseline, sameScan, scan] = bestOfEach(runs, [
  () => run([bare, corpus], repoRoot),
  () => run([bin, 'scan', ...same, '--format', 'json', '--today', '2026-11-25'], repoRoot),
  // The whole folder as a user scans it: every format slens reads (Serverless Framework, Terraform too).
  () => run([bin, 'scan', corpus, '--format', 'json', '--today', '2026-11-25'], repoRoot),
]) as [Run, Run, Run];
const bareCounts = JSON.parse(baseline.stdout) as { templates: number; parsed: number; failed: number };
const sameReport = JSON.parse(sameScan.stdout) as { files: string[]; errors: unknown[]; summary: Record<string, number> };
const report = JSON.parse(scan.stdout) as { files: string[]; errors: unknown[]; summary: Record<string, number> };

console.log(`corpus: ${corpus} (best of ${runs} runs each, taking turns)`);
console.log(`  bare js-yaml parse   ${baseline.ms.toFixed(0).padStart(6)} ms  ${baseline.rssMb.toFixed(0)} MB peak  (${bareCounts.templates} templates found, ${bareCounts.parsed} parsed, ${bareCounts.failed} failed)`);
console.log(`  slens scan, same files ${sameScan.ms.toFixed(0).padStart(4)} ms  ${sameScan.rssMb.toFixed(0)} MB peak  (${sameReport.files.length} templates scanned, ${sameReport.errors.length} errors, ${sameReport.summary['findings']} findings)`);
console.log(`  ratio                ${(sameScan.ms / baseline.ms).toFixed(2)}× (target ≤ 2×); memory target < 300 MB`);
console.log(`  slens scan, folder   ${scan.ms.toFixed(0).padStart(6)} ms  ${scan.rssMb.toFixed(0)} MB peak  (${report.files.length} inputs of every format, ${report.errors.length} errors, ${report.summary['findings']} findings)  ${(scan.ms / baseline.ms).toFixed(2)}×`);

// Synthetic: copy the scanned templates into one folder until there are 10,000.
const target = Number(process.env['SYNTHETIC'] ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'slens-bench-'));
try {
  const sources = same;
  for (let i = 0; i < target; i++) {
    const source = sources[i % sources.length] as string;
    const sub = join(dir, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub);
    copyFileSync(source, join(sub, `t${i}${source.endsWith('.json') ? '.json' : '.yaml'}`));
  }
  const big = run([bin, 'scan', dir, '--format', 'json', '--output', join(dir, 'out.json'), '--today', '2026-11-25'], dir);
  const bigReport = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { files: string[]; summary: Record<string, number> };
  console.log(`synthetic: ${target} template copies`);
  console.log(`  slens scan --json    ${big.ms.toFixed(0).padStart(6)} ms  ${big.rssMb.toFixed(0)} MB peak  (${bigReport.files.length} scanned, ${bigReport.summary['findings']} findings; target < 10000 ms, < 300 MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
