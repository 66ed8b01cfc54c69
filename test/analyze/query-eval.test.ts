// Query results against hand-computed values on small fixtures (tail.log: five REPORT lines and three
// Powertools lines; see the comments for the arithmetic).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuery } from '../../src/analyze/query/run.js';
import { formatQueryResult } from '../../src/analyze/query/output.js';
import { analyzeFixture } from './read-helpers.js';

const TAIL = analyzeFixture('tail.log');
const run = (query: string, ...files: string[]) => runQuery(query, files.length > 0 ? files : [TAIL]);
const json = async (query: string, ...files: string[]) => JSON.parse(formatQueryResult(await run(query, ...files), 'json'));

test("the talk's example finds cold starts, newest first", async () => {
  const rows = await json('fields @timestamp, @message | filter cold_start=1 | sort @timestamp desc', TAIL, analyzeFixture('powertools.log'));
  assert.deepEqual(rows.map((r: Record<string, string>) => r['@timestamp']), [
    '2026-11-02 10:05:01.000',
    '2026-11-02 10:01:02.500',
    '2026-11-02 10:01:00.000',
    '2026-11-02 10:00:11.000',
  ]);
  assert.ok(rows.every((r: Record<string, string>) => Object.keys(r).join() === '@timestamp,@message'));
  assert.match(rows[0]['@message'], /user=alice took 8ms/);
});

test('stats by bin(5m) over REPORT lines', async () => {
  // 10:00 bin: a 100, b 50, c 30 → avg 60, max 100; 10:05 bin: d 300, e 20 → avg 160, max 300.
  const rows = await json('filter @type = "REPORT" | stats count(*) as n, avg(@duration) as avg, max(@duration), sum(@billedDuration) by bin(5m)');
  assert.deepEqual(rows, [
    { 'bin(5m)': '2026-11-02 10:00:00.000', n: 3, avg: 60, 'max(@duration)': 100, 'sum(@billedDuration)': 180 },
    { 'bin(5m)': '2026-11-02 10:05:00.000', n: 2, avg: 160, 'max(@duration)': 300, 'sum(@billedDuration)': 320 },
  ]);
});

test('percentiles, stddev, count of a field, distinct counts and memory in bytes', async () => {
  // Durations 20 30 50 100 300: nearest-rank p50 = 3rd = 50, p90 = 5th = 300; mean 100,
  // squared deviations 6400+4900+2500+0+40000 = 53800, /4 → sqrt(13450).
  const [row] = await json(
    'stats pct(@duration, 50) as p50, pct(@duration, 90) as p90, stddev(@duration) as sd, count(@initDuration) as cold, count(*) as all, count_distinct(service) as services, max(@maxMemoryUsed) / 1000 / 1000 as mb',
  );
  assert.equal(row.p50, 50);
  assert.equal(row.p90, 300);
  assert.ok(Math.abs(row.sd - Math.sqrt(13450)) < 1e-9);
  assert.equal(row.cold, 2);
  assert.equal(row.all, 9);
  assert.equal(row.services, 2);
  assert.equal(row.mb, 101);
});

test('groups by memory size, sorted; earliest and latest follow @timestamp', async () => {
  const rows = await json('filter ispresent(@memorySize) | stats count(*) as n, earliest(@requestId) as first, latest(@requestId) as last by @memorySize');
  assert.deepEqual(rows, [
    { '@memorySize': 128e6, n: 3, first: 'a', last: 'c' },
    { '@memorySize': 256e6, n: 2, first: 'd', last: 'e' },
  ]);
  const [times] = await json('stats min(@timestamp) as from, max(@timestamp) as to, latest(service) as svc');
  assert.deepEqual(times, { from: '2026-11-02 10:00:10.000', to: '2026-11-02 10:07:30.000', svc: 'payments' });
});

test('filter: comparisons, and/or/not, like with text and regex, in, not in, missing fields', async () => {
  const ids = async (filter: string) => (await json(`filter @type = "REPORT" and (${filter}) | fields @requestId`)).map((r: Record<string, string>) => r['@requestId']);
  assert.deepEqual(await ids('@duration > 50'), ['a', 'd']);
  assert.deepEqual(await ids('@duration >= 50 and @memorySize = 128000000'), ['a', 'b']);
  assert.deepEqual(await ids('@duration < 30 or @duration = 300'), ['d', 'e']);
  assert.deepEqual(await ids('not ispresent(@initDuration)'), ['b', 'c', 'e']);
  assert.deepEqual(await ids('@requestId in ["b", "e"]'), ['b', 'e']);
  assert.deepEqual(await ids('@requestId not in ["b", "e"]'), ['a', 'c', 'd']);
  assert.deepEqual(await ids('@message like "Max Memory Used: 10"'), ['d', 'e']);
  assert.deepEqual(await ids('@message like /Duration: [0-9]{3}\\.00 ms/'), ['a', 'd']);
  assert.deepEqual(await ids('@message not like /Init/'), ['b', 'c', 'e']);
  assert.deepEqual(await ids('nosuchfield != 1'), [], 'a missing field matches no comparison');
  assert.deepEqual(await ids('@duration != 100 and @duration != 20'), ['b', 'c', 'd']);
  const levels = await json('filter level =~ /(?i)^error$/ | fields level');
  assert.deepEqual(levels, [{ level: 'ERROR' }]);
  const booleans = await json('filter cold_start = "true" or cold_start = 0 | fields service, cold_start');
  assert.equal(booleans.length, 3);
});

