// Benchmark of `slens scan` as a user runs it (one process, start-up included) against a bare js-yaml parse
// of the same templates (also one process): over ../shared/corpus, then over 10,000 copies of its templates,
// then the template count from which worker threads pay. Every figure is a pair measured in the same run,
// the commands taking turns; wall-clock ratios move with the machine's load, CPU-time ratios (user + system,
// all threads) much less, so both are printed, with `uptime`'s load.
// Targets (issue 21): 10,000 templates in ≤ 2× the floor's whole-process time, peak memory < 300 MB and flat
// in the template count; the whole mixed corpus folder in ≤ 2.5× the read + parse floor of the same inputs. Environment: RUNS (corpus, default 5), SYNTHETIC (template copies, default 10000),
// SYNTHETIC_RUNS (default 3; SYNTHETIC=0 skips the synthetic part), CROSSOVER (template counts to compare 0 and 1 worker at, default
// "100,200,400,800,1600"; empty skips), CROSSOVER_RUNS (default 3).
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot, sharedDir } from '../test/helpers/repo.js';
import { bestOfEach, figures, loadAverage as load, ratio, run, type Run } from './measure.js';
import { templateCopies } from './template-copies.js';

const corpus = process.argv[2] ?? join(sharedDir, 'corpus');
const bin = join(repoRoot, 'bin', 'slens.js');
const bare = join(repoRoot, 'dist', 'bench', 'bare-parse.js');

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
const scanArgs = ['scan', '--format', 'json', '--today', '2026-11-25'];
console.log(`load average before: ${load()}`);
const [baseline, sameScan, scan] = bestOfEach(runs, [
  () => run([bare, corpus], repoRoot),
  () => run([bin, ...scanArgs, ...same], repoRoot),
  // The whole folder as a user scans it: every format slens reads (Serverless Framework, Terraform too).
  () => run([bin, ...scanArgs, corpus], repoRoot),
]) as [Run, Run, Run];
const bareCounts = JSON.parse(baseline.stdout) as { templates: number; parsed: number; failed: number };
const sameReport = JSON.parse(sameScan.stdout) as { files: string[]; errors: unknown[]; summary: Record<string, number> };
const report = JSON.parse(scan.stdout) as { files: string[]; errors: unknown[]; summary: Record<string, number> };

console.log(`corpus: ${corpus} (best of ${runs} runs each, taking turns; load average after: ${load()})`);
console.log(`  bare js-yaml parse     ${figures(baseline)}  (${bareCounts.templates} templates found, ${bareCounts.parsed} parsed, ${bareCounts.failed} failed)`);
console.log(`  slens scan, same files ${figures(sameScan)}  (${sameReport.files.length} templates scanned, ${sameReport.errors.length} errors, ${sameReport.summary['findings']} findings)`);
console.log(`    ratio ${ratio(sameScan.ms, baseline.ms)} wall, ${ratio(sameScan.cpuMs, baseline.cpuMs)} CPU`);
console.log(`  slens scan, folder     ${figures(scan)}  (${report.files.length} inputs of every format, ${report.errors.length} errors, ${report.summary['findings']} findings)`);
console.log(`    ratio ${ratio(scan.ms, baseline.ms)} wall, ${ratio(scan.cpuMs, baseline.cpuMs)} CPU (against the bare parse of the CloudFormation/SAM files alone)`);

