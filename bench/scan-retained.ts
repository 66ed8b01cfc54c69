// What a scan keeps per template until its report is written, by kind: run with `node --expose-gc
// dist/bench/scan-retained.js [count...]` (default 1000 10000). For each count it scans that many copies of the
// corpus templates in this process, one thread, then measures the heap after a full GC with the result held,
// and again after letting go of one part of the result at a time (messages, locations, resources, the finding
// objects, suppressed findings, outcomes, the file list, errors) — each difference is what that part kept.
// Then it writes the JSON report to nowhere and prints the largest heap seen while writing. Not part of slens.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedDir } from '../test/helpers/repo.js';
import { loadavg } from 'node:os';
import { run } from './measure.js';
import { scanFiles } from '../src/scan/scan-files.js';
import { iacLoader } from '../src/scan/iac-loader.js';
import { loadConfig } from '../src/scan/config.js';
import { scanReportChunks } from '../src/report/index.js';
import type { ScanOutput, ScanResult } from '../src/scan/types.js';
import { scanFilesParallel } from '../src/scan/scan-parallel.js';
import { FindingStore } from '../src/scan/finding-store.js';
import { templateCopies } from './template-copies.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench/scan-retained: run with node --expose-gc');
  process.exit(2);
}
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const corpus = join(sharedDir, 'corpus');
const { paths: same } = JSON.parse(run([join(repoRoot, 'dist', 'bench', 'bare-parse.js'), corpus, '--list'], repoRoot).stdout) as { paths: string[] };
const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);

/** A folder of `count` copies of the scanned templates. */
function copies(count: number): string {
  return templateCopies(same, count, 'slens-retained-');
}

const loader = await iacLoader();
console.log(`bench/scan-retained (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
for (const count of counts.length ? counts : [1000, 10_000]) {
  const dir = copies(count);
  try {
    const discovery = await loader.discover([dir]);
    const files = discovery.files;
    const before = heap();
    let result: ScanResult | undefined = scanFiles(files, { loader, config: loadConfig(undefined, dir), today: '2026-11-25', cwd: dir });
    const held = heap();
    const r = result;
    const parts: [string, () => void][] = [
      ['finding messages', () => r.findings.forEach((f) => ((f as { message: unknown }).message = null))],
      ['finding locations', () => r.findings.forEach((f) => ((f as { location: unknown }).location = null))],
      ['finding resources', () => r.findings.forEach((f) => ((f as { resource: unknown }).resource = null))],
      ['finding objects', () => (r.findings = [])],
      ['suppressed', () => (r.suppressed = [])],
      ['outcomes', () => (r.outcomes = [])],
      ['file list', () => (r.files = [])],
      ['errors', () => (r.errors = [])],
    ];
    const findings = r.findings.length;
    const outcomes = r.outcomes.length;
    console.log(`${count} templates: ${findings} findings, ${outcomes} outcomes, ${r.files.length} files; heap held ${mb(held - before)} (${Math.round((held - before) / count)} B a template, ${Math.round((held - before) / Math.max(1, findings))} B a finding)`);
    let last = held;
    for (const [name, drop] of parts) {
      drop();
      const now = heap();
      console.log(`  ${name.padEnd(18)} ${mb(last - now).padStart(9)}  (${Math.round((last - now) / count)} B a template)`);
      last = now;
    }
    result = undefined;
    console.log(`  rest               ${mb(last - heap()).padStart(9)}`);
    // The report-time peak: a fresh scan, its JSON report written to nowhere, the heap sampled as it goes.
    result = scanFiles(files, { loader, config: loadConfig(undefined, dir), today: '2026-11-25', cwd: dir });
    const start = heap();
    let peak = 0;
    let n = 0;
    for (const chunk of scanReportChunks(result, 'json', { lang: 'en' })) {
      if (chunk.length >= 0 && ++n % 2000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    console.log(`  writing JSON: heap peak ${mb(peak - before)} above the start (${mb(start - before)} held when it began)`);
    result = undefined;
    // The same scan as the CLI keeps it: findings as records (finding-store.ts), their index in memory.
    const base = heap();
    const baseBuffers = process.memoryUsage().arrayBuffers;
    const stored: ScanOutput = await scanFilesParallel(files, { config: loadConfig(undefined, dir), today: '2026-11-25', cwd: dir, workers: 0, store: true });
    const kept = heap();
    const buffers = process.memoryUsage().arrayBuffers - baseBuffers;
    console.log(`  as records (the CLI): heap ${mb(kept - base)} (${Math.round((kept - base) / count)} B a template) + typed arrays ${mb(buffers)} (${Math.round(buffers / count)} B a template); records ${(stored.findings as FindingStore).onDisk ? 'in a temporary file' : 'in memory'}`);
    let was = kept;
    const storedParts: [string, () => void][] = [
      ['finding index', () => {
        (stored.findings as FindingStore).close();
        (stored.suppressed as FindingStore).close();
        stored.findings = [];
        stored.suppressed = [];
      }],
      ['outcomes', () => (stored.outcomes = [])],
      ['file list', () => (stored.files = [])],
    ];
    for (const [name, drop] of storedParts) {
      drop();
      const now = heap();
      console.log(`    ${name.padEnd(16)} heap ${mb(was - now).padStart(9)}  (${Math.round((was - now) / count)} B a template)`);
      was = now;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
