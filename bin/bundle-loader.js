// Runs the CommonJS bundle (scripts/bundle.ts) with V8's code cache: the bytecode of the functions a scan
// runs, recorded at build time, so they start compiled instead of being compiled on their first call.
// A cache V8 refuses (another Node version, other flags) only costs the normal compilation.
// The bundle's text is already the function Node wraps a CommonJS module in, so it compiles as read.
'use strict';
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { fileURLToPath } = require('node:url');
const vm = require('node:vm');

/** Loads the bundle and returns its exports, and how its code cache went. */
function loadBundle(bundleUrl) {
  const file = fileURLToPath(bundleUrl);
  const cacheFile = `${file}.cache`;
  // Latin-1: the bundle is ASCII only (scripts/bundle.ts escapes the rest), where it reads the same as UTF-8 at
  // half the cost (no validation; ~6 ms of a one-template scan on a 1 MB bundle).
  const source = readFileSync(file, 'latin1');
  const cacheStat = statSync(cacheFile, { throwIfNoEntry: false });
  const fresh = cacheStat !== undefined && cacheStat.mtimeMs >= statSync(file).mtimeMs && !process.env.SLENS_CODE_CACHE_WRITE;
  const cachedData = fresh ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const cache = cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'absent';
  if (process.env.SLENS_BUNDLE_DEBUG === '1') process.stderr.write(`slens: bundle code cache ${cache}\n`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    /** Whether the code cache was used, refused by V8, or absent (or older than the bundle). */
    cache,
    /** Build time only: records the bytecode of everything run so far. */
    writeCache() {
      const target = process.env.SLENS_CODE_CACHE_WRITE;
      if (target) writeFileSync(target, script.createCachedData());
    },
  };
}

module.exports = { loadBundle };
