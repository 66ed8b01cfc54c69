#!/usr/bin/env node
// Entry point: answers --version from package.json before loading anything else, so it stays instant.
import { readFileSync, statSync } from 'node:fs';

const args = process.argv.slice(2);

/**
 * The bundled CLI (scripts/bundle.ts) loads a few chunks instead of hundreds of modules. It is used only
 * when it was built from the current compiled sources: a bundle older than dist/src/cli/main.js would run
 * stale code, so the modules run instead. SLENS_BUNDLE=0 always runs the modules, SLENS_BUNDLE=1 the bundle.
 */
function entry() {
  const modules = new URL('../dist/src/cli/main.js', import.meta.url);
  const bundle = new URL('../dist/src/bundle/main.js', import.meta.url);
  if (process.env.SLENS_BUNDLE === '0') return modules;
  if (process.env.SLENS_BUNDLE === '1') return bundle;
  const built = statSync(bundle, { throwIfNoEntry: false });
  const compiled = statSync(modules, { throwIfNoEntry: false });
  return built && compiled && built.mtimeMs >= compiled.mtimeMs ? bundle : modules;
}

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { main } = await import(entry().href);
  process.exitCode = await main(args);
}
