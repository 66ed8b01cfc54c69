// Bundles the compiled CLI into one CommonJS file beside the compiled sources (dist/src/bundle/main.cjs),
// then records V8's code cache for it by running a scan of examples/ once.
// Why: a scan is a short process. Node spent a third of a small scan resolving and loading ~400 separate
// modules, and much of the rest compiling functions on their first call. One file loads at once, and with
// the code cache (bytecode of every function the training scan ran) those functions start compiled.
// bin/slens.js runs the bundle only when it is newer than the compiled modules; `SLENS_BUNDLE=0` runs the
// modules instead. The cache is an optimisation only: V8 refuses a cache made by another Node version or
// with other flags, and the bundle then compiles as usual.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RULE_DOCS_FILE, RULE_DOCS_LOADER, ruleDocsOutside } from './rule-docs-outside.js';

/** The repository root: this script runs as dist/scripts/bundle.js. */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Same depth as dist/src/cli, so paths like `../../../package.json` resolve from the bundle too. */
export const BUNDLE_DIR = join(repoRoot, 'dist', 'src', 'bundle');
export const BUNDLE_FILE = join(BUNDLE_DIR, 'main.cjs');
export const CODE_CACHE_FILE = `${BUNDLE_FILE}.cache`;
/** `slens scan` alone (src/cli/scan-main.ts): half the code, for the command run most, in CI on every push. */
export const SCAN_BUNDLE_FILE = join(BUNDLE_DIR, 'scan.cjs');

// Native addons (better-sqlite3, re2) and the browser driver (it locates its own files) stay in node_modules, and so do the
// libraries of the server and the store (zod, kysely, hono) and the AWS SDK of `slens aws`: a scan never loads them, and leaving them
// out halves the file every command reads and compiles at start.
const EXTERNAL = ['better-sqlite3', 're2', 'pg', 'playwright-core', 'zod', 'kysely', 'hono', '@hono/node-server', '@aws-sdk/client-wellarchitected'];

// The sources are ES modules that locate files from `import.meta.url`; in a CommonJS file that is the
// bundle's own URL, made once at its top.
const META_URL = "const __slensImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/**
 * The file is the function Node wraps a CommonJS module in, written out: bin/bundle-loader.js compiles the
 * text as read, without gluing a megabyte-long wrapper around it first (a copy of the whole text at every start).
 */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';

/**
 * Built-in modules required at load but used only by what a scan seldom does: commander's `child_process`
 * (subcommands run as programs, which slens has none of) and `worker_threads` (scans of hundreds of templates).
 * Loading them cost a one-template scan ~5 ms; a proxy loads each on its first use instead. An `import()` of
 * them (already lazy, and copied property by property by esbuild's __toESM) keeps its plain require.
 */
