// Conformance with the CloudWatch Logs Insights queries that AWS publishes in aws-samples/serverless-snippets (shown on
// serverlessland.com/snippets): every query of the folders cloudwatch-insight-*, cloudwatch-logs-that-are-not-exceptions,
// cloudwatch-loginsights-connect-contactid and apigateway-log-insights-caching whose text was not yet in the suite,
// each kept verbatim (with its `#` comments) with the path and commit it was read from, run over small fixtures written
// here (test/fixtures/analyze/conformance/snippets-*; see the README there for the licence) and compared with rows worked
// out by hand. Where a folder holds two versions of its snippet, both are run. Snippets whose text is already in the
// suite are listed at the end, and that claim is checked against the other suite files. One folder,
// cloudwatch-insight-lambda-memory-debugger, has no snippet text in the copy read (README and snippet-data.json only).
//
// Placeholder snippets (EventBridge: `detail.field-name`, `N1`…) run twice: verbatim, with the documented meaning of
// the text as written — a hyphen outside backticks is a minus ("Fields that contain special characters"), so
// `detail.field-name` is `detail.field - name`, a missing value that fails every comparison but is "empty" for isempty —
// and once with the placeholders replaced as the snippet's comment says (`filled`), which is not counted as a
// documented query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runQuery } from '../../../src/analyze/query/run.js';
import { formatQueryResult } from '../../../src/analyze/query/output.js';
import { formatUserError, isUserError } from '../../../src/util/errors.js';
import { repoRoot } from '../../helpers/repo.js';
import { analyzeFixture } from '../read-helpers.js';

type Row = Record<string, unknown>;

const REPO = 'aws-samples/serverless-snippets';
const READ = '2026-12-06';

interface Case {
  /** The snippet's folder in the repository. */
  folder: string;
  /** The file and the commit its text was read from. */
  file: string;
  commit: string;
  query: string;
  fixture: string;
  /** Rows worked out by hand, or the clear refusal (English and Japanese) for a text that is not a query. */
  expected: Row[] | { en: string; ja: string };
  /** No sort that decides the order (none, or a sort on a field that is no column after stats): compared as a set. */
  unordered?: boolean;
  /** The same query over the Lambda JSON log format fixture. */
  json?: Row[];
  /** The same events as JSON lines (as a subscription or Firehose delivers them), with the same expected rows. */
  lines?: string;
  /** The placeholders replaced as the snippet's comment says; not counted as a documented query. */
  filled?: { query: string; expected: Row[] };
}

const MIB = 1024 * 1024;
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const at = (time: string): string => `2026-11-02 ${time}`;
const times = (...list: string[]): Row[] => list.map((t) => ({ '@timestamp': at(t) }));

// Lambda, text log format (snippets-lambda-text.json, a filter-log-events export), all 256 MB:
//   t1 REPORT 10:00:00.400  duration 100, billed 100, max used  64 MB, Init Duration 300 (cold start)
//   t2 REPORT 10:01:00.020  duration  20, billed  20, max used  70 MB
//   t3 REPORT 10:01:30.040  duration  40, billed  40, max used  80 MB
//   t4 REPORT 10:06:03.000  duration 3000, billed 3000, max used 256 MB, after "Task timed out after 3.00 seconds"
//   t5 REPORT 10:08:00.260  duration  60, billed  60, max used  96 MB, Init Duration 200 (cold start)
//   t6 REPORT 10:40:00.010  duration  10, billed  10, max used 128 MB, after "Process exited before completing request"
// Lambda, JSON log format (snippets-lambda-json.log), all 128 MB; slens reads platform.report as a REPORT line
// (@type, @duration, @initDuration…, see src/analyze/read/platform.ts) while @message stays the JSON text:
//   j1 10:00:00.400 duration 150, billed 150, max used 64 MB, initDurationMs 250; j2 10:02:00.050 50, 128 MB;
//   j3 10:03:00.030 30, 96 MB.
// Memory fields are in bytes (1 MB = 10^6 bytes, as the rest of the suite), so "/1024/1024" gives MiB.
const TEXT = 'snippets-lambda-text.json';
const USED = [64, 70, 80, 256, 96, 128].map((mb) => (mb * 1e6) / MIB);
const JSON_USED = [64, 128, 96].map((mb) => (mb * 1e6) / MIB);

// API Gateway access log (snippets-apigw-access.json, JSON format, every value quoted; snippets-apigw-access.log holds
// the same messages as JSON lines, timed by their requestTime), one request a minute:
//   1 10:00 198.51.100.7 GET  /orders   200 key-a IntegrationLatency "35"
//   2 10:01 203.0.113.3  GET  /orders   200 key-b "-"
//   3 10:02 198.51.100.7 POST /orders   502 key-a "29000"
//   4 10:03 192.0.2.44   GET  /health   200 key-c "3"
//   5 10:04 198.51.100.7 GET  /orders/7 500 key-a "12"
//   6 10:05 203.0.113.3  POST /orders   502 key-b "29000"
//   7 10:06 198.51.100.7 GET  /orders/7 404 key-a (no IntegrationLatency: logged before the format had it)
// API Gateway execution log (snippets-apigw-execution.json): "Integration latency: 38 ms" for request …001 at
// 10:00:00.040, "0 ms" for …002 at 10:00:10.030 (made up, so that the "> 0" filter has something to drop), "117 ms" for
// …003 at 10:00:20.120; other lines of each request carry no latency.
const ACCESS = 'snippets-apigw-access.json';
const EXECUTION = 'snippets-apigw-execution.json';
const REQ = (n: number): string => `c1000001-0000-4000-8000-00000000000${n}`;
const EXEC_REQ = (n: number): string => `c2000002-0000-4000-8000-00000000000${n}`;
const api = (n: number, time: string, status: string, ip: string, path: string, httpMethod: string): Row => ({ '@timestamp': at(time), status, ip, path, httpMethod });

