// More documented Logs Insights queries: Lambda and VPC samples of an earlier Sample queries page, the Serverless
// Land API Gateway snippets, the stats, dedup, pattern, diff and SOURCE reference pages. Each query text is kept
// as its page prints it, with its source; `checked` says the text was compared with that page on the day named
// (queries that could not be found printed anywhere were dropped). Inputs are built here from the arrays below,
// so every expected row can be worked out by hand from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareQuery, runQuery } from '../../../src/analyze/query/run.js';
import { formatUserError, isUserError } from '../../../src/util/errors.js';
import { formatQueryResult } from '../../../src/analyze/query/output.js';
import { analyzeFixture, tempDir } from '../read-helpers.js';

type Row = Record<string, unknown>;
const DAY = 'read 2026-12-06';
const page = (name: string): string => `Amazon CloudWatch Logs User Guide, "${name}" (docs.aws.amazon.com/AmazonCloudWatch/latest/logs/), ${DAY}`;
const SOURCE_PAGE = 'Amazon CloudWatch Logs User Guide, "SOURCE" (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Source.html), read 2026-12-06';
const STATS_PAGE = 'Amazon CloudWatch Logs User Guide, "stats" (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Stats.html), read 2026-12-06';
const DEDUP = 'Amazon CloudWatch Logs User Guide, "dedup" (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Dedup.html), read 2026-12-06';
const EARLIER = 'Amazon CloudWatch Logs User Guide, "Sample Queries", an earlier version (doc_source/CWL_QuerySyntax-examples.md, awsdocs/amazon-cloudwatch-logs-user-guide at 4579a5e), read 2026-12-06';
const MIB = 1024 * 1024;
const snippet = (title: string, id: string): string => `Serverless Land snippet "${title}" (serverlessland.com/snippets/${id}, from aws-samples/serverless-snippets), ${DAY}`;

interface Case {
  title: string;
  source: string;
  /** The text was compared with the page (true) or written from it as remembered (false). */
  checked: boolean;
  query: string;
  /** Export events (`aws logs filter-log-events` shape), plain lines, or a fixture of test/fixtures/analyze/conformance. */
  input: { events?: { t: string; message: string; group?: string; owner?: string }[]; lines?: string[]; fixture?: string };
  diffAgainst?: string[];
  expected: Row[];
  /** No sort in the query: Logs Insights promises no order, so rows are compared as a set. */
  unordered?: boolean;
}

const T = (minute: number, second = 0): string => `2026-11-02T10:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}Z`;
const SHOWN = (minute: number): string => `2026-11-02 10:${String(minute).padStart(2, '0')}:00.000`;

// API Gateway access logs (JSON), one request a minute from 10:00.
const API = [
  { status: 200, ip: '198.51.100.7', path: '/orders', httpMethod: 'GET', responseLatency: 120, integrationLatency: 100 },
  { status: 404, ip: '203.0.113.3', path: '/orders/9', httpMethod: 'GET', responseLatency: 15, integrationLatency: 10 },
  { status: 403, ip: '192.0.2.44', path: '/admin', httpMethod: 'GET', responseLatency: 5, integrationLatency: 0 },
  { status: 500, ip: '198.51.100.7', path: '/orders', httpMethod: 'POST', responseLatency: 900, integrationLatency: 880 },
  { status: 429, ip: '198.51.100.7', path: '/orders', httpMethod: 'GET', responseLatency: 2, integrationLatency: 0 },
  { status: 200, ip: '203.0.113.3', path: '/orders', httpMethod: 'GET', responseLatency: 80, integrationLatency: 60 },
  { status: 400, ip: '192.0.2.44', path: '/orders', httpMethod: 'POST', responseLatency: 30, integrationLatency: 20 },
  { status: 200, ip: '198.51.100.7', path: '/health', httpMethod: 'GET', responseLatency: 4, integrationLatency: 2 },
];
const apiEvents = API.map((r, i) => ({ t: T(i), message: JSON.stringify(r) }));
const apiRow = (i: number, keys: string[]): Row => Object.fromEntries([['@timestamp', SHOWN(i)], ...keys.map((k) => [k, (API[i] as Record<string, unknown>)[k]])]);

