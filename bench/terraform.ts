// Terraform loading against a bare read, over the Terraform folders of ../shared/corpus (development data beside
// the repository; says so and exits when it is absent). Both sides run in this process on the same files:
//   bare read  — readFileSync of every .tf file under the corpus (the bytes, nothing else);
//   terraform  — loadTerraformFolder on every root module discovery finds (list the folder, read and check each
//                file, parse, evaluate, follow local modules, map to CloudFormation, positions).
// Each side is timed over the whole set; the two take turns, best of RUNS (default 15) after a warm-up pass,
// so load drifting on a shared machine falls on both sides. Target (issue 21): terraform ≤ 3× the bare read.
// Then the same as a user runs it, one process each (start-up included), best of PROCESS_RUNS (default 5), wall
// and CPU time with the load average: `slens scan` of those root modules against `node` reading the same .tf files.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverTemplates } from '../src/iac/discover.js';
import { loadTerraformFolder } from '../src/iac/terraform/index.js';
import { repoRoot, sharedDir } from '../test/helpers/repo.js';
import { tfFiles } from './tf-files.js';
import { bestOfEach, figures, loadAverage, ratio, run, type Run } from './measure.js';

const corpus = process.argv[2] ?? join(sharedDir, 'corpus');
if (!existsSync(corpus)) {
  console.log(`bench/terraform: ${corpus} is absent (development data beside the repository); nothing to measure.`);
  process.exit(0);
}


const files = tfFiles(corpus);
const discovery = await discoverTemplates([corpus]);
const folders = discovery.files.filter((path) => statSync(path).isDirectory());

let sink = 0;
const bareRead = (): void => {
  for (const file of files) sink += readFileSync(file).length;
};
const load = (): void => {
  for (const dir of folders) sink += loadTerraformFolder(dir, dir).resources.length;
};

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const runs = Number(process.env['RUNS'] ?? 15);
bareRead();
load();
let bareMs = Infinity;
let loadMs = Infinity;
for (let i = 0; i < runs; i++) {
  bareMs = Math.min(bareMs, time(bareRead));
  loadMs = Math.min(loadMs, time(load));
}
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
console.log(`bench/terraform: ${files.length} .tf files (${bytes} bytes), ${folders.length} root modules, best of ${runs} runs each, taking turns`);
console.log(`  bare read          ${bareMs.toFixed(2).padStart(8)} ms`);
console.log(`  terraform loading  ${loadMs.toFixed(2).padStart(8)} ms`);
console.log(`  ratio              ${(loadMs / bareMs).toFixed(2)}× (target ≤ 3×)${sink < 0 ? '' : ''}`);

// One process each, as a user runs it.
const list = join(tmpdir(), `slens-bench-tf-${process.pid}.json`);
writeFileSync(list, JSON.stringify(files));
const readScript = `const fs = require('node:fs'); let n = 0; for (const f of JSON.parse(fs.readFileSync(${JSON.stringify(list)}, 'utf8'))) n += fs.readFileSync(f).length; console.log(n);`;
const slensArgs = [join(repoRoot, 'bin', 'slens.js'), 'scan', ...folders, '--format', 'json', '--fail-on', 'none', '--today', '2026-11-25'];
const processRuns = Number(process.env['PROCESS_RUNS'] ?? 5);
console.log(`one process each (start-up included), best of ${processRuns}, taking turns; load average before: ${loadAverage()}`);
const [readProcess, scanProcess] = bestOfEach(processRuns, [() => run(['-e', readScript], repoRoot), () => run(slensArgs, repoRoot)]) as [Run, Run];
console.log(`  node reading the .tf files ${figures(readProcess)}`);
console.log(`  slens scan of the modules  ${figures(scanProcess)}`);
console.log(`  ratio                      ${ratio(scanProcess.ms, readProcess.ms)} wall, ${ratio(scanProcess.cpuMs, readProcess.cpuMs)} CPU (target ≤ 3×); load average after: ${loadAverage()}`);
