// The reader skips what a query never reads (issue 18), and skipping never changes a result: which lines
// are records and which are bad, the rows, the times of lines whose time only discovery finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { needsOf } from '../../src/analyze/query/needs.js';
import { parseQuery } from '../../src/analyze/query/parser.js';
import { prepareQuery } from '../../src/analyze/query/run.js';
import { readFiles } from '../../src/analyze/read/reader.js';
import { ALL_NEEDS } from '../../src/analyze/read/needs.js';
import { classify } from '../../src/analyze/read/classify.js';
import { LogRecord } from '../../src/analyze/read/record.js';
import { analyzeFixture, tempDir } from './read-helpers.js';

const RID = '3f8a1c2e-1c2d-4e5f-8a9b-000000000001';
// Runtime lines whose message is JSON (a platform record, a broken EMF record), a plain runtime line, a VPC
// flow log line (its time comes from discovery only) and a Route 53 one.
const EDGE_LINES = [
  `2026-11-02T00:00:01.000Z\t${RID}\tINFO\tprocessing order 1`,
  `2026-11-02T00:00:02.000Z\t${RID}\tINFO\t{"time":"2026-11-02T00:00:02.000Z","type":"platform.report","record":{"requestId":"${RID}","metrics":{"durationMs":12.5,"billedDurationMs":13,"memorySizeMB":128,"maxMemoryUsedMB":60}}}`,
  `2026-11-02T00:00:03.000Z\t${RID}\tERROR\t{"_aws":{"Timestamp":1793577603000,"CloudWatchMetrics":"not a list"},"x":1}`,
  `2026-11-02T00:00:04.000Z\t${RID}\tWARN\t{"level":"DEBUG","n":2}`,
  '2 123456789012 eni-0a1b2c3d 10.0.0.1 10.0.0.2 443 49152 6 10 840 1793577605 1793577665 ACCEPT OK',
  '1.0 2026-11-02T00:00:06Z Z123456 example.com A NOERROR UDP FRA6 192.0.2.1',
  `REPORT RequestId: ${RID}\tDuration: 5.50 ms\tBilled Duration: 6 ms\tMemory Size: 128 MB\tMax Memory Used: 50 MB\t`,
];

const QUERIES = [
  'stats count(*) as n, avg(@duration) as avg, count(@initDuration) as cold by bin(1h)',
  'stats count(*) as n, max(@timestamp) as last by @type',
  'fields @timestamp, @message | sort @timestamp desc | limit 20',
  'filter @duration > 1 | stats sum(@billedDuration) as billed, min(@memorySize) as mem',
  'fields @duration * 2 as d | filter d > 1 | stats count(*) as n, sum(d) as total by bin(1h) as t | sort total desc',
  'fields @message as m | filter m like /RequestId/ | stats count(*) as n by @type | sort n desc | limit 3',
];

test('a query over @-fields needs neither JSON keys nor request ids; a key, @requestId or pattern asks for them', () => {
  assert.deepEqual(needsOf(parseQuery(QUERIES[0] as string)), { fields: false, requestId: false });
  assert.deepEqual(needsOf(parseQuery('fields @timestamp, @message, @logStream, @log | filter @type = "REPORT"')), { fields: false, requestId: false });
  assert.deepEqual(needsOf(parseQuery('stats count(*) by @requestId')), { fields: false, requestId: true });
  assert.deepEqual(needsOf(parseQuery('filter level = "ERROR" | stats count(*)')), { fields: true, requestId: false });
  // Aliases set by fields (and anything after stats, which reads no record) ask for nothing; a name used before
  // the command that sets it, or set by parse (only on the lines that match), is read from the record.
  const lean = { fields: false, requestId: false };
  assert.deepEqual(needsOf(parseQuery('stats avg(@duration) as a | sort a desc')), lean);
  assert.deepEqual(needsOf(parseQuery('stats count(*) as n by @type | filter n > 1 | sort n desc | limit 3')), lean);
  assert.deepEqual(needsOf(parseQuery('fields @duration * 2 as d, @message as m | filter d > 10 and m.x = 1 | stats sum(d) by bin(5m)')), lean);
  assert.deepEqual(needsOf(parseQuery('filter d > 10 | fields @duration as d')), { fields: true, requestId: false });
  assert.deepEqual(needsOf(parseQuery('fields 1 as a, a + 1 as b')), { fields: true, requestId: false });
  assert.deepEqual(needsOf(parseQuery('parse @message "order *" as id | stats count(*) by id')), { fields: true, requestId: false });
  assert.deepEqual(needsOf(parseQuery('fields level | filter level = "ERROR"')), { fields: true, requestId: false });
  assert.deepEqual(needsOf(parseQuery('stats count(*) as n by level | sort n desc')), { fields: true, requestId: false });
  assert.deepEqual(needsOf(parseQuery('fields toupper(service) as s')), { fields: true, requestId: false });
  assert.deepEqual(needsOf(parseQuery('filter @unknownField = 1')), { fields: true, requestId: false });
  assert.deepEqual(needsOf(parseQuery('pattern @message')), ALL_NEEDS);
});