// Application text lines for pattern and diff: four "stored", two timeouts, one denial.
const APP = [
  `${T(0)} [INFO] order 1 stored`,
  `${T(1)} [INFO] order 2 stored`,
  `${T(2)} [ERROR] Failed to do: timeout after 3000 ms`,
  `${T(3)} [INFO] order 3 stored`,
  `${T(4)} [ERROR] Failed to do: user=alice denied`,
  `${T(5)} [ERROR] Failed to do: timeout after 2000 ms`,
  `${T(6)} [INFO] order 4 stored`,
];
// For diff: the previous day at the same time holds two "stored" and a "cache miss".
const APP_DAYS = [...APP, '2026-11-01T10:00:00Z [INFO] order 8 stored', '2026-11-01T10:01:00Z [INFO] order 9 stored', '2026-11-01T10:02:00Z [WARN] cache miss'];
const CURRENT = '2026-11-02T10:00:00Z/2026-11-02T11:00:00Z';

// JSON events for the stats page's myfield examples: two in the 10:00 five-minute bin, one in the 10:05 bin.
const MYFIELDS = [
  JSON.stringify({ timestamp: T(0), myfield1: 10, myfield2: 5, myfield3: 7 }),
  JSON.stringify({ timestamp: T(2), myfield1: 20, myfield2: 3, myfield3: 9 }),
  JSON.stringify({ timestamp: T(6), myfield1: 30, myfield2: 8, myfield3: 1 }),
];

// Three log groups for SOURCE: two whose names start with the reference's placeholder prefixes, one of another account.
const SOURCE_EVENTS = [
  { t: T(0), message: 'one', group: 'namePrefix1-orders' },
  { t: T(1), message: 'two', group: 'payments', owner: '999988887777' },
  { t: T(2), message: 'three', group: 'namePrefix2-api' },
];