// EventBridge events as a rule with a CloudWatch Logs target logs them (snippets-eventbridge.json):
//   E1 10:00:00 OrderCreated  com.example.orders   detail {status NEW, amount 25, items [book, pen], customer.tier gold, note ""}
//   E2 10:20:00 OrderCreated  com.example.orders   detail {status NEW, amount 120, items [lamp], customer.tier silver}
//   E3 10:45:00 OrderShipped  com.example.shipping detail {status SHIPPED, amount 25, carrier UPS, customer.tier gold}
//   E4 11:05:00 PaymentFailed com.example.payments detail {status FAILED, amount 60}
//   E5 11:05:30 OrderCreated  com.example.orders   detail {status NEW, amount 5, items [card], note "gift"}
//   E6 11:30:00 PaymentFailed com.example.payments detail {status FAILED, amount 15}
const EVENTS = 'snippets-eventbridge.json';
const E: Record<number, string> = { 1: '10:00:00.000', 2: '10:20:00.000', 3: '10:45:00.000', 4: '11:05:00.000', 5: '11:05:30.000', 6: '11:30:00.000' };
const events = (...ids: number[]): Row[] => times(...ids.map((i) => E[i] as string));

const C_LAMBDA = '0ff87d3606740fd25f5fd9314f08351b5e072d2d';
const C_COLD = '71222aafdd7f75aabc06f24e9c92eb9935cbd684';
const C_EB1 = 'd1f554ac8ec23228b482646c994a9b297f2cf61f';
const C_EB2 = '5825a7f21f75cd3f2edcbf48616b55a621540a0e';
const C_EB3 = 'c7286812dfa3d90cff8e3962fd6068d2b78885ff';
const C_APIGW = 'abf37ad18ff1dcd77adbfc2e38f85ff47a9c6a44';

