// Rows of records: one row object is reused from record to record when no stage keeps rows (issue 18), so the
// stages that do keep them (sort, dedup) still see each record, and fields a command set for one record never leak
// into the next. bin() keeps the last bin's start: times out of order and across bins still count right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareQuery, type ResultRow } from '../../src/analyze/query/run.js';
import { fieldGetter, LogRecord } from '../../src/analyze/read/record.js';
import { classify } from '../../src/analyze/read/classify.js';

const T0 = Date.parse('2026-11-02T00:00:00Z');
const HOUR = 3_600_000;

function run(query: string, records: LogRecord[]): ResultRow[] {
  const q = prepareQuery(query);
  for (const r of records) q.push(r);
  return q.finish().rows;
}

const MESSAGES = ['order 1 stored', 'a', 'order 22 stored', 'bb', 'order 333 stored', 'ccc', 'order 4444 stored'];
const records = (): LogRecord[] => MESSAGES.map((m, i) => new LogRecord('f.log', i + 1, m, T0 + i * 1000, undefined));

test('stages that keep rows see every record: sort and dedup', () => {
  assert.deepEqual(
    run('fields @message, strlen(@message) as n | sort n desc | limit 3', records()).map((r) => r['@message']),
    ['order 4444 stored', 'order 333 stored', 'order 22 stored'],
  );
  assert.deepEqual(
    run('fields @message, substr(@message, 0, 5) as head | dedup head', records()).map((r) => [r['head'], r['@message']]),
    [['order', 'order 4444 stored'], ['ccc', 'ccc'], ['bb', 'bb'], ['a', 'a']],
  );
});

test('a field set for one record does not leak into the next when the row is reused', () => {
  // parse sets id only on the lines that match: a stale id would make count(id) count every line.
  assert.deepEqual(run('parse @message "order * stored" as id | stats count(id) as withId, count(*) as n', records()), [{ withId: 4, n: 7 }]);
  assert.deepEqual(run('parse @message "order * stored" as id | filter ispresent(id) | stats sum(id) as total', records()), [{ total: 1 + 22 + 333 + 4444 }]);
  assert.deepEqual(
    run('parse @message "order * stored" as id | fields @message, id', records()).map((r) => r['id'] ?? null),
    ['1', null, '22', null, '333', null, '4444'],
  );
});

test('bin() counts times out of order, across bins and without a time', () => {
  const hours = [0, 0, 1, 0, 2, 2, 1, 5, 0];
  const rs = hours.map((h, i) => new LogRecord('f.log', i + 1, `m${i}`, T0 + h * HOUR + (i % 3) * 60_000, undefined));
  rs.push(new LogRecord('f.log', 99, 'no time', undefined, undefined));
  const rows = run('stats count(*) as n by bin(1h) as t', rs);
  const byHour = new Map(rows.map((r) => [r['t'] === undefined ? 'none' : (Number(r['t']) - T0) / HOUR, r['n']]));
  assert.deepEqual([...byHour].sort(), [[0, 4], [1, 2], [2, 2], [5, 1], ['none', 1]].sort());
});

test('a compiled field getter reads what record.get reads, for every @-field, JSON keys and paths', () => {
  const rid = '3f8a1c2e-1c2d-4e5f-8a9b-000000000001';
  const lines = [
    `REPORT RequestId: ${rid}\tDuration: 5.50 ms\tBilled Duration: 6 ms\tMemory Size: 128 MB\tMax Memory Used: 50 MB\tInit Duration: 100.25 ms\t`,
    `START RequestId: ${rid} Version: $LATEST`,
    `2026-11-02T00:00:01.000Z\t${rid}\tINFO\tprocessing order 1`,
    '{"level":"ERROR","timestamp":"2026-11-02T00:00:02.000Z","a":{"b":[1,2]},"@custom":"x","function_request_id":"r1"}',
    '{"timestamp":1793577600000,"message":"wrapped","logStreamName":"s1","logGroupName":"g","owner":"123456789012","ingestionTime":1793577601000}',
  ];
  const names = [
    '@timestamp', '@message', '@logStream', '@type', '@requestId', '@duration', '@billedDuration', '@memorySize', '@maxMemoryUsed',
    '@initDuration', '@xrayTraceId', '@xraySegmentId', '@ingestionTime', '@log', '@file', '@custom', '@nothing', 'level', 'a.b', 'a', 'missing',
  ];
  let defined = 0;
  for (const [i, line] of lines.entries()) {
    for (const name of names) {
      const a = classify('f.log', i + 1, line);
      const b = classify('f.log', i + 1, line);
      assert.ok(a instanceof LogRecord && b instanceof LogRecord);
      const expected = a.get(name);
      assert.deepEqual(fieldGetter(name)(b), expected, `${name} of line ${i + 1}`);
      if (expected !== undefined) defined++;
    }
  }
  assert.ok(defined >= 30, `${defined} values compared`);
});
