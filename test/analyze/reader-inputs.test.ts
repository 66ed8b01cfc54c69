// Inputs people have besides CloudWatch exports: the console's CSV downloads (Logs Insights results and log
// events) and CloudTrail files as delivered to S3 (`{"Records": [...]}`, plain or .json.gz). Each is read
// event by event; broken, hostile and huge input is reported by file and line, never a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readFile, MAX_LINE } from '../../src/analyze/read/reader.js';
import { looksLikeCsv } from '../../src/analyze/read/csv.js';
import { localizeReason } from '../../src/analyze/read/reasons.js';
import { runQuery } from '../../src/analyze/query/run.js';
import { formatQueryResult } from '../../src/analyze/query/output.js';
import { readAll, tempDir } from './read-helpers.js';

type Row = Record<string, unknown>;

async function inDir(body: (dir: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = tempDir();
  try {
    await body(dir);
  } finally {
    cleanup();
  }
}

const query = async (q: string, file: string): Promise<Row[]> => JSON.parse(formatQueryResult(await runQuery(q, [file]), 'json')) as Row[];

// A Logs Insights result downloaded as CSV: a REPORT line (tabs inside a quoted field), a JSON line with a
// comma and doubled quotes, a message over two lines; CRLF line ends as the console writes them.
const INSIGHTS_CSV = [
  '@timestamp,@message,@logStream,@log',
  '2026-11-02 10:00:00.000,"REPORT RequestId: r1\tDuration: 100.00 ms\tBilled Duration: 100 ms\tMemory Size: 512 MB\tMax Memory Used: 100 MB\t",2026/11/02/[$LATEST]abc,111122223333:/aws/lambda/orders',
  '2026-11-02 10:01:00.000,"{""level"":""ERROR"",""message"":""boom, again""}",2026/11/02/[$LATEST]abc,111122223333:/aws/lambda/orders',
  // The message's own line break is kept as it was (\n); rows end with \r\n.
  '2026-11-02 10:02:00.000,"first line\nsecond line",2026/11/02/[$LATEST]def,111122223333:/aws/lambda/payments',
].join('\r\n');

test('a Logs Insights CSV download: fields come back from @message, and @log, @logStream and @timestamp from their columns', async () => {
  await inDir(async (dir) => {
    const file = join(dir, 'logs-insights-results.csv');
    writeFileSync(file, `${INSIGHTS_CSV}\r\n`);
    const rows = await query('fields @timestamp, @type, @duration, @requestId, level, message, @logStream, @log', file);
    assert.deepEqual(rows, [
      { '@timestamp': '2026-11-02 10:00:00.000', '@type': 'REPORT', '@duration': 100, '@requestId': 'r1', '@logStream': '2026/11/02/[$LATEST]abc', '@log': '111122223333:/aws/lambda/orders' },
      { '@timestamp': '2026-11-02 10:01:00.000', level: 'ERROR', message: 'boom, again', '@logStream': '2026/11/02/[$LATEST]abc', '@log': '111122223333:/aws/lambda/orders' },
      { '@timestamp': '2026-11-02 10:02:00.000', '@logStream': '2026/11/02/[$LATEST]def', '@log': '111122223333:/aws/lambda/payments' },
    ]);
    const { records, stats } = await readAll(file);
    assert.equal(records[2]?.message, 'first line\nsecond line');
    assert.deepEqual(records.map((r) => r.line), [2, 3, 4], 'a row is named by the line it starts on');
    assert.equal(stats.bad, 0);
    // SOURCE works on the @log column.
    assert.deepEqual(await query('SOURCE logGroups(namePrefix: ["/aws/lambda/pay"]) | stats count(*) as n', file), [{ n: 1 }]);
  });
});

test('a log events CSV (timestamp,message with epoch milliseconds) and extra columns read as fields', async () => {
  await inDir(async (dir) => {
    const file = join(dir, 'events.csv');
    writeFileSync(file, 'timestamp,message,service\n1793613600000,START RequestId: a Version: $LATEST,orders\n1793613660000,"ERROR timeout, retrying",orders\n');
    const rows = await query('fields @timestamp, @type, @requestId, service, @message', file);
    assert.deepEqual(rows, [
      { '@timestamp': '2026-11-02 10:00:00.000', '@type': 'START', '@requestId': 'a', service: 'orders', '@message': 'START RequestId: a Version: $LATEST' },
      { '@timestamp': '2026-11-02 10:01:00.000', service: 'orders', '@message': 'ERROR timeout, retrying' },
    ]);
  });
});

test('CSV detection: a download header, not a log line that happens to hold commas', () => {
  assert.ok(looksLikeCsv('@timestamp,@message\n'));
  assert.ok(looksLikeCsv('"@timestamp","@message","@logStream"\r\n2026…'));
  assert.ok(looksLikeCsv('\uFEFFtimestamp,message\n'));
  assert.ok(!looksLikeCsv('2026-11-02T10:00:00Z INFO a, b, c\n'));
  assert.ok(!looksLikeCsv('name,age\nalice,3\n'), 'no message or timestamp column');
  assert.ok(!looksLikeCsv('@message\n'), 'one column is not told from a log line');
  assert.ok(!looksLikeCsv('@message,@message\n'), 'repeated columns');
});

test('broken and hostile CSV: wrong field counts, an unterminated quote, a huge row — each named by file and line', async () => {
  await inDir(async (dir) => {
    const file = join(dir, 'broken.csv');
    writeFileSync(file, ['@timestamp,@message', '2026-11-02 10:00:00.000,ok', '2026-11-02 10:01:00.000,too,many', `2026-11-02 10:02:00.000,"${'x'.repeat(MAX_LINE + 5)}"`, '2026-11-02 10:03:00.000,after', '2026-11-02 10:04:00.000,"never closed'].join('\n'));
    const { records, stats } = await readAll(file);
    assert.deepEqual(records.map((r) => [r.line, r.message]), [[2, 'ok'], [5, 'after']]);
    assert.deepEqual(stats.badSamples.map((b) => [b.file, b.line, b.reason]), [
      [file, 3, 'CSV row has 3 fields, the header has 2'],
      [file, 4, `CSV row larger than ${MAX_LINE} characters (skipped)`],
      [file, 6, 'CSV ends inside a quoted field (truncated file?)'],
    ]);
    assert.deepEqual(stats.badSamples.map((b) => localizeReason(b.reason, 'ja')), [
      'CSV の行の項目数が 3 個ですが、ヘッダーは 2 個です',
      `${MAX_LINE} 文字を超える CSV の行です（スキップ）`,
      '引用符で囲まれた項目の途中で CSV が終わっています（ファイルが切れている可能性）',
    ]);
  });
});

// CloudTrail as delivered to S3: one JSON document per file, events under "Records".
const TRAIL = {
  Records: [
    { eventVersion: '1.08', eventTime: '2026-11-02T10:00:00Z', eventSource: 'ec2.amazonaws.com', eventName: 'StartInstances', awsRegion: 'us-east-2', userIdentity: { type: 'IAMUser', userName: 'alice' }, requestParameters: { instancesSet: { items: [{ instanceId: 'i-1' }, { instanceId: 'i-2' }] } } },
    { eventVersion: '1.08', eventTime: '2026-11-02T10:05:00Z', eventSource: 'iam.amazonaws.com', eventName: 'CreateUser', awsRegion: 'us-east-1', userIdentity: { type: 'Root' }, requestParameters: { userName: 'bob' }, responseElements: { user: { arn: 'arn:aws:iam::111122223333:user/bob' } } },
    { eventVersion: '1.08', eventTime: '2026-11-02T11:00:00Z', eventSource: 'ec2.amazonaws.com', eventName: 'StopInstances', awsRegion: 'us-east-2', errorCode: 'UnauthorizedOperation', userIdentity: { type: 'IAMUser', userName: 'alice' } },
  ],
};

test('CloudTrail files, plain and .json.gz: eventTime is @timestamp, nested keys and list members by dotted names', async () => {
  await inDir(async (dir) => {
    const plain = join(dir, '111122223333_CloudTrail_us-east-2_20261102T1000Z_abc.json');
    const gz = join(dir, '111122223333_CloudTrail_us-east-2_20261102T1000Z_abc.json.gz');
    writeFileSync(plain, JSON.stringify(TRAIL, null, 2));
    writeFileSync(gz, gzipSync(JSON.stringify(TRAIL)));
    for (const file of [plain, gz]) {
      assert.deepEqual(await query('stats count(*) as n by eventSource, bin(1h) as hour | sort hour, eventSource', file), [
        { eventSource: 'ec2.amazonaws.com', hour: '2026-11-02 10:00:00.000', n: 1 },
        { eventSource: 'iam.amazonaws.com', hour: '2026-11-02 10:00:00.000', n: 1 },
        { eventSource: 'ec2.amazonaws.com', hour: '2026-11-02 11:00:00.000', n: 1 },
      ]);
      assert.deepEqual(await query('filter eventName = "StartInstances" | fields userIdentity.userName, requestParameters.instancesSet.items.1.instanceId', file), [
        { 'userIdentity.userName': 'alice', 'requestParameters.instancesSet.items.1.instanceId': 'i-2' },
      ]);
    }
    // Each event is named by the line its object starts on (the pretty-printed file opens them at "    {").
    const starts = JSON.stringify(TRAIL, null, 2).split('\n').flatMap((l, i) => (l === '    {' ? [i + 1] : []));
    assert.equal(starts.length, 3);
    const { records } = await readAll(plain);
    assert.deepEqual(records.map((r) => r.line), starts);
  });
});

test('broken and hostile CloudTrail files: a bare value, a truncated file, a huge event — reported, the rest read', async () => {
  await inDir(async (dir) => {
    const good = JSON.stringify(TRAIL.Records[0]);
    const file = join(dir, 'trail.json');
    writeFileSync(file, `{"Records": [\n${good},\n7,\n{"eventVersion": "1.08", "eventTime": "x", "big": "${'y'.repeat(MAX_LINE + 10)}"},\n${good},\n{"eventVersion": `);
    const { records, stats } = await readAll(file);
    assert.equal(records.length, 2);
    assert.deepEqual(stats.badSamples.map((b) => [b.line, b.reason]), [
      [3, 'export event is not an object'],
      [4, `export event larger than ${MAX_LINE} characters`],
      [6, 'export ends inside an event (truncated file?)'],
    ]);
    assert.ok(stats.badSamples.every((b) => b.file === file));
  });
});

test('a large CloudTrail file and a large CSV are read with a flat heap', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  await inDir(async (dir) => {
    const trail = join(dir, 'big-trail.json');
    const csv = join(dir, 'big.csv');
    const events = 120_000;
    const t = createWriteStream(trail);
    const c = createWriteStream(csv);
    t.write('{"Records":[');
    c.write('@timestamp,@message,level\n');
    for (let i = 0; i < events; i++) {
      const ok = t.write(`${i ? ',' : ''}{"eventVersion":"1.08","eventTime":"2026-11-02T10:00:00Z","eventName":"Get${i % 7}","requestParameters":{"key":"object-${i}"}}`);
      const ok2 = c.write(`2026-11-02 10:00:00.000,"request ${i} handled, fine",INFO\n`);
      if (!ok) await new Promise<void>((resolve) => t.once('drain', () => resolve()));
      if (!ok2) await new Promise<void>((resolve) => c.once('drain', () => resolve()));
    }
    t.write(']}');
    await Promise.all([new Promise<void>((resolve) => t.end(() => resolve())), new Promise<void>((resolve) => c.end(() => resolve()))]);
    for (const file of [trail, csv]) {
      const samples: number[] = [];
      let n = 0;
      gc();
      const stats = await readFile(file, () => {
        if (++n % 20_000 === 0) {
          gc();
          samples.push(process.memoryUsage().heapUsed);
        }
      });
      assert.equal(stats.records, events, file);
      assert.equal(stats.bad, 0);
      const growth = Math.max(...samples) - Math.min(...samples);
      assert.ok(growth < 8 * 1024 * 1024, `${file}: heap grew by ${Math.round(growth / 1024)} KB`);
    }
  });
});

