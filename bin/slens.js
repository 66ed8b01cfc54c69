#!/usr/bin/env node
// Entry point: answers --version from package.json before loading anything else, so it stays instant.
// A CommonJS file (bin/package.json): an ES module entry would start Node's ES module loader first, ~15 ms of
// every command; the compiled modules, when they run instead of the bundle, are still loaded by import().
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const args = process.argv.slice(2);
const modules = join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
// `slens scan …` runs the bundle of the scan command alone (half the code to load); the rest the whole CLI.
const scanOnly = args[0] === 'scan' && process.env.SLENS_BUNDLE !== 'full';
const bundle = join(__dirname, '..', 'dist', 'src', 'bundle', scanOnly ? 'scan.cjs' : 'main.cjs');

/**
 * The bundled CLI (scripts/bundle.ts) loads as one file with its code cache instead of hundreds of modules.
 * It is used only when it was built from the current compiled sources: a bundle older than
 * dist/src/cli/main.js would run stale code, so the modules run instead. SLENS_BUNDLE=0 always runs the
 * modules, SLENS_BUNDLE=1 the bundle, SLENS_BUNDLE=full the bundle of the whole CLI even for `scan`.
 */
function useBundle() {
  if (process.env.SLENS_BUNDLE === '0') return false;
  if (process.env.SLENS_BUNDLE === '1' || process.env.SLENS_BUNDLE === 'full') return true;
  const built = statSync(bundle, { throwIfNoEntry: false });
  const compiled = statSync(modules, { throwIfNoEntry: false });
  return built !== undefined && compiled !== undefined && built.mtimeMs >= compiled.mtimeMs;
}

/**
 * A scan naming template files and no folder gets the code cache of a scan of single templates (scripts/bundle.ts):
 * 700 KB instead of 880 KB to read and deserialize, ~200 page faults and ~4 ms of CPU less for one template. Folders,
 * and a bare `slens scan` (the current folder), get the cache of every example, which Terraform folders need (3% more
 * instructions with the small one). Either cache only saves compiling.
 */
function templateFilesOnly() {
  let files = 0;
  for (const arg of args.slice(1)) {
    if (arg.startsWith('-')) continue;
    let stat;
    try {
      stat = statSync(arg, { throwIfNoEntry: false });
    } catch {
      continue;
    }
    if (stat?.isDirectory()) return false;
    if (stat?.isFile()) files++;
  }
  return files > 0;
}

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else if (useBundle()) {
  const loaded = require('./bundle-loader.js').loadBundle(pathToFileURL(bundle), scanOnly && templateFilesOnly() ? 'template' : undefined);
  loaded.exports.main(args).then((code) => {
    process.exitCode = code;
    loaded.writeCache();
  });
} else {
  import(pathToFileURL(modules).href)
    .then(({ main }) => main(args))
    .then((code) => {
      process.exitCode = code;
    });
}
