// Language pieces the Logs Insights reference documents, each against values worked out by hand on
// tail.log (REPORT a–e, three Powertools lines) or a small generated file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runQuery } from '../../src/analyze/query/run.js';
import { formatQueryResult } from '../../src/analyze/query/output.js';
import { analyzeFixture, tempDir } from './read-helpers.js';

const TAIL = analyzeFixture('tail.log');
const json = async (query: string, ...files: string[]) => JSON.parse(formatQueryResult(await runQuery(query, files.length > 0 ? files : [TAIL]), 'json'));

test('bin() takes every documented unit: long names, plurals, months, quarters and years on the calendar', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'year.log');
    const times = ['2026-01-31T23:59:59.000Z', '2026-02-01T00:00:00.000Z', '2026-03-15T12:00:00.000Z', '2026-04-01T00:00:00.000Z', '2026-12-31T00:00:00.000Z', '2027-01-02T00:00:00.000Z'];
    writeFileSync(file, times.map((t, i) => `{"timestamp":"${t}","n":${i}}`).join('\n'));
    const counts = async (unit: string) => (await json(`stats count(*) as c by bin(${unit}) as b`, file)).map((r: Record<string, unknown>) => `${String(r['b']).slice(0, 10)}:${r['c']}`);
    assert.deepEqual(await counts('1mo'), ['2026-01-31:1', '2026-02-01:1', '2026-03-01:1', '2026-04-01:1', '2026-12-01:1', '2027-01-01:1'].map((s) => s.replace('2026-01-31', '2026-01-01')));
    assert.deepEqual(await counts('1month'), await counts('1mo'));
    assert.deepEqual(await counts('1quarter'), ['2026-01-01:3', '2026-04-01:1', '2026-10-01:1', '2027-01-01:1']);
    assert.deepEqual(await counts('2qtr'), ['2026-01-01:4', '2026-07-01:1', '2027-01-01:1']);
    assert.deepEqual(await counts('1y'), ['2026-01-01:5', '2027-01-01:1']);
    assert.deepEqual(await counts('1years'), await counts('1yr'));
    // Fixed units by their long names agree with the short ones.
    assert.deepEqual(await json('stats count(*) by bin(5minutes) as b'), await json('stats count(*) by bin(5m) as b'));
    assert.deepEqual(await json('stats count(*) by bin(1hours) as b'), await json('stats count(*) by bin(1h) as b'));
    assert.deepEqual(await json('stats count(*) by bin(300seconds) as b'), await json('stats count(*) by bin(5m) as b'));
    const ceil = await json('filter n = 2 | fields dateceil(@timestamp, 1mo) as up, datefloor(@timestamp, 1q) as down', file);
    assert.deepEqual(ceil, [{ up: '2026-04-01 00:00:00.000', down: '2026-01-01 00:00:00.000' }]);
  } finally {
    cleanup();
  }
});

test('stats items build on aliases defined before them; an item with neither is still refused', async () => {
  // REPORT a–e: max memory 60, 62, 64, 100, 101 MB; provisioned at most 256 MB.
  const rows = await json('filter @type = "REPORT" | stats max(@memorySize / 1000 / 1000) as provisioned, max(@maxMemoryUsed / 1000 / 1000) as used, provisioned - used as over, over * 2 as twice');
  assert.deepEqual(rows, [{ provisioned: 256, used: 101, over: 155, twice: 310 }]);
  await assert.rejects(runQuery('stats count(*) as n, later + 1 as x', [TAIL]), /"x" is not an aggregate/);
});

test('== compares like =, "sort by" sorts, percentile() is pct()', async () => {
  assert.deepEqual(await json('filter @type == "REPORT" and @requestId == "c" | fields @requestId'), [{ '@requestId': 'c' }]);
  assert.deepEqual(
    (await json('filter @type = "REPORT" | sort by @duration desc | fields @requestId')).map((r: Record<string, string>) => r['@requestId']),
    ['d', 'a', 'b', 'c', 'e'],
  );
  // Durations 20, 30, 50, 100, 300: nearest rank ceil(0.5 × 5) = 3 → 50.
  assert.deepEqual(await json('filter @type = "REPORT" | stats percentile(@duration, 50) as p, pct(@duration, 50) as q'), [{ p: 50, q: 50 }]);
  // A field named "by" can still be sorted on.
  assert.deepEqual(await json('fields 1 as by | sort by | limit 1 | display by'), [{ by: 1 }]);
});

test('strlen counts code points, not UTF-16 units', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'emoji.log');
    writeFileSync(file, '{"s":"a😀é"}\n');
    assert.deepEqual(await json('fields strlen(s) as n', file), [{ n: 3 }]);
  } finally {
    cleanup();
  }
});

