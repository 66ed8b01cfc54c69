// Conformance with documented CloudWatch Logs Insights queries: each query text is kept verbatim with its
// source, run over a small fixture in the exact `aws logs filter-log-events` shape (START, four REPORT
// lines, three JSON application lines), and compared with results worked out by hand.
// Fixture (conformance/lambda-filter-log-events.json), all 512 MB, times 2026-11-02 UTC:
//   r1 10:00:01 duration 100, billed 100, max memory 100 MB, Init Duration 200 (cold start)
//   r2 10:02:00 duration  50, billed  50, max memory 120 MB
//   r3 10:04:00 duration  30, billed  30, max memory 512 MB (all of its memory)
//   r4 10:06:00 duration 300, billed 300, max memory 200 MB, Init Duration 150 (cold start)
//   10:07 ERR "boom", 10:08 INFO "fine", 10:09 ERR "again" (JSON with Timestamp, LogLevel, Message)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuery } from '../../../src/analyze/query/run.js';
import { formatQueryResult } from '../../../src/analyze/query/output.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFixture, tempDir } from '../read-helpers.js';

const LOGS = analyzeFixture('conformance/lambda-filter-log-events.json');
const OPERATOR_GUIDE = 'AWS Lambda Operator Guide, "Useful Insights queries" (serverlessland.com/content/service/lambda/guides/aws-lambda-operator-guide/useful-queries), read 2026-12-06';
const SAMPLE_QUERIES = 'Amazon CloudWatch Logs User Guide, "Sample queries" (docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-examples.html), read 2026-12-06';

interface Case {
  title: string;
  source: string;
  query: string;
  expected: Record<string, unknown>[];
}

const CASES: Case[] = [
  {
    title: 'The last 100 errors',
    source: OPERATOR_GUIDE,
    query: `fields Timestamp, LogLevel, Message
 | filter LogLevel == "ERR"
 | sort @timestamp desc
 | limit 100`,
    expected: [
      { Timestamp: '2026-11-02T10:09:00Z', LogLevel: 'ERR', Message: 'again' },
      { Timestamp: '2026-11-02T10:07:00Z', LogLevel: 'ERR', Message: 'boom' },
    ],
  },
  {
    title: 'The top 100 highest billed invocations',
    source: OPERATOR_GUIDE,
    query: `filter @type = "REPORT"
| fields @requestId, @billedDuration
| sort by @billedDuration desc
| limit 100`,
    expected: [
      { '@requestId': 'r4', '@billedDuration': 300 },
      { '@requestId': 'r1', '@billedDuration': 100 },
      { '@requestId': 'r2', '@billedDuration': 50 },
      { '@requestId': 'r3', '@billedDuration': 30 },
    ],
  },
  {
    title: 'Percentage of cold starts in total invocations',
    source: OPERATOR_GUIDE,
    query: `filter @type = "REPORT"
| stats sum(strcontains(@message, "Init Duration"))/count(*) * 100 as
  coldStartPct, avg(@duration)
  by bin(5m)`,
    // 10:00 bin: r1 cold of r1, r2, r3 → 1/3 × 100; avg (100 + 50 + 30) / 3 = 60. 10:05 bin: r4 cold → 100; 300.
    expected: [
      { 'bin(5m)': '2026-11-02 10:00:00.000', coldStartPct: (1 / 3) * 100, 'avg(@duration)': 60 },
      { 'bin(5m)': '2026-11-02 10:05:00.000', coldStartPct: 100, 'avg(@duration)': 300 },
    ],
  },
  {
    title: 'Percentile report of Lambda duration',
    source: OPERATOR_GUIDE,
    query: `filter @type = "REPORT"
| stats
    avg(@billedDuration) as Average,
    percentile(@billedDuration, 99) as NinetyNinth,
    percentile(@billedDuration, 95) as NinetyFifth,
    percentile(@billedDuration, 90) as Ninetieth
    by bin(30m)`,
    // One 30-minute bin; billed 30, 50, 100, 300: mean 120; nearest rank ceil(p × 4) = 4 for 90, 95 and 99 → 300.
    expected: [{ 'bin(30m)': '2026-11-02 10:00:00.000', Average: 120, NinetyNinth: 300, NinetyFifth: 300, Ninetieth: 300 }],
  },
  {
    title: 'Percentile report of Lambda memory usage',
    source: OPERATOR_GUIDE,
    query: `filter @type="REPORT"
| stats avg(@maxMemoryUsed/1000/1000) as mean_MemoryUsed,
    min(@maxMemoryUsed/1000/1000) as min_MemoryUsed,
    max(@maxMemoryUsed/1000/1000) as max_MemoryUsed,
    percentile(@maxMemoryUsed/1000/1000, 95) as Percentile95`,
    // Memory is in bytes (100 MB → 1e8), so /1000/1000 gives MB: 100, 120, 512, 200 → mean 233.
    expected: [{ mean_MemoryUsed: 233, min_MemoryUsed: 100, max_MemoryUsed: 512, Percentile95: 512 }],
  },
  {
    title: 'Invocations using 100% of assigned memory',
    source: OPERATOR_GUIDE,
    query: `filter @type = "REPORT" and @maxMemoryUsed=@memorySize
| stats
    count_distinct(@requestId)
    by bin(30m)`,
    expected: [{ 'bin(30m)': '2026-11-02 10:00:00.000', 'count_distinct(@requestId)': 1 }],
  },
  {
    title: 'Determine the amount of overprovisioned memory',
    source: SAMPLE_QUERIES,
    query: `filter @type = "REPORT"
    | stats max(@memorySize / 1000 / 1000) as provisonedMemoryMB,
        min(@maxMemoryUsed / 1000 / 1000) as smallestMemoryRequestMB,
        avg(@maxMemoryUsed / 1000 / 1000) as avgMemoryUsedMB,
        max(@maxMemoryUsed / 1000 / 1000) as maxMemoryUsedMB,
        provisonedMemoryMB - maxMemoryUsedMB as overProvisionedMB`,
    // 512 provisioned, 512 used at most (r3) → 0 over-provisioned.
    expected: [{ provisonedMemoryMB: 512, smallestMemoryRequestMB: 100, avgMemoryUsedMB: 233, maxMemoryUsedMB: 512, overProvisionedMB: 0 }],
  },
  {
    title: 'View latency statistics for 5-minute intervals',
    source: SAMPLE_QUERIES,
    query: `filter @type = "REPORT" |
    stats avg(@duration), max(@duration), min(@duration) by bin(5m)`,
    expected: [
      { 'bin(5m)': '2026-11-02 10:00:00.000', 'avg(@duration)': 60, 'max(@duration)': 100, 'min(@duration)': 30 },
      { 'bin(5m)': '2026-11-02 10:05:00.000', 'avg(@duration)': 300, 'max(@duration)': 300, 'min(@duration)': 300 },
    ],
  },
  {
    title: 'Find the 25 most recently added log events',
    source: SAMPLE_QUERIES,
    query: `fields @timestamp, @message | sort @timestamp desc | limit 25`,
    // Eight events, newest first; only the first two are spelled out below, the count is checked.
    expected: [],
  },
];

