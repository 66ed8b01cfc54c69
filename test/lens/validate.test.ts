import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLensText, readLensFile } from '../../src/lens/parse.js';
import { fixture } from '../helpers/repo.js';

const lensFiles = readdirSync(fixture('lenses')).filter((f) => f.endsWith('.json'));
const orrText = readFileSync(fixture('lenses', 'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json'), 'utf8');

/** A copy of the ORR sample lens with one change, pretty-printed so lines are predictable. */
function mutated(change: (lens: any) => void): string {
  const lens = JSON.parse(orrText);
  change(lens);
  return JSON.stringify(lens, null, 2);
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.notEqual(at, -1, `fixture should contain ${needle}`);
  return text.slice(0, at).split('\n').length;
}

test('every public sample lens validates', () => {
  assert.equal(lensFiles.length, 3);
  for (const file of lensFiles) {
    const result = readLensFile(fixture('lenses', file));
    assert.deepEqual(result.errors, [], file);
    assert.ok(result.lens, file);
  }
});

test('extra fields are kept, and the lens round-trips as JSON', () => {
  for (const file of lensFiles) {
    const text = readFileSync(fixture('lenses', file), 'utf8');
    const result = parseLensText(text, file);
    assert.deepEqual(JSON.parse(JSON.stringify(result.lens)), JSON.parse(text), file);
  }
  const apigw = parseLensText(readFileSync(fixture('lenses', 'ApiGwLambda_custom-lens-apigw-lambda-v0.1.json'), 'utf8'), 'x');
  assert.ok(apigw.lens && '_version' in apigw.lens && '_teams' in apigw.lens);
});

test('a missing required field names the path and the line of its parent', () => {
  const text = mutated((l) => delete l.pillars[1].questions[0].title);
  const { errors, lens } = parseLensText(text, 'lens.json');
  assert.equal(lens, undefined);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]?.path, '$.pillars[1].questions[0]');
  assert.match(errors[0]?.message.en ?? '', /"title" is required/);
  const questionId = JSON.parse(orrText).pillars[1].questions[0].id;
  assert.equal(errors[0]?.line, lineOf(text, `"id": "${questionId}"`) - 1);
});

test('a risk rule naming an unknown choice is an error at the condition', () => {
  const text = mutated((l) => (l.pillars[0].questions[2].riskRules[0].condition = 'no_such_choice || default_x'));
  const { errors } = parseLensText(text, 'lens.json');
  assert.equal(errors.length, 2);
  assert.equal(errors[0]?.path, '$.pillars[0].questions[2].riskRules[0].condition');
  assert.match(errors[0]?.message.en ?? '', /"no_such_choice" \(column 1\), which is not a choice of this question/);
  assert.equal(errors[0]?.line, lineOf(text, 'no_such_choice'));
});

test('a malformed condition is a validation error with its column', () => {
  const text = mutated((l) => (l.pillars[0].questions[0].riskRules[0].condition = 'a && (b'));
  const { errors } = parseLensText(text, 'lens.json');
  const syntax = errors.find((e) => /column 8/.test(e.message.en));
  assert.ok(syntax, JSON.stringify(errors));
  assert.match(syntax.message.en, /expected "\)"/);
});

test('a too-long title is refused with its length and the limit', () => {
  const text = mutated((l) => (l.pillars[2].questions[1].choices[0].title = 'x'.repeat(129)));
  const { errors } = parseLensText(text, 'lens.json');
  assert.equal(errors.length, 1);
  assert.equal(errors[0]?.path, '$.pillars[2].questions[1].choices[0].title');
  assert.match(errors[0]?.message.en ?? '', /129 characters long; at most 128/);
  assert.equal(errors[0]?.line, lineOf(text, 'x'.repeat(129)));
});

