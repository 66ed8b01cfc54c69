// `slens concurrency` end to end: text in both languages, JSON, the chart file and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { analyzeFixture, tempDir } from '../analyze/read-helpers.js';

const METRICS = analyzeFixture('metrics-get-metric-data.json');

test('text report ranks the functions behind the peak, in English and Japanese', async () => {
  const en = await runCli(['concurrency', METRICS]);
  assert.equal(en.code, 0, en.stderr);
  assert.match(en.stdout, /Peak account concurrency: 950 at 2026-11-02 10:06 UTC/);
  assert.match(en.stdout, /^orders\s+2026-11-02 10:06\s+27000\s+2000\.0\s+900\.0\s+94\.7%$/m);
  assert.match(en.stdout, /^reports\s+2026-11-02 10:04\s+600\s+5000\.0\s+50\.0\s+5\.3%$/m);
  assert.ok(en.stdout.indexOf('orders') < en.stdout.indexOf('reports'));
  const ja = await runCli(['concurrency', METRICS, '--lang', 'ja']);
  assert.match(ja.stdout, /アカウント同時実行数のピーク: 950（2026-11-02 10:06 UTC）/);
  assert.match(ja.stdout, /推定同時実行数/);
});

test('JSON output and the SVG chart', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const chart = join(dir, 'c.svg');
    const run = await runCli(['concurrency', METRICS, '--format', 'json', '--window', '3', '--chart', chart]);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.deepEqual(out.peak, { concurrency: 950, timestamp: '2026-11-02T10:06:00.000Z', source: 'account' });
    assert.deepEqual(out.window, { from: '2026-11-02T10:03:00.000Z', to: '2026-11-02T10:06:00.000Z' });
    assert.equal(out.functions[0].name, 'orders');
    assert.equal(out.chart.path, chart);
    const svg = readFileSync(chart, 'utf8');
    assert.equal(svg, out.chart.svg + '\n');
    assert.match(svg, /Account \(measured\)/);
  } finally {
    cleanup();
  }
});

test('bad options and unreadable metrics exit 2', async () => {
  const cases: [string[], RegExp][] = [
    [[METRICS, '--window', '0'], /--window must be a whole number from 1 to 1440/],
    [[METRICS, '--period', '-5'], /--period must be a whole number/],
    [[analyzeFixture('nope.json')], /nope\.json: no such file$/m],
    [[analyzeFixture('tail.log')], /tail\.log/],
  ];
  for (const [args, message] of cases) {
    const run = await runCli(['concurrency', ...args]);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, message);
  }
});

test('series without a function name are ignored with a warning naming them, in English and Japanese', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'bare.csv');
    // "Invocations" and "Duration" name no function; "ConcurrentExecutions" is the account series and is used.
    writeFileSync(file, 'Time,ConcurrentExecutions,Invocations,Duration,orders Invocations,orders Duration\n2026-11-02T10:01:00Z,5,60,3000,60,3000\n2026-11-02T10:02:00Z,9,120,3000,120,3000\n');
    const en = await runCli(['concurrency', file]);
    assert.equal(en.code, 0, en.stderr);
    assert.match(en.stderr, /ignored series without a function name: Duration, Invocations \(label per-function series/);
    const ja = await runCli(['concurrency', file, '--lang', 'ja']);
    assert.match(ja.stderr, /関数名のない系列は無視しました: Duration, Invocations（/);
    const named = join(dir, 'named.csv');
    writeFileSync(named, 'Time,orders Invocations,orders Duration\n2026-11-02T10:01:00Z,60,3000\n');
    assert.doesNotMatch((await runCli(['concurrency', named])).stderr, /ignored series/);
  } finally {
    cleanup();
  }
});