for (const c of CASES) {
  test(`${c.title} — ${c.source.split(',')[0]}`, async () => {
    const rows = JSON.parse(formatQueryResult(await runQuery(c.query, [LOGS]), 'json')) as Record<string, unknown>[];
    if (c.title.startsWith('Find the 25')) {
      assert.equal(rows.length, 8);
      assert.deepEqual(rows.slice(0, 2).map((r) => r['@timestamp']), ['2026-11-02 10:09:00.000', '2026-11-02 10:08:00.000']);
      return;
    }
    assert.deepEqual(rows, c.expected);
  });
}

const REFERENCE = (page: string): string => `Amazon CloudWatch Logs User Guide, "${page}" (docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-${page}.html), read 2026-12-06`;

// Queries whose fixture is a few JSON lines written here.
const JSON_CASES: (Case & { lines: unknown[] })[] = [
  {
    title: 'unnest: expand a list of events',
    source: REFERENCE('Unnest'),
    query: `fields jsonParse(@message) as json_message
| unnest json_message.events into event
| display event.name`,
    lines: [{ events: [{ name: 'exception' }, { name: 'user action' }] }],
    expected: [{ 'event.name': 'exception' }, { 'event.name': 'user action' }],
  },
  {
    title: 'unnest: flatten a list for aggregation',
    source: REFERENCE('Unnest'),
    query: `fields jsonParse(trimmedData) as accounts
| unnest accounts into account
| stats sum(account.droppedSpans) as n by account.accountId
| sort n desc
| limit 10`,
    // Account 1: 3 + 4 = 7 dropped spans; account 2: 5.
    lines: [{ trimmedData: '[{"accountId":"1","droppedSpans":3},{"accountId":"2","droppedSpans":5}]' }, { trimmedData: '[{"accountId":"1","droppedSpans":4}]' }],
    expected: [{ 'account.accountId': '1', n: 7 }, { 'account.accountId': '2', n: 5 }],
  },
  {
    title: 'dedup: the most recent event for each server',
    source: REFERENCE('Dedup'),
    query: 'fields @timestamp, server, severity, message | sort @timestamp desc | dedup server',
    lines: [
      { timestamp: '2026-11-02T10:00:00Z', server: 'a', severity: 'INFO', message: 'old a' },
      { timestamp: '2026-11-02T10:01:00Z', server: 'b', severity: 'WARN', message: 'only b' },
      { timestamp: '2026-11-02T10:02:00Z', server: 'a', severity: 'ERROR', message: 'new a' },
    ],
    expected: [
      { '@timestamp': '2026-11-02 10:02:00.000', server: 'a', severity: 'ERROR', message: 'new a' },
      { '@timestamp': '2026-11-02 10:01:00.000', server: 'b', severity: 'WARN', message: 'only b' },
    ],
  },
];

for (const c of JSON_CASES) {
  test(`${c.title} — ${c.source.split(',')[0]}`, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'lines.log');
      writeFileSync(file, `${c.lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
      const rows = JSON.parse(formatQueryResult(await runQuery(c.query, [file]), 'json')) as Record<string, unknown>[];
      assert.deepEqual(rows, c.expected);
    } finally {
      cleanup();
    }
  });
}

test('count of documented queries in this suite (all run correctly when the tests above pass)', () => {
  assert.equal(CASES.length + JSON_CASES.length, 12);
});
