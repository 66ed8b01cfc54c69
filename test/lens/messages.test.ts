// Every message of lens validation exists in English and Japanese: each catalog entry is triggered by a
// broken lens, condition or file, and what the user reads in Japanese is Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCondition } from '../../src/lens/condition.js';
import { CONDITION_FOUND, CONDITION_MESSAGES, FILE_MESSAGES, LENS_NOUNS, REPORT_MESSAGES, VALIDATE_MESSAGES } from '../../src/lens/messages.js';
import { parseLensText, readLensFile } from '../../src/lens/parse.js';
import { invalidLensError } from '../../src/lens/resolve.js';
import { validateLensValue } from '../../src/lens/validate.js';
import { parseJsonSource } from '../../src/util/json-source.js';
import type { Localized } from '../../src/util/i18n.js';
import { BROKEN_CONDITIONS, BROKEN_LENS_VALUES, validLens } from '../helpers/lens-problems.js';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** A catalog text as a pattern: placeholders match anything. */
function pattern(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '[\\s\\S]*?');
  return new RegExp(`^${escaped}$`);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

function assertJapanese(message: Localized, context: string): void {
  assert.ok(message.en.trim() !== '', `${context}: English is empty`);
  assert.ok(message.ja.trim() !== '', `${context}: Japanese is empty (${message.en})`);
  assert.notEqual(message.ja, message.en, `${context}: Japanese is the English text`);
  assert.match(message.ja, JAPANESE, `${context}: no Japanese in "${message.ja}"`);
}

/** Each catalog entry must be seen in `messages` with its English and its Japanese text (same entry, both languages). */
function assertEveryEntrySeen(catalog: Record<string, Localized>, messages: readonly Localized[], exempt: readonly string[] = []): void {
  for (const [key, text] of Object.entries(catalog)) {
    if (exempt.includes(key)) continue;
    const en = pattern(text.en);
    const ja = pattern(text.ja);
    const seen = messages.find((m) => en.test(m.en) && ja.test(m.ja));
    assert.ok(seen, `no message for "${key}" (${text.en}) among:\n${messages.map((m) => `${m.en} | ${m.ja}`).join('\n')}`);
  }
}

test('every catalog entry has the same placeholders in English and Japanese, and Japanese text', () => {
  const catalogs = { LENS_NOUNS, VALIDATE_MESSAGES, FILE_MESSAGES, CONDITION_MESSAGES, CONDITION_FOUND, REPORT_MESSAGES };
  for (const [name, catalog] of Object.entries(catalogs)) {
    for (const [key, text] of Object.entries(catalog as Record<string, Localized>)) {
      assert.deepEqual(placeholders(text.ja), placeholders(text.en), `${name}.${key}`);
      // Quoted keys and tokens are the same in both languages; everything else is translated.
      if (!/^"\{\w+\}" ?$/.test(text.en.trim())) assertJapanese(text, `${name}.${key}`);
    }
  }
});

test('every Checker.error/warn message is produced by some broken lens, in both languages', () => {
  const issues = BROKEN_LENS_VALUES.flatMap((value) => validateLensValue(value));
  assert.ok(issues.length >= 40, `only ${issues.length} issues`);
  for (const issue of issues) assertJapanese(issue.message, JSON.stringify(issue.path));
  // No array has a minimum above 1, so the plural "at least N … are required" cannot be reached today.
  assertEveryEntrySeen(VALIDATE_MESSAGES, issues.map((i) => i.message), ['tooFew']);
  assert.deepEqual(validateLensValue(validLens()), [], 'the base lens of the broken ones is valid');
});

test('the plural "at least" message, unreachable today, reads well in both languages', () => {
  const text = VALIDATE_MESSAGES.tooFew;
  assert.equal(text.en.replace('{min}', '2').replace('{what}', LENS_NOUNS.pillars.en), 'at least 2 pillars are required');
  assert.equal(text.ja.replace('{min}', '2').replace('{what}', LENS_NOUNS.pillars.ja), '柱が2個以上必要です');
});

test('a lens issue keeps its path, line and column; only the message has two languages', () => {
  const text = JSON.stringify(
    (() => {
      const l = validLens();
      l.pillars[0].questions[0].riskRules[0].condition = 'q_one_a &';
      return l;
    })(),
    null,
    2,
  );
  const { errors } = parseLensText(text, 'lens.json');
  assert.equal(errors.length, 1);
  const [error] = errors;
  assert.equal(error?.path, '$.pillars[0].questions[0].riskRules[0].condition');
  assert.equal(error?.message.en, 'condition "q_one_a &", column 9: "&" must be doubled: use "&&"');
  assert.equal(error?.message.ja, '条件 "q_one_a &" の9列目: "&" は重ねて "&&" と書いてください');
  // The pair serializes as both languages (what a JSON dump of an issue shows).
  assert.deepEqual(JSON.parse(JSON.stringify(error?.message)), { en: error?.message.en, ja: error?.message.ja });
});

