// Bundles the compiled CLI into a few ES module chunks beside the compiled sources (dist/src/bundle).
// Why: a scan is a short process, and Node spent a third of a small scan resolving and loading ~400
// separate module files. Chunks are split by dynamic import, so `slens scan` loads the scanner and
// not the web server, the store or zod. bin/slens.js runs the bundle only when it is newer than the
// compiled sources; `SLENS_BUNDLE=0` runs the modules instead.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../test/helpers/repo.js';

/** Same depth as dist/src/cli, so paths like `../../../package.json` resolve from the chunks too. */
export const BUNDLE_DIR = join(repoRoot, 'dist', 'src', 'bundle');

// Native addons, the browser driver (it locates its own files) and the HCL reader (a Go/WASM build
// read from its package folder) stay in node_modules.
const EXTERNAL = ['better-sqlite3', 'pg', 'playwright-core', '@cdktn/hcl2json'];

// Some dependencies are CommonJS and call require() for Node built-ins; an ES module chunk has no
// require of its own, so each chunk gets one made for its location.
const REQUIRE_SHIM = "import { createRequire as __slensCreateRequire } from 'node:module'; const require = __slensCreateRequire(import.meta.url);";

rmSync(BUNDLE_DIR, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: join(repoRoot, 'dist', 'src', 'cli', 'main.js') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build whose inner requires esbuild cannot follow; its ES build is "module".
  mainFields: ['module', 'main'],
  outdir: BUNDLE_DIR,
  chunkNames: 'chunk-[hash]',
  external: EXTERNAL,
  banner: { js: REQUIRE_SHIM },
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + (o.bytes ?? 0), 0);
const chunks = Object.keys(result.metafile.outputs).filter((name) => name.endsWith('.js')).length;
console.log(`bundle: ${chunks} chunks, ${(bytes / 1024 / 1024).toFixed(1)} MB (with source maps) in ${BUNDLE_DIR}`);
