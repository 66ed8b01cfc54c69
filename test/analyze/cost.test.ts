// The monthly cost estimate against hand-computed figures (us-east-1 prices from prices.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateCost, tiered, type CostInputs } from '../../src/analyze/cost/estimate.js';
import { readWorkload } from '../../src/analyze/cost/workload.js';
import type { FunctionSpec } from '../../src/analyze/cost/workload.js';
import { analyzeFixture } from './read-helpers.js';

const GIB = 1024 ** 3;
const near = (actual: number, expected: number, what: string): void => assert.ok(Math.abs(actual - expected) < 2e-6, `${what}: ${actual} vs ${expected}`);
const fn = (over: Partial<FunctionSpec> = {}): FunctionSpec => ({ name: 'f', memoryMb: 1024, arch: 'x86_64', tracing: false, provisioned: 0, retentionDays: 30, ...over });
const inputs = (over: Partial<CostInputs> = {}): CostInputs => ({
  region: 'us-east-1',
  requests: 10_000_000,
  durationMs: 100,
  functions: [fn()],
  api: 'none',
  apiRequests: 10_000_000,
  logBytesPerRequest: 1000,
  xraySampling: 0.05,
  freeTier: false,
  savingsPlan: 0,
  ...over,
});

test('tiered volumes', () => {
  const tiers = [
    { upTo: 10, price: 1 },
    { upTo: 20, price: 0.5 },
    { upTo: Infinity, price: 0.1 },
  ];
  assert.equal(tiered(5, tiers), 5);
  assert.equal(tiered(15, tiers), 12.5);
  assert.equal(tiered(120, tiers), 25);
});

test('one function: requests, duration, logs, and no API', () => {
  const e = estimateCost(inputs());
  const f = e.functions[0];
  assert.ok(f);
  // 10M x 0.1 s x 1 GB = 1,000,000 GB-s x 0.0000166667; 10M x $0.0000002.
  assert.equal(f.gbSeconds, 1_000_000);
  near(f.lambdaDuration, 16.6667, 'duration');
  near(f.lambdaRequests, 2, 'requests');
  // 10M x 1000 bytes = 9.3132 GiB: ingestion x $0.50; 30 days kept = 30 / 30.4167 months x $0.03.
  const gib = 1e10 / GIB;
  near(f.logsIngestion, gib * 0.5, 'ingestion');
  near(f.logsStorage, gib * (30 / (365 / 12)) * 0.03, 'storage');
  assert.equal(f.xray, 0);
  assert.equal(e.api, null);
  near(e.total, f.total, 'total');
});

test('free tier, X-Ray, Savings Plan and arm64', () => {
  const e = estimateCost(inputs({ functions: [fn({ arch: 'arm64', tracing: true })], freeTier: true, savingsPlan: 0.17 }));
  const f = e.functions[0];
  assert.ok(f);
  near(f.lambdaDuration, 1_000_000 * 0.0000133334, 'arm duration');
  near(f.xray, 500_000 * 5 / 1e6, '5% of 10M traced');
  // Free: 1M requests ($0.20) + 400,000 GB-s at the arm price + 100,000 traces ($0.50).
  near(e.adjustments.freeTier, 0.2 + 400_000 * 0.0000133334 + 0.5, 'free tier');
  // Savings Plan: 17% of the duration left after the free GB-seconds.
  near(e.adjustments.savingsPlan, 0.17 * (600_000 * 0.0000133334), 'savings plan');
});

test('REST API with the HTTP API saving; tiers past 333 million requests', () => {
  const e = estimateCost(inputs({ api: 'rest', apiRequests: 400_000_000 }));
  // REST: 333M x $3.50/M + 67M x $2.80/M; HTTP: 300M x $1.00/M + 100M x $0.90/M.
  assert.deepEqual(e.api, { type: 'rest', requests: 400_000_000, monthly: 1353.1, httpMonthly: 390, saving: 963.1, approximated: false });
  const http = estimateCost(inputs({ api: 'http', apiRequests: 1_000_000 }));
  assert.deepEqual(http.api, { type: 'http', requests: 1_000_000, monthly: 1, httpMonthly: null, saving: null, approximated: false });
});

