// The worker side of a parallel scan (scan-parallel.ts): takes the next file from the shared queue (an index
// in shared memory every thread advances atomically), scans it like the single-threaded driver, and posts each
// file's contribution back with its index, a few files per message, so the main thread can merge them in order.
import { parentPort, workerData } from 'node:worker_threads';
import { RULES } from '../rules/index.js';
import { newCodeLookups } from './code-reader.js';
import { ownStrings } from './own-strings.js';
import { iacLoader } from './iac-loader.js';
import { scanOneFile, type FileScan, type FileScanContext } from './scan-files.js';
import type { ScanConfig } from './config.js';

/** What the main thread hands each worker. */
export interface ScanWorkerInput {
  files: string[];
  config: ScanConfig;
  today: string;
  cwd: string;
  /** One Int32: the index of the next file to take. */
  queue: SharedArrayBuffer;
}

/** Messages from a worker: finished files (index and contribution), then `done`. */
export type ScanWorkerMessage = { scans: [number, FileScan][] } | { done: true };

/** Files per message: fewer messages, yet the main thread can merge (and free) them soon. */
const BATCH = 32;

export function runScanWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runScanWorker runs in a worker thread');
  const input = workerData as ScanWorkerInput;
  const queue = new Int32Array(input.queue);
  const ctx: FileScanContext = { loader: iacLoader(), config: input.config, today: input.today, cwd: input.cwd, rules: RULES, lookups: newCodeLookups(), strings: ownStrings() };
  let batch: [number, FileScan][] = [];
  for (;;) {
    const index = Atomics.add(queue, 0, 1);
    if (index >= input.files.length) break;
    batch.push([index, scanOneFile(input.files[index] as string, ctx)]);
    if (batch.length >= BATCH) {
      port.postMessage({ scans: batch } satisfies ScanWorkerMessage);
      batch = [];
    }
  }
  if (batch.length) port.postMessage({ scans: batch } satisfies ScanWorkerMessage);
  port.postMessage({ done: true } satisfies ScanWorkerMessage);
}
