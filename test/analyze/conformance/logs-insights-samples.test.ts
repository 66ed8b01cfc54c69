// Conformance with the "Sample queries" page of the CloudWatch Logs User Guide: general, VPC flow log,
// Route 53, CloudTrail and parse queries, each text verbatim, run over small fixtures written here
// (test/fixtures/analyze/conformance/) and compared with results worked out by hand.
// VPC flow logs (default format) and Route 53 query logs are text lines whose fields Logs Insights
// discovers (accountId, srcAddr, dstAddr, packets, bytes, logStatus…; queryType, resolverIp, responseCode…);
// CloudTrail events are JSON, one event per line as CloudTrail delivers them to a log group.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuery } from '../../../src/analyze/query/run.js';
import { formatQueryResult } from '../../../src/analyze/query/output.js';
import { analyzeFixture } from '../read-helpers.js';

export const SAMPLE_PAGE =
  'Amazon CloudWatch Logs User Guide, "Sample queries" (CWL_QuerySyntax-examples.md, awsdocs/amazon-cloudwatch-logs-user-guide at 5ae5c9a), read 2026-12-06';

type Row = Record<string, unknown>;

interface Case {
  title: string;
  fixture: string;
  query: string;
  expected: Row[];
  /** Logs Insights does not promise an order for these rows (no sort), so rows are compared as a set. */
  unordered?: boolean;
}

/** Rows in a canonical order, for queries whose output order is not defined. */
function canonical(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => JSON.stringify(Object.entries(a).sort()).localeCompare(JSON.stringify(Object.entries(b).sort())));
}

