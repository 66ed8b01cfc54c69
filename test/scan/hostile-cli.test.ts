// `slens scan` over hostile files beside a good template: each hostile file is one error entry (in English
// or Japanese), the good template is still scanned, and the exit code reflects the findings, not the errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { errorText } from '../../src/scan/error-text.js';

const GOOD = 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n';

function hostileFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slens-hostile-'));
  let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
  const names = 'bcdefghij';
  for (let i = 0; i < names.length; i++) bomb += `${names[i]}: &${names[i]} [${Array(10).fill(`*${i === 0 ? 'a' : names[i - 1]}`).join(', ')}]\n`;
  writeFileSync(join(dir, 'bomb.yaml'), `${bomb}Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {Tags: *j}\n`);
  writeFileSync(join(dir, 'deep.yaml'), `Resources: ${'['.repeat(10_000)}${']'.repeat(10_000)} # AWS::\n`);
  writeFileSync(join(dir, 'binary.yaml'), Buffer.concat([Buffer.from('Resources: AWS::\n'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) % 256))]));
  writeFileSync(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from('Resources:\n  Q:\n    Type: AWS::SQS::Queue # caf'), Buffer.from([0xe9, 0x0a])]));
  writeFileSync(join(dir, 'syntax.yaml'), 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n   Bad: [\n');
  writeFileSync(join(dir, 'template.yaml'), GOOD);
  return dir;
}

interface Report {
  files: string[];
  errors: { file: string; code: string; message: string }[];
}

test('hostile files are error entries in English and Japanese; the good template is still scanned', async () => {
  const dir = hostileFolder();
  try {
    const en = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none', '--today', '2026-11-25']);
    assert.equal(en.code, 0, en.stderr);
    const report = JSON.parse(en.stdout) as Report;
    assert.deepEqual(report.files.map((f) => f.split('/').pop()), ['template.yaml']);
    const byFile = new Map(report.errors.map((e) => [e.file.split('/').pop() as string, e]));
    assert.deepEqual(Object.fromEntries([...byFile].map(([f, e]) => [f, e.code])), {
      'binary.yaml': 'not-utf8',
      'bomb.yaml': 'alias-limit',
      'deep.yaml': 'too-deep',
      'latin1.yaml': 'not-utf8',
      'syntax.yaml': 'yaml-syntax',
    });
    assert.match(byFile.get('bomb.yaml')?.message ?? '', /alias/);
    const ja = await runCli(['scan', dir, '--lang', 'ja', '--fail-on', 'none', '--today', '2026-11-25']);
    assert.equal(ja.code, 0);
    assert.match(ja.stdout, /読み込めなかったファイル/);
    assert.match(ja.stdout, /エイリアスを展開すると 2000000 ノードを超える/);
    assert.match(ja.stdout, /入れ子が 500 階層を超えている/);
    assert.match(ja.stdout, /有効な UTF-8 テキストではありません/);
    assert.match(ja.stdout, /YAML\/JSON の構文エラーです: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every load error code reads in Japanese from its data, and falls back to the English text when data is missing', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['yaml-syntax', { reason: 'bad indentation' }, /^YAML\/JSON の構文エラーです: bad indentation$/],
    ['too-deep', { limit: '500' }, /500 階層/],
    ['alias-limit', { limit: '2000000' }, /2000000 ノード/],
    ['too-large', { size: '104857600', limit: '10485760' }, /104857600 バイト.*10485760 バイト/],
    ['not-utf8', {}, /UTF-8/],
    ['binary', {}, /NUL バイト/],
    ['not-a-template', {}, /マッピングではありません/],
    ['bad-resources', {}, /Resources は/],
    ['bad-resource', { id: 'Fn' }, /リソース Fn は/],
    ['unreadable', { reason: 'EACCES' }, /読み込めません: EACCES/],
    ['not-a-file', {}, /通常のファイルではありません/],
    ['not-found', {}, /ありません/],
    ['load-failed', { reason: 'boom' }, /内部エラー.*boom/],
    ['rule-failed', { rule: 'lambda-tracing', resource: 'Fn', reason: 'boom' }, /ルール lambda-tracing が Fn の検査中に失敗しました: boom/],
  ];
  for (const [code, data, expected] of cases) {
    const error = { file: 'f.yaml', line: 1, code, message: `english ${code}`, data };
    assert.match(errorText(error, 'ja'), expected, code);
    assert.equal(errorText(error, 'en'), `english ${code}`);
  }
  // Missing data or an unknown code: the English text, introduced in Japanese.
  assert.equal(errorText({ file: 'f', line: 1, code: 'too-large', message: 'file is big' }, 'ja'), 'ファイルを読み込めません: file is big');
  assert.equal(errorText({ file: 'f', line: 1, code: 'sls-variable', message: 'x' }, 'ja'), 'ファイルを読み込めません: x');
});

test('a named file over the template limit (10 MB, the one limit of every template read) is one too-large error and is never read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-huge-'));
  try {
    const huge = join(dir, 'huge.yaml');
    // Sparse: 65 MB on paper, nothing on disk.
    writeFileSync(huge, 'Resources: {}\n');
    truncateSync(huge, 65 * 1024 * 1024);
    writeFileSync(join(dir, 'template.yaml'), GOOD);
    const run = await runCli(['scan', huge, join(dir, 'template.yaml'), '--format', 'json']);
    const report = JSON.parse(run.stdout) as Report & { errors: { code: string; message: string }[] };
    assert.deepEqual(report.errors.map((e) => e.code), ['too-large']);
    assert.match(report.errors[0]?.message ?? '', /^the file is 65\.0 MB; at most 10\.0 MB is read$/);
    assert.equal(report.files.length, 1, 'the good template is still scanned');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
