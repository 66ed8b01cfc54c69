// `slens lens validate|import|show --lang ja`: every lens problem in Japanese at the same place as in English;
// English output byte-identical to what it was before lens messages had two languages; JSON shapes unchanged.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fixture } from '../helpers/repo.js';

const broken = fixture('lens-problems', 'many-problems.json');
/** Written by `slens lens validate many-problems.json [--format json]` before the messages had a Japanese text. */
const goldenText = readFileSync(fixture('lens-problems', 'many-problems.en.txt'), 'utf8');
const goldenJson = readFileSync(fixture('lens-problems', 'many-problems.en.json'), 'utf8');
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

interface Line {
  where: string;
  severity: string;
  message: string;
  path: string;
}

/** `file:line:column: error: message (at path)` in English, `…: エラー: message（パス: path）` in Japanese. */
function issueLines(output: string, lang: 'en' | 'ja'): Line[] {
  const shape = lang === 'en' ? /^(.+?:\d+:\d+): (error|warning): (.*) \(at (\$\S*)\)$/ : /^(.+?:\d+:\d+): (エラー|警告): (.*)（パス: (\$\S*)）$/;
  return output
    .split('\n')
    .map((line) => shape.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, where = '', severity = '', message = '', path = '']) => ({ where, severity, message, path }));
}

function tempFile(name: string, body: string | Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'slens-lens-lang-')), name);
  writeFileSync(file, body);
  return file;
}

interface JsonResult {
  file: string;
  valid: boolean;
  errors: { path: string; line: number; message: string }[];
  warnings: { path: string; line: number; message: string }[];
}

test('lens validate: English output is what it was, with or without --lang en', async () => {
  for (const lang of [[], ['--lang', 'en']]) {
    const text = await runCli(['lens', 'validate', broken, ...lang]);
    assert.equal(text.code, 2);
    assert.equal(text.stdout.replaceAll(broken, 'many-problems.json'), goldenText);
    const json = await runCli(['lens', 'validate', broken, '--format', 'json', ...lang]);
    assert.equal(json.code, 2);
    assert.equal(json.stdout.replaceAll(broken, 'many-problems.json'), goldenJson);
  }
});

test('lens validate --lang ja: every issue in Japanese, at the same line, column and path as in English', async () => {
  const en = await runCli(['lens', 'validate', broken]);
  const ja = await runCli(['lens', 'validate', broken, '--lang', 'ja']);
  assert.equal(ja.code, 2);
  assert.equal(ja.stderr, '');
  const enLines = issueLines(en.stdout, 'en');
  const jaLines = issueLines(ja.stdout, 'ja');
  assert.ok(enLines.length >= 30, `${enLines.length} issues`);
  // Every output line but the two summaries is an issue in the expected shape: nothing is left in English.
  assert.equal(jaLines.length, ja.stdout.trim().split('\n').length - 2, ja.stdout);
  assert.equal(jaLines.length, enLines.length);
  jaLines.forEach((j, i) => {
    const e = enLines[i];
    assert.equal(j.where, e?.where);
    assert.equal(j.path, e?.path);
    assert.equal(j.severity, e?.severity === 'error' ? 'エラー' : '警告');
    assert.match(j.message, JAPANESE, j.message);
    assert.notEqual(j.message, e?.message);
  });
  const summary = ja.stdout.trim().split('\n').slice(-2);
  assert.deepEqual(summary, [`${broken}: 無効（エラー 30 件）、警告 4 件`, 'レンズファイル 1 件中 0 件が有効です']);
  // Condition syntax errors keep the condition and its column; ids, keys and limits stay as written.
  assert.ok(ja.stdout.includes(': エラー: 条件 "ops_q1_a & ops_q1_b" の10列目: "&" は重ねて "&&" と書いてください（パス: $.pillars[0].questions[0].riskRules[0].condition）'), ja.stdout);
  assert.ok(ja.stdout.includes(': エラー: 条件 "(q2_no" の7列目: 1列目の "(" を閉じる ")" が必要です'), ja.stdout);
  assert.ok(ja.stdout.includes(': エラー: 条件 "" の1列目: 条件が空です'), ja.stdout);
  assert.ok(ja.stdout.includes(': エラー: "schemaVersion" は "2021-11-01" にしてください（現在の値: "2020-01-01"）（パス: $.schemaVersion）'), ja.stdout);
  assert.ok(ja.stdout.includes(': エラー: 追加リソースは2個までです（3個あります）'), ja.stdout);
});

