// The JSON fast path against the js-yaml path it stands in for: the same value, the same position for every
// key and item, start, mentionsInclude and errors — on the repository's JSON files, its YAML fixtures written
// out as JSON in several layouts, hand-made edge cases, and a real `cdk synth` output. Where the readings could
// differ, the fast path must decline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nestedDeeperThan, parseJsonDocument } from '../../src/iac/json-fast.js';
import { MAX_DEPTH, parseDocument, parseDocumentJsYaml } from '../../src/iac/yaml.js';
import { jsonLayouts } from '../helpers/json-layouts.js';
import { parsedDifferences } from '../helpers/parsed-compare.js';
import { randomJson, seeded } from '../helpers/random-json.js';
import { repoRoot } from '../helpers/repo.js';

/** The fast path takes `text` and reads it exactly as js-yaml does. */
function agrees(text: string, label = JSON.stringify(text).slice(0, 80)): void {
  const fast = parseJsonDocument(text);
  assert.ok(fast, `the fast path declined ${label}`);
  assert.deepEqual(parsedDifferences(fast, parseDocumentJsYaml('t.json', text)), [], label);
}

/** The fast path declines `text`, so parseDocument gives the js-yaml reading. */
function declines(text: string, label = JSON.stringify(text).slice(0, 80)): void {
  assert.equal(parseJsonDocument(text), undefined, `the fast path took ${label}`);
  assert.deepEqual(parsedDifferences(parseDocument('t.json', text), parseDocumentJsYaml('t.json', text)), [], label);
}

function filesUnder(dir: string, match: RegExp): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path, match));
    else if (match.test(entry.name)) found.push(path);
  }
  return found;
}

test("the repository's JSON files read alike on both paths", () => {
  const files = [...filesUnder(join(repoRoot, 'test', 'fixtures'), /\.json$/), ...filesUnder(join(repoRoot, 'examples'), /\.json$/)];
  assert.ok(files.length >= 10, `only ${files.length} JSON files found`);
  let taken = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const fast = parseJsonDocument(text);
    if (fast) taken++;
    assert.deepEqual(parsedDifferences(parseDocument(file, text), parseDocumentJsYaml(file, text)), [], file);
  }
  assert.ok(taken >= files.length - 2, `the fast path took ${taken} of ${files.length} files`);
});

test('every YAML fixture written out as JSON, in every layout, reads alike on both paths', () => {
  const files = [...filesUnder(join(repoRoot, 'test', 'fixtures'), /\.ya?ml$/), ...filesUnder(join(repoRoot, 'examples'), /\.ya?ml$/)];
  let converted = 0;
  for (const file of files) {
    const doc = parseDocumentJsYaml(file, readFileSync(file, 'utf8'));
    if (doc.value === undefined || doc.value === null || typeof doc.value !== 'object') continue;
    converted++;
    for (const [layout, text] of jsonLayouts(doc.value)) agrees(text, `${file} (${layout})`);
  }
  assert.ok(converted >= 20, `only ${converted} YAML fixtures converted`);
});

test('edge cases: empty and nested collections, escapes, unicode, numbers, whitespace, keys with : and #', () => {
  const cases = [
    '{}',
    '[]',
    '{"a": {}, "b": [], "c": [[]], "d": [{}], "e": [[[1], [2, [3]]], {}]}',
    '[[1, 2], [3, [4, [5, {"x": [6]}]]], "s", null, true, false]',
    '{"s": "\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u00e9 \\u3042 \\ud83d\\ude00 \\ud800 \\udc00 \\u0000 \\u001f"}',
    '{"\\u0041\\n": 1, "a\\"b": 2, "c\\\\": {"\\/": 3}}',
    '{"日本語": "テンプレート", "emoji 😀": "😀😀", "x": "é", "y": 1}',
    '{"ctl": "\u0085 \u2028 \u2029 \u007f \u009f \ufeff \ufffe \uffff"}',
    '{"a:b": 1, "#c": 2, "d #e": 3, "- f": 4, "? g": 5, "&h": 6, "*i": 7, "!Ref": 8, "{j}": 9, "[k]": 10, ",": 11, "": 12}',
    '{"n": [0, -1, 1, 123456789012345, -123456789012345, 1234567890123456, 12345678901234567890, 9007199254740993]}',
    '{"f": [1.0, -1.5, 0.1, 1e5, 1E5, 1e-5, 1.5e+10, -2.5E-3, 0.0, -0.0, 1e308, 5e-324, 2e-400, 123456789.123456789]}',
    '{"lit": [true, false, null], "s": ["true", "null", "1", "-0", "~", "yes", "0x10", ".inf"]}',
    '{"a":1,"b":[1,2,{"c":null}],"d":{"e":"f"}}',
    '  \n\n\t {"a" : [ 1 ,\t2 ] ,\n\n "b":{ } }\n\n\t ',
    '{\r\n"a": 1,\r\n"b": [\r\n1,\r\n2\r\n]\r\n}',
    '{\r"a": 1,\r\r\n\n"b": [1,\r2]}',
    '{"Type": "AWS::Include", "x": 1}',
    '{"AWS::Include": {"Location": "s3://b/k"}}',
    '{"Transform": {"Name": "AWS\\u003a:Include"}}',
    '{"__proto__": {"polluted": true}, "constructor": 1, "toString": "x", "hasOwnProperty": 2}',
    '{"b": 1, "2": "two", "a": 3, "1": "one", "-1": 4, "01": 5}',
    '[{"a": 1}, {"a": 1}]',
    '{"a": "' + 'x'.repeat(5000) + '", "b": 1}',
    `${'['.repeat(MAX_DEPTH - 10)}1${']'.repeat(MAX_DEPTH - 10)}`,
    `${'{"k": '.repeat(MAX_DEPTH - 10)}1${'}'.repeat(MAX_DEPTH - 10)}`,
  ];
  for (const text of cases) agrees(text);
});