test('a runtime line read for such a query skips its request id and level; one with a JSON message does not', () => {
  const lean = { fields: false, requestId: false };
  const plain = classify('f', 1, EDGE_LINES[0] as string, undefined, undefined, true, lean);
  assert.ok(plain instanceof LogRecord);
  assert.equal(plain.requestId, undefined);
  assert.equal(plain.json, undefined);
  assert.equal(plain.timestamp, Date.parse('2026-11-02T00:00:01.000Z'));
  const full = classify('f', 1, EDGE_LINES[0] as string);
  assert.ok(full instanceof LogRecord);
  assert.equal(full.requestId, RID);
  assert.deepEqual(full.json, { level: 'INFO' });
  const report = classify('f', 2, EDGE_LINES[1] as string, undefined, undefined, true, lean);
  assert.ok(report instanceof LogRecord);
  assert.equal(report.type, 'REPORT');
  assert.equal(report.report?.duration, 12.5);
  assert.deepEqual(classify('f', 3, EDGE_LINES[2] as string, undefined, undefined, true, lean), classify('f', 3, EDGE_LINES[2] as string));
  assert.ok('bad' in classify('f', 3, EDGE_LINES[2] as string, undefined, undefined, true, lean));
  // A text REPORT line keeps its numbers; its request id is read from the message only if ever asked.
  const text = classify('f', 7, EDGE_LINES[6] as string, undefined, undefined, true, lean);
  assert.ok(text instanceof LogRecord);
  assert.deepEqual(text.report, { duration: 5.5, billedDuration: 6, memorySize: 128, maxMemoryUsed: 50 });
  assert.equal(text.requestId, RID);
  // A VPC flow log line has no time but the one discovery finds: it is still read.
  const flow = classify('f', 5, EDGE_LINES[4] as string, undefined, undefined, true, lean);
  assert.ok(flow instanceof LogRecord);
  assert.equal(flow.timestamp, 1793577605000);
});

test('every query gives the same rows and the same counts whether the reader skips or reads everything', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const edge = join(dir, 'edge.log');
    writeFileSync(edge, EDGE_LINES.join('\n') + '\n');
    const files = [edge, ...['tail.log', 'text-platform.log', 'json-platform.log', 'powertools.log', 'export.json', 'emf.log'].map(analyzeFixture)];
    for (const query of [...QUERIES]) {
      const lean = prepareQuery(query);
      const everything = prepareQuery(query);
      assert.deepEqual(lean.needs, needsOf(parseQuery(query)));
      const leanStats = await readFiles(files, lean.push, { needs: lean.needs });
      const fullStats = await readFiles(files, everything.push, { needs: ALL_NEEDS });
      const rows = lean.finish().rows;
      assert.deepEqual(rows, everything.finish().rows, query);
      assert.ok(rows.length > 0, `rows for ${query}`);
      assert.deepEqual(leanStats, fullStats, query);
      assert.ok(fullStats.bad > 0, 'the broken EMF line is counted bad');
    }
  } finally {
    cleanup();
  }
});