const CASES: Case[] = [
  // ---- Lambda ----
  {
    folder: 'cloudwatch-insight-lambda-cold-start-invocations-byfunction',
    file: 'snippet.txt',
    commit: '1fb55cc7b3c30f24a8ada5bec25c271d9e9314b5',
    query: `filter @type = "REPORT"
| stats sum(ispresent(@initDuration))/count() * 100 as
  coldStartPct, avg(@duration)
  by bin(5m)`,
    fixture: TEXT,
    // 10:00 bin: t1 cold of t1, t2, t3; 10:05 bin: t5 cold of t4, t5; 10:40 bin: t6 warm.
    expected: [
      { 'bin(5m)': at('10:00:00.000'), coldStartPct: (1 / 3) * 100, 'avg(@duration)': (100 + 20 + 40) / 3 },
      { 'bin(5m)': at('10:05:00.000'), coldStartPct: 50, 'avg(@duration)': (3000 + 60) / 2 },
      { 'bin(5m)': at('10:40:00.000'), coldStartPct: 0, 'avg(@duration)': 10 },
    ],
    json: [{ 'bin(5m)': at('10:00:00.000'), coldStartPct: (1 / 3) * 100, 'avg(@duration)': (150 + 50 + 30) / 3 }],
  },
  {
    folder: 'cloudwatch-insight-lambda-cold-starts-count-and-duration',
    file: 'snippet.txt',
    commit: C_COLD,
    query: `filter @type="REPORT" and ispresent(@initDuration)
| stats count() as coldStarts, avg(@initDuration), min(@initDuration), max(@initDuration) by bin(5m)`,
    fixture: TEXT,
    expected: [
      { 'bin(5m)': at('10:00:00.000'), coldStarts: 1, 'avg(@initDuration)': 300, 'min(@initDuration)': 300, 'max(@initDuration)': 300 },
      { 'bin(5m)': at('10:05:00.000'), coldStarts: 1, 'avg(@initDuration)': 200, 'min(@initDuration)': 200, 'max(@initDuration)': 200 },
    ],
    json: [{ 'bin(5m)': at('10:00:00.000'), coldStarts: 1, 'avg(@initDuration)': 250, 'min(@initDuration)': 250, 'max(@initDuration)': 250 }],
  },
  {
    folder: 'cloudwatch-insight-lambda-cold-starts-count-and-duration',
    file: 'snippet.txt (the earlier version)',
    commit: '714d91f86de4aac943e8239d73199ff984d4db9b',
    query: `filter @type="REPORT"
| filter @message like /(?i)(Init Duration)/
| parse @message /^REPORT.*Init Duration: (?<initDuration>.*) ms.*/
| stats count() as coldStarts, avg(initDuration), min(initDuration), max(initDuration) by bin(5m)
`,
    fixture: TEXT,
    // parse gives text ("300.00"): avg reads it as a number, min and max keep the value as parsed.
    expected: [
      { 'bin(5m)': at('10:00:00.000'), coldStarts: 1, 'avg(initDuration)': 300, 'min(initDuration)': '300.00', 'max(initDuration)': '300.00' },
      { 'bin(5m)': at('10:05:00.000'), coldStarts: 1, 'avg(initDuration)': 200, 'min(initDuration)': '200.00', 'max(initDuration)': '200.00' },
    ],
    // The JSON format's message has "initDurationMs", not the text "Init Duration": nothing is left after the filter.
    json: [],
  },
  {
    folder: 'cloudwatch-insight-lambda-invocation-where-lambda-exited',
    file: 'snippet.txt',
    commit: C_LAMBDA,
    query: `filter @message like /Process exited/
| stats count() by bin(30m)`,
    fixture: TEXT,
    expected: [{ 'bin(30m)': at('10:30:00.000'), 'count()': 1 }],
  },
  {
    folder: 'cloudwatch-insight-lambda-invocations-timed-out',
    file: 'snippet.txt',
    commit: C_LAMBDA,
    query: `filter @message like /Task timed out/
| stats count() by bin(30m)`,
    fixture: TEXT,
    expected: [{ 'bin(30m)': at('10:00:00.000'), 'count()': 1 }],
  },
  {
    folder: 'cloudwatch-insight-lambda-percentile-memory-report',
    file: 'snippet.txt',
    commit: C_LAMBDA,
    query: `filter @type="REPORT"
| stats avg(@maxMemoryUsed/1024/1024) as mean_MemoryUsed,
    min(@maxMemoryUsed/1024/1024) as min_MemoryUsed,
    max(@maxMemoryUsed/1024/1024) as max_MemoryUsed,
    percentile(@maxMemoryUsed/1024/1024, 95) as Percentile95`,
    fixture: TEXT,
    // Six values; nearest rank ceil(0.95 × 6) = 6 is the largest (t4's 256 MB).
    expected: [{ mean_MemoryUsed: mean(USED), min_MemoryUsed: (64e6) / MIB, max_MemoryUsed: (256e6) / MIB, Percentile95: (256e6) / MIB }],
    json: [{ mean_MemoryUsed: mean(JSON_USED), min_MemoryUsed: (64e6) / MIB, max_MemoryUsed: (128e6) / MIB, Percentile95: (128e6) / MIB }],
  },
  {
    folder: 'cloudwatch-insight-lambda-total-innvocations-vs-coldstarts',
    file: 'snippet.txt',
    commit: C_COLD,
    query: `filter @type = "REPORT" |
stats count() as TotalInvocations, count(@initDuration) as TotalColdStarts`,
    fixture: TEXT,
    expected: [{ TotalInvocations: 6, TotalColdStarts: 2 }],
    json: [{ TotalInvocations: 3, TotalColdStarts: 1 }],
  },
  {
    folder: 'cloudwatch-insight-lambda-total-innvocations-vs-coldstarts',
    file: 'snippet.txt (the earlier version)',
    commit: C_LAMBDA,
    query: `filter @type = "REPORT" |
parse @message /Init Duration: (?<init>\\S+)/ |
stats count() as TotalInvocations, count(init) as TotalColdStarts`,
    fixture: TEXT,
    // count(init) counts the REPORT lines where the pattern matched (t1, t5).
    expected: [{ TotalInvocations: 6, TotalColdStarts: 2 }],
    // In the JSON format the text "Init Duration" is not in @message: no cold start is found.
    json: [{ TotalInvocations: 3, TotalColdStarts: 0 }],
  },
  {
    folder: 'cloudwatch-insight-lambda-visualization-of-memory-statisitcs',
    file: 'snippet.txt',
    commit: C_LAMBDA,
    query: `filter @type = "REPORT"
| stats
    max(@maxMemoryUsed / 1024 / 1024) as maxMemMB,
    avg(@maxMemoryUsed / 1024 / 1024) as avgMemMB,
    min(@maxMemoryUsed / 1024 / 1024) as minMemMB,
    (avg(@maxMemoryUsed / 1024 / 1024) / max(@memorySize / 1024 / 1024)) * 100 as avgMemUsedPct,
    avg(@billedDuration) as avgDurationMS
    by bin(30m)`,
    fixture: TEXT,
    // 10:00 bin: t1–t5 (billed 100 + 20 + 40 + 3000 + 60 = 3220 over 5); 10:30 bin: t6, half of its 256 MB.
    expected: [
      {
        'bin(30m)': at('10:00:00.000'),
        maxMemMB: (256e6) / MIB,
        avgMemMB: mean(USED.slice(0, 5)),
        minMemMB: (64e6) / MIB,
        avgMemUsedPct: (mean(USED.slice(0, 5)) / ((256e6) / MIB)) * 100,
        avgDurationMS: 644,
      },
      { 'bin(30m)': at('10:30:00.000'), maxMemMB: (128e6) / MIB, avgMemMB: (128e6) / MIB, minMemMB: (128e6) / MIB, avgMemUsedPct: 50, avgDurationMS: 10 },
    ],
  },
  {
    folder: 'cloudwatch-insight-lambda-warm-starts',
    file: 'snippet.txt',
    commit: '4ade1150a5255abdea10395ab2b8c9326448fbab',
    query: `filter @type = "REPORT" and @message not like /(?i)(Init Duration)/
| stats
  avg(@duration) as Average,
  pct(@duration, 99) as NinetyNinth,
  pct(@duration, 95) as NinetyFifth,
  pct(@duration, 90) as Ninetieth
by bin(1m)
`,
    fixture: TEXT,
    // Warm: t2 and t3 (10:01; nearest rank of two values is the larger, 40), t4 (10:06), t6 (10:40).
    expected: [
      { 'bin(1m)': at('10:01:00.000'), Average: 30, NinetyNinth: 40, NinetyFifth: 40, Ninetieth: 40 },
      { 'bin(1m)': at('10:06:00.000'), Average: 3000, NinetyNinth: 3000, NinetyFifth: 3000, Ninetieth: 3000 },
      { 'bin(1m)': at('10:40:00.000'), Average: 10, NinetyNinth: 10, NinetyFifth: 10, Ninetieth: 10 },
    ],
    // The JSON format's message never holds "Init Duration", so j1's cold start counts as warm here.
    json: [
      { 'bin(1m)': at('10:00:00.000'), Average: 150, NinetyNinth: 150, NinetyFifth: 150, Ninetieth: 150 },
      { 'bin(1m)': at('10:02:00.000'), Average: 50, NinetyNinth: 50, NinetyFifth: 50, Ninetieth: 50 },
      { 'bin(1m)': at('10:03:00.000'), Average: 30, NinetyNinth: 30, NinetyFifth: 30, Ninetieth: 30 },
    ],
  },
  {
    folder: 'cloudwatch-insight-lambda-average-memory-across-invocations',
    file: 'snippet.txt',
    commit: C_LAMBDA,
    // The stored snippet is the tail of a query (its beginning is missing in the repository): not a query at all.
    query: `avgMemoryUsedPERC,
    avg(@billedDuration) as avgDurationMS
    by bin(5m)`,
    fixture: TEXT,
    expected: {
      en: 'query:1:1: unknown command "avgMemoryUsedPERC"; commands: fields, display, filter, filterIndex, stats, sort, limit, parse, dedup, unnest, pattern, diff',
      ja: 'query:1:1: コマンド "avgMemoryUsedPERC" はありません。使えるコマンド: fields, display, filter, filterIndex, stats, sort, limit, parse, dedup, unnest, pattern, diff',
    },
  },
  // ---- API Gateway ----
  {
    folder: 'cloudwatch-insight-apigw-last-5xx-errors',
    file: 'snippet.txt',
    commit: C_APIGW,
    query: `fields @timestamp, status, ip, path, httpMethod
| filter status>=500 and status<=599
| sort @timestamp desc
| limit 10`,
    fixture: ACCESS,
    lines: 'snippets-apigw-access.log',
    // The quoted statuses compare as numbers: 502 (6), 500 (5), 502 (3), newest first.
    expected: [
      api(6, '10:05:00.000', '502', '203.0.113.3', '/orders', 'POST'),
      api(5, '10:04:00.000', '500', '198.51.100.7', '/orders/7', 'GET'),
      api(3, '10:02:00.000', '502', '198.51.100.7', '/orders', 'POST'),
    ],
  },
  {
    folder: 'cloudwatch-insight-apigw-most-popular-paths',
    file: 'snippet.txt',
    commit: C_APIGW,
    query: `stats count(*) as requestCount by path
| sort requestCount desc
| limit 10`,
    fixture: ACCESS,
    // /orders: 1, 2, 3, 6; /orders/7: 5, 7; /health: 4.
    expected: [
      { path: '/orders', requestCount: 4 },
      { path: '/orders/7', requestCount: 2 },
      { path: '/health', requestCount: 1 },
    ],
  },
  {
    folder: 'cloudwatch-insight-apigw-paths-most-5xx',
    file: 'snippet.txt',
    commit: C_APIGW,
    query: `stats count(*) as errorCount by status, path, httpMethod
| filter status>=500 and status<=599
| limit 10`,
    fixture: ACCESS,
    expected: [
      { status: '500', path: '/orders/7', httpMethod: 'GET', errorCount: 1 },
      { status: '502', path: '/orders', httpMethod: 'POST', errorCount: 2 },
    ],
    unordered: true,
  },
  {
    folder: 'cloudwatch-insight-apigw-top-10-api-keys',
    file: 'snippet.txt',
    commit: 'ba84d3a2b16b7c8d6283f972074c1e2cc4fe80c5',
    query: `stats count(*) as requestCount by apiKey
| sort requestCount desc
| limit 10`,
    fixture: ACCESS,
    // key-a: 1, 3, 5, 7; key-b: 2, 6; key-c: 4.
    expected: [
      { apiKey: 'key-a', requestCount: 4 },
      { apiKey: 'key-b', requestCount: 2 },
      { apiKey: 'key-c', requestCount: 1 },
    ],
  },
  {
    folder: 'apigateway-log-insights-caching',
    file: 'snippet-access.txt',
    commit: '387781d881a66b84c5abeb1a36f34dd6c8cda804',
    query: `fields @timestamp, @message
| parse @message '"requestId":"*"' as requestId
| parse @message '"IntegrationLatency":"*"' as IntegrationLatency
| filter ispresent(IntegrationLatency)
| sort by @timestamp desc
| display @timestamp, requestId, IntegrationLatency`,
    fixture: ACCESS,
    lines: 'snippets-apigw-access.log',
    // Request 7 has no IntegrationLatency and is dropped; the glob stops at the next quote.
    expected: [
      [6, '10:05', '29000'],
      [5, '10:04', '12'],
      [4, '10:03', '3'],
      [3, '10:02', '29000'],
      [2, '10:01', '-'],
      [1, '10:00', '35'],
    ].map(([n, t, latency]) => ({ '@timestamp': at(`${t as string}:00.000`), requestId: REQ(n as number), IntegrationLatency: latency })),
  },
  {
    folder: 'apigateway-log-insights-caching',
    file: 'snippet-execution.txt',
    commit: 'bd0aab3e50c5c83dacf786eb216ca35b93566f64',
    query: `fields @timestamp, @message
| filter @message like 'Integration latency'
| parse @message /Integration latency: (?<IntegrationLatency>.*?) ms/
| parse @message /(?<requestID>[0-9a-zA-Z-]{36}).*/
| sort by @timestamp desc
| display @timestamp, requestID, IntegrationLatency`,
    fixture: EXECUTION,
    // The three "Integration latency" lines, newest first; the request id is the first run of 36 such characters.
    expected: [
      { '@timestamp': at('10:00:20.120'), requestID: EXEC_REQ(3), IntegrationLatency: '117' },
      { '@timestamp': at('10:00:10.030'), requestID: EXEC_REQ(2), IntegrationLatency: '0' },
      { '@timestamp': at('10:00:00.040'), requestID: EXEC_REQ(1), IntegrationLatency: '38' },
    ],
  },
  {
    folder: 'apigateway-log-insights-caching',
    file: 'snippet-execution-ca.txt',
    commit: 'd5e54d86bbbb9f72d5c9d089af37cf25dce2dce6',
    query: `fields @timestamp, @message
| filter @message like 'Integration latency'
| parse @message /Integration latency: (?<IntegrationLatency>.*?) ms/
| parse @message /(?<requestID>[0-9a-zA-Z-]{36}).*/
| filter IntegrationLatency > 0
| sort by @timestamp desc
| display timestamp, IntegrationLatency, requestID`,
    fixture: EXECUTION,
    // The zero-latency request is dropped; the snippet displays `timestamp` (not @timestamp), which no event has,
    // so that column stays empty.
    expected: [
      { IntegrationLatency: '117', requestID: EXEC_REQ(3) },
      { IntegrationLatency: '38', requestID: EXEC_REQ(1) },
    ],
  },
  // ---- EventBridge ----
  {
    folder: 'cloudwatch-insight-eventbridge-event-by-detail-type-like',
    file: 'snippet.txt',
    commit: C_EB1,
    query: `fields @timestamp
| filter \`detail-type\` like /sample-value/ # replace sample-value with actual value to be searched
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [],
    filled: {
      query: `fields @timestamp
| filter \`detail-type\` like /Order/ # replace sample-value with actual value to be searched
| sort @timestamp desc`,
      expected: events(5, 3, 2, 1),
    },
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-count-by-source',
    file: 'snippet.txt',
    commit: C_EB2,
    query: `fields @timestamp
| stats count(*) as EventsCountBySource by source
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [
      { source: 'com.example.orders', EventsCountBySource: 3 },
      { source: 'com.example.payments', EventsCountBySource: 2 },
      { source: 'com.example.shipping', EventsCountBySource: 1 },
    ],
    unordered: true,
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-count',
    file: 'snippet.txt',
    commit: '78564b0e777dd8714616537209f6619d88bff2ec',
    query: `fields @timestamp, @message
| stats count(*) as numberOfEvents by \`detail-type\`
| sort numberOfEvents desc`,
    fixture: EVENTS,
    expected: [
      { 'detail-type': 'OrderCreated', numberOfEvents: 3 },
      { 'detail-type': 'PaymentFailed', numberOfEvents: 2 },
      { 'detail-type': 'OrderShipped', numberOfEvents: 1 },
    ],
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-detail-field-within-a-numeric-range',
    file: 'snippet.txt',
    commit: C_EB2,
    query: `fields @timestamp
| filter detail.field-value >= N1 and detail.field-value <= N2 # replace field-value, N1, N2 with actual values. N1 and N2 are the numeric range.
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [],
    filled: {
      query: `fields @timestamp
| filter detail.amount >= 20 and detail.amount <= 100 # replace field-value, N1, N2 with actual values. N1 and N2 are the numeric range.
| sort @timestamp desc`,
      // Amounts 25 (E1), 25 (E3) and 60 (E4).
      expected: events(4, 3, 1),
    },
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-filter-by-detail-field-equal-to',
    file: 'snippet.txt',
    commit: C_EB3,
    query: `fields @timestamp
| filter detail.field-name = "field-value"   # replace field-name and field-value with actual values
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [],
    filled: {
      query: `fields @timestamp
| filter detail.status = "NEW"   # replace field-name and field-value with actual values
| sort @timestamp desc`,
      expected: events(5, 2, 1),
    },
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-filter-by-detail-field-not-equal-to',
    file: 'snippet.txt',
    commit: C_EB3,
    query: `fields @timestamp
| filter detail.field-name != "field-value"   # replace field-name and field-value with actual values
| sort @timestamp desc`,
    fixture: EVENTS,
    // A missing value fails != as well.
    expected: [],
    filled: {
      query: `fields @timestamp
| filter detail.status != "NEW"   # replace field-name and field-value with actual values
| sort @timestamp desc`,
      expected: events(6, 4, 3),
    },
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-filter-by-detail-type-equal-to',
    file: 'snippet.txt',
    commit: C_EB1,
    query: `fields @timestamp
| filter \`detail-type\` = "detail-type-value"    # replace detail-type-value with the actual value
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [],
    filled: {
      query: `fields @timestamp
| filter \`detail-type\` = "OrderShipped"    # replace detail-type-value with the actual value
| sort @timestamp desc`,
      expected: events(3),
    },
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-filter-detail-field-with-values-in-array',
    file: 'snippet.txt',
    commit: C_EB3,
    query: `fields @timestamp
| filter detail.array-field.n1 = "sample-value"  # replace array-field with the field name having values as array, n1 with array position and sample-value with value to filter. 
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [],
    filled: {
      // A JSON list's members are fields named by position (items.0, items.1…).
      query: `fields @timestamp
