// A scan over worker threads: the files form one shared queue (an index in shared memory that every thread
// advances atomically), the main thread scans from it too, and each file's contribution is merged in the order
// the files were given, so the result is exactly the single-threaded one. Used only for scans large enough to
// repay a worker's start-up (see PARALLEL_FROM).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { RULES } from '../rules/index.js';
import type { Finding, LensRef } from '../rules/types.js';
import { reviveLocalized, type Localized } from '../util/i18n.js';
import { newCodeLookups } from './code-reader.js';
import { ownStrings } from './own-strings.js';
import { iacLoader } from './iac-loader.js';
import { busyCores, V8_CORES } from './busy-cores.js';
import { addFileScan, emptyScanResult, finishScanResult, scanOneFile, storedScanResult, wantedFiles, type FileScan, type FileScanContext, type ScanFilesOptions } from './scan-files.js';
import type { ScanWorkerInput, ScanWorkerMessage } from './scan-worker.js';
import type { ScanOutput, ScanResult } from './types.js';

/**
 * Fewer templates than this are scanned on the main thread alone. A worker costs ~0.1 s of CPU to start (it
 * loads the code again) and each template it scans costs more CPU in all (its results are copied to the main
 * thread and revived there), so only a core that would otherwise idle repays it, past a few hundred templates.
 * bench/scan.ts measures both sides (CROSSOVER); on a 2-core machine at load 15–20 one worker lost at every
 * count from 200 to 1,600 templates (1.2–1.5× slower), hence workers only on cores other processes leave idle.
 * On a quiet 2-core machine one worker lost too (400, 2,000 and 10,000 templates: 1.28×, 1.19×, 1.13× slower, 40–50%
 * more CPU): a single-threaded scan already keeps the second core partly busy with V8's own threads (the optimizing
 * compiler, the garbage collector), and each worker warms its own JIT up. So a core is left to V8 too (V8_CORES).
 */
export const PARALLEL_FROM = 400;

/**
 * A worker's young generation (MB): smaller than V8's default, as a worker holds only the template it scans and
 * a batch of results. 5,000 templates with one worker peaked at 170 MB instead of 183 MB, CPU time within noise.
 */
const WORKER_YOUNG_MB = 16;

/** Time the main thread scans before it lets the workers' messages in (ms). */
const SLICE_MS = 15;

export type ParallelScanOptions = Omit<ScanFilesOptions, 'loader' | 'rules'> & {
  /** Worker threads to start (besides the main thread): default `workerCount`. */
  workers?: number;
  /**
   * Keep findings as compact records (finding-store.ts) rather than objects, so memory stays flat however many
   * templates are scanned: the CLI asks for it, reports read them back. The number is the record bytes held in
   * memory before they go to a temporary file (true: the default, 1 MB). Close the stores when done.
   */
  store?: true | number;
};

/**
 * Workers for a scan of `files` templates: `SLENS_WORKERS` when set, else, once there are enough templates, one
 * per core other processes leave idle (`busy`: the cores they keep busy, see busy-cores.ts), the main thread's
 * own core and one for V8's background threads kept (so none on 2 cores). The result never depends on it: only the time does.
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), busy = 0): number {
  const forced = forcedWorkers(env);
  if (forced !== undefined) return forced;
  if (files < PARALLEL_FROM) return 0;
  const spare = Math.round(cores - 1 - V8_CORES - busy);
  return Math.max(0, Math.min(spare, cores - 1, 7));
}

function forcedWorkers(env: NodeJS.ProcessEnv): number | undefined {
  const forced = env['SLENS_WORKERS'];
  return forced !== undefined && /^\d+$/.test(forced) ? Math.min(Number(forced), 16) : undefined;
}

/** `workerCount` with the cores busy now measured, only when the answer depends on them. */
async function chooseWorkers(files: number): Promise<number> {
  const cores = availableParallelism();
  if (forcedWorkers(process.env) !== undefined || files < PARALLEL_FROM || cores < 2 + V8_CORES) return workerCount(files, process.env, cores);
  return workerCount(files, process.env, cores, await busyCores());
}

/** How a worker loads the code the main thread runs: the bundle (scripts/bundle.ts) or the compiled modules. */
function workerEntry(): { bundle: string } | { module: string } {
  const here = import.meta.url;
  return here.endsWith('.cjs') ? { bundle: here } : { module: new URL('./scan-worker.js', here).href };
}

