// More documented Logs Insights queries: API Gateway, Lambda and CloudTrail samples, parse, dedup, multiple
// stats, pattern, diff and SOURCE. Each query text is kept as its page prints it, with its source; `checked`
// says whether the text was compared with the page on the day named (the others were written from the page as
// remembered and are of its documented shape). Inputs are built here from the arrays below, so every expected
// row can be worked out by hand from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runQuery } from '../../../src/analyze/query/run.js';
import { formatQueryResult } from '../../../src/analyze/query/output.js';
import { analyzeFixture, tempDir } from '../read-helpers.js';

type Row = Record<string, unknown>;
const DAY = 'read 2026-12-06';
const page = (name: string): string => `Amazon CloudWatch Logs User Guide, "${name}" (docs.aws.amazon.com/AmazonCloudWatch/latest/logs/), ${DAY}`;
const SAMPLES = page('Sample queries');
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
  input: { events?: { t: string; message: string; group?: string }[]; lines?: string[]; fixture?: string };
  diffAgainst?: string[];
  expected: Row[];
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

const report = (id: string, duration: number): string => `REPORT RequestId: ${id}\tDuration: ${duration}.00 ms\tBilled Duration: ${duration} ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\t`;

// CloudTrail events with their TLS details (as CloudTrail delivers them to a log group, one per event).
const trail = (version: string, source: string, name: string, region: string): string =>
  JSON.stringify({
    eventVersion: '1.08',
    eventTime: T(0),
    eventSource: source,
    eventName: name,
    awsRegion: region,
    recipientAccountId: '111122223333',
    userAgent: 'aws-cli/2.15',
    userIdentity: { accountId: '111122223333' },
    tlsDetails: { tlsVersion: version, cipherSuite: 'ECDHE-RSA-AES128-GCM-SHA256' },
  });