| filter detail.items.0 = "book"  # replace array-field with the field name having values as array, n1 with array position and sample-value with value to filter. 
| sort @timestamp desc`,
      expected: events(1),
    },
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-find-if-detail-field-exists',
    file: 'snippet.txt',
    commit: C_EB1,
    query: `fields @timestamp
| filter ispresent(detail.field-name)    # replace field-name with the actual value
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [],
    filled: {
      query: `fields @timestamp
| filter ispresent(detail.carrier)    # replace field-name with the actual value
| sort @timestamp desc`,
      expected: events(3),
    },
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-per-hour',
    file: 'snippet.txt',
    commit: C_EB3,
    query: `fields @timestamp
| filter ispresent(\`detail-type\`)
| stats count(*) as CountOfEventsPerHour by bin(1h)
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [
      { 'bin(1h)': at('10:00:00.000'), CountOfEventsPerHour: 3 },
      { 'bin(1h)': at('11:00:00.000'), CountOfEventsPerHour: 3 },
    ],
    unordered: true,
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-per-minute',
    file: 'snippet.txt',
    commit: C_EB2,
    query: `fields @timestamp
| filter ispresent(\`detail-type\`)
| stats count(*) as CountOfEventsPerMinute by bin(1m)
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [
      { 'bin(1m)': at('10:00:00.000'), CountOfEventsPerMinute: 1 },
      { 'bin(1m)': at('10:20:00.000'), CountOfEventsPerMinute: 1 },
      { 'bin(1m)': at('10:45:00.000'), CountOfEventsPerMinute: 1 },
      { 'bin(1m)': at('11:05:00.000'), CountOfEventsPerMinute: 2 },
      { 'bin(1m)': at('11:30:00.000'), CountOfEventsPerMinute: 1 },
    ],
    unordered: true,
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-where-detail-field-value-in',
    file: 'snippet.txt',
    commit: C_EB2,
    query: `fields @timestamp
| filter detail.field-value IN ["value1", "value2", "value3"]  # replace field-value and value1, value2, value3 with actual values.
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [],
    filled: {
      query: `fields @timestamp
| filter detail.status IN ["NEW", "FAILED", "CANCELLED"]  # replace field-value and value1, value2, value3 with actual values.
| sort @timestamp desc`,
      expected: events(6, 5, 4, 2, 1),
    },
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-where-detail-field-value-not-in',
    file: 'snippet.txt',
    commit: C_EB2,
    query: `fields @timestamp
| filter detail.field-value NOT IN ["value1", "value2", "value3"]  # replace field-value and value1, value2, value3 with actual values.
| sort @timestamp desc`,
    fixture: EVENTS,
    // A missing value is in no list and fails NOT IN too, as it fails every comparison.
    expected: [],
    filled: {
      query: `fields @timestamp
| filter detail.status NOT IN ["NEW", "FAILED", "CANCELLED"]  # replace field-value and value1, value2, value3 with actual values.
| sort @timestamp desc`,
      expected: events(3),
    },
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-where-value-equals-nested-detail-field-value',
    file: 'snippet.txt',
    commit: C_EB3,
    query: `fields @timestamp
| filter detail.field1.field2 = "sample-value"  # replace field1, field2, sample-value with appropriate values.
| sort @timestamp desc`,
    fixture: EVENTS,
    expected: [],
    filled: {
      query: `fields @timestamp
| filter detail.customer.tier = "gold"  # replace field1, field2, sample-value with appropriate values.
| sort @timestamp desc`,
      expected: events(3, 1),
    },
  },
  {
    folder: 'cloudwatch-insight-eventbridge-event-with-detail-field-empty',
    file: 'snippet.txt',
    commit: C_EB1,
    query: `fields @timestamp
| filter isempty(detail.field-value)   # replace field-value with the actual value
| sort @timestamp desc`,
    fixture: EVENTS,
    // isempty is true for a missing value: as written, every event passes.
    expected: events(6, 5, 4, 3, 2, 1),
    filled: {
      query: `fields @timestamp
| filter isempty(detail.note)   # replace field-value with the actual value
| sort @timestamp desc`,
      // E1's note is "", E2, E3, E4 and E6 have none; E5's is "gift".
      expected: events(6, 4, 3, 2, 1),
    },
  },
  // ---- CloudTrail ----
  {
    folder: 'cloudwatch-insight-cloudtrail-ec2-hosts-that-start-or-stop-in-aws-region',
    file: 'snippet.txt',
    commit: C_LAMBDA,
    // Unlike the Sample queries page's text (which names `region`), the snippet filters on awsRegion.
    query: 'filter (eventName="StartInstances" or eventName="StopInstances") and awsRegion="us-east-2"',
    fixture: 'cloudtrail.log',
    // cloudtrail.log: StartInstances at 10:00 and 10:05, StopInstances at 10:01, all in us-east-2; a query
    // without fields shows @timestamp and @message (the rows' messages are compared by their eventName below).
    expected: [
      { '@timestamp': at('10:00:00.000'), eventName: 'StartInstances' },
      { '@timestamp': at('10:01:00.000'), eventName: 'StopInstances' },
      { '@timestamp': at('10:05:00.000'), eventName: 'StartInstances' },
    ],
    unordered: true,
  },
  // ---- Amazon Connect (a Logs Insights snippet outside the cloudwatch-insight-* folders) ----
  {
    folder: 'cloudwatch-loginsights-connect-contactid',
    file: 'snippet.txt',
    commit: '433eca138a44d0d2ea0149758ad98a84552d372f',
    query: `fields @timestamp, @message
| sort @timestamp desc
| filter ContactId = "1234abc-456d-4ef-ghi-96c9631f2a95"
| filter Results LIKE "Error"`,
    fixture: 'snippets-connect.json',
    lines: 'snippets-connect.log',
    // snippets-connect.json: the contact's four flow blocks at 10:00:00–10:00:03 (Success, Error, Success,
    // NoMatchingError) and another contact's Error at 10:05. `like "Error"` is a substring test, so NoMatchingError
    // matches too; rows keep the order of the sort before the filters.
    expected: [
      { '@timestamp': at('10:00:03.000'), Results: 'NoMatchingError' },
      { '@timestamp': at('10:00:01.000'), Results: 'Error' },
    ],
  },
];