// VPC flow fixture (vpc-flow.log), start times on 2026-11-02 UTC:
//   10:00 192.0.2.10 → 198.51.100.1:443 TCP, 10 packets, 4000 bytes, ACCEPT
//   10:01 192.0.2.10 → 198.51.100.1:443 TCP,  5 packets, 2000 bytes, ACCEPT
//   10:02 192.0.2.20 → 198.51.100.2:53  UDP,  2 packets,  300 bytes, ACCEPT
//   10:03 203.0.113.5 → 192.0.2.10:22   TCP,  1 packet,    40 bytes, REJECT
//   11:00 203.0.113.9 → 192.0.2.20:53   UDP,  3 packets,  500 bytes, ACCEPT
// vpc-flow-status.log: NODATA at 10:04; SKIPDATA at 10:05, 11:01 and 11:02.
// Route 53 fixture (route53.log): 10:00 example.com A from 192.0.2.1; 10:10 example.com AAAA from 192.0.2.1;
//   10:20 api.example.com A SERVFAIL from 198.51.100.7; 11:05 api.example.com A SERVFAIL from 192.0.2.1;
//   11:06 www.example.com A from 198.51.100.7.
// CloudTrail fixture (cloudtrail.log): StartInstances ×2 and StopInstances in us-east-2 (ec2); CreateUser
//   alice in us-east-1 (iam); UpdateTrail ×2 in us-east-1 (cloudtrail), one failed with TrailNotFoundException.
const CASES: Case[] = [
  {
    title: 'Get a list of the number of exceptions per hour',
    fixture: 'exceptions.log',
    query: `filter @message like /Exception/ 
    | stats count(*) as exceptionCount by bin(1h)
    | sort exceptionCount desc`,
    // 10:00 one NullPointerException; 11:00 IllegalStateException and IOException.
    expected: [
      { 'bin(1h)': '2026-11-02 11:00:00.000', exceptionCount: 2 },
      { 'bin(1h)': '2026-11-02 10:00:00.000', exceptionCount: 1 },
    ],
  },
  {
    title: "Get a list of log events that aren't exceptions",
    fixture: 'exceptions.log',
    query: 'fields @message | filter @message not like /Exception/',
    expected: [{ '@message': '2026-11-02T10:30:00Z request served' }, { '@message': '2026-11-02T11:20:00Z request served again' }],
    unordered: true,
  },
  {
    title: 'Find the top 15 packet transfers across hosts',
    fixture: 'vpc-flow.log',
    query: `stats sum(packets) as packetsTransferred by srcAddr, dstAddr
    | sort packetsTransferred  desc
    | limit 15`,
    expected: [
      { srcAddr: '192.0.2.10', dstAddr: '198.51.100.1', packetsTransferred: 15 },
      { srcAddr: '203.0.113.9', dstAddr: '192.0.2.20', packetsTransferred: 3 },
      { srcAddr: '192.0.2.20', dstAddr: '198.51.100.2', packetsTransferred: 2 },
      { srcAddr: '203.0.113.5', dstAddr: '192.0.2.10', packetsTransferred: 1 },
    ],
  },
  {
    title: 'Find the top 15 byte transfers for hosts on a given subnet',
    fixture: 'vpc-flow.log',
    query: `filter isIpv4InSubnet(srcAddr, "192.0.2.0/24")
    | stats sum(bytes) as bytesTransferred by dstAddr
    | sort bytesTransferred desc
    | limit 15`,
    // Sources 192.0.2.10 (4000 + 2000 to 198.51.100.1) and 192.0.2.20 (300 to 198.51.100.2).
    expected: [
      { dstAddr: '198.51.100.1', bytesTransferred: 6000 },
      { dstAddr: '198.51.100.2', bytesTransferred: 300 },
    ],
  },
  {
    title: 'Find the IP addresses that use UDP as a data transfer protocol',
    fixture: 'vpc-flow.log',
    query: 'filter protocol=17 | stats count(*) by srcAddr',
    expected: [
      { srcAddr: '192.0.2.20', 'count(*)': 1 },
      { srcAddr: '203.0.113.9', 'count(*)': 1 },
    ],
    unordered: true,
  },
  {
    title: 'Find the IP addresses where flow records were skipped during the capture window',
    fixture: 'vpc-flow-status.log',
    query: `filter logStatus="SKIPDATA"
    | stats count(*) by bin(1h) as t
    | sort t`,
    // The record time is the flow's start: SKIPDATA at 10:05 (one in the 10:00 hour), 11:01 and 11:02.
    expected: [
      { t: '2026-11-02 10:00:00.000', 'count(*)': 1 },
      { t: '2026-11-02 11:00:00.000', 'count(*)': 2 },
    ],
  },
  {
    title: 'Find the distribution of records per hour by query type',
    fixture: 'route53.log',
    query: 'stats count(*) by queryType, bin(1h)',
    expected: [
      { queryType: 'A', 'bin(1h)': '2026-11-02 10:00:00.000', 'count(*)': 2 },
      { queryType: 'AAAA', 'bin(1h)': '2026-11-02 10:00:00.000', 'count(*)': 1 },
      { queryType: 'A', 'bin(1h)': '2026-11-02 11:00:00.000', 'count(*)': 2 },
    ],
    unordered: true,
  },
  {
    title: 'Find the 10 DNS resolvers with the highest number of requests',
    fixture: 'route53.log',
    query: `stats count(*) as numRequests by resolverIp
    | sort numRequests desc
    | limit 10`,
    expected: [
      { resolverIp: '192.0.2.1', numRequests: 3 },
      { resolverIp: '198.51.100.7', numRequests: 2 },
    ],
  },
  {
    title: 'Find the number of records by domain and subdomain where the server failed to complete the DNS request',
    fixture: 'route53.log',
    query: 'filter responseCode="SERVFAIL" | stats count(*) by queryName',
    expected: [{ queryName: 'api.example.com', 'count(*)': 2 }],
  },
  {
    title: 'Find the number of log entries for each service, event type, and AWS Region',
    fixture: 'cloudtrail.log',
    query: 'stats count(*) by eventSource, eventName, awsRegion',
    expected: [
      { eventSource: 'ec2.amazonaws.com', eventName: 'StartInstances', awsRegion: 'us-east-2', 'count(*)': 2 },
      { eventSource: 'ec2.amazonaws.com', eventName: 'StopInstances', awsRegion: 'us-east-2', 'count(*)': 1 },
      { eventSource: 'iam.amazonaws.com', eventName: 'CreateUser', awsRegion: 'us-east-1', 'count(*)': 1 },
      { eventSource: 'cloudtrail.amazonaws.com', eventName: 'UpdateTrail', awsRegion: 'us-east-1', 'count(*)': 2 },
    ],
    unordered: true,
  },
  {
    title: 'Find the Amazon EC2 hosts that were started or stopped in a given AWS Region',
    fixture: 'cloudtrail.log',
    query: 'filter (eventName="StartInstances" or eventName="StopInstances") and region="us-east-2"',
    // As printed on the page, the query names `region`; CloudTrail records carry `awsRegion`, and a missing
    // field fails every comparison, so no event matches (as in Logs Insights).
    expected: [],
  },
  {
    title: 'Find the AWS Regions, user names, and ARNs of newly created IAM users',
    fixture: 'cloudtrail.log',
    query: `filter eventName="CreateUser"
    | fields awsRegion, requestParameters.userName, responseElements.user.arn`,
    expected: [{ awsRegion: 'us-east-1', 'requestParameters.userName': 'alice', 'responseElements.user.arn': 'arn:aws:iam::123456789012:user/alice' }],
  },
  {
    title: 'Find the number of records where an exception occurred while invoking the API UpdateTrail',
    fixture: 'cloudtrail.log',
    query: `filter eventName="UpdateTrail" and ispresent(errorCode)
    | stats count(*) by errorCode, errorMessage`,
    expected: [{ errorCode: 'TrailNotFoundException', errorMessage: 'Unknown trail: audit', 'count(*)': 1 }],
  },
  {
    title: 'parse with a glob: average latency per method and user',
    fixture: 'parse-latency.log',
    query: `parse @message "user=*, method:*, latency := *" as @user,
    @method, @latency | stats avg(@latency) by @method,
    @user`,
    // alice GET 30 and 50 → 40; bob PUT 10.
    expected: [
      { '@method': 'GET', '@user': 'alice', 'avg(@latency)': 40 },
      { '@method': 'PUT', '@user': 'bob', 'avg(@latency)': 10 },
    ],
    unordered: true,
  },
  {
    title: 'parse, filter with IN, display an expression',
    fixture: 'bracket-levels.log',
    query: `FIELDS @message
    | PARSE @message "* [*] *" as loggingTime, loggingType, loggingMessage
    | FILTER loggingType IN ["ERROR", "INFO"]
    | DISPLAY loggingMessage, loggingType = "ERROR" as isError`,
    // DEBUG is filtered out; isError is true for the ERROR line only (compared by truth value below).
    expected: [
      { loggingMessage: 'disk full', isError: 1 },
      { loggingMessage: 'started', isError: 0 },
    ],
  },
];

