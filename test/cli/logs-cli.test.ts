// `slens logs query` end to end: formats, the read summary in both languages, and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../helpers/cli.js';
import { analyzeFixture, tempDir } from '../analyze/read-helpers.js';

const TALK = 'fields @timestamp, @message | filter cold_start=1 | sort @timestamp desc';

test("the talk's query prints JSON rows, and a gzip copy gives the same rows", async () => {
  const plain = await runCli(['logs', 'query', TALK, analyzeFixture('powertools.log'), '--format', 'json']);
  assert.equal(plain.code, 0, plain.stderr);
  const rows = JSON.parse(plain.stdout);
  assert.ok(Array.isArray(rows));
  assert.deepEqual(rows.map((r: Record<string, string>) => r['@timestamp']), ['2026-11-02 10:01:02.500', '2026-11-02 10:01:00.000']);
  assert.match(plain.stderr, /read 3 records from 1 file/);
  const { dir, cleanup } = tempDir();
  try {
    const gz = join(dir, 'powertools.log.gz');
    writeFileSync(gz, gzipSync(readFileSync(analyzeFixture('powertools.log'))));
    const zipped = await runCli(['logs', 'query', TALK, gz, '--format', 'json']);
    assert.deepEqual(JSON.parse(zipped.stdout), rows);
  } finally {
    cleanup();
  }
});

test('table and csv formats, and --output writes a file', async () => {
  const query = 'filter @type = "REPORT" | stats count(*) as n by @memorySize';
  const table = await runCli(['logs', 'query', query, analyzeFixture('tail.log')]);
  assert.equal(table.stdout, '@memorySize  n\n-----------  -\n128000000    3\n256000000    2\n');
  const csv = await runCli(['logs', 'query', query, analyzeFixture('tail.log'), '--format', 'csv']);
  assert.equal(csv.stdout, '@memorySize,n\r\n128000000,3\r\n256000000,2\n');
  const { dir, cleanup } = tempDir();
  try {
    const out = join(dir, 'sub', 'rows.json');
    const run = await runCli(['logs', 'query', query, analyzeFixture('tail.log'), '--format', 'json', '--output', out]);
    assert.equal(run.stdout, '');
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), [{ '@memorySize': 128e6, n: 3 }, { '@memorySize': 256e6, n: 2 }]);
  } finally {
    cleanup();
  }
});

test('a query error points at its column and exits 2 without a stack trace', async () => {
  const run = await runCli(['logs', 'query', 'fields @x | filter x = ', analyzeFixture('tail.log')]);
  assert.equal(run.code, 2);
  assert.equal(run.stderr, 'slens: query:1:24: expected a field, a value or a function, found the end of the query\n');
  assert.equal(run.stdout, '');
});

test('a query error speaks the language of --lang, at the same place and with the same exit code', async () => {
  const query = 'filter @type = "REPORT"\n| stats pct(@duration, 101) by bin(5m)';
  const en = await runCli(['logs', 'query', query, analyzeFixture('tail.log'), '--lang', 'en']);
  assert.equal(en.code, 2);
  assert.equal(en.stderr, 'slens: query:2:9: pct() takes a percentile from 0 to 100 as its second argument, e.g. pct(@duration, 99)\n');
  for (const args of [['--lang', 'ja'], ['--lang=ja']]) {
    const ja = await runCli(['logs', 'query', query, analyzeFixture('tail.log'), ...args]);
    assert.equal(ja.code, 2, args.join(' '));
    assert.equal(ja.stderr, 'slens: query:2:9: pct() の2番目の引数には 0 から 100 までのパーセンタイルを指定してください（例: pct(@duration, 99)）\n');
    assert.equal(ja.stdout, '');
  }
  const syntax = await runCli(['logs', 'query', 'fields @x | filter x = ', analyzeFixture('tail.log'), '--lang', 'ja', '--format', 'json']);
  assert.equal(syntax.code, 2);
  assert.equal(syntax.stderr, 'slens: query:1:24: フィールド、値または関数が必要ですが、クエリが終わっています\n');
  assert.equal(syntax.stdout, '');
  // Without --lang the messages stay English.
  const plain = await runCli(['logs', 'query', 'filtr a = 1', analyzeFixture('tail.log')]);
  assert.equal(plain.code, 2);
  assert.match(plain.stderr, /^slens: query:1:1: unknown command "filtr" \(did you mean filter\?\); commands: /);
});

test('bad lines are listed with file and line in English and Japanese', async () => {
  const emf = analyzeFixture('emf.log');
  const en = await runCli(['logs', 'query', 'stats count(*)', emf]);
  assert.equal(en.code, 0);
  assert.match(en.stderr, /3 line\(s\) skipped as unreadable/);
  assert.ok(en.stderr.includes(`${emf}:3: EMF: metric "Bad" has an unknown unit "Furlongs"`));
  assert.match(en.stderr, /2 EMF record\(s\) valid, 3 invalid/);
  const ja = await runCli(['logs', 'query', 'stats count(*)', emf, '--lang', 'ja']);
  assert.match(ja.stderr, /1 個のファイルから 2 件のレコードを読み込みました/);
  assert.match(ja.stderr, /読み取れない 3 行をスキップしました/);
  assert.match(ja.stderr, /EMF レコード: 有効 2 件、無効 3 件/);
  assert.ok(ja.stderr.includes(`${emf}:3: EMF: メトリクス "Bad" の単位 "Furlongs" は不明です`));
});

