// The streaming telemetry reader on every input form it promises: platform text lines, JSON platform
// records, Powertools logs, EMF, CloudWatch Logs exports, plain lines, gzip — and broken input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeFixture, readAll, tempDir } from './read-helpers.js';

test('text START/END/REPORT lines give types, request ids and report metrics', async () => {
  const { records, stats } = await readAll(analyzeFixture('text-platform.log'));
  assert.equal(stats.records, 8);
  assert.equal(stats.reports, 3);
  assert.equal(stats.bad, 0);
  assert.deepEqual(records.map((r) => r.type), ['START', undefined, 'END', 'REPORT', 'START', 'END', 'REPORT', 'REPORT']);
  assert.equal(records[0]?.requestId, '6c7a1f2e-0b3e-4c59-9a55-2f7e1c0d9a01');
  const cold = records[3];
  assert.deepEqual(cold?.report, { duration: 102.25, billedDuration: 103, memorySize: 128, maxMemoryUsed: 70, initDuration: 180.5 });
  assert.equal(cold?.get('@initDuration'), 180.5);
  assert.equal(cold?.get('@memorySize'), 128e6, 'memory in bytes like Logs Insights');
  assert.equal(records[6]?.get('@initDuration'), undefined, 'a warm start has no init duration');
  // Space-separated fields (as some consoles print them) and the failure status.
  assert.deepEqual(records[7]?.report, { duration: 3000, billedDuration: 3000, memorySize: 128, maxMemoryUsed: 128, status: 'timeout' });
  // A runtime line: ISO time, request id and level are read from the prefix.
  assert.equal(records[1]?.timestamp, Date.parse('2026-11-02T10:00:00.120Z'));
  assert.equal(records[1]?.get('level'), 'INFO');
});

test('JSON log format: platform.report records carry the same metrics and types as text lines', async () => {
  const { records, stats } = await readAll(analyzeFixture('json-platform.log'));
  assert.equal(stats.reports, 2);
  assert.deepEqual(records.map((r) => r.type), ['INIT_START', 'START', undefined, 'REPORT', 'START', 'REPORT']);
  const report = records[3];
  assert.equal(report?.requestId, 'a1');
  assert.equal(report?.timestamp, Date.parse('2026-11-02T10:00:00.400Z'));
  assert.deepEqual(report?.report, { duration: 190.5, billedDuration: 191, memorySize: 512, maxMemoryUsed: 90, initDuration: 210.1, status: 'success' });
  assert.equal(records[5]?.get('@initDuration'), undefined);
  assert.equal(records[2]?.get('message'), 'hello');
  assert.equal(records[4]?.get('record.requestId'), 'a2', 'dotted paths reach nested keys');
});

test('Powertools logger keys and both timestamp styles (ISO and Python)', async () => {
  const { records } = await readAll(analyzeFixture('powertools.log'));
  assert.deepEqual(records.map((r) => r.get('cold_start')), [true, false, true]);
  assert.deepEqual(records.map((r) => r.get('service')), ['orders', 'orders', 'payments']);
  assert.equal(records[0]?.get('xray_trace_id'), '1-6565a1b0-0a1b2c3d4e5f60718293a4b5');
  assert.deepEqual(records.map((r) => r.requestId), ['r1', 'r2', 'r3']);
  assert.equal(records[2]?.timestamp, Date.parse('2026-11-02T10:01:02.500Z'), '12:01:02,500+0200 is 10:01:02.5 UTC');
});

test('EMF: metrics with dimensions and units; invalid records are counted with their line and rule', async () => {
  const file = analyzeFixture('emf.log');
  const { records, stats } = await readAll(file);
  assert.equal(stats.emfRecords, 2);
  assert.equal(stats.emfInvalid, 3);
  assert.equal(stats.bad, 3);
  assert.deepEqual(records[0]?.emf, [
    { namespace: 'Shop', name: 'OrderTotal', unit: 'Count', dimensions: { service: 'orders' }, values: [3] },
    { namespace: 'Shop', name: 'Latency', unit: 'Milliseconds', dimensions: { service: 'orders' }, values: [12.5, 14] },
  ]);
  assert.equal(records[0]?.timestamp, 1793613660000);
  assert.deepEqual(records[1]?.emf?.[0]?.dimensions, { service: 'orders', function_name: 'orders-fn' });
  assert.deepEqual(stats.badSamples.map((b) => [b.file, b.line]), [[file, 3], [file, 4], [file, 5]]);
  assert.match(stats.badSamples[0]?.reason ?? '', /unknown unit "Furlongs"/);
  assert.match(stats.badSamples[1]?.reason ?? '', /Timestamp/);
  assert.match(stats.badSamples[2]?.reason ?? '', /dimension "missing"/);
});

