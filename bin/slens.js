#!/usr/bin/env node
// Entry point: answers --version from package.json before loading anything else, so it stays instant.
import { readFileSync, statSync } from 'node:fs';

const args = process.argv.slice(2);
const modules = new URL('../dist/src/cli/main.js', import.meta.url);
// `slens scan …` runs the bundle of the scan command alone (half the code to load); the rest the whole CLI.
const scanOnly = args[0] === 'scan' && process.env.SLENS_BUNDLE !== 'full';
const bundle = new URL(scanOnly ? '../dist/src/bundle/scan.cjs' : '../dist/src/bundle/main.cjs', import.meta.url);

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

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else if (useBundle()) {
  const { loadBundle } = await import('./bundle-loader.js');
  const loaded = loadBundle(bundle);
  process.exitCode = await loaded.exports.main(args);
  loaded.writeCache();
} else {
  const { main } = await import(modules.href);
  process.exitCode = await main(args);
}