/** The rows of the CloudTrail and Connect cases carry the whole event as @message: compared by one of its members. */
function messageMember(rows: Row[], c: Case): Row[] {
  const member = c.folder.includes('cloudtrail') ? 'eventName' : c.folder.includes('connect') ? 'Results' : undefined;
  if (member === undefined) return rows;
  return rows.map((r) => ({ '@timestamp': r['@timestamp'], [member]: (JSON.parse(String(r['@message'])) as Row)[member] }));
}

const bySet = (rows: Row[]): Row[] => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function rowsOf(query: string, fixture: string): Promise<Row[]> {
  return JSON.parse(formatQueryResult(await runQuery(query, [analyzeFixture(`conformance/${fixture}`)]), 'json')) as Row[];
}

function sameRows(actual: Row[], expected: Row[], unordered: boolean | undefined): void {
  assert.deepEqual(unordered ? bySet(actual) : actual, unordered ? bySet(expected) : expected);
}

for (const c of CASES) {
  const name = `${c.folder}/${c.file} — ${REPO} at ${c.commit.slice(0, 7)}, read ${READ}`;
  test(name, async () => {
    const expected = c.expected;
    if (!Array.isArray(expected)) {
      const error: unknown = await rowsOf(c.query, c.fixture).then(
        () => assert.fail('expected the query to be refused'),
        (e: unknown) => e,
      );
      assert.ok(isUserError(error), `not a user error: ${String(error)}`);
      assert.equal(formatUserError(error, 'en'), expected.en);
      assert.equal(formatUserError(error, 'ja'), expected.ja);
      return;
    }
    sameRows(messageMember(await rowsOf(c.query, c.fixture), c), expected, c.unordered);
  });
  const { json, filled, lines } = c;
  if (json) test(`${name} — over the Lambda JSON log format`, async () => sameRows(await rowsOf(c.query, 'snippets-lambda-json.log'), json, c.unordered));
  // Without an export's event times, @timestamp comes from the event itself: requestTime (API Gateway), Timestamp (Connect).
  if (lines && Array.isArray(c.expected)) {
    const expected = c.expected;
    test(`${name} — over JSON lines`, async () => sameRows(messageMember(await rowsOf(c.query, lines), c), expected, c.unordered));
  }
  if (filled) test(`${name} — placeholders filled in`, async () => sameRows(await rowsOf(filled.query, c.fixture), filled.expected, c.unordered));
}