test('lens validate --format json --lang ja: the same shape, paths and lines, messages in Japanese', async () => {
  const en = JSON.parse((await runCli(['lens', 'validate', broken, '--format', 'json'])).stdout) as JsonResult[];
  const run = await runCli(['lens', 'validate', broken, '--format', 'json', '--lang', 'ja']);
  assert.equal(run.code, 2);
  const ja = JSON.parse(run.stdout) as JsonResult[];
  const shape = (body: JsonResult[]) =>
    body.map((r) => ({ keys: Object.keys(r), file: r.file, valid: r.valid, errors: r.errors.map((e) => [Object.keys(e), e.path, e.line]), warnings: r.warnings.map((w) => [Object.keys(w), w.path, w.line]) }));
  assert.deepEqual(shape(ja), shape(en));
  assert.deepEqual(Object.keys(ja[0]?.errors[0] ?? {}), ['path', 'line', 'message']);
  const pairs = [...(en[0]?.errors ?? []), ...(en[0]?.warnings ?? [])].map((e, i) => [e.message, [...(ja[0]?.errors ?? []), ...(ja[0]?.warnings ?? [])][i]?.message ?? '']);
  assert.equal(pairs.length, 34);
  for (const [enMessage, jaMessage] of pairs) {
    assert.equal(typeof jaMessage, 'string');
    assert.match(jaMessage ?? '', JAPANESE, jaMessage);
    assert.notEqual(jaMessage, enMessage);
  }
});

test('lens validate: a file that is not JSON, empty or too large, in English and Japanese', async () => {
  const notJson = tempFile('not-json.json', 'name: x\n');
  const empty = tempFile('empty.json', '');
  const huge = join(mkdtempSync(join(tmpdir(), 'slens-lens-lang-')), 'huge.json');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 6 * 1024 * 1024);
  closeSync(fd);
  const cases: [string, string, string][] = [
    [notJson, `${notJson}:1:1: error: invalid JSON: unexpected character (at $)`, `${notJson}:1:1: エラー: JSON として読めません（予期しない文字があります）（パス: $）`],
    [empty, `${empty}:1:1: error: the file is empty (at $)`, `${empty}:1:1: エラー: ファイルが空です（パス: $）`],
    [huge, `${huge}:1:1: error: the file is 6.0 MB; at most 5.0 MB is read (at $)`, `${huge}:1:1: エラー: ファイルが 6.0 MB あります。読み込めるのは 5.0 MB までです。（パス: $）`],
  ];
  for (const [file, enLine, jaLine] of cases) {
    const en = await runCli(['lens', 'validate', file]);
    assert.equal(en.code, 2);
    assert.equal(en.stdout, `${enLine}\n${file}: invalid (1 error)\n0 of 1 lens file valid\n`);
    const ja = await runCli(['lens', 'validate', file, '--lang', 'ja']);
    assert.equal(ja.code, 2);
    assert.equal(ja.stdout, `${jaLine}\n${file}: 無効（エラー 1 件）\nレンズファイル 1 件中 0 件が有効です\n`);
    const json = JSON.parse((await runCli(['lens', 'validate', file, '--format', 'json', '--lang', 'ja'])).stdout) as JsonResult[];
    assert.deepEqual(json, [{ file, valid: false, errors: [{ path: '$', line: 1, message: jaLine.replace(/^.*?エラー: (.*)（パス: \$）$/, '$1') }], warnings: [] }]);
  }
});

test('lens validate --lang: several files, the summary in the language asked; a bad --lang is refused', async () => {
  const good = fixture('lenses', 'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json');
  const ja = await runCli(['lens', 'validate', good, broken, '--lang', 'ja']);
  assert.match(ja.stdout, new RegExp(`${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 有効\n`));
  assert.match(ja.stdout, /レンズファイル 2 件中 1 件が有効です\n$/);
  const bad = await runCli(['lens', 'validate', good, '--lang', 'fr']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--lang must be one of en, ja/);
});

