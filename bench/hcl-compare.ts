// The native HCL parser against @cdktn/hcl2json on every .tf file of ../shared/corpus (development data beside
// the repository; says so and exits when it is absent): files whose JSON differs (with the first differing
// path), and the time of each parser over all files. Native: best of 3 passes after a warm-up pass. hcl2json:
// one pass including its start (loading and compiling its WebAssembly), as a scan pays it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseHclNative } from '../src/iac/terraform/hcl-native.js';
import { sharedDir } from '../test/helpers/repo.js';
import { tfFiles } from './tf-files.js';

const corpus = process.argv[2] ?? join(sharedDir, 'corpus');
if (!existsSync(corpus)) {
  console.log(`bench/hcl-compare: ${corpus} is absent (development data beside the repository); nothing to compare.`);
  process.exit(0);
}


/** The first path where two JSON values differ, or undefined. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const found = firstDifference(x[key], y[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: native ${JSON.stringify(a)?.slice(0, 120)} ≠ hcl2json ${JSON.stringify(b)?.slice(0, 120)}`;
}

const files = tfFiles(corpus);
const texts = files.map((file) => readFileSync(file, 'utf8'));

const hclStart = process.hrtime.bigint();
const require = createRequire(import.meta.url);
const hcl2json = require('@cdktn/hcl2json') as { parse(file: string, text: string): Promise<Record<string, unknown>> };
const expected: Array<{ value?: unknown; error?: string }> = [];
for (let i = 0; i < files.length; i++) {
  try {
    expected.push({ value: await hcl2json.parse(files[i] as string, texts[i] as string) });
  } catch (error) {
    expected.push({ error: String(error) });
  }
}
const hclMs = Number(process.hrtime.bigint() - hclStart) / 1e6;

const parseAll = (): ReturnType<typeof parseHclNative>[] => files.map((file, i) => parseHclNative(file, texts[i] as string));
let results = parseAll();
let nativeMs = Infinity;
for (let round = 0; round < 3; round++) {
  const start = process.hrtime.bigint();
  results = parseAll();
  nativeMs = Math.min(nativeMs, Number(process.hrtime.bigint() - start) / 1e6);
}

let differences = 0;
files.forEach((file, i) => {
  const mine = results[i] as ReturnType<typeof parseHclNative>;
  const theirs = expected[i] as { value?: unknown; error?: string };
  const name = relative(corpus, file);
  let problem: string | undefined;
  if ('error' in mine || theirs.error !== undefined) {
    if (!('error' in mine) || theirs.error === undefined) problem = `native ${'error' in mine ? `error ${mine.error.line}:${mine.error.column} ${mine.error.message}` : 'parses'}; hcl2json ${theirs.error ?? 'parses'}`;
  } else {
    problem = firstDifference(JSON.parse(JSON.stringify(mine.value)), theirs.value);
  }
  if (problem) {
    differences++;
    console.log(`differs: ${name}\n  ${problem}`);
  }
});

const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
console.log(`bench/hcl-compare: ${files.length} .tf files (${(bytes / 1024).toFixed(0)} KiB) in ${corpus}`);
console.log(`  differences: ${differences}`);
console.log(`  native:   ${nativeMs.toFixed(1)} ms (best of 3 after a warm-up)`);
console.log(`  hcl2json: ${hclMs.toFixed(1)} ms (one pass, including its start)`);
console.log(`  ratio:    hcl2json / native = ${(hclMs / nativeMs).toFixed(1)}×`);
process.exit(differences === 0 ? 0 : 1);