/** A boolean result is compared by its truth value (1/0), whatever form the output gives it. */
function booleansAsNumbers(rows: Row[]): Row[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v])));
}

for (const c of CASES) {
  test(`${c.title} — Sample queries`, async () => {
    const result = await runQuery(c.query, [analyzeFixture(`conformance/${c.fixture}`)]);
    const rows = booleansAsNumbers(JSON.parse(formatQueryResult(result, 'json')) as Row[]);
    assert.deepEqual(c.unordered ? canonical(rows) : rows, c.unordered ? canonical(c.expected) : c.expected);
  });
}

// API Gateway access logs in the JSON format AWS suggests (one object per request) are read as JSON.
const SNIPPET = 'Serverless Land snippet "Most active IPs" (serverlessland.com/snippets/cloudwatch-insight-apigw-top-10-ips, from aws-samples/serverless-snippets), read 2026-12-06';

test(`Most active IPs in an API Gateway access log — ${SNIPPET.split(' (')[0]}`, async () => {
  const query = `stats count(*) as requestCount by ip
| sort requestCount desc
| limit 10`;
  const result = await runQuery(query, [analyzeFixture('conformance/apigw-access.log')]);
  // apigw-access.log: six requests, three from 198.51.100.7, two from 203.0.113.3, one from 192.0.2.44.
  assert.deepEqual(JSON.parse(formatQueryResult(result, 'json')), [
    { ip: '198.51.100.7', requestCount: 3 },
    { ip: '203.0.113.3', requestCount: 2 },
    { ip: '192.0.2.44', requestCount: 1 },
  ]);
});

test('count of documented cases in this suite (all run correctly when the tests above pass)', () => {
  assert.equal(CASES.length + 1, 16);
});