test('a text log whose first line starts with "[" is read as lines, not as an export array', async () => {
  await inDir(async (dir) => {
    const file = join(dir, 'levels.log');
    writeFileSync(file, '[ERROR] disk full\n[INFO] started\n');
    const { records, stats } = await readAll(file);
    assert.deepEqual(records.map((r) => r.message), ['[ERROR] disk full', '[INFO] started']);
    assert.equal(stats.bad, 0);
    const exported = join(dir, 'array.json');
    writeFileSync(exported, '[\n  {"timestamp": 1793613600000, "message": "one", "eventId": "1"}\n]\n');
    assert.deepEqual((await readAll(exported)).records.map((r) => r.message), ['one']);
  });
});

test('JSON lines without an export: the time comes from Timestamp (Connect) or requestTimeEpoch / requestTime (API Gateway)', async () => {
  await inDir(async (dir) => {
    const file = join(dir, 'lines.log');
    const lines = [
      { ContactId: 'c1', Timestamp: '2026-11-02T10:00:00.000Z' },
      { requestId: 'a1', requestTimeEpoch: '1793613660000', requestTime: '02/Nov/2026:10:05:00 +0000' },
      { requestId: 'a2', requestTimeEpoch: 1793613720 },
      { requestId: 'a3', requestTime: '02/Nov/2026:10:03:00 +0000' },
      // timestamp, time and eventTime come first, as before.
      { timestamp: '2026-11-02T10:04:00Z', Timestamp: '2026-11-02T11:00:00Z' },
    ];
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const { records } = await readAll(file);
    assert.deepEqual(
      records.map((r) => new Date(r.timestamp ?? 0).toISOString()),
      ['2026-11-02T10:00:00.000Z', '2026-11-02T10:01:00.000Z', '2026-11-02T10:02:00.000Z', '2026-11-02T10:03:00.000Z', '2026-11-02T10:04:00.000Z'],
    );
  });
});