test('dedup keeps the newest row of each key unless sorted otherwise; only limit may follow it; two stats at most', async () => {
  // orders: 10:00:11 (alice) and 10:01:01 (bob) — the newest, bob's, is kept; payments: 10:05:01.
  assert.deepEqual(await json('fields service, @timestamp, message | filter ispresent(service) | dedup service'), [
    { service: 'payments', '@timestamp': '2026-11-02 10:05:01.000', message: 'user=alice took 8ms' },
    { service: 'orders', '@timestamp': '2026-11-02 10:01:01.000', message: 'user=bob took 340ms' },
  ]);
  // Sorted ascending first: the oldest of each key is kept, in the sort's order.
  assert.deepEqual(await json('fields service, message | filter ispresent(service) | sort @timestamp asc | dedup service | limit 5'), [
    { service: 'orders', message: 'user=alice took 12ms' },
    { service: 'payments', message: 'user=alice took 8ms' },
  ]);
  await assert.rejects(runQuery('dedup service | fields service', [TAIL]), /"fields" cannot follow dedup/);
  await assert.rejects(runQuery('stats count(*) as n by service | stats count(*) as m by n | stats count(*)', [TAIL]), /at most two stats/);
});

test('@xrayTraceId and @xraySegmentId from REPORT, @ingestionTime from the export, @log as account:group, @file', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'traced.json');
    const report = 'REPORT RequestId: t1\tDuration: 12.00 ms\tBilled Duration: 12 ms\tMemory Size: 128 MB\tMax Memory Used: 70 MB\t\nXRAY TraceId: 1-6565a3b1-0f1e2d3c4b5a69788796a5b4\tSegmentId: 7f1a2b3c4d5e6f70\tSampled: true\t\n';
    const events = [
      { logGroupName: '/aws/lambda/orders', owner: '123456789012', logStreamName: 's', timestamp: 1793613600000, ingestionTime: 1793613601234, message: report, eventId: '1' },
      { logStreamName: 's', timestamp: 1793613602000, message: 'plain line', eventId: '2' },
    ];
    writeFileSync(file, JSON.stringify({ events }));
    const rows = await json('fields @xrayTraceId, @xraySegmentId, @ingestionTime, @log, @file, @duration', file);
    assert.deepEqual(rows, [
      { '@xrayTraceId': '1-6565a3b1-0f1e2d3c4b5a69788796a5b4', '@xraySegmentId': '7f1a2b3c4d5e6f70', '@ingestionTime': '2026-11-02 10:00:01.234', '@log': '123456789012:/aws/lambda/orders', '@file': file, '@duration': 12 },
      { '@log': file, '@file': file },
    ]);
    // The documented `parse @log` pattern reads the function name from the group.
    assert.deepEqual(await json('filter ispresent(@duration) | parse @log "*:/aws/lambda/*" as account, fn | display account, fn', file), [{ account: '123456789012', fn: 'orders' }]);
  } finally {
    cleanup();
  }
});

test('jsonParse, jsonStringify, toMillis, fromMillis, now, two-argument trim, list indexing', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'fns.log');
    writeFileSync(file, `${JSON.stringify({ timestamp: '2026-11-02T10:00:00.000Z', body: '{"user":{"id":7},"tags":["a","b"]}', items: [10, 20, 30], pad: '--x-y--', ms: 1793613600000 })}\n`);
    const rows = await json(
      'fields jsonParse(body) as j, j.user.id as uid, jsonStringify(j.tags) as tags, items[1] as second, j.tags[0] as firstTag, trim(pad, "-") as t, ltrim(pad, "-") as l, rtrim(pad, "-") as r, toMillis(@timestamp) as tm, fromMillis(ms) as fm | display uid, tags, second, firstTag, t, l, r, tm, fm',
      file,
    );
    assert.deepEqual(rows, [{ uid: 7, tags: '["a","b"]', second: 20, firstTag: 'a', t: 'x-y', l: 'x-y--', r: '--x-y', tm: 1793613600000, fm: '2026-11-02 10:00:00.000' }]);
    const before = Math.floor(Date.now() / 1000);
    const [{ n }] = await json('fields now() as n | limit 1', file);
    assert.ok(n >= before && n <= before + 60, `now() in epoch seconds: ${n}`);
  } finally {
    cleanup();
  }
});

test('the IP functions: valid v4/v6 addresses and subnet membership', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'ips.log');
    const ips = ['10.1.2.3', '192.168.0.1', '2001:db8::1', 'not-an-ip', '300.1.1.1'];
    writeFileSync(file, ips.map((ip) => JSON.stringify({ ip })).join('\n'));
    const rows = await json('fields ip, isValidIp(ip) as any, isValidIpV4(ip) as v4, isValidIpV6(ip) as v6, isIpInSubnet(ip, "10.0.0.0/8") as ten, isIpv4InSubnet(ip, "192.168.0.0/16") as home, isIpv6InSubnet(ip, "2001:db8::/32") as doc | display ip, any, v4, v6, ten, home, doc', file);
    assert.deepEqual(rows, [
      { ip: '10.1.2.3', any: true, v4: true, v6: false, ten: true, home: false, doc: false },
      { ip: '192.168.0.1', any: true, v4: true, v6: false, ten: false, home: true, doc: false },
      { ip: '2001:db8::1', any: true, v4: false, v6: true, ten: false, home: false, doc: true },
      { ip: 'not-an-ip', any: false, v4: false, v6: false, ten: false, home: false, doc: false },
      { ip: '300.1.1.1', any: false, v4: false, v6: false, ten: false, home: false, doc: false },
    ]);
    assert.deepEqual(await json('filter isIpInSubnet(ip, "10.0.0.0/33") | display ip', file), [], 'a bad CIDR matches nothing');
  } finally {
    cleanup();
  }
});