const CASES: Case[] = [
  {
    title: 'Determine the amount of overprovisioned memory (1024-based, as the earlier page divides)',
    source: EARLIER,
    checked: true,
    query: `filter @type = "REPORT"
| stats max(@memorySize / 1024 / 1024) as provisonedMemoryMB,
    min(@maxMemoryUsed / 1024 / 1024) as smallestMemoryRequestMB,
    avg(@maxMemoryUsed / 1024 / 1024) as avgMemoryUsedMB,
    max(@maxMemoryUsed / 1024 / 1024) as maxMemoryUsedMB,
    provisonedMemoryMB - maxMemoryUsedMB as overProvisionedMB`,
    // lambda-filter-log-events.json: 512 MB provisioned; 100, 120, 512, 200 MB used (bytes, so / 1024 / 1024 is MiB).
    input: { fixture: 'lambda-filter-log-events.json' },
    expected: [{ provisonedMemoryMB: 512e6 / MIB, smallestMemoryRequestMB: 100e6 / MIB, avgMemoryUsedMB: 233e6 / MIB, maxMemoryUsedMB: 512e6 / MIB, overProvisionedMB: 0 }],
  },
  {
    title: 'Create a latency report (the earlier text filters on `type`, which REPORT lines do not carry)',
    source: EARLIER,
    checked: true,
    query: `filter type = "REPORT" |
stats avg(@duration), max(@duration), min(@duration) by bin(5m)`,
    // A missing field fails every comparison, so no event reaches stats and no bin is shown.
    input: { fixture: 'lambda-filter-log-events.json' },
    expected: [],
  },
  {
    title: 'Find the top 15 byte transfers for a given host (the earlier text compares srcAddr with a CIDR string)',
    source: EARLIER,
    checked: true,
    query: `filter srcAddr= "192.0.2.0/24"
| stats sum(bytes) as bytesTransferred by dstAddr
| sort bytesTransferred  desc
| limit 15`,
    // vpc-flow.log: no address equals the text "192.0.2.0/24" (the current page uses isIpv4InSubnet instead).
    input: { fixture: 'vpc-flow.log' },
    expected: [],
  },
  {
    title: 'Last 10 requests',
    source: snippet('Last 10 requests', 'cloudwatch-insight-apigw-last-10-requests'),
    checked: true,
    query: `fields @timestamp, status, ip, path, httpMethod
| sort @timestamp desc
| limit 10`,
    input: { events: apiEvents },
    expected: [7, 6, 5, 4, 3, 2, 1, 0].map((i) => apiRow(i, ['status', 'ip', 'path', 'httpMethod'])),
  },
  {
    title: 'Paths with most 4xx errors',
    source: snippet('Paths with most 4xx errors', 'cloudwatch-insight-apigw-paths-most-4xx'),
    checked: true,
    query: `stats count(*) as errorCount by status, path, httpMethod
| filter status>=400 and status<=499
| limit 10`,
    input: { events: apiEvents },
    // One request each with 400, 403, 404 and 429; groups come out in the order of their keys (status first).
    expected: [6, 2, 1, 4].map((i) => ({ status: API[i]?.status, path: API[i]?.path, httpMethod: API[i]?.httpMethod, errorCount: 1 })),
  },
  {
    title: 'Find the last 10 4XX errors (also the Serverless Land snippet "Last 10 4xx errors", same text)',
    source: snippet('Last 10 4xx errors', 'cloudwatch-insight-apigw-last-4xx-errors'),
    checked: true,
    query: `fields @timestamp, status, ip, path, httpMethod
| filter status>=400 and status<=499
| sort @timestamp desc
| limit 10`,
    input: { events: apiEvents },
    expected: [6, 4, 2, 1].map((i) => apiRow(i, ['status', 'ip', 'path', 'httpMethod'])),
  },
  {
    title: 'Longest running requests',
    source: snippet('Longest running requests', 'cloudwatch-insight-apigw-longest-running-requests'),
    checked: true,
    query: `fields @timestamp, status, ip, path, httpMethod, responseLatency
| sort responseLatency desc
| limit 10`,
    input: { events: apiEvents },
    // Latencies 900, 120, 80, 30, 15, 5, 4, 2.
    expected: [3, 0, 5, 6, 1, 2, 7, 4].map((i) => apiRow(i, ['status', 'ip', 'path', 'httpMethod', 'responseLatency'])),
  },
  {
    title: 'Paths with most access denied responses',
    source: snippet('Paths with most access denied responses', 'cloudwatch-insight-apigw-paths-with-most-401-403'),
    checked: true,
    query: `stats count(*) as accessDeniedCount by status, path, httpMethod
| filter status=403 or status=401
| limit 10`,
    input: { events: apiEvents },
    // Only request 2 is a 403 (and none a 401).
    expected: [{ status: 403, path: '/admin', httpMethod: 'GET', accessDeniedCount: 1 }],
  },
  {
    title: 'Integration latency report',
    source: snippet('Integration latency report', 'cloudwatch-insight-apigw-integration-latency'),
    checked: true,
    // The snippet breaks the line after "max(integrationLatency), " (with its trailing space).
    query: `filter status=200
| stats avg(integrationLatency), max(integrationLatency), 
min(integrationLatency) by bin(1m)`,
    input: { events: apiEvents },
    // 200s at 10:00 (100), 10:05 (60) and 10:07 (2).
    expected: [0, 5, 7].map((i) => ({ 'bin(1m)': SHOWN(i), 'avg(integrationLatency)': API[i]?.integrationLatency, 'max(integrationLatency)': API[i]?.integrationLatency, 'min(integrationLatency)': API[i]?.integrationLatency })),
  },
  {
    title: 'dedup: see only the most recent log event for each unique value of the field named server',
    source: DEDUP,
    checked: true,
    query: 'fields @timestamp, server, severity, message | sort @timestamp desc | dedup server',
    input: {
      lines: [
        JSON.stringify({ timestamp: T(0), server: 'a', severity: 'ERROR', message: 'old a error' }),
        JSON.stringify({ timestamp: T(1), server: 'a', severity: 'INFO', message: 'a info' }),
        JSON.stringify({ timestamp: T(2), server: 'a', severity: 'ERROR', message: 'new a error' }),
        JSON.stringify({ timestamp: T(3), server: 'b', severity: 'ERROR', message: 'b error' }),
      ],
    },
    // Newest first, one row per server: b's only event, then a's newest (10:02); a's 10:01 and 10:00 are dropped.
    expected: [
      { '@timestamp': SHOWN(3), server: 'b', severity: 'ERROR', message: 'b error' },
      { '@timestamp': SHOWN(2), server: 'a', severity: 'ERROR', message: 'new a error' },
    ],
  },
  {
    title: 'stats: the average of myfield1, a data point every five minutes',
    source: STATS_PAGE,
    checked: true,
    query: 'stats avg(myfield1) by bin(5m)',
    input: { lines: MYFIELDS },
    // 10:00 bin: mean of 10 and 20; 10:05 bin: 30.
    expected: [
      { 'bin(5m)': SHOWN(0), 'avg(myfield1)': 15 },
      { 'bin(5m)': SHOWN(5), 'avg(myfield1)': 30 },
    ],
  },
  {
    title: 'stats: three values of different fields, a data point every five minutes',
    source: STATS_PAGE,
    checked: true,
    query: 'stats avg(myfield1), min(myfield2), max(myfield3) by bin(5m)',
    input: { lines: MYFIELDS },
    // 10:00 bin: mean of 10 and 20, min of 5 and 3, max of 7 and 9; 10:05 bin: the one event.
    expected: [
      { 'bin(5m)': SHOWN(0), 'avg(myfield1)': 15, 'min(myfield2)': 3, 'max(myfield3)': 9 },
      { 'bin(5m)': SHOWN(5), 'avg(myfield1)': 30, 'min(myfield2)': 8, 'max(myfield3)': 1 },
    ],
  },
  {
    title: 'pattern: the patterns of every event',
    source: page('pattern'),
    checked: true,
    query: 'pattern @message',
    input: { lines: APP },
    expected: [
      { '@pattern': '<*> [INFO] order <*> stored', '@ratio': 4 / 7, '@sampleCount': 4, '@severityLabel': 'Info' },
      { '@pattern': '<*> [ERROR] Failed to do: timeout after <*> ms', '@ratio': 2 / 7, '@sampleCount': 2, '@severityLabel': 'Error' },
      { '@pattern': '<*> [ERROR] Failed to do: user=<*> denied', '@ratio': 1 / 7, '@sampleCount': 1, '@severityLabel': 'Error' },
    ],
  },
  ...(['', ' previousDay', ' previousWeek', ' previousMonth'] as const).map((modifier): Case => ({
    title: `diff${modifier}: the current hour against ${modifier ? modifier.trim() : 'the hour before'}`,
    source: page('diff'),
    checked: true,
    query: `diff${modifier}`,
    input: { lines: APP_DAYS },
    diffAgainst: [CURRENT],
    // Only previousDay finds the day before's events; the other comparison periods are empty.
    expected:
      modifier === ' previousDay'
        ? [
            { '@pattern': '<*> [INFO] order <*> stored', '@changeType': 'Increased', '@sampleCount': 4, '@previousSampleCount': 2, '@changePercent': 100 },
            { '@pattern': '<*> [ERROR] Failed to do: timeout after <*> ms', '@changeType': 'New', '@sampleCount': 2, '@previousSampleCount': 0 },
            { '@pattern': '<*> [ERROR] Failed to do: user=<*> denied', '@changeType': 'New', '@sampleCount': 1, '@previousSampleCount': 0 },
            { '@pattern': '<*> [WARN] cache miss', '@changeType': 'Gone', '@sampleCount': 0, '@previousSampleCount': 1, '@changePercent': -100 },
          ]
        : [
            { '@pattern': '<*> [INFO] order <*> stored', '@changeType': 'New', '@sampleCount': 4, '@previousSampleCount': 0 },
            { '@pattern': '<*> [ERROR] Failed to do: timeout after <*> ms', '@changeType': 'New', '@sampleCount': 2, '@previousSampleCount': 0 },
            { '@pattern': '<*> [ERROR] Failed to do: user=<*> denied', '@changeType': 'New', '@sampleCount': 1, '@previousSampleCount': 0 },
          ],
  })),
  {
    title: 'SOURCE: select log groups by name prefix',
    source: SOURCE_PAGE,
    checked: true,
    query: "SOURCE logGroups(namePrefix: ['namePrefix1', 'namePrefix2'])",
    input: { events: SOURCE_EVENTS },
    // Only the two groups whose names start with a listed prefix; a query without fields shows @timestamp and @message.
    expected: [
      { '@timestamp': SHOWN(0), '@message': 'one' },
      { '@timestamp': SHOWN(2), '@message': 'three' },
    ],
    unordered: true,
  },
  ...(
    [
      ['SOURCE: all the log groups of the account', 'SOURCE logGroups()', ['one', 'two', 'three']],
      ["SOURCE: the log groups of one account", "SOURCE logGroups(accountIdentifiers:['111122223333'])", ['one', 'three']],
    ] as const
  ).map(
    ([title, query, kept]): Case => ({
      title,
      source: SOURCE_PAGE,
      checked: true,
      query,
      // Without namePrefix every group is read; accountIdentifiers keeps the events whose export names that owner.
      input: { events: SOURCE_EVENTS },
      expected: SOURCE_EVENTS.filter((e) => (kept as readonly string[]).includes(e.message)).map((e) => ({ '@timestamp': e.t.replace('T', ' ').replace('Z', '.000'), '@message': e.message })),
      unordered: true,
    }),
  ),
];