// Snippets of the same folders whose query text is already in the suite (logs-insights*.test.ts), with the
// commit they were read from; the text is compared with the suite's sources, whitespace aside (some snippet files
// add a leading tab or space, or wrap the text in a ```bash fence).
const ALREADY: [folder: string, commit: string, query: string][] = [
  ['cloudwatch-insight-apigw-integration-latency', C_APIGW, 'filter status=200\n| stats avg(integrationLatency), max(integrationLatency), \nmin(integrationLatency) by bin(1m)'],
  ['cloudwatch-insight-apigw-integration-latency2', 'fde931e391df388cb2fcab8a403a4ae99fc2f491', 'filter status=200\n| stats avg(integrationLatency), max(integrationLatency), \nmin(integrationLatency) by bin(1m)'],
  ['cloudwatch-insight-apigw-last-10-requests', 'ba84d3a2b16b7c8d6283f972074c1e2cc4fe80c5', 'fields @timestamp, status, ip, path, httpMethod\n| sort @timestamp desc\n| limit 10'],
  ['cloudwatch-insight-apigw-last-4xx-errors', C_APIGW, 'fields @timestamp, status, ip, path, httpMethod\n| filter status>=400 and status<=499\n| sort @timestamp desc\n| limit 10'],
  ['cloudwatch-insight-apigw-longest-running-requests', 'ba84d3a2b16b7c8d6283f972074c1e2cc4fe80c5', 'fields @timestamp, status, ip, path, httpMethod, responseLatency\n| sort responseLatency desc\n| limit 10'],
  ['cloudwatch-insight-apigw-paths-most-4xx', C_APIGW, 'stats count(*) as errorCount by status, path, httpMethod\n| filter status>=400 and status<=499\n| limit 10'],
  ['cloudwatch-insight-apigw-paths-with-most-401-403', 'ba84d3a2b16b7c8d6283f972074c1e2cc4fe80c5', 'stats count(*) as accessDeniedCount by status, path, httpMethod\n| filter status=403 or status=401\n| limit 10'],
  ['cloudwatch-insight-apigw-top-10-ips', C_APIGW, 'stats count(*) as requestCount by ip\n| sort requestCount desc\n| limit 10'],
  ['cloudwatch-insight-cloudtrail-find-newly-created-users', C_LAMBDA, 'filter eventName="CreateUser"\n    | fields awsRegion, requestParameters.userName, responseElements.user.arn'],
  ['cloudwatch-insight-cloudtrail-number-of-entries-for-service-event-region', C_LAMBDA, 'stats count(*) by eventSource, eventName, awsRegion'],
  ['cloudwatch-insight-create-latency-report', C_LAMBDA, 'filter @type = "REPORT" |\n    stats avg(@duration), max(@duration), min(@duration) by bin(5m)'],
  ['cloudwatch-insight-exception-per-hour', C_LAMBDA, 'filter @message like /Exception/ \n    | stats count(*) as exceptionCount by bin(1h)\n    | sort exceptionCount desc'],
  ['cloudwatch-insight-lambda-100-highest-billed-invocations', C_LAMBDA, 'filter @type = "REPORT"\n| fields @requestId, @billedDuration\n| sort by @billedDuration desc\n| limit 100'],
  ['cloudwatch-insight-lambda-cold-start-invocations', C_LAMBDA, '\t\nfilter @type = "REPORT"\n| stats sum(strcontains(@message, "Init Duration"))/count(*) * 100 as\n  coldStartPct, avg(@duration)\n  by bin(5m)'],
  ['cloudwatch-insight-lambda-last-100-errors', C_LAMBDA, ' fields Timestamp, LogLevel, Message\n | filter LogLevel == "ERR"\n | sort @timestamp desc\n | limit 100'],
  ['cloudwatch-insight-lambda-max-assigned-memory', C_LAMBDA, 'filter @type = "REPORT" and @maxMemoryUsed=@memorySize\n| stats\n    count_distinct(@requestId)\n    by bin(30m)'],
  [
    'cloudwatch-insight-lambda-percentile-duration-report',
    C_LAMBDA,
    'filter @type = "REPORT"\n| stats\n    avg(@billedDuration) as Average,\n    percentile(@billedDuration, 99) as NinetyNinth,\n    percentile(@billedDuration, 95) as NinetyFifth,\n    percentile(@billedDuration, 90) as Ninetieth\n    by bin(30m)',
  ],
  [
    'cloudwatch-insight-overprovisioned-memory-for-lambda',
    C_LAMBDA,
    'filter @type = "REPORT"\n    | stats max(@memorySize / 1000 / 1000) as provisonedMemoryMB,\n        min(@maxMemoryUsed / 1000 / 1000) as smallestMemoryRequestMB,\n        avg(@maxMemoryUsed / 1000 / 1000) as avgMemoryUsedMB,\n        max(@maxMemoryUsed / 1000 / 1000) as maxMemoryUsedMB,\n        provisonedMemoryMB - maxMemoryUsedMB as overProvisionedMB',
  ],
  ['cloudwatch-insight-recently-added-logs', C_LAMBDA, 'fields @timestamp, @message | sort @timestamp desc | limit 25'],
  ['cloudwatch-insight-route53-distribution-of-records-per-hours', C_LAMBDA, 'stats count(*) by queryType, bin(1h)'],
  ['cloudwatch-insight-route53-dns-resolvers-with-highest-request', C_LAMBDA, 'stats count(*) as numRequests by resolverIp\n    | sort numRequests desc\n    | limit 10'],
  ['cloudwatch-insight-vpc-top-15-byte-transfers', C_LAMBDA, 'filter isIpv4InSubnet(srcAddr, "192.0.2.0/24")\n    | stats sum(bytes) as bytesTransferred by dstAddr\n    | sort bytesTransferred desc\n    | limit 15'],
  ['cloudwatch-insight-vpc-top-15-packet-transfers', C_LAMBDA, 'stats sum(packets) as packetsTransferred by srcAddr, dstAddr\n    | sort packetsTransferred  desc\n    | limit 15'],
  ['cloudwatch-logs-that-are-not-exceptions', C_LAMBDA, 'fields @message | filter @message not like /Exception/'],
];

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

test('snippets already in the suite: each text is run by another conformance file', () => {
  const dir = join(repoRoot, 'test', 'analyze', 'conformance');
  const suite = squeeze(['logs-insights.test.ts', 'logs-insights-samples.test.ts', 'logs-insights-more.test.ts'].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n'));
  for (const [folder, , query] of ALREADY) assert.ok(suite.includes(squeeze(query)), `${folder}: its text is not in the suite`);
});

test('count of the snippet queries: 35 new documented queries (all run correctly when the tests above pass), 24 already in the suite', () => {
  assert.equal(CASES.length, 35);
  assert.equal(new Set(CASES.map((c) => `${c.folder}/${c.file}`)).size, 35);
  assert.equal(ALREADY.length, 24);
  // One of the 35 is not a query as stored (the tail of one), and is refused clearly.
  assert.equal(CASES.filter((c) => !Array.isArray(c.expected)).length, 1);
});
