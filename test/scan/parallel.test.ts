// The parallel scan driver: worker threads over one shared queue must give exactly the single-threaded result
// (same order of everything, messages readable in both languages), on good, broken and hostile files alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { emptyConfig, parseConfig } from '../../src/scan/config.js';
import { iacLoader } from '../../src/scan/iac-loader.js';
import { scanFiles } from '../../src/scan/scan-files.js';
import { PARALLEL_FROM, scanFilesParallel, workerCount } from '../../src/scan/scan-parallel.js';
import { busyBetween, busyCores } from '../../src/scan/busy-cores.js';
import { formatScan, SCAN_FORMATS } from '../../src/report/index.js';
import { repoRoot } from '../helpers/repo.js';

const today = '2026-11-25';

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else out.push(path);
  }
  return out;
}

/** A folder of the examples' templates, copied a few times, with broken, binary, duplicate-key and deep files between them. */
function mixedFolder(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'slens-parallel-'));
  const examples = filesUnder(join(repoRoot, 'examples')).filter((f) => /template\.yaml$|serverless\.yml$/.test(f));
  const files: string[] = [];
  for (let copy = 0; copy < 6; copy++) {
    for (const [i, source] of examples.entries()) {
      const sub = join(dir, `c${copy}-${i}`);
      mkdirSync(sub);
      const target = join(sub, source.endsWith('serverless.yml') ? 'serverless.yml' : 'template.yaml');
      writeFileSync(target, readFileSync(source, 'utf8'));
      files.push(target);
    }
    const broken = join(dir, `broken${copy}.yaml`);
    writeFileSync(broken, 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n   bad: [\n');
    const binary = join(dir, `binary${copy}.yaml`);
    writeFileSync(binary, Buffer.from([0x52, 0x65, 0x00, 0xff, 0xfe]));
    const dup = join(dir, `dup${copy}.yaml`);
    writeFileSync(dup, 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Type: AWS::SNS::Topic\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs12.x\n');
    const deep = join(dir, `deep${copy}.yaml`);
    writeFileSync(deep, `Resources:\n  X: ${'['.repeat(800)}${']'.repeat(800)}\n`);
    files.push(broken, binary, dup, deep, join(dir, `missing${copy}.yaml`));
  }
  return { dir, files };
}

test('workers over the shared queue give byte-identical reports in every format and language', async () => {
  const { dir, files } = mixedFolder();
  try {
    const relativeFiles = files.map((f) => relative(dir, f));
    const config = parseConfig('rules:\n  lambda-tracing: info\nignorePaths: ["c5-0/**"]\nignore:\n  - rule: lambda-explicit-memory\n    reason: sized by the platform team\n    paths: ["c1-*/**"]\n', '.slens.yml', dir);
    const single = scanFiles(relativeFiles, { loader: iacLoader(), config, today, cwd: dir });
    assert.ok(single.findings.length > 50 && single.errors.length >= 18 && single.suppressed.length > 0, 'the folder has findings, errors and suppressions to merge');
    for (const workers of [1, 3]) {
      const progress: number[] = [];
      const parallel = await scanFilesParallel(relativeFiles, { config, today, cwd: dir, workers, onProgress: (done) => progress.push(done) });
      // One file is under an ignored path: progress counts every other file once, in order.
      assert.deepEqual(progress, relativeFiles.slice(1).map((_, i) => i + 1));
      for (const format of SCAN_FORMATS) {
        for (const lang of ['en', 'ja'] as const) {
          assert.equal(formatScan(parallel, format, { lang, toolVersion: '0' }), formatScan(single, format, { lang, toolVersion: '0' }), `${format} ${lang} with ${workers} workers`);
        }
      }
      // Messages stay pairs read on demand, and a message text is held once however many findings use it.
      const tracing = parallel.findings.filter((f) => f.ruleId === 'lambda-tracing');
      assert.ok(tracing.length > 2);
      assert.match(tracing[0]?.message.ja ?? '', /。|X-Ray/);
      assert.deepEqual(JSON.parse(JSON.stringify(tracing[0]?.message)), JSON.parse(JSON.stringify(single.findings.find((f) => f.ruleId === 'lambda-tracing')?.message)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty list and a single file need no worker, and give the single-threaded result', async () => {
  const cwd = join(repoRoot, 'examples');
  const none = await scanFilesParallel([], { config: emptyConfig(cwd), today, cwd, workers: 2 });
  assert.deepEqual(none, scanFiles([], { loader: iacLoader(), config: emptyConfig(cwd), today, cwd }));
  const one = await scanFilesParallel(['sam-app/template.yaml'], { config: emptyConfig(cwd), today, cwd, workers: 2 });
  assert.equal(formatScan(one, 'json', { lang: 'en' }), formatScan(scanFiles(['sam-app/template.yaml'], { loader: iacLoader(), config: emptyConfig(cwd), today, cwd }), 'json', { lang: 'en' }));
});

test('workerCount: none below the threshold nor on a busy machine, one per idle core, SLENS_WORKERS overrides (bounded), junk ignored', () => {
  assert.equal(workerCount(PARALLEL_FROM - 1, {}, 8, 0), 0);
  assert.equal(workerCount(PARALLEL_FROM, {}, 2, 0), 0, 'on 2 cores the second is left to V8 (measured: a worker lost)');
  assert.equal(workerCount(PARALLEL_FROM, {}, 4, 0.2), 2);
  assert.equal(workerCount(PARALLEL_FROM, {}, 4, 1.5), 1, 'another process keeps a core and a half busy');
  assert.equal(workerCount(10_000, {}, 2, 18), 0);
  assert.equal(workerCount(10_000, {}, 8, 3), 3);
  assert.equal(workerCount(10_000, {}, 32, 0), 7);
  assert.equal(workerCount(5, { SLENS_WORKERS: '2' }), 2);
  assert.equal(workerCount(100_000, { SLENS_WORKERS: '0' }), 0);
  assert.equal(workerCount(100_000, { SLENS_WORKERS: '999' }), 16);
  assert.equal(workerCount(1, { SLENS_WORKERS: 'lots' }), 0);
});

test('busy cores: the CPU time of all cores less this process\'s own, over the window, as cores', async () => {
  const at = (ms: number, busy: number, own: number, cores = 2) => ({ at: ms, busy, total: ms * cores, own });
  // A quiet 4-core machine while this process scans on one core: nothing else is busy, so two cores are spare
  // (one is left to V8's own threads).
  assert.equal(busyBetween(at(0, 0, 0, 4), at(100, 100, 100, 4), 4), 0);
  assert.equal(workerCount(PARALLEL_FROM, {}, 4, busyBetween(at(0, 0, 0, 4), at(100, 100, 100, 4), 4)), 2);
  // Other processes keep both cores busy (this one waited): no worker.
  assert.equal(busyBetween(at(0, 0, 0), at(100, 200, 0), 2), 2);
  assert.equal(workerCount(10_000, {}, 2, 2), 0);
  // Half a core busy elsewhere while this process used one: 0.5 of 2 cores; 8 cores, 3 busy elsewhere: 3 workers.
  assert.equal(busyBetween(at(0, 0, 0), at(100, 150, 100), 2), 0.5);
  assert.equal(workerCount(10_000, {}, 8, busyBetween(at(0, 0, 0, 8), at(100, 400, 100, 8), 8)), 3);
  // No time passed: nothing known to be busy; never more than the cores.
  assert.equal(busyBetween(at(5, 10, 0), at(5, 10, 0), 2), 0);
  assert.equal(busyBetween(at(0, 0, 50), at(100, 200, 0), 2), 2);
  const measured = await busyCores();
  assert.ok(measured >= 0 && measured <= availableParallelism(), `busy cores measured: ${measured}`);
});