/** Only the keys the case expects are compared, so columns a command adds (@patternId) need not be spelled out. */
function pickKeys(rows: Row[], expected: Row[]): Row[] {
  const keys = new Set(expected.flatMap((r) => Object.keys(r)));
  return rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => keys.has(k))));
}

for (const c of CASES) {
  test(`${c.title} — ${c.source.split(' (')[0]}`, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = c.input.fixture ? analyzeFixture(`conformance/${c.input.fixture}`) : join(dir, c.input.events ? 'export.json' : 'lines.log');
      if (c.input.events) {
        const events = c.input.events.map((e, i) => ({
          logStreamName: 'stream-1',
          timestamp: Date.parse(e.t),
          message: e.message,
          ingestionTime: Date.parse(e.t) + 500,
          eventId: String(i),
          ...(e.group ? { logGroupName: e.group, owner: e.owner ?? '111122223333' } : {}),
        }));
        writeFileSync(file, JSON.stringify({ events }));
      } else if (c.input.lines) writeFileSync(file, `${c.input.lines.join('\n')}\n`);
      const result = await runQuery(c.query, [file], { diffAgainst: c.diffAgainst ?? [] });
      const rows = JSON.parse(formatQueryResult(result, 'json')) as Row[];
      const patterns = c.query.includes('pattern') || c.query.startsWith('diff');
      const picked = patterns ? pickKeys(rows, c.expected) : rows;
      const bySet = (list: Row[]): Row[] => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      assert.deepEqual(c.unordered ? bySet(picked) : picked, c.unordered ? bySet(c.expected) : c.expected);
    } finally {
      cleanup();
    }
  });
}

test('count of documented queries in this suite, and how many were checked against their page', () => {
  assert.equal(CASES.length, 20);
  assert.equal(CASES.filter((c) => c.checked).length, 20);
});

// The SOURCE page's example for the Infrequent Access class: exported files do not say which class their group is
// in, so slens cannot pick those groups; it refuses the query, in English and Japanese, at the class.
test(`SOURCE: the log groups of the Infrequent Access class, refused — ${SOURCE_PAGE.split(' (')[0]}`, () => {
  const query = "SOURCE logGroups(class: ['INFREQUENT_ACCESS'])";
  assert.throws(() => prepareQuery(query), (error: unknown) => {
    assert.ok(isUserError(error));
    assert.match(formatUserError(error, 'en'), /^query:1:26: class INFREQUENT_ACCESS cannot be applied: log files do not say which log class their group is in\./);
    assert.match(formatUserError(error, 'ja'), /^query:1:26: class INFREQUENT_ACCESS は使えません。/);
    return true;
  });
  // STANDARD, the default class that every file is taken to be, is accepted (query-pattern.test.ts runs it).
  assert.doesNotThrow(() => prepareQuery("SOURCE logGroups(class: ['STANDARD'])"));
});
