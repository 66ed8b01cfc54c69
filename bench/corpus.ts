// Corpus check: scans every template under ../shared/corpus (or the folders given) the way `slens scan` does
// and prints what happened — templates read, load errors by code (with the files that are truly broken),
// duplicate-key findings, findings by rule, and crashes (a loader or rule that threw), which must be 0.
// Exits 1 on a crash; says so and exits 0 when the corpus is absent (it is development data beside the repo).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { emptyConfig } from '../src/scan/config.js';
import { iacLoader } from '../src/scan/iac-loader.js';
import { scanFiles } from '../src/scan/scan-files.js';
import { sharedDir } from '../test/helpers/repo.js';

const roots = process.argv.length > 2 ? process.argv.slice(2) : [join(sharedDir, 'corpus')];
const missing = roots.filter((r) => !existsSync(r));
if (missing.length === roots.length) {
  console.log(`bench/corpus: ${missing.join(', ')} absent (development data beside the repository); nothing to check.`);
  process.exit(0);
}

/** Error codes that mean our code threw, not that the input was bad. */
const CRASH_CODES = new Set(['load-failed', 'rule-failed']);

function count<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const loader = iacLoader();
const cwd = process.cwd();
let crashed: unknown;
const discovery = await loader.discover(roots.filter((r) => existsSync(r)));
const result = (() => {
  try {
    return scanFiles(discovery.files, { loader, config: emptyConfig(cwd), today: '2026-11-25', cwd, discoveryErrors: discovery.errors });
  } catch (error) {
    crashed = error;
    return undefined;
  }
})();
if (!result) {
  console.log(`bench/corpus: the scan threw: ${String((crashed as Error)?.stack ?? crashed)}`);
  process.exit(1);
}

const crashes = result.errors.filter((e) => CRASH_CODES.has(e.code));
const loadErrors = result.errors.filter((e) => !CRASH_CODES.has(e.code));
const duplicates = result.findings.filter((f) => f.ruleId === 'template-duplicate-key');
const brokenFiles = [...new Set(loadErrors.map((e) => e.file))].sort();

console.log(`corpus: ${roots.join(', ')}`);
console.log(`templates found: ${discovery.files.length}; read: ${result.files.length}; resources: ${result.resources}`);
console.log(`load errors: ${loadErrors.length} in ${brokenFiles.length} files${loadErrors.length ? ` (${count(loadErrors, (e) => e.code).map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`);
for (const e of loadErrors) console.log(`  ${e.file}:${e.line}:${e.column ?? 1}: [${e.code}] ${e.message.split('\n')[0]}`);
console.log(`duplicate keys: ${duplicates.length} findings in ${new Set(duplicates.map((f) => f.location.file)).size} files`);
console.log(`findings: ${result.findings.length} (${count(result.findings, (f) => f.severity).map(([s, n]) => `${s} ${n}`).join(', ')})`);
for (const [rule, n] of count(result.findings, (f) => f.ruleId)) console.log(`  ${String(n).padStart(5)}  ${rule}`);
console.log(`crashes: ${crashes.length}`);
for (const e of crashes) console.log(`  ${e.file}:${e.line}: ${e.message}`);
process.exit(crashes.length ? 1 : 0);