test('lens show and export refuse a broken lens file in the language asked', async () => {
  const en = await runCli(['lens', 'show', broken]);
  assert.equal(en.code, 2);
  assert.equal(en.stderr, `slens: ${broken}:2:3: "schemaVersion" must be "2021-11-01" (found "2020-01-01") (and 29 more error(s); run "slens lens validate ${broken}") (at $.schemaVersion)\n`);
  const ja = await runCli(['lens', 'export', broken, '--lang', 'ja']);
  assert.equal(ja.code, 2);
  assert.equal(
    ja.stderr,
    `slens: ${broken}:2:3: "schemaVersion" は "2021-11-01" にしてください（現在の値: "2020-01-01"）（ほかにエラーが 29 件あります。「slens lens validate ${broken}」で確認してください）（パス: $.schemaVersion）\n`,
  );
});

function useTempDb(t: TestContext): void {
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `sqlite:${join(mkdtempSync(join(tmpdir(), 'slens-lens-lang-db-')), 'slens.db')}`;
  t.after(() => {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  });
}

test('lens import --lang ja: errors and warnings in Japanese; English by default', async (t) => {
  useTempDb(t);
  const refusedEn = await runCli(['lens', 'import', broken]);
  assert.equal(refusedEn.code, 2);
  assert.match(refusedEn.stderr, /^slens: .*many-problems\.json:2:3: "schemaVersion" must be "2021-11-01" \(found "2020-01-01"\) \(and 29 more error\(s\); run "slens lens validate .*"\) \(at \$\.schemaVersion\)\n$/);
  const refusedJa = await runCli(['lens', 'import', broken, '--lang', 'ja']);
  assert.equal(refusedJa.code, 2);
  assert.match(refusedJa.stderr, /^slens: .*many-problems\.json:2:3: "schemaVersion" は "2021-11-01" にしてください（現在の値: "2020-01-01"）（ほかにエラーが 29 件あります。「slens lens validate .*」で確認してください）（パス: \$\.schemaVersion）\n$/);
  const notJson = tempFile('not-json.json', '{"name": "x",}');
  const notJsonJa = await runCli(['lens', 'import', notJson, '--lang', 'ja']);
  assert.equal(notJsonJa.stderr, `slens: ${notJson}:1:14: JSON として読めません（ダブルクォートで囲んだプロパティ名が必要です）（パス: $）\n`);

  // Importable, with a title the WA Tool would refuse: a warning in the language asked.
  const lens = JSON.parse(readFileSync(fixture('lenses', 'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json'), 'utf8'));
  lens.pillars[0].questions[0].title = 'Do you use <script> tags?';
  const warned = tempFile('warned.json', JSON.stringify(lens, null, 2));
  const ja = await runCli(['lens', 'import', warned, '--alias', 'warned', '--lang', 'ja']);
  assert.equal(ja.code, 0, ja.stderr);
  assert.match(ja.stderr, /^slens: .*warned\.json:\d+: 警告: "title" に WA Tool がインポート時に受け付けない文字 "<" が含まれています/);
  assert.match(ja.stdout, /^warned\t[0-9a-f]+\tインポートしました\n$/);
  const en = await runCli(['lens', 'import', warned, '--alias', 'warned']);
  assert.equal(en.code, 0, en.stderr);
  assert.match(en.stderr, /^slens: .*warned\.json:\d+: warning: "title" contains "<", which the WA Tool rejects on import/);
  const json = await runCli(['lens', 'import', warned, '--alias', 'warned', '--format', 'json', '--lang', 'ja']);
  const body = JSON.parse(json.stdout) as { created: boolean; warnings: { path: string; line: number; message: string }[] };
  assert.equal(body.created, false);
  assert.deepEqual(Object.keys(body.warnings[0] ?? {}), ['path', 'line', 'message']);
  assert.match(body.warnings[0]?.message ?? '', /^"title" に WA Tool が/);
});