test('EMF limits: more than 100 values for one metric is invalid', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const emf = (n: number): string =>
      JSON.stringify({ _aws: { Timestamp: 1, CloudWatchMetrics: [{ Namespace: 'N', Dimensions: [[]], Metrics: [{ Name: 'M' }] }] }, M: Array.from({ length: n }, (_, i) => i) });
    writeFileSync(join(dir, 'limits.log'), `${emf(100)}\n${emf(101)}\n`);
    const { records, stats } = await readAll(join(dir, 'limits.log'));
    assert.equal(records.length, 1);
    assert.equal(records[0]?.emf?.[0]?.unit, 'None', 'unit defaults to None');
    assert.equal(stats.emfInvalid, 1);
    assert.match(stats.badSamples[0]?.reason ?? '', /101 values/);
  } finally {
    cleanup();
  }
});

test('aws logs filter-log-events export: events are unwrapped with their time, stream and line', async () => {
  const { records, stats } = await readAll(analyzeFixture('export.json'));
  assert.equal(stats.records, 3);
  assert.equal(stats.bad, 0, 'brackets inside strings (nextToken) do not confuse the scanner');
  assert.deepEqual(records.map((r) => r.type), ['START', undefined, 'REPORT']);
  assert.deepEqual(records.map((r) => r.line), [3, 10, 17]);
  assert.equal(records[0]?.get('@logStream'), '2026/11/02/[$LATEST]abc123');
  assert.equal(records[0]?.requestId, 'e1');
  assert.equal(records[1]?.get('cold_start'), true);
  assert.equal(records[1]?.timestamp, 1793613600050);
  assert.equal(records[2]?.report?.initDuration, 300);
  assert.equal(records[2]?.message.endsWith('\n'), false, 'the trailing newline of a message is dropped');
});

test('a top-level array of export events and one-event-per-line JSON are read too', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const event = (i: number): string => JSON.stringify({ timestamp: 1793613600000 + i, message: `line ${i}`, logStreamName: 's', eventId: String(i) });
    writeFileSync(join(dir, 'array.json'), `[${event(1)},\n${event(2)}]`);
    writeFileSync(join(dir, 'ndjson.log'), `${event(1)}\n${event(2)}\n`);
    for (const name of ['array.json', 'ndjson.log']) {
      const { records } = await readAll(join(dir, name));
      assert.deepEqual(records.map((r) => r.message), ['line 1', 'line 2'], name);
      assert.deepEqual(records.map((r) => r.timestamp), [1793613600001, 1793613600002], name);
    }
  } finally {
    cleanup();
  }
});

test('plain one-record-per-line files: blank lines skipped, line numbers kept, CRLF accepted', async () => {
  const { records, stats } = await readAll(analyzeFixture('plain.txt'));
  assert.deepEqual(records.map((r) => [r.line, r.message]), [[1, 'first plain line'], [2, 'second line with "quotes"'], [5, 'third']]);
  assert.equal(stats.lines, 5);
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, 'crlf.txt'), 'a\r\nb\r\nc');
    const crlf = await readAll(join(dir, 'crlf.txt'));
    assert.deepEqual(crlf.records.map((r) => r.message), ['a', 'b', 'c']);
  } finally {
    cleanup();
  }
});

test('gzip files are detected by their bytes and read like plain ones', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const text = readFileSync(analyzeFixture('text-platform.log'));
    writeFileSync(join(dir, 'logs.gz'), gzipSync(text));
    writeFileSync(join(dir, 'no-extension'), gzipSync(readFileSync(analyzeFixture('export.json'))));
    const plain = await readAll(analyzeFixture('text-platform.log'));
    const gz = await readAll(join(dir, 'logs.gz'));
    assert.deepEqual(gz.records.map((r) => r.report), plain.records.map((r) => r.report));
    const exp = await readAll(join(dir, 'no-extension'));
    assert.equal(exp.stats.reports, 1);
    // Truncated gzip: the records before the cut are kept and the file error is reported, not thrown.
    const whole = gzipSync(Buffer.from('REPORT RequestId: x\tDuration: 1 ms\tBilled Duration: 1 ms\tMemory Size: 128 MB\tMax Memory Used: 1 MB\n'.repeat(5000)));
    writeFileSync(join(dir, 'cut.gz'), whole.subarray(0, Math.floor(whole.length / 2)));
    const cut = await readAll(join(dir, 'cut.gz'));
    assert.equal(cut.stats.fileErrors.length, 1);
    assert.equal(cut.stats.fileErrors[0]?.file, join(dir, 'cut.gz'));
  } finally {
    cleanup();
  }
});

test('several files share one set of statistics; a missing file is a file error', async () => {
  const missing = analyzeFixture('no-such.log');
  const { stats } = await readAll(analyzeFixture('text-platform.log'), analyzeFixture('json-platform.log'), missing);
  assert.equal(stats.files, 3);
  assert.equal(stats.reports, 5);
  assert.deepEqual(stats.fileErrors, [{ file: missing, line: 0, reason: 'no such file' }]);
});
