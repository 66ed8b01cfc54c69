// Entry of a worker thread (src/scan/scan-parallel.ts): runs the same code as the main thread, the bundle
// (with its code cache) when the main thread runs it, else the compiled modules.
import { workerData } from 'node:worker_threads';

const { entry } = workerData;
if (entry.bundle) {
  const { loadBundle } = await import('./bundle-loader.js');
  await loadBundle(new URL(entry.bundle)).exports.runScanWorker();
} else {
  const { runScanWorker } = await import(entry.module);
  runScanWorker();
}