test('unreadable files: exit 2; when none can be read, a clear error', async () => {
  const missing = analyzeFixture('does-not-exist.log');
  const none = await runCli(['logs', 'query', 'stats count(*)', missing]);
  assert.equal(none.code, 2);
  assert.ok(none.stderr.includes(`${missing}: cannot read the file: no such file`));
  assert.ok(none.stderr.includes(`slens: ${missing}: none of the given files could be read`));
  const some = await runCli(['logs', 'query', 'stats count(*) as n', analyzeFixture('tail.log'), missing, '--format', 'json']);
  assert.equal(some.code, 2);
  assert.deepEqual(JSON.parse(some.stdout), [{ n: 9 }]);
  const ja = await runCli(['logs', 'query', 'stats count(*)', missing, '--lang', 'ja']);
  assert.match(ja.stderr, /ファイルを読み取れません: ファイルがありません/);
  const badFormat = await runCli(['logs', 'query', 'stats count(*)', analyzeFixture('tail.log'), '--format', 'xml']);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /--format must be one of table, json, csv/);
});

test('logs query --help lists the commands, fields and an example', async () => {
  const run = await runCli(['logs', 'query', '--help']);
  assert.equal(run.code, 0);
  for (const word of ['fields', 'filter', 'stats', 'parse', 'dedup', '@initDuration', 'bin(5m)', 'ispresent', '--format']) assert.ok(run.stdout.includes(word), word);
});

test('more rows than Logs Insights returns are cut at 10000, with a notice', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'many.log');
    writeFileSync(file, Array.from({ length: 10_005 }, (_, i) => `line ${i}`).join('\n'));
    const run = await runCli(['logs', 'query', 'fields @message', file, '--format', 'json']);
    assert.equal(JSON.parse(run.stdout).length, 10_000);
    assert.match(run.stderr, /only the first 10000 rows are shown \(5 more\)/);
  } finally {
    cleanup();
  }
});

test('a progress line is drawn on a terminal only, and cleared', async () => {
  const file = analyzeFixture('tail.log');
  const tty = await runCli(['logs', 'query', 'stats count(*) as n', file, '--format', 'json'], { isTTY: true });
  assert.match(tty.stderr, /\r\u001b\[Kslens: reading .*tail\.log: 0 MB \(\d+ MB\/s\)/);
  assert.ok(tty.stderr.includes('\r\u001b[K'), 'cleared');
  assert.deepEqual(JSON.parse(tty.stdout), [{ n: 9 }]);
  const ja = await runCli(['logs', 'query', 'stats count(*)', file, '--lang', 'ja'], { isTTY: true });
  assert.match(ja.stderr, /tail\.log を読み込み中: 0 MB/);
  const pipe = await runCli(['logs', 'query', 'stats count(*)', file]);
  assert.doesNotMatch(pipe.stderr, /reading/);
});

test('diff with --diff-against: a file or a period, exit 0; a diff without it exits 2 in the language of --lang', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const today = join(dir, 'today.log');
    const yesterday = join(dir, 'yesterday.log');
    writeFileSync(today, '2026-11-02T10:00:00Z ERROR timeout after 3000 ms\n2026-11-02T10:01:00Z INFO order 7 stored\n');
    writeFileSync(yesterday, '2026-11-01T10:00:00Z INFO order 1 stored\n2026-11-01T10:01:00Z INFO order 2 stored\n');
    const byFile = await runCli(['logs', 'query', 'diff | display @pattern, @changeType, @sampleCount, @previousSampleCount', today, '--diff-against', yesterday, '--format', 'csv']);
    assert.equal(byFile.code, 0, byFile.stderr);
    assert.equal(byFile.stdout, '@pattern,@changeType,@sampleCount,@previousSampleCount\r\n<*> ERROR timeout after <*> ms,New,1,0\r\n<*> INFO order <*> stored,Decreased,1,2\n');
    const byDay = await runCli(['logs', 'query', 'diff previousDay | display @pattern, @changeType', today, yesterday, '--diff-against', '2026-11-02T00:00Z/2026-11-03T00:00Z', '--format', 'csv']);
    assert.equal(byDay.code, 0, byDay.stderr);
    assert.equal(byDay.stdout, '@pattern,@changeType\r\n<*> ERROR timeout after <*> ms,New\r\n<*> INFO order <*> stored,Decreased\n');
    const missing = await runCli(['logs', 'query', 'diff', today, '--lang', 'ja']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^slens: クエリで diff を使っています。--diff-against に/);
  } finally {
    cleanup();
  }
});
