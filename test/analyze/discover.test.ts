// Field discovery in VPC flow logs and Route 53 query logs: exact shapes only; broken, hostile and huge
// lines stay plain text; Lambda lines are untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discoverFields } from '../../src/analyze/read/discover.js';
import { classify } from '../../src/analyze/read/classify.js';
import { LogRecord } from '../../src/analyze/read/record.js';

const FLOW = '2 123456789012 eni-0a1 192.0.2.10 198.51.100.1 44321 443 6 10 4000 1793613600 1793613660 ACCEPT OK';

test('a default-format VPC flow log line gives the fields Logs Insights discovers, numbers as numbers', () => {
  const found = discoverFields(FLOW);
  assert.equal(found?.kind, 'vpc-flow');
  assert.deepEqual(found?.fields, {
    version: 2, accountId: '123456789012', interfaceId: 'eni-0a1', srcAddr: '192.0.2.10', dstAddr: '198.51.100.1',
    srcPort: 44321, dstPort: 443, protocol: 6, packets: 10, bytes: 4000, startTime: 1793613600, endTime: 1793613660,
    action: 'ACCEPT', logStatus: 'OK',
  });
  assert.equal(found?.time, 1793613600 * 1000);
});

test('a NODATA flow record keeps its dashes as text', () => {
  const found = discoverFields('2 123456789012 eni-0c3 - - - - - - - 1793613840 1793613900 - NODATA');
  assert.equal(found?.fields['packets'], '-');
  assert.equal(found?.fields['logStatus'], 'NODATA');
});

test('a Route 53 query log line gives its discovered fields and its query time', () => {
  const found = discoverFields('1.0 2026-11-02T11:05:00.000Z Z0123456789ABC api.example.com A SERVFAIL TCP NRT57 192.0.2.1 198.51.100.0/24');
  assert.equal(found?.kind, 'route53');
  assert.equal(found?.fields['queryName'], 'api.example.com');
  assert.equal(found?.fields['responseCode'], 'SERVFAIL');
  assert.equal(found?.fields['resolverIp'], '192.0.2.1');
  assert.equal(found?.time, '2026-11-02T11:05:00.000Z');
});

test('lines that are almost a flow record or a DNS query record stay plain text', () => {
  const near = [
    FLOW.replace(' OK', ''), // 13 fields
    FLOW.replace('ACCEPT', 'ALLOW'), // unknown action
    FLOW.replace('OK', 'FINE'), // unknown status
    FLOW.replace('123456789012', 'acct'), // account is not digits
    `${FLOW} extra`, // 15 fields
    '1.0 yesterday Z0123456789ABC example.com A NOERROR UDP FRA6 192.0.2.1 -', // no ISO time
    '1.0 2026-11-02T10:00:01.000Z H0123 example.com A NOERROR UDP FRA6 192.0.2.1 -', // zone id not Z…
    '2026-11-02T10:00:00Z 2 123 eni-0a1', // a timed text line
    '200 OK',
    '',
    '9'.repeat(100_000),
    `2 ${'x '.repeat(200_000)}`,
  ];
  for (const line of near) assert.equal(discoverFields(line), undefined, line.slice(0, 60));
});

test('through classify: a flow line becomes a record with fields and the flow start as its time; Lambda lines are unchanged', () => {
  const rec = classify('flow.log', 1, FLOW);
  assert.ok(rec instanceof LogRecord);
  assert.equal(rec.get('srcAddr'), '192.0.2.10');
  assert.equal(rec.get('@timestamp'), 1793613600 * 1000);
  // An export's event time wins over the flow start.
  const exported = classify('flow.json', 1, FLOW, 42);
  assert.ok(exported instanceof LogRecord);
  assert.equal(exported.get('@timestamp'), 42);
  const report = classify('l.log', 1, 'REPORT RequestId: r1\tDuration: 1.00 ms\tBilled Duration: 1 ms\tMemory Size: 128 MB\tMax Memory Used: 60 MB\t');
  assert.ok(report instanceof LogRecord);
  assert.equal(report.type, 'REPORT');
  assert.equal(report.json, undefined);
});
