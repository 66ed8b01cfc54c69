// Hostile input to the review commands: missing, folder, binary, huge, deeply nested and broken files, and bad
// DATABASE_URLs are refused with one line naming the file (and line), exit 2, in English and in Japanese.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { runCli } from '../helpers/cli.js';

function tempDir(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'slens-inputs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function withDatabaseUrl(t: TestContext, url: string): void {
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  t.after(() => {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  });
}

async function refused(args: string[], message: RegExp): Promise<void> {
  const run = await runCli(args);
  assert.equal(run.code, 2, `slens ${args.join(' ')} should exit 2: ${run.stderr}`);
  assert.match(run.stderr, message);
  assert.equal(run.stderr.trim().split('\n').length, 1, `one line: ${run.stderr}`);
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
}

/** Files every import must refuse; written once per test in its own folder. */
function hostileFiles(dir: string) {
  const files = {
    missing: join(dir, 'missing.json'),
    folder: join(dir, 'folder'),
    binary: join(dir, 'binary.json'),
    broken: join(dir, 'broken.json'),
    deep: join(dir, 'deep.json'),
    huge: join(dir, 'huge.json'),
  };
  mkdirSync(files.folder);
  writeFileSync(files.binary, Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x22, 0x7d]));
  writeFileSync(files.broken, '{"a":\n 1,,}');
  writeFileSync(files.deep, `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
  writeFileSync(files.huge, `{"x":"${'a'.repeat(70 * 1024 * 1024)}"}`);
  return files;
}

test('slens lens import and workload import refuse hostile files in one line, in English and Japanese', async (t) => {
  const dir = tempDir(t);
  withDatabaseUrl(t, `sqlite:${join(dir, 'x.db')}`);
  const f = hostileFiles(dir);
  for (const command of [['lens', 'import'], ['workload', 'import']]) {
    await refused([...command, f.missing], new RegExp(`${f.missing}: no such file$`, 'm'));
    await refused([...command, f.missing, '--lang', 'ja'], /missing\.json: ファイルがありません/);
    await refused([...command, f.folder, '--lang=ja'], /folder: ファイルではなくフォルダーです/);
    await refused([...command, f.binary], /binary\.json:1:2: not valid UTF-8 text \(the first invalid byte is at line 1, column 2\)$/m);
    await refused([...command, f.huge], /huge\.json: the file is 70\.0 MB; at most \d+\.0 MB is read/);
    await refused([...command, f.huge, '--lang', 'ja'], /huge\.json: ファイルが 70\.0 MB あります/);
  }
  await refused(['workload', 'import', f.broken], /broken\.json:2:4: invalid JSON: a property name in double quotes is expected/);
  await refused(['workload', 'import', f.broken, '--lang', 'ja'], /broken\.json:2:4: JSON として読めません/);
  // Nesting deeper than the position parser's stack: a located message, not an internal error.
  await refused(['lens', 'import', f.deep], /deep\.json:1:1: a lens must be a JSON object/);
  await refused(['workload', 'import', f.deep, '--lang', 'ja'], /deep\.json: slens のワークロードのエクスポートではありません/);
  const wrong = join(dir, 'wrong.json');
  writeFileSync(wrong, '{"format":"slens.workload"}');
  await refused(['workload', 'import', wrong], new RegExp(`^slens: ${wrong}: not a slens workload export: `));
});

test('a bad DATABASE_URL is one line in the language of --lang', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'not-a.db'), Buffer.alloc(4096, 7));
  withDatabaseUrl(t, 'mysql://somewhere/x');
  await refused(['workload', 'list'], /DATABASE_URL must start with sqlite: or postgres:\/\//);
  await refused(['workload', 'list', '--lang', 'ja'], /DATABASE_URL は sqlite: か postgres:\/\/ で始めてください/);
  process.env.DATABASE_URL = `sqlite:${join(dir, 'not-a.db')}`;
  await refused(['workload', 'list'], /not-a\.db: cannot open the SQLite database: file is not a database/);
  await refused(['milestone', 'list', 'x', '--lang', 'ja'], /not-a\.db: SQLite データベースを開けません/);
  process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/none';
  await refused(['workload', 'list', '--lang', 'ja'], /データベース postgres:\/\/postgres@127\.0\.0\.1:1\/none を準備できません/);
});

test('bad options are refused in the language of --lang', async () => {
  await refused(['workload', 'list', '--format', 'yaml'], /--format must be one of text, json \(got "yaml"\)/);
  await refused(['workload', 'list', '--format', 'yaml', '--lang', 'ja'], /--format には text、json のいずれかを指定してください（指定値「yaml」）/);
  await refused(['serve', '--port', 'abc', '--lang', 'ja'], /--port には 0 から 65535 までの数を指定してください/);
  await refused(['report', 'w', '--format', 'pdf', '--lang', 'ja'], /--format pdf には --output <ファイル> が必要です/);
});

test("commander's usage errors follow --lang too: missing option or argument, unknown option or command", async () => {
  const cases: [string[], RegExp][] = [
    [['workload', 'create', '--lang', 'ja'], /^エラー: 必須のオプション '--name <name>' が指定されていません$/m],
    [['answer', 'w', '--lang', 'ja'], /^エラー: 必須の引数 'questionId' がありません$/m],
    [['workload', 'list', '--formt', 'json', '--lang', 'ja'], /^エラー: 不明なオプション '--formt' です\n（--format のことですか？）$/m],
    [['workload', 'show', 'a', 'b', '--lang=ja'], /^エラー: 'show' の引数が多すぎます（1 個のところ 2 個）$/m],
    [['workload', 'list', '--lang', 'ja', '--format'], /^エラー: オプション '--format <format>' に値がありません$/m],
    [['workload', 'list', '--formt', 'json'], /^error: unknown option '--formt'\n\(Did you mean --format\?\)$/m],
  ];
  for (const [args, message] of cases) {
    const run = await runCli(args);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, message);
  }
});

test('every workload, milestone and token subcommand says in its --help which database it works on', async () => {
  for (const path of [['workload', 'create'], ['workload', 'list'], ['workload', 'import'], ['milestone', 'create'], ['milestone', 'compare'], ['token', 'create'], ['token', 'revoke']]) {
    const run = await runCli([...path, '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Database: DATABASE_URL=sqlite:<file> or postgres:\/\//, path.join(' '));
    if (path[0] === 'token') assert.doesNotMatch(run.stdout, /workload is named/, 'token help speaks of tokens only');
  }
});

test('an output file that cannot be written is one line naming it once, in the language of --lang', async (t) => {
  const dir = tempDir(t);
  withDatabaseUrl(t, `sqlite:${join(dir, 'x.db')}`);
  assert.equal((await runCli(['workload', 'create', '--name', 'shop'])).code, 0);
  const blocker = join(dir, 'a-file');
  writeFileSync(blocker, 'x');
  const target = join(blocker, 'out.json');
  const run = await runCli(['workload', 'export', 'shop', '--output', target, '--lang', 'ja']);
  assert.equal(run.code, 2);
  assert.equal(run.stderr, `slens: ${target}: ファイルに書き込めません（EEXIST）\n`);
  const en = await runCli(['report', 'shop', '--format', 'markdown', '--output', target]);
  assert.equal(en.code, 2);
  assert.match(en.stderr, new RegExp(`^slens: ${target}: cannot write the file \\((EEXIST|ENOTDIR)\\)\\n$`));
});