/** Makes a worker's findings whole again: messages read on demand, and one copy of each shared value. */
function reviver(): (scan: FileScan) => FileScan {
  const texts = new Map<string, Localized[]>();
  const same = (text: Localized): Localized => {
    const known = texts.get(text.en);
    const found = known?.find((k) => k.ja === text.ja);
    if (found) return found;
    if (known) known.push(text);
    else texts.set(text.en, [text]);
    return text;
  };
  const byRule = new Map(RULES.map((rule) => [rule.id, rule]));
  const strings = new Map<string, string>();
  const str = (s: string): string => {
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  const sameLens = (a: LensRef | undefined, b: LensRef | undefined): boolean => a === b || (!!a && !!b && a.pillar === b.pillar && a.question === b.question && a.choice === b.choice);
  const finding = <F extends Finding>(f: F): F => {
    const rule = byRule.get(f.ruleId);
    if (rule) {
      if (f.aliases.length === rule.aliases.length && f.aliases.every((a, i) => a === rule.aliases[i])) f.aliases = rule.aliases;
      if (f.lens && sameLens(f.lens, rule.lens)) f.lens = rule.lens;
      f.ruleId = rule.id;
    }
    f.message = reviveLocalized(f.message, same);
    f.location.file = str(f.location.file);
    f.resource.type = str(f.resource.type);
    return f;
  };
  return (scan) => {
    if (scan.file !== undefined) scan.file = str(scan.file);
    scan.findings.forEach(finding);
    scan.suppressed.forEach(finding);
    for (const e of scan.errors) {
      e.file = str(e.file);
      if (e.localized) e.localized = reviveLocalized(e.localized);
    }
    const { outcomes } = scan;
    outcomes.rules = outcomes.rules.map((id) => byRule.get(id)?.id ?? id);
    for (const r of outcomes.resources) {
      r.file = str(r.file);
      r.resourceType = str(r.resourceType);
    }
    return scan;
  };
}

/** `scanFiles` with the rule catalog and the template readers of src/iac, over worker threads when it pays. */
export async function scanFilesParallel(files: readonly string[], options: ParallelScanOptions & { store: true | number }): Promise<ScanOutput>;
export async function scanFilesParallel(files: readonly string[], options: ParallelScanOptions & { store?: undefined }): Promise<ScanResult>;
export async function scanFilesParallel(files: readonly string[], options: ParallelScanOptions): Promise<ScanOutput> {
  const { config, cwd, today, store } = options;
  const wanted = wantedFiles(files, config, cwd);
  const workers = options.workers ?? (await chooseWorkers(wanted.length));
  const result: ScanOutput = store === undefined ? emptyScanResult(today, options.discoveryErrors) : storedScanResult(today, options.discoveryErrors, store === true ? undefined : store);
  const ctx: FileScanContext = { loader: iacLoader(), config, today, cwd, rules: RULES, lookups: newCodeLookups(), strings: ownStrings() };
  const total = wanted.length;
  if (workers === 0 || total < 2) {
    wanted.forEach((file, index) => {
      addFileScan(result, scanOneFile(file, ctx));
      options.onProgress?.(index + 1, total);
    });
    return finishScanResult(result, config);
  }

  const queue = new SharedArrayBuffer(4);
  const next = new Int32Array(queue);
  // Finished files waiting for an earlier one; merged (and let go) as soon as the files before them are.
  const waiting = new Map<number, FileScan>();
  let merged = 0;
  const place = (index: number, scan: FileScan): void => {
    waiting.set(index, scan);
    for (let ready = waiting.get(merged); ready !== undefined; ready = waiting.get(merged)) {
      waiting.delete(merged);
      addFileScan(result, ready);
      merged += 1;
      options.onProgress?.(merged, total);
    }
  };
  const revive = reviver();
  const input: ScanWorkerInput & { entry: ReturnType<typeof workerEntry> } = { files: wanted, config, today, cwd, queue, entry: workerEntry() };
  const started: Worker[] = [];
  const finished = Array.from({ length: workers }, () => {
    const worker = new Worker(new URL('../../../bin/worker.js', import.meta.url), { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    started.push(worker);
    return new Promise<void>((resolveDone, reject) => {
      let done = false;
      worker.on('message', (message: ScanWorkerMessage) => {
        if ('done' in message) {
          done = true;
          resolveDone();
        } else for (const [index, scan] of message.scans) place(index, revive(scan));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!done) reject(new Error(`a scan worker stopped (exit code ${code}) before it finished`));
      });
    });
  });
  try {
    // The main thread takes files from the same queue, letting the workers' messages in between slices.
    for (let index = Atomics.add(next, 0, 1); index < total; ) {
      const until = performance.now() + SLICE_MS;
      do {
        place(index, scanOneFile(wanted[index] as string, ctx));
        index = Atomics.add(next, 0, 1);
      } while (index < total && performance.now() < until);
      await new Promise<void>((resume) => setImmediate(resume));
    }
    await Promise.all(finished);
  } finally {
    await Promise.all(started.map((worker) => worker.terminate()));
  }
  if (merged !== total) throw new Error(`parallel scan merged ${merged} of ${total} files`);
  return finishScanResult(result, config);
}