const TLS = [
  trail('TLSv1', 's3.amazonaws.com', 'GetObject', 'us-east-1'),
  trail('TLSv1.1', 's3.amazonaws.com', 'GetObject', 'us-east-1'),
  trail('TLSv1', 'ec2.amazonaws.com', 'DescribeInstances', 'us-east-2'),
  trail('TLSv1.2', 's3.amazonaws.com', 'PutObject', 'us-east-1'),
];
const tlsRow = (source: string, name: string, region: string, version: string, n: number): Row => ({
  'userIdentity.accountId': '111122223333',
  recipientAccountId: '111122223333',
  eventSource: source,
  eventName: name,
  awsRegion: region,
  'tlsDetails.tlsVersion': version,
  'tlsDetails.cipherSuite': 'ECDHE-RSA-AES128-GCM-SHA256',
  userAgent: 'aws-cli/2.15',
  numOutdatedTlsCalls: n,
});

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
    title: 'Identify the 10 longest-running API Gateway requests',
    source: SAMPLES,
    checked: false,
    query: `fields @timestamp, status, ip, path, httpMethod, responseLatency
| sort responseLatency desc
| limit 10`,
    input: { events: apiEvents },
    // Latencies 900, 120, 80, 30, 15, 5, 4, 2.
    expected: [3, 0, 5, 6, 1, 2, 7, 4].map((i) => apiRow(i, ['status', 'ip', 'path', 'httpMethod', 'responseLatency'])),
  },
  {
    title: 'Return the list of the most popular API paths',
    source: SAMPLES,
    checked: false,
    query: `stats count(*) as requestCount by path
| sort requestCount desc
| limit 10`,
    input: { events: apiEvents },
    // /orders ×5, then one each: equal counts keep the order of the stats output (paths sorted).
    expected: [
      { path: '/orders', requestCount: 5 },
      { path: '/admin', requestCount: 1 },
      { path: '/health', requestCount: 1 },
      { path: '/orders/9', requestCount: 1 },
    ],
  },
  {
    title: 'Create an integration latency report',
    source: SAMPLES,
    checked: false,
    query: `filter status=200
| stats avg(integrationLatency), max(integrationLatency), min(integrationLatency) by bin(1m)`,
    input: { events: apiEvents },
    // 200s at 10:00 (100), 10:05 (60) and 10:07 (2).
    expected: [0, 5, 7].map((i) => ({ 'bin(1m)': SHOWN(i), 'avg(integrationLatency)': API[i]?.integrationLatency, 'max(integrationLatency)': API[i]?.integrationLatency, 'min(integrationLatency)': API[i]?.integrationLatency })),
  },
  {
    title: 'Search for slow function invocations, and eliminate duplicate requests that can arise from retries',
    source: SAMPLES,
    checked: false,
    query: `fields @timestamp, @requestId, @message, @logStream
| filter @type = "REPORT" and @duration > 1000
| sort @timestamp desc
| dedup @requestId
| limit 20`,
    // r1 is retried (10:00 and 10:02); r2 is fast; r3 is slow once.
    input: { events: [{ t: T(0), message: report('r1', 1500) }, { t: T(1), message: report('r2', 800) }, { t: T(2), message: report('r1', 1600) }, { t: T(3), message: report('r3', 2000) }] },
    expected: [
      { '@timestamp': SHOWN(3), '@requestId': 'r3', '@message': report('r3', 2000), '@logStream': 'stream-1' },
      { '@timestamp': SHOWN(2), '@requestId': 'r1', '@message': report('r1', 1600), '@logStream': 'stream-1' },
    ],
  },
  {
    title: 'Find log entries where TLS 1.0 or 1.1 was used',
    source: SAMPLES,
    checked: false,
    query: `filter tlsDetails.tlsVersion in [ "TLSv1", "TLSv1.1" ]
| stats count(*) as numOutdatedTlsCalls by userIdentity.accountId, recipientAccountId, eventSource, eventName, awsRegion, tlsDetails.tlsVersion, tlsDetails.cipherSuite, userAgent
| sort eventSource, eventName, awsRegion, tlsDetails.tlsVersion`,
    input: { lines: TLS },
    expected: [
      tlsRow('ec2.amazonaws.com', 'DescribeInstances', 'us-east-2', 'TLSv1', 1),
      tlsRow('s3.amazonaws.com', 'GetObject', 'us-east-1', 'TLSv1', 1),
      tlsRow('s3.amazonaws.com', 'GetObject', 'us-east-1', 'TLSv1.1', 1),
    ],
  },
  {
    title: 'Find the number of calls per service that used TLS versions 1.0 or 1.1',
    source: SAMPLES,
    checked: false,
    query: `filter tlsDetails.tlsVersion in [ "TLSv1", "TLSv1.1" ]
| stats count(*) as numOutdatedTlsCalls by eventSource
| sort numOutdatedTlsCalls desc`,
    input: { lines: TLS },
    expected: [
      { eventSource: 's3.amazonaws.com', numOutdatedTlsCalls: 2 },
      { eventSource: 'ec2.amazonaws.com', numOutdatedTlsCalls: 1 },
    ],
  },
  {
    title: 'parse: show the message of ERROR lines',
    source: SAMPLES,
    checked: false,
    query: `fields @timestamp, @message
| parse @message "[*] *" as loggingType, loggingMessage
| filter loggingType = "ERROR"
| display loggingMessage`,
    input: { lines: ['[ERROR] disk full', '[INFO] started', '[ERROR] out of memory'] },
    expected: [{ loggingMessage: 'disk full' }, { loggingMessage: 'out of memory' }],
  },
  {
    title: 'dedup: the most recent event for each server and severity',
    source: page('dedup'),
    checked: false,
    query: 'fields @timestamp, server, severity, message | sort @timestamp desc | dedup server, severity',
    input: {
      lines: [
        JSON.stringify({ timestamp: T(0), server: 'a', severity: 'ERROR', message: 'old a error' }),
        JSON.stringify({ timestamp: T(1), server: 'a', severity: 'INFO', message: 'a info' }),
        JSON.stringify({ timestamp: T(2), server: 'a', severity: 'ERROR', message: 'new a error' }),
        JSON.stringify({ timestamp: T(3), server: 'b', severity: 'ERROR', message: 'b error' }),
      ],
    },
    expected: [
      { '@timestamp': SHOWN(3), server: 'b', severity: 'ERROR', message: 'b error' },
      { '@timestamp': SHOWN(2), server: 'a', severity: 'ERROR', message: 'new a error' },
      { '@timestamp': SHOWN(1), server: 'a', severity: 'INFO', message: 'a info' },
    ],
  },
  {
    title: 'Use multiple stats commands: peak, lowest and average ingestion per 5 minutes',
    source: page('stats'),
    checked: false,
    query: `FIELDS strlen(@message) AS message_length
| STATS sum(message_length)/1024/1024 as logs_mb BY bin(5m)
| STATS max(logs_mb) AS peak_ingest_mb, 
        min(logs_mb) AS min_ingest_mb, 
        avg(logs_mb) AS avg_ingest_mb`,
    // Two 5-minute bins: 10:00 holds 1 MiB + 1 MiB of text, 10:05 holds 1 MiB → 2, 1 and their mean 1.5.
    input: { lines: [`${T(0)} ${'a'.repeat(1048576 - 21)}`, `${T(1)} ${'b'.repeat(1048576 - 21)}`, `${T(6)} ${'c'.repeat(1048576 - 21)}`] },
    expected: [{ peak_ingest_mb: 2, min_ingest_mb: 1, avg_ingest_mb: 1.5 }],
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
  {
    title: 'pattern after a filter',
    source: page('pattern'),
    checked: false,
    query: `filter @message like /ERROR/
| pattern @message`,
    input: { lines: APP },
    expected: [
      { '@pattern': '<*> [ERROR] Failed to do: timeout after <*> ms', '@ratio': 2 / 3, '@sampleCount': 2, '@severityLabel': 'Error' },
      { '@pattern': '<*> [ERROR] Failed to do: user=<*> denied', '@ratio': 1 / 3, '@sampleCount': 1, '@severityLabel': 'Error' },
    ],
  },
  {
    title: 'pattern on a parsed field, sorted by count',
    source: page('pattern'),
    checked: false,
    query: `filter @message like /ERROR/
| parse @message 'Failed to do: *' as cause
| pattern cause
| sort @sampleCount asc`,
    input: { lines: APP },
    expected: [
      { '@pattern': 'user=<*> denied', '@ratio': 1 / 3, '@sampleCount': 1, '@severityLabel': 'Unknown' },
      { '@pattern': 'timeout after <*> ms', '@ratio': 2 / 3, '@sampleCount': 2, '@severityLabel': 'Unknown' },
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
    title: 'SOURCE: query the log groups whose names start with a prefix',
    source: page('SOURCE'),
    checked: false,
    query: `SOURCE logGroups(namePrefix: ['/aws/lambda/orders'], class: 'STANDARD')
| filter @message like 'ERROR'
| fields @timestamp, @log, @message`,
    input: {
      events: [
        { t: T(0), message: 'ERROR one', group: '/aws/lambda/orders' },
        { t: T(1), message: 'ERROR two', group: '/aws/lambda/payments' },
        { t: T(2), message: 'INFO three', group: '/aws/lambda/orders-api' },
        { t: T(3), message: 'ERROR four', group: '/aws/lambda/orders-api' },
      ],
    },
    expected: [
      { '@timestamp': SHOWN(0), '@log': '111122223333:/aws/lambda/orders', '@message': 'ERROR one' },
      { '@timestamp': SHOWN(3), '@log': '111122223333:/aws/lambda/orders-api', '@message': 'ERROR four' },
    ],
  },
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
          ...(e.group ? { logGroupName: e.group, owner: '111122223333' } : {}),
        }));
        writeFileSync(file, JSON.stringify({ events }));
      } else if (c.input.lines) writeFileSync(file, `${c.input.lines.join('\n')}\n`);
      const result = await runQuery(c.query, [file], { diffAgainst: c.diffAgainst ?? [] });
      const rows = JSON.parse(formatQueryResult(result, 'json')) as Row[];
      const patterns = c.query.includes('pattern') || c.query.startsWith('diff');
      assert.deepEqual(patterns ? pickKeys(rows, c.expected) : rows, c.expected);
    } finally {
      cleanup();
    }
  });
}

test('count of documented queries in this suite, and how many were checked against their page', () => {
  assert.equal(CASES.length, 23);
  assert.equal(CASES.filter((c) => c.checked).length, 11);
});