test('a mention of AWS::Include is found as a value and as a key, and only as a whole string', () => {
  assert.equal(parseJsonDocument('{"Name": "AWS::Include"}')?.mentionsInclude, true);
  assert.equal(parseJsonDocument('{"AWS::Include": 1}')?.mentionsInclude, true);
  assert.equal(parseJsonDocument('{"Name": "AWS::Include "}')?.mentionsInclude, false);
  assert.equal(parseJsonDocument('{"Name": ["AWS::IncludeX"]}')?.mentionsInclude, false);
});

test('declined: what JSON.parse refuses, duplicate keys, a BOM, a colon on a later line, deep nesting, numbers YAML reads otherwise', () => {
  const cases = [
    '{"a": 1, "a": 2}',
    '{"a": {"x": 1, "y": 2}, "a": {"x": 3}}',
    '{"a": [1, 2], "a": [3]}',
    '{"a": [1, {"b": 1, "b": 1}]}',
    '{"<<": 1, "<<": 2}',
    '{"a": 1,}',
    '[1, 2,]',
    '{"a": 1} # comment',
    '# comment\n{"a": 1}',
    '{a: 1}',
    "{'a': 1}",
    '\ufeff{"a": 1}',
    '{"a"\n: 1}',
    '{"a"\r\n  : 1}',
    '{"a": -0}',
    '[-0]',
    '{"a": 1e400}',
    '{"a": -1E400}',
    '[' + '9'.repeat(400) + ']',
    '{"a": 1',
    '',
    '   ',
    '"a string"',
    '42',
    'null',
    'a: 1',
    `${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`,
    `${'{"k": '.repeat(MAX_DEPTH + 5)}1${'}'.repeat(MAX_DEPTH + 5)}`,
  ];
  for (const text of cases) declines(text);
  // The YAML path still reports what it always did.
  assert.deepEqual(
    parseDocument('t.json', '{"a": 1, "a": 2}').errors.map((e) => e.code),
    ['duplicate-key'],
  );
  assert.equal(parseDocument('t.json', `${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`).errors[0]?.code, 'too-deep');
});

const cpu = (body: () => void): number => {
  const start = process.cpuUsage();
  body();
  const used = process.cpuUsage(start);
  return used.user + used.system;
};

test('nesting is measured outside strings only: brackets, escaped quotes and backslashes inside strings do not count', () => {
  const limit = MAX_DEPTH - 10;
  // Each level holds a string of closing brackets (which, counted, would hide the depth) and escapes.
  const level = '{"k\\\\": "]]}}\\\\\\" ]", "v": [';
  const nested = (depth: number): string => `${level.repeat(depth)}1${']}'.repeat(depth)}`;
  agrees(nested(limit / 2), 'nested to the limit, strings full of closing brackets');
  declines(nested(limit / 2 + 1), 'one level past the limit');
  // The check made before JSON.parse (the walk checks again after it).
  assert.equal(nestedDeeperThan(nested(limit / 2), 0, limit), false);
  assert.equal(nestedDeeperThan(nested(limit / 2 + 1), 0, limit), true);
  agrees(`[${Array.from({ length: 2 * MAX_DEPTH }, () => '"[[[{{{\\\\"').join(',')}]`, 'opening brackets inside strings');
});

test('hostile sizes: extreme nesting is declined before JSON.parse spends on it, and long inputs are read in linear time', () => {
  const deep = 100_000;
  const arrays = `${'['.repeat(deep)}${']'.repeat(deep)}`;
  const mappings = `${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}`;
  assert.equal(parseJsonDocument(arrays), undefined);
  assert.equal(parseJsonDocument(mappings), undefined);
  // JSON.parse reads such nesting (no stack overflow on V8) but slowly; the fast path must not pay that.
  // The best of several runs: process.cpuUsage counts every thread of the process, and a run that a loaded
  // machine stretches takes in more of V8's background work (collecting the garbage of the tests before).
  const declineTime = Math.min(...[1, 2, 3, 4, 5].map(() => cpu(() => parseJsonDocument(mappings))));
  const parseTime = Math.min(...[1, 2, 3].map(() => cpu(() => JSON.parse(mappings))));
  assert.ok(declineTime * 5 < parseTime, `declining took ${declineTime} µs, JSON.parse ${parseTime} µs (best of 5 and 3)`);
  // Escapes everywhere (the backslash search is shared by all strings) and many keys: time grows with size.
  const build = (n: number): string => JSON.stringify({ items: Array.from({ length: n }, (_, i) => ({ [`k\n${i}`]: `v"${i}\\`, plain: 'x', n: i * 1.5 })) });
  const small = build(4_000);
  const large = build(40_000);
  assert.ok(parseJsonDocument(small));
  const smallTime = Math.min(...[1, 2, 3].map(() => cpu(() => parseJsonDocument(small))));
  const largeTime = Math.min(...[1, 2, 3].map(() => cpu(() => parseJsonDocument(large))));
  assert.ok(largeTime < smallTime * 40, `10× the input took ${(largeTime / smallTime).toFixed(1)}× the time`);
});

test('random JSON texts (seeded: varied whitespace, escapes, numbers, YAML-looking strings) read alike on both paths', () => {
  const seed = Number(process.env['SLENS_FUZZ_SEED'] ?? 21);
  const random = seeded(seed);
  for (let n = 0; n < 400; n++) {
    const text = randomJson(random);
    agrees(text, `random text ${n} of seed ${seed}: ${JSON.stringify(text)}`);
  }
});