test('every condition syntax error is given in English and Japanese, with its column', () => {
  const messages: Localized[] = [];
  for (const text of BROKEN_CONDITIONS) {
    const parsed = parseCondition(text);
    assert.equal(parsed.ok, false, text);
    if (parsed.ok) continue;
    assert.ok(parsed.column >= 1, text);
    assertJapanese(parsed.message, JSON.stringify(text.slice(0, 40)));
    messages.push(parsed.message);
  }
  assertEveryEntrySeen(CONDITION_MESSAGES, messages);
  // "expected … but found": a token, or the end of the text.
  const end = parseCondition('a &&');
  const token = parseCondition('&& a');
  assert.ok(!end.ok && !token.ok);
  assert.equal(end.message.en, 'expected a choice id, "!" or "(" but found the end of the condition');
  assert.equal(end.message.ja, '選択肢の ID、"!" または "(" が必要ですが、条件が途中で終わっています');
  assert.equal(token.message.en, 'expected a choice id, "!" or "(" but found "&&"');
  assert.equal(token.message.ja, '選択肢の ID、"!" または "(" が必要ですが、"&&" があります');
  const deep = parseCondition(`${'('.repeat(250)}a${')'.repeat(250)}`);
  assert.ok(!deep.ok);
  assert.equal(deep.message.en, 'the condition is nested more than 200 levels deep');
  assert.equal(deep.message.ja, '条件の入れ子が200段を超えています');
});

test('file-level failures are given in English and Japanese: not JSON, empty, too long, too large, not UTF-8, missing, a directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-lens-ja-'));
  const latin1 = join(dir, 'latin1.json');
  writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
  const huge = join(dir, 'huge.json');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 6 * 1024 * 1024);
  closeSync(fd);
  // The length is checked before anything else: any text that long is refused.
  const long = `{${' '.repeat(600_000)}}`;
  const results = [
    parseLensText('{"name": "x",}', 'x.json'),
    parseLensText('', 'e.json'),
    parseLensText(long, 'long.json'),
    readLensFile(huge),
    readLensFile(latin1),
    // Text already decoded (by a lenient reader) shows its bad bytes as replacement characters.
    parseLensText('{"n\uFFFD": 1}', 'replaced.json'),
    readLensFile(join(dir, 'missing.json')),
    readLensFile(dir),
    readLensFile(join(dir, `${'n'.repeat(300)}.json`)),
  ];
  const messages = results.map((r) => {
    assert.equal(r.errors.length, 1, r.file);
    assert.equal(r.lens, undefined, r.file);
    const message = r.errors[0]?.message ?? { en: '', ja: '' };
    assertJapanese(message, r.file);
    return message;
  });
  assert.deepEqual(
    messages.map((m) => m.en),
    [
      'invalid JSON: a property name in double quotes is expected',
      'the file is empty',
      'the lens is 600,002 characters long; the WA Tool imports at most 500,000',
      'the file is 6.0 MB; at most 5.0 MB is read',
      'not valid UTF-8 text (the first invalid byte is at line 1, column 4)',
      'the file is not valid UTF-8 text',
      'no such file',
      'is a folder, not a file',
      'cannot read the file (ENAMETOOLONG)',
    ],
  );
  assert.deepEqual(
    messages.map((m) => m.ja),
    [
      'JSON として読めません（ダブルクォートで囲んだプロパティ名が必要です）',
      'ファイルが空です',
      'レンズが600,002文字あります。WA Tool がインポートできるのは500,000文字までです',
      'ファイルが 6.0 MB あります。読み込めるのは 5.0 MB までです。',
      'ファイルが有効な UTF-8 テキストではありません（最初の不正なバイトは 1 行 4 列）。',
      'ファイルが正しい UTF-8 のテキストではありません',
      'ファイルがありません。',
      'ファイルではなくフォルダーです。',
      'ファイルを読めません（ENAMETOOLONG）。',
    ],
  );
  const refused = [invalidLensError('a.json', []), invalidLensError('b.json', [...results[0]!.errors, ...results[1]!.errors])];
  for (const error of refused) assertJapanese(error.localized ?? { en: '', ja: '' }, error.message);
  // "moreErrors" is a suffix of the first error, checked whole just below.
  assertEveryEntrySeen(FILE_MESSAGES, [...messages, ...refused.map((e) => e.localized ?? { en: '', ja: '' })], ['moreErrors']);
  assert.equal(refused[1]?.messageIn('en'), 'invalid JSON: a property name in double quotes is expected (and 1 more error(s); run "slens lens validate b.json")');
  assert.equal(refused[1]?.messageIn('ja'), 'JSON として読めません（ダブルクォートで囲んだプロパティ名が必要です）（ほかにエラーが 1 件あります。「slens lens validate b.json」で確認してください）');
});

test('JSON syntax errors name the problem in both languages, at the same line and column', () => {
  const cases = ['{"a" 1}', '{"a": 1 "b": 2}', '{"a": [1, 2}', '{"a": tru}', '{"a": "x\\q"}', '{"a": 1} x', '{"a": "open', '// c\n{}', '{"a": 1'];
  for (const text of cases) {
    const parsed = parseJsonSource(text);
    assert.equal(parsed.ok, false, text);
    if (parsed.ok) continue;
    assert.match(parsed.message.en, /^invalid JSON: [a-z]/, text);
    assert.match(parsed.message.ja, /^JSON として読めません（.+）$/, text);
    assertJapanese(parsed.message, text);
    assert.ok(parsed.line >= 1 && parsed.column >= 1, text);
  }
});
