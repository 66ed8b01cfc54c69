// The concurrency hunt on hand-made metric exports. metrics-get-metric-data.json: account peak 950 at 10:06;
// orders 27000 invocations x 2000 ms / 60 s = 900 at 10:06; reports 600 x 5000 ms / 60 s = 50 at 10:04 (and
// again at 10:05: the earlier wins); thumbs only has data at 10:00, outside the 5-minute window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeConcurrency, detectPeriod } from '../../src/analyze/concurrency/analyze.js';
import { csvCells, parseLabel, readMetricFiles } from '../../src/analyze/concurrency/metrics.js';
import { isUserError } from '../../src/util/errors.js';
import { analyzeFixture, tempDir } from './read-helpers.js';

const at = (minute: number): number => Date.parse(`2026-11-02T10:${String(minute).padStart(2, '0')}:00Z`);

test('labels name the metric and the function; statistics words are ignored', () => {
  assert.deepEqual(parseLabel('ConcurrentExecutions'), { metric: 'ConcurrentExecutions', fn: undefined });
  assert.deepEqual(parseLabel('orders-api Invocations'), { metric: 'Invocations', fn: 'orders-api' });
  assert.deepEqual(parseLabel('Duration (Average) payments_fn'), { metric: 'Duration', fn: 'payments_fn' });
  assert.equal(parseLabel('Errors orders'), undefined);
  assert.deepEqual(csvCells('a,"b,c","d""e",'), ['a', 'b,c', 'd"e', '']);
});

test('get-metric-data export: peak, window and ranked estimates', () => {
  const series = readMetricFiles([analyzeFixture('metrics-get-metric-data.json')]);
  assert.equal(series.length, 7);
  assert.equal(detectPeriod(series), 60);
  const a = analyzeConcurrency(series, { windowMinutes: 5 });
  assert.ok(a);
  assert.deepEqual(a.peak, { concurrency: 950, timestamp: at(6), source: 'account' });
  assert.deepEqual(a.window, { from: at(1), to: at(6) });
  assert.deepEqual(a.functions, [
    { name: 'orders', timestamp: at(6), invocations: 27000, avgDuration: 2000, concurrency: 900, share: 0.9474, measured: null },
    { name: 'reports', timestamp: at(4), invocations: 600, avgDuration: 5000, concurrency: 50, share: 0.0526, measured: null },
  ]);
  // The timeline runs from the window start to two periods after the peak.
  assert.deepEqual(a.timeline.timestamps, [1, 2, 3, 4, 5, 6, 7, 8].map(at));
  assert.deepEqual(a.timeline.functions[0]?.values, [10, 20, 150, 300, 800, 900, 150, null]);
  // A one-minute window keeps only the peak minute: reports is 1 there.
  const narrow = analyzeConcurrency(series, { windowMinutes: 0 });
  assert.deepEqual(narrow?.functions.map((f) => [f.name, f.concurrency]), [['orders', 900], ['reports', 3]]);
});

test('CSV long and wide forms; without an account series the peak comes from the estimates', () => {
  const long = analyzeConcurrency(readMetricFiles([analyzeFixture('metrics-long.csv')]), { windowMinutes: 5 });
  assert.equal(long?.peak.concurrency, 950);
  assert.deepEqual(long?.functions.map((f) => [f.name, f.concurrency]), [['orders', 900]]);
  const wide = analyzeConcurrency(readMetricFiles([analyzeFixture('metrics-wide.csv')]), { windowMinutes: 5 });
  assert.deepEqual(wide?.peak, { concurrency: 50, timestamp: at(4), source: 'estimate' });
  assert.equal(wide?.functions[0]?.share, 1);
  // A given period overrides the detected one: 120 s halves the estimates.
  const slow = analyzeConcurrency(readMetricFiles([analyzeFixture('metrics-wide.csv')]), { windowMinutes: 5, periodSeconds: 120 });
  assert.equal(slow?.functions[0]?.concurrency, 25);
});

test('get-metric-statistics output and per-function ConcurrentExecutions are read', () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'stats.json');
    writeFileSync(
      file,
      JSON.stringify([
        { Label: 'api ConcurrentExecutions', Datapoints: [{ Timestamp: '2026-11-02T10:00:00Z', Maximum: 7, Unit: 'Count' }, { Timestamp: '2026-11-02T10:01:00Z', Maximum: 9, Unit: 'Count' }] },
        { Label: 'api Invocations', Datapoints: [{ Timestamp: '2026-11-02T10:01:00Z', Sum: 120, Unit: 'Count' }] },
        { Label: 'api Duration', Datapoints: [{ Timestamp: '2026-11-02T10:01:00Z', Average: 4000, Unit: 'Milliseconds' }] },
      ]),
    );
    const a = analyzeConcurrency(readMetricFiles([file]), { windowMinutes: 5 });
    assert.deepEqual(a?.peak, { concurrency: 9, timestamp: at(1), source: 'functions' });
    assert.deepEqual(a?.functions[0], { name: 'api', timestamp: at(1), invocations: 120, avgDuration: 4000, concurrency: 8, share: 0.8889, measured: 9 });
  } finally {
    cleanup();
  }
});

test('broken metric files are user errors with the file (and line for CSV)', () => {
  const { dir, cleanup } = tempDir();
  try {
    const cases: [string, string, RegExp, number | undefined][] = [
      ['bad.json', '{"MetricDataResults": [{"Label": "x Invocations", "Timestamps": ["t"], "Values": []}]}', /same length/, undefined],
      ['trunc.json', '{"MetricDataResults": [', /invalid JSON/, undefined],
      ['other.json', '{"hello": 1}', /no MetricDataResults or Datapoints/, undefined],
      ['none.csv', 'timestamp,Errors\n2026-11-02T10:00:00Z,1\n', /no Invocations, Duration, ConcurrentExecutions series/, undefined],
      ['badvalue.csv', 'timestamp,orders Invocations\n2026-11-02T10:00:00Z,1\n2026-11-02T10:01:00Z,lots\n', /"lots" in column "orders Invocations" is not a number/, 3],
      ['badtime.csv', 'timestamp,orders Invocations\nyesterday,1\n', /"yesterday" is not a time/, 2],
      ['binary.csv', 'a\u0000b', /binary data/, undefined],
      ['deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`, /must be a JSON object/, undefined],
    ];
    for (const [name, text, message, line] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      assert.throws(
        () => readMetricFiles([file]),
        (e: unknown) => isUserError(e) && message.test(e.message) && e.location.file === file && e.location.line === line,
        name,
      );
    }
    assert.throws(() => readMetricFiles([join(dir, 'missing.json')]), (e: unknown) => isUserError(e) && /no such file/.test(e.message));
  } finally {
    cleanup();
  }
});
