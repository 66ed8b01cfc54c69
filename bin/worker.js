// Entry of a worker thread (src/scan/scan-parallel.ts): runs the same code as the main thread, the bundle
// (with its code cache) when the main thread runs it, else the compiled modules.
'use strict';
const { workerData } = require('node:worker_threads');

const { entry } = workerData;
if (entry.bundle) {
  require('./bundle-loader.js').loadBundle(new URL(entry.bundle)).exports.runScanWorker();
} else {
  import(entry.module).then(({ runScanWorker }) => runScanWorker());
}