test('parse with a glob and with a regex, then stats over the parsed fields', async () => {
  const rows = await json('parse @message "user=* took *ms" as user, ms | filter ispresent(user) | stats sum(ms) as total, count(*) as n by user');
  assert.deepEqual(rows, [
    { user: 'alice', total: 20, n: 2 },
    { user: 'bob', total: 340, n: 1 },
  ]);
  const regex = await json('parse @message /took (?<ms>\\d+)ms/ | filter ms > 10 | fields ms');
  assert.deepEqual(regex, [{ ms: '12' }, { ms: '340' }]);
  const defaults = await run('parse @message "user=* took" as who | filter ispresent(who) | limit 1');
  assert.deepEqual(defaults.columns, ['@timestamp', '@message', 'who'], 'parsed fields join the default columns');
});

test('sort (asc/desc, several keys, missing last), limit, dedup and computed fields', async () => {
  const sorted = await json('filter @type = "REPORT" | sort @memorySize desc, @duration | fields @requestId as id, @duration * 2 as double | limit 4');
  assert.deepEqual(sorted, [
    { id: 'e', double: 40 },
    { id: 'd', double: 600 },
    { id: 'c', double: 60 },
    { id: 'b', double: 100 },
  ]);
  const missingLast = await json('sort @duration | fields @requestId | limit 6');
  assert.equal(missingLast.length, 6);
  assert.deepEqual(missingLast.slice(0, 5).map((r: Record<string, string>) => r['@requestId']), ['e', 'c', 'b', 'a', 'd']);
  const dedup = await json('fields service, @timestamp | filter ispresent(service) | sort @timestamp desc | dedup service');
  assert.deepEqual(dedup, [
    { service: 'payments', '@timestamp': '2026-11-02 10:05:01.000' },
    { service: 'orders', '@timestamp': '2026-11-02 10:01:01.000' },
  ]);
  const fns = await json('filter @requestId = "a" and @type = "REPORT" | fields concat(tolower(@type), "-", @requestId) as k, strlen(@requestId) as l, coalesce(nope, @duration) as c, substr("abcdef", 2, 3) as s');
  assert.deepEqual(fns, [{ k: 'report-a', l: 1, c: 100, s: 'cde' }]);
});

test('stats over nothing gives one row of zero; a second stats reads the first one', async () => {
  assert.deepEqual(await json('filter @type = "NOPE" | stats count(*) as n, avg(@duration) as a'), [{ n: 0 }]);
  const twice = await json('filter @type = "REPORT" | stats count(*) as n by @memorySize | stats sum(n) as total, count(*) as groups');
  assert.deepEqual(twice, [{ total: 5, groups: 2 }]);
});

test('JSON platform records, exports and EMF records are queried the same way', async () => {
  const files = [analyzeFixture('json-platform.log'), analyzeFixture('export.json'), analyzeFixture('text-platform.log')];
  const rows = await json('filter @type = "REPORT" | stats count(*) as n, count(@initDuration) as cold, sum(@billedDuration) as billed', ...files);
  // JSON: 191 + 41; export: 250; text: 103 + 20 + 3000.
  assert.deepEqual(rows, [{ n: 6, cold: 3, billed: 3605 }]);
  const emf = await json('filter ispresent(OrderTotal) | fields service, OrderTotal', analyzeFixture('emf.log'));
  assert.deepEqual(emf, [{ service: 'orders', OrderTotal: 3 }]);
});

test('table and CSV output', async () => {
  const result = await run('filter @type = "REPORT" | stats count(*) as n, avg(@duration) as "avg" by @memorySize'.replace('as "avg"', 'as avg'));
  assert.equal(formatQueryResult(result, 'table'), ['@memorySize  n  avg', '-----------  -  ---', '128000000    3  60', '256000000    2  160'].join('\n'));
  const csv = await run('filter level = "ERROR" | fields level, message, "a,b" as tricky');
  assert.equal(formatQueryResult(csv, 'csv'), 'level,message,tricky\r\nERROR,user=bob took 340ms,"a,b"');
});
