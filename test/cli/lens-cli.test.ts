import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fixture } from '../helpers/repo.js';

const orr = fixture('lenses', 'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json');
const apigw = fixture('lenses', 'ApiGwLambda_custom-lens-apigw-lambda-v0.1.json');

function tempFile(name: string, body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'slens-cli-')), name);
  writeFileSync(file, body);
  return file;
}

test('lens validate: exit 0 and "valid" for good lenses', async () => {
  const run = await runCli(['lens', 'validate', orr, apigw]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /2 of 2 lens files valid/);
});

test('lens validate --format json: the documented shape, exit 2 when one is invalid', async () => {
  const broken = tempFile('broken.json', '{\n  "schemaVersion": "2021-11-01",\n  "name": "x"\n}\n');
  const run = await runCli(['lens', 'validate', orr, broken, '--format', 'json']);
  assert.equal(run.code, 2);
  const body = JSON.parse(run.stdout) as { file: string; valid: boolean; errors: { path: string; line: number; message: string }[] }[];
  assert.equal(body.length, 2);
  assert.deepEqual(
    body.map((r) => [r.file, r.valid]),
    [
      [orr, true],
      [broken, false],
    ],
  );
  assert.deepEqual(Object.keys(body[1]?.errors[0] ?? {}), ['path', 'line', 'message']);
  assert.ok(body[1]?.errors.some((e) => e.path === '$' && e.line === 1 && /"description" is required/.test(e.message)));
});

test('lens validate text names file, line and path', async () => {
  const broken = tempFile('bad.json', '{\n  "schemaVersion": "2021-11-01",\n  "name": "x",\n  "description": "d",\n  "pillars": 3\n}\n');
  const run = await runCli(['lens', 'validate', broken]);
  assert.equal(run.code, 2);
  assert.ok(run.stdout.includes(`${broken}:5:3: error: "pillars" must be an array (at $.pillars)`), run.stdout);
});

test('lens export of a lens file is equal to the input as JSON, extra fields included', async () => {
  for (const file of [orr, apigw]) {
    const out = join(mkdtempSync(join(tmpdir(), 'slens-cli-')), 'out.json');
    const run = await runCli(['lens', 'export', file, '--output', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), JSON.parse(readFileSync(file, 'utf8')));
  }
});

test('lens show --format json lists pillars, questions and choices', async () => {
  const run = await runCli(['lens', 'show', orr, '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  const outline = JSON.parse(run.stdout);
  const source = JSON.parse(readFileSync(orr, 'utf8'));
  assert.equal(outline.name, source.name);
  assert.deepEqual(
    outline.pillars.map((p: any) => [p.id, p.questions.length]),
    source.pillars.map((p: any) => [p.id, p.questions.length]),
  );
  assert.deepEqual(Object.keys(outline.pillars[0].questions[0].choices[0]), ['id', 'title']);
});

test('lens risk evaluates a custom lens and names the matched rule', async () => {
  const source = JSON.parse(readFileSync(orr, 'utf8'));
  const question = source.pillars[0].questions[0];
  const all = question.choices.map((c: any) => c.id);
  const run = await runCli(['lens', 'risk', orr, question.id, ...all, '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  const body = JSON.parse(run.stdout);
  assert.deepEqual(Object.keys(body), ['questionId', 'selectedChoices', 'risk', 'matchedCondition']);
  assert.equal(body.risk, 'NO_RISK');
  const none = await runCli(['lens', 'risk', orr, question.id, '--format', 'json']);
  assert.equal(JSON.parse(none.stdout).risk, 'UNANSWERED');
});

test('lens risk with an unknown question or choice exits 2 with a clear message', async () => {
  const q = await runCli(['lens', 'risk', orr, 'NOPE']);
  assert.equal(q.code, 2);
  assert.match(q.stderr, /has no question "NOPE"/);
  const source = JSON.parse(readFileSync(orr, 'utf8'));
  const c = await runCli(['lens', 'risk', orr, source.pillars[0].questions[0].id, 'bogus_choice']);
  assert.equal(c.code, 2);
  assert.match(c.stderr, /has no choice "bogus_choice"/);
});

test('commands refuse an invalid lens file with its location', async () => {
  const broken = tempFile('broken.json', '{ "a": ');
  const run = await runCli(['lens', 'show', broken]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: invalid JSON`));
});

test('bad usage exits 2: unknown command, unknown option, bad --format', async () => {
  assert.equal((await runCli(['nonsense'])).code, 2);
  assert.equal((await runCli(['lens', 'validate', orr, '--bogus'])).code, 2);
  const format = await runCli(['lens', 'validate', orr, '--format', 'yaml']);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /--format must be one of text, json/);
  assert.equal((await runCli(['lens', 'validate'])).code, 2);
});

test('help lists every lens subcommand and exits 0', async () => {
  const run = await runCli(['lens', '--help']);
  assert.equal(run.code, 0);
  for (const sub of ['validate', 'show', 'export', 'risk']) assert.match(run.stdout, new RegExp(`\\b${sub}\\b`));
  const top = await runCli(['--help']);
  assert.equal(top.code, 0);
  assert.match(top.stdout, /Usage: slens/);
});
