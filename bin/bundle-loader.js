// Runs the CommonJS bundle (scripts/bundle.ts) with V8's code cache: the bytecode of the functions a scan
// runs, recorded at build time, so they start compiled instead of being compiled on their first call.
// A cache V8 refuses (another Node version, other flags) only costs the normal compilation.
// The bundle's text is already the function Node wraps a CommonJS module in, so it compiles as read.
'use strict';
const { Buffer } = require('node:buffer');
const { closeSync, fstatSync, openSync, readSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { fileURLToPath } = require('node:url');
const vm = require('node:vm');

/** Reads `file` into the start of `buffer` (grown when too small); returns the buffer and the byte count. */
function readInto(file, buffer) {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const target = buffer && buffer.length >= size ? buffer : Buffer.allocUnsafeSlow(size);
    let read = 0;
    for (let n = -1; read < size && n !== 0; read += n) n = readSync(fd, target, read, size - read, read);
    return { buffer: target, size: read };
  } finally {
    closeSync(fd);
  }
}

/**
 * Loads the bundle and returns its exports, and how its code cache went. `kind` names another cache recorded for
 * the same bundle (`scan.cjs.template.cache`), used when there is one; otherwise `scan.cjs.cache`.
 */
function loadBundle(bundleUrl, kind) {
  const file = fileURLToPath(bundleUrl);
  const bundleStat = statSync(file);
  let cacheFile = `${file}.cache`;
  let cacheStat;
  if (kind) {
    cacheStat = statSync(`${file}.${kind}.cache`, { throwIfNoEntry: false });
    if (cacheStat) cacheFile = `${file}.${kind}.cache`;
  }
  cacheStat ??= statSync(cacheFile, { throwIfNoEntry: false });
  const fresh = cacheStat !== undefined && cacheStat.mtimeMs >= bundleStat.mtimeMs && !process.env.SLENS_CODE_CACHE_WRITE;
  // One buffer holds the bundle's bytes and then its code cache: every fresh page costs a page fault, which on
  // a virtual machine is ~10 µs each, ~2 ms for a second 700 KB buffer. V8 reads the cache only while compiling.
  // Latin-1: the bundle is ASCII only (scripts/bundle.ts escapes the rest), where it reads the same as UTF-8 at
  // half the cost (no validation; ~6 ms of a one-template scan on a 1 MB bundle).
  const bundleBytes = readInto(file, fresh ? Buffer.allocUnsafeSlow(Math.max(cacheStat.size, bundleStat.size)) : undefined);
  const source = bundleBytes.buffer.latin1Slice(0, bundleBytes.size);
  let cachedData;
  if (fresh) {
    const cacheBytes = readInto(cacheFile, bundleBytes.buffer);
    cachedData = cacheBytes.buffer.subarray(0, cacheBytes.size);
  }
  const script = new vm.Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const cache = cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'absent';
  if (process.env.SLENS_BUNDLE_DEBUG === '1') process.stderr.write(`slens: bundle code cache ${cache}${cachedData ? ` (${cacheFile.slice(file.length + 1)})` : ''}\n`);
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
