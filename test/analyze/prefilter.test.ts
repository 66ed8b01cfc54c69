// The line prefilter must never change a result: every query here gives the same rows with and without it,
// and it only appears for conditions whose literal text must be in the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prefilterOf } from '../../src/analyze/query/prefilter.js';
import { parseQuery } from '../../src/analyze/query/parser.js';
import { prepareQuery, runQuery } from '../../src/analyze/query/run.js';
import { readFiles } from '../../src/analyze/read/reader.js';
import { analyzeFixture } from './read-helpers.js';

const FILES = ['tail.log', 'text-platform.log', 'json-platform.log', 'powertools.log', 'export.json', 'emf.log'].map(analyzeFixture);

const QUERIES = [
  'filter @type = "REPORT" | stats count(*) as n, sum(@billedDuration) as billed',
  'filter @type = "START" or level = "ERROR" | fields @requestId, level',
  'filter level = "INFO" and service = "orders" | stats count(*) as n',
  'filter @message like "Init Duration" | fields @requestId',
  'fields @timestamp, @message | filter cold_start = "true" | sort @timestamp desc',
  'filter @type = "REPORT" and @duration > 50 | stats avg(@duration) as a',
  'filter function_name = "orders-fn" or @type = "END" | stats count(*) as n by @type',
];

test('queries give the same rows with and without the prefilter', async () => {
  for (const query of QUERIES) {
    const withFilter = await runQuery(query, FILES);
    const plain = prepareQuery(query);
    await readFiles(FILES, plain.push);
    assert.deepEqual(withFilter.rows, plain.finish().rows, query);
    assert.ok(prefilterOf(parseQuery(query)), `a prefilter for ${query}`);
    assert.ok(withFilter.stats.skipped > 0, `lines skipped for ${query}`);
  }
});

test('the prefilter tests for the literal, and for the JSON platform name of @type', () => {
  const report = prefilterOf(parseQuery('filter @type = "REPORT"'));
  assert.equal(report?.('REPORT RequestId: x'), true);
  assert.equal(report?.('{"type":"platform.report","record":{}}'), true);
  assert.equal(report?.('START RequestId: x'), false);
  const both = prefilterOf(parseQuery('filter level = "ERROR" and service = "orders"'));
  assert.equal(both?.('{"level":"ERROR","service":"orders"}'), true);
  assert.equal(both?.('{"level":"ERROR","service":"payments"}'), false);
});

test('no prefilter when a condition could match without its text in the line', () => {
  const none = [
    'filter cold_start = 1',
    'filter @duration > 100',
    'filter @message like /time(out)?/',
    'filter not level = "ERROR"',
    'filter level = "ERROR" or @duration > 100',
    'filter name = "café"',
    'filter path = "a/b"',
    'filter msg = "say \\"hi\\""',
    'parse @message "user=*" as level | filter level = "ERROR"',
    'fields tolower(level) as level | filter level = "error"',
    'stats count(*) by level | filter level = "ERROR"',
    'filter @logStream = "abc"',
  ];
  for (const query of none) assert.equal(prefilterOf(parseQuery(query)), undefined, query);
});