const LAZY_BUILTIN = /(?<!__toESM\()require\("(node:child_process|node:worker_threads)"\)/g;
const LAZY_REQUIRE = [
  'const __slensLazy = (id) => {',
  'let m; const load = () => (m ??= require(id));',
  'return new Proxy({}, { get: (_, k) => load()[k], has: (_, k) => k in load(), ownKeys: () => Reflect.ownKeys(load()),',
  'getOwnPropertyDescriptor: (_, k) => { const d = Reflect.getOwnPropertyDescriptor(load(), k); return d && { ...d, configurable: true }; } });',
  '};',
].join(' ');

/**
 * What the build does to esbuild's output. Every character outside ASCII becomes a `\uXXXX` escape: esbuild
 * already escapes them in strings, regular expressions and names (its default ASCII charset), so only comments
 * keep them, and one of those makes Node decode the whole file by the slow path into a two-byte string (twice
 * the memory, ~10 ms of a one-template scan). The escape means the same character anywhere in JavaScript.
 */
function finishBundle(text: string): string {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(LAZY_BUILTIN, '__slensLazy("$1")');
}

rmSync(BUNDLE_DIR, { recursive: true, force: true });
/** Rules whose docs the scan bundle reads from RULE_DOCS_FILE (scripts/rule-docs-outside.ts). */
const docsOutside = new Set<string>();
for (const [entry, outfile, docsInside] of [
  ['main.js', BUNDLE_FILE, true],
  ['scan-main.js', SCAN_BUNDLE_FILE, false],
] as const) {
  await build({
    entryPoints: [join(repoRoot, 'dist', 'src', 'cli', entry)],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // jsonc-parser's "main" is a UMD build whose inner requires esbuild cannot follow; its ES build is "module".
    mainFields: ['module', 'main'],
    outfile,
    external: EXTERNAL,
    define: { 'import.meta.url': '__slensImportMetaUrl' },
    banner: { js: `${WRAPPER_START}${LAZY_REQUIRE}${docsInside ? '' : ` ${RULE_DOCS_LOADER}`}\n${META_URL}` },
    footer: { js: WRAPPER_END },
    // import() of a package becomes require(): the bundle runs as a script (bin/bundle-loader.js), which has
    // no module loader for import(); every package left outside the bundle can be required.
    supported: { 'dynamic-import': false },
    sourcemap: 'linked',
    // Without indentation and line breaks the file is a quarter smaller, so a quarter less to read at every start;
    // names and syntax stay as written (error messages and stack traces name the same functions).
    minifyWhitespace: true,
    logLevel: 'warning',
    plugins: docsInside ? [] : [ruleDocsOutside(docsOutside)],
  });
  writeFileSync(outfile, finishBundle(readFileSync(outfile, 'utf8')));
}

// The docs the scan bundle left out, by rule id, from the compiled catalog: every rule's, or the build stops.
const { RULES, META_RULES } = (await import(pathToFileURL(join(repoRoot, 'dist', 'src', 'rules', 'index.js')).href)) as typeof import('../src/rules/index.js');
const catalog = [...RULES, ...META_RULES];
const missed = catalog.filter((rule) => !docsOutside.has(rule.id)).map((rule) => rule.id);
if (missed.length || docsOutside.size !== catalog.length) {
  console.error(`bundle: the scan bundle left out the docs of ${docsOutside.size} rules, the catalog has ${catalog.length}${missed.length ? ` (kept: ${missed.join(', ')})` : ''}`);
  process.exit(1);
}
writeFileSync(join(BUNDLE_DIR, RULE_DOCS_FILE), JSON.stringify(Object.fromEntries(catalog.map((rule) => [rule.id, rule.docs]))));

// The training runs: a scan of every example format (the functions a scan and its JSON report need), once
// with each bundle (bin/slens.js runs the scan bundle for `scan`, so SLENS_BUNDLE=full asks for the whole one), and
// for `slens scan <template files>` a scan of two single templates: a cache of what such a scan runs alone (700 KB
// against 880 KB: ~200 page faults and ~4 ms of CPU less for one template; bin/slens.js picks it).
const EXAMPLES = ['examples'];
const TEMPLATES = ['examples/sam-app/template.yaml', 'examples/orders-well-architected/template.yaml'];
for (const [which, cache, inputs] of [
  ['full', CODE_CACHE_FILE, EXAMPLES],
  ['1', `${SCAN_BUNDLE_FILE}.cache`, EXAMPLES],
  ['1', `${SCAN_BUNDLE_FILE}.template.cache`, TEMPLATES],
] as const) {
  const training = spawnSync(process.execPath, [join(repoRoot, 'bin', 'slens.js'), 'scan', ...inputs, '--format', 'json', '--today', '2026-01-01'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, SLENS_BUNDLE: which, SLENS_CODE_CACHE_WRITE: cache },
  });
  if (training.status !== 0 && training.status !== 1) {
    console.error(`bundle: the training scan failed (exit ${training.status}); no code cache.\n${training.stderr}`);
    process.exit(1);
  }
}
const size = (file: string): string => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `bundle: ${BUNDLE_FILE} (${size(BUNDLE_FILE)}), code cache ${size(CODE_CACHE_FILE)}; ${SCAN_BUNDLE_FILE} (${size(SCAN_BUNDLE_FILE)}), code caches ${size(`${SCAN_BUNDLE_FILE}.cache`)} and ${size(`${SCAN_BUNDLE_FILE}.template.cache`)} (template files)`,
);