// The whole mixed folder (CloudFormation, SAM, Serverless Framework, Terraform) against its own floor: the same
// inputs the folder scan read (its report's files), each file read and parsed by js-yaml, each Terraform
// module's .tf files read (no HCL parser to compare with). Target (issue 21): ≤ 2.5×.
const inputs = join(tmpdir(), `slens-bench-inputs-${process.pid}.json`);
writeFileSync(inputs, JSON.stringify(report.files.map((file) => resolve(repoRoot, file))));
try {
  const [mixedFloor, mixedScan] = bestOfEach(runs, [() => run([bare, '--from', inputs], repoRoot), () => run([bin, ...scanArgs, corpus], repoRoot)]) as [Run, Run];
  const floorCounts = JSON.parse(mixedFloor.stdout) as { parsed: number; failed: number; tfFiles: number; bytes: number };
  console.log(`mixed folder: the same ${report.files.length} inputs (best of ${runs} runs each, taking turns; load average after: ${load()})`);
  console.log(`  floor: read + parse    ${figures(mixedFloor)}  (${floorCounts.parsed} YAML/JSON files parsed, ${floorCounts.failed} failed, ${floorCounts.tfFiles} .tf files read)`);
  console.log(`  slens scan, folder     ${figures(mixedScan)}`);
  console.log(`    ratio ${ratio(mixedScan.ms, mixedFloor.ms)} wall, ${ratio(mixedScan.cpuMs, mixedFloor.cpuMs)} CPU (target ≤ 2.5×)`);
} finally {
  rmSync(inputs, { force: true });
}

/** A folder of `count` copies of the scanned templates. */
function copies(count: number): string {
  return templateCopies(same, count, 'slens-bench-');
}

// Synthetic: the floor (read + js-yaml parse of the same files, one process) against slens as it chooses to
// run (worker threads from PARALLEL_FROM templates) and against slens on one thread.
const target = Number(process.env['SYNTHETIC'] ?? 10_000);
const syntheticRuns = Number(process.env['SYNTHETIC_RUNS'] ?? 3);
if (target > 0) {
  const dir = copies(target);
  try {
    const out = join(dir, 'out.json');
    const slensArgs = [bin, ...scanArgs, '.', '--output', out];
    console.log(`synthetic: ${target} template copies (best of ${syntheticRuns} runs each, taking turns; load average before: ${load()})`);
    const [floor, big, single] = bestOfEach(syntheticRuns, [
      () => run([bare, '.'], dir),
      () => run(slensArgs, dir),
      () => run(slensArgs, dir, { SLENS_WORKERS: '0' }),
    ]) as [Run, Run, Run];
    const bigReport = JSON.parse(readFileSync(out, 'utf8')) as { files: string[]; summary: Record<string, number> };
    console.log(`  floor: read + js-yaml  ${figures(floor)}`);
    console.log(`  slens scan --json      ${figures(big)}  (${bigReport.files.length} scanned, ${bigReport.summary['findings']} findings)`);
    console.log(`  slens, one thread      ${figures(single)}`);
    console.log(`    ratio ${ratio(big.ms, floor.ms)} wall (target ≤ 2×), ${ratio(big.cpuMs, floor.cpuMs)} CPU; one thread ${ratio(single.ms, floor.ms)} wall, ${ratio(single.cpuMs, floor.cpuMs)} CPU; memory target < 300 MB`);
    console.log(`  load average after: ${load()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.log('synthetic: skipped (SYNTHETIC=0)');
}

// Where a worker pays: slens with no worker and with one, on growing folders. The peak memory of the
// one-thread runs shows how it grows with the template count.
const counts = (process.env['CROSSOVER'] ?? '100,200,400,800,1600').split(',').filter(Boolean).map(Number);
if (counts.length) {
  const crossoverRuns = Number(process.env['CROSSOVER_RUNS'] ?? 3);
  console.log(`workers: no worker against one (best of ${crossoverRuns} each, taking turns; load average before: ${load()})`);
  for (const count of counts) {
    const folder = copies(count);
    try {
      const args = [bin, ...scanArgs, '.', '--output', join(folder, 'out.json')];
      const [none, one] = bestOfEach(crossoverRuns, [() => run(args, folder, { SLENS_WORKERS: '0' }), () => run(args, folder, { SLENS_WORKERS: '1' })]) as [Run, Run];
      console.log(`  ${String(count).padStart(6)} templates  no worker ${none.ms.toFixed(0).padStart(6)} ms (${none.cpuMs.toFixed(0)} ms CPU, ${none.rssMb.toFixed(0)} MB)  one worker ${one.ms.toFixed(0).padStart(6)} ms (${one.cpuMs.toFixed(0)} ms CPU, ${one.rssMb.toFixed(0)} MB)  ${ratio(one.ms, none.ms)} wall`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  console.log(`  load average after: ${load()}`);
}