test('counts, ids, urls and risk levels are checked', () => {
  const cases: [(l: any) => void, RegExp][] = [
    [(l) => (l.pillars = []), /the list of pillars is empty; add at least one/],
    [(l) => (l.pillars = Array.from({ length: 11 }, (_, i) => ({ ...l.pillars[0], id: `pillar_${i}` }))), /at most 10 pillars/],
    [(l) => (l.pillars[0].questions[0].choices = Array.from({ length: 16 }, (_, i) => ({ id: `ch_${i}`, title: 't', improvementPlan: { displayText: 'p' } }))), /at most 15 choices/],
    [(l) => (l.pillars[0].id = 'a-b'), /only letters, digits and "_"/],
    [(l) => (l.pillars[0].id = 'ab'), /3 to 128 characters/],
    [(l) => (l.pillars[1].id = l.pillars[0].id), /used twice/],
    [(l) => (l.pillars[0].questions[0].choices[1].id = l.pillars[0].questions[0].choices[0].id), /choice id .* used twice/],
    [(l) => (l.pillars[0].questions[0].choices[0].helpfulResource = { displayText: 'x', url: 'not a url' }), /not a valid URL/],
    [(l) => (l.pillars[0].questions[0].choices[0].helpfulResource = { displayText: 'x', url: 'ftp://example.com/x' }), /http or https/],
    [(l) => (l.pillars[0].questions[0].riskRules[0].risk = 'LOW_RISK'), /"risk" must be one of/],
    [(l) => (l.pillars[0].questions[0].riskRules.push({ condition: 'default', risk: 'HIGH_RISK' }, { condition: 'default', risk: 'HIGH_RISK' })), /at most 3 risk rules/],
    [(l) => delete l.pillars[0].questions[0].choices[0].improvementPlan, /"improvementPlan" is required/],
    [(l) => (l.schemaVersion = '2020-01-01'), /"schemaVersion" must be "2021-11-01"/],
    [(l) => (l.name = 42), /"name" must be a string/],
    [(l) => (l.pillars[0].questions[0].choices = [{ id: 'only_no', title: 'None of these' }]), /besides "None of these"/],
  ];
  for (const [change, message] of cases) {
    const { errors, lens } = parseLensText(mutated(change), 'lens.json');
    assert.equal(lens, undefined, String(message));
    assert.ok(errors.some((e) => message.test(e.message.en)), `${message}: ${JSON.stringify(errors.map((e) => e.message.en))}`);
    for (const e of errors) assert.ok(e.line >= 1 && e.path.startsWith('$'), JSON.stringify(e));
  }
});

test('a "None of these" choice needs no improvement plan', () => {
  const text = mutated((l) => l.pillars[0].questions[0].choices.push({ id: 'q_no', title: 'None of these' }));
  assert.deepEqual(parseLensText(text, 'lens.json').errors, []);
});

test('questionable but importable content is a warning, not an error', () => {
  const text = mutated((l) => {
    l.pillars[0].questions[0].title = 'Do you use <script> tags?';
    l.pillars[0].questions[0].riskRules = l.pillars[0].questions[0].riskRules.filter((r: any) => r.condition !== 'default');
  });
  const { errors, warnings, lens } = parseLensText(text, 'lens.json');
  assert.deepEqual(errors, []);
  assert.ok(lens);
  assert.ok(warnings.some((w) => /contains "<"/.test(w.message.en)));
  assert.ok(warnings.some((w) => /no "default" rule/.test(w.message.en)));
});

test('malformed JSON names the line and column of the problem', () => {
  const lines = orrText.split('\n');
  lines[9] = `${lines[9]},,`;
  const { errors } = parseLensText(lines.join('\n'), 'broken.json');
  assert.equal(errors.length, 1);
  assert.equal(errors[0]?.line, 10);
  assert.match(errors[0]?.message.en ?? '', /^invalid JSON/);
  assert.deepEqual(parseLensText('{"name": "x",}', 'x.json').errors[0]?.message.en, 'invalid JSON: a property name in double quotes is expected');
});

test('an empty file, a non-object and invalid UTF-8 get clear errors', () => {
  assert.match(parseLensText('', 'e.json').errors[0]?.message.en ?? '', /empty/);
  assert.match(parseLensText('   \n', 'e.json').errors[0]?.message.en ?? '', /empty/);
  assert.match(parseLensText('[1,2]', 'a.json').errors[0]?.message.en ?? '', /must be a JSON object/);
  const dir = mkdtempSync(join(tmpdir(), 'slens-lens-'));
  const bad = join(dir, 'latin1.json');
  writeFileSync(bad, Buffer.from([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
  assert.match(readLensFile(bad).errors[0]?.message.en ?? '', /not valid UTF-8/);
  assert.match(readLensFile(join(dir, 'missing.json')).errors[0]?.message.en ?? '', /no such file/);
  assert.match(readLensFile(dir).errors[0]?.message.en ?? '', /is a folder/);
});

test('a 50 MB file is refused without being read, and a 600 KB lens is over the import limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-lens-'));
  const huge = join(dir, 'huge.json');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  const before = process.memoryUsage().rss;
  const result = readLensFile(huge);
  assert.match(result.errors[0]?.message.en ?? '', /50\.0 MB; at most 5\.0 MB is read/);
  assert.ok(process.memoryUsage().rss - before < 40 * 1024 * 1024, 'must not load the file');
  const big = mutated((l) => (l.description = 'x'.repeat(600_000)));
  assert.match(parseLensText(big, 'big.json').errors[0]?.message.en ?? '', /imports at most 500,000/);
});