test('provisioned concurrency: configured all month, serving the requests it covers', () => {
  const e = estimateCost(inputs({ functions: [fn({ provisioned: 5 })] }));
  const f = e.functions[0];
  assert.ok(f);
  // 5 x 1 GB x 730 h x 3600 s x $0.0000041667; average concurrency 10M x 0.1 s / 2,628,000 s = 0.38 → all on PC.
  near(f.provisionedConcurrency, 5 * 2_628_000 * 0.0000041667, 'provisioned');
  near(f.lambdaDuration, 1_000_000 * 0.0000097222, 'duration on provisioned');
  // Half covered: average concurrency 10 with 5 provisioned.
  const half = estimateCost(inputs({ requests: 262_800_000, functions: [fn({ provisioned: 5 })] })).functions[0];
  near(half?.lambdaDuration as number, 13_140_000 * 0.0000166667 + 13_140_000 * 0.0000097222, 'half on demand');
});

test('tiered duration above 6 billion GB-seconds; never-expiring logs; regions without API/logs prices', () => {
  const big = estimateCost(inputs({ requests: 10_000_000_000, durationMs: 1000 }));
  // 10 B GB-s: 4 B past the first tier at 10% off.
  near(big.adjustments.durationTiers, 4e9 * 0.0000166667 * 0.1, 'tiers');
  const never = estimateCost(inputs({ functions: [fn({ retentionDays: undefined })] })).functions[0];
  near(never?.logsStorage as number, (1e10 / GIB) * 12 * 0.03, 'a year of storage');
  const dublin = estimateCost(inputs({ region: 'eu-west-1', api: 'http' }));
  assert.deepEqual(dublin.approximated, ['API Gateway', 'CloudWatch Logs']);
  assert.equal(dublin.api?.approximated, true);
  const tokyo = estimateCost(inputs({ region: 'ap-northeast-1', api: 'rest', apiRequests: 1_000_000 }));
  assert.equal(tokyo.api?.monthly, 4.25);
  assert.deepEqual(tokyo.approximated, []);
});

test('templates give the functions, their settings and the API type', async () => {
  const w = await readWorkload([analyzeFixture('cost-template.yaml')]);
  assert.equal(w.templates, 1);
  assert.deepEqual(
    w.functions.map(({ source: _s, ...f }) => f),
    [
      { name: 'orders', memoryMb: 512, arch: 'arm64', tracing: true, provisioned: 0, retentionDays: 14 },
      { name: 'reports', memoryMb: 1024, arch: 'x86_64', tracing: false, provisioned: 2, retentionDays: undefined },
    ],
  );
  assert.equal(w.functions[0]?.source, `${analyzeFixture('cost-template.yaml')}:5`);
  assert.equal(w.apis.rest, 1);
});

test('Lambda logs ingestion: tiered since May 2025 across the account ($0.50, $0.25, $0.10, $0.05 per GB in us-east-1)', () => {
  // Two functions, each 30 billion requests x 1024 bytes a month = 28,610 GB (GiB, as billed) per function.
  const perFunctionGb = (30e9 * 1024) / GIB;
  const e = estimateCost(inputs({ requests: 30e9, logBytesPerRequest: 1024, functions: [fn({ name: 'a' }), fn({ name: 'b' })] }));
  const total = 2 * perFunctionGb; // 57,220 GB: past 50 TB (51,200 GB)
  assert.ok(total > 50 * 1024 && total < 60 * 1024);
  // Each function is charged the first-tier price; the tiers come back as one account-wide adjustment.
  near(e.functions[0]?.logsIngestion as number, perFunctionGb * 0.5, 'first-tier price per function');
  const billed = 10 * 1024 * 0.5 + 20 * 1024 * 0.25 + 20 * 1024 * 0.1 + (total - 50 * 1024) * 0.05;
  near(e.adjustments.logsTiers, total * 0.5 - billed, 'tier saving');
  assert.deepEqual(e.approximated, []);
  // Below 10 TB nothing changes.
  const small = estimateCost(inputs({ logBytesPerRequest: 1024 }));
  assert.equal(small.adjustments.logsTiers, 0);
  // Outside us-east-1 the same ratios are applied and the estimate says so.
  const dublin = estimateCost(inputs({ region: 'eu-west-1', requests: 30e9, logBytesPerRequest: 1024 }));
  assert.ok(dublin.adjustments.logsTiers > 0);
  assert.ok(dublin.approximated.includes('CloudWatch Logs tiers for Lambda logs'));
});
