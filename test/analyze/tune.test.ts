// Power tuning analysis against hand-computed figures. Fixtures: tune-128.log (text REPORT lines, one cold
// start), tune-512.log (JSON platform.report records), tune-1024.log; durations chosen so the three strategies
// disagree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeTuning, recommend, rowsFromAverages, rowsFromSamples, trimmedMean, type TuneRow } from '../../src/analyze/tune/analyze.js';
import { loadTuneInput } from '../../src/analyze/tune/load.js';
import { decodeVisualization, powerTuningPoints } from '../../src/analyze/tune/power-tuning.js';
import { invocationCost, lambdaPrices } from '../../src/analyze/pricing/lambda.js';
import { LAMBDA_PRICES } from '../../src/analyze/pricing/prices.js';
import { isUserError } from '../../src/util/errors.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFixture, tempDir } from './read-helpers.js';

const X86 = 0.0000166667;
const ARM = 0.0000133334;
const REQ = 0.0000002;
const close = (actual: number, expected: number, what: string): void => assert.ok(Math.abs(actual - expected) < 1e-15, `${what}: ${actual} vs ${expected}`);
const RUNS = ['tune-128.log', 'tune-512.log', 'tune-1024.log'].map(analyzeFixture);

test('trimmed mean drops floor(n x fraction) values at each end', () => {
  assert.equal(trimmedMean([1000, 1010, 1020, 1030, 5000], 0.2), 1020);
  assert.equal(trimmedMean([1, 2, 3, 4], 0.2), 2.5, 'k = 0 when n x 0.2 < 1');
  assert.equal(trimmedMean([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 0.4), 5.5, 'fraction above 0.4 is clamped');
  assert.equal(trimmedMean([5, 1, 9], 0), 5);
});

test('cost per invocation: billed ms x GB x price per GB-second + request price', () => {
  close(invocationCost(1017, 128, lambdaPrices('us-east-1', 'x86_64')), 1.017 * 0.125 * X86 + REQ, 'x86');
  close(invocationCost(100, 1024, lambdaPrices('us-east-1', 'arm64')), 0.1 * ARM + REQ, 'arm');
  close(invocationCost(1000, 1024, lambdaPrices('eu-south-1', 'x86_64')), 0.0000195172 + 0.00000023, 'Milan');
  assert.equal(LAMBDA_PRICES['ap-northeast-1']?.x86_64.gbSecond, X86);
  assert.throws(() => lambdaPrices('mars-1', 'x86_64'), (e: unknown) => isUserError(e) && /no Lambda prices for region "mars-1"/.test(e.message));
  // Middle East regions are named as not settled from an AWS source (no estimate at another region's price).
  for (const me of ['me-south-1', 'me-central-1', 'il-central-1']) {
    assert.throws(() => lambdaPrices(me, 'arm64'), (e: unknown) => isUserError(e) && new RegExp(`region "${me}" \\(.+\\) are not settled from an AWS source`).test(e.message));
  }
  // Osaka is settled from the calculator data: the same prices as Tokyo.
  assert.deepEqual(lambdaPrices('ap-northeast-3', 'x86_64'), lambdaPrices('ap-northeast-1', 'x86_64'));
  assert.equal(lambdaPrices('ap-northeast-3', 'arm64').gbSecond, 0.0000133334);
});

test('REPORT lines of three memory sizes: averages include init, cost uses the trimmed billed mean rounded up', async () => {
  const input = await loadTuneInput(RUNS);
  assert.equal(input.points.length, 0);
  const rows = rowsFromSamples(input.samples, 0.2, lambdaPrices('us-east-1', 'x86_64'));
  assert.deepEqual(rows.map((r) => [r.memory, r.invocations]), [[128, 5], [512, 5], [1024, 5]]);
  // 128 MB: totals 1000, 1010 (900 + 110 init), 1020, 1030, 5000 → 1020; billed 900..5000 → (1000+1020+1030)/3 → 1017 ms.
  assert.equal(rows[0]?.avgDuration, 1020);
  close(rows[0]?.costPerInvocation as number, 1.017 * 0.125 * X86, '128');
  assert.equal(rows[0]?.requestPrice, REQ, 'the request price is reported beside the duration cost');
  assert.deepEqual(rows.map((r) => [r.errors, r.timeouts]), [[0, 0], [0, 0], [0, 0]]);
  // 512 MB: 250, 250, 260 → 253.333; billed → 254 ms. 1024 MB: 140, 150, 150 → 146.667; billed → 147 ms.
  assert.equal(rows[1]?.avgDuration, 253.333);
  close(rows[1]?.costPerInvocation as number, 0.254 * 0.5 * X86, '512');
  assert.equal(rows[2]?.avgDuration, 146.667);
  close(rows[2]?.costPerInvocation as number, 0.147 * 1 * X86, '1024');
  const withRequest = rowsFromSamples(input.samples, 0.2, lambdaPrices('us-east-1', 'x86_64'), true);
  close(withRequest[1]?.costPerInvocation as number, 0.254 * 0.5 * X86 + REQ, '512 with the request price');
  assert.equal(analyzeTuning(rows, { strategy: 'cost', weight: 0.5 }).recommendation.memory, 512);
  assert.equal(analyzeTuning(rows, { strategy: 'speed', weight: 0.5 }).recommendation.memory, 1024);
  // Costs in units of X86: 128 → 0.127125, 512 → 0.127, 1024 → 0.147 (max); durations max 1020.
  // balanced 0.5: 512 → 0.5 x 0.8639 + 0.5 x 0.2484 = 0.5562; 1024 → 0.5 + 0.5 x 0.1438 = 0.5719; 128 → 0.9324.
  assert.equal(analyzeTuning(rows, { strategy: 'balanced', weight: 0.5 }).recommendation.memory, 512);
  // balanced 0.2: 512 → 0.1728 + 0.1987 = 0.3715; 1024 → 0.2 + 0.1150 = 0.3150.
  assert.equal(recommend(rows, 'balanced', 0.2), 1024);
  assert.equal(recommend(rows, 'balanced', 1), 512, 'weight 1 is cost');
  assert.equal(recommend(rows, 'balanced', 0), 1024, 'weight 0 is speed');
});

test('ties: cost ties go to the faster size, speed ties to the cheaper one', () => {
  const row = (memory: number, avgDuration: number, cost: number): TuneRow => ({ memory, invocations: 1, avgDuration, costPerInvocation: cost, durationCost: cost, requestPrice: 0, errors: 0, timeouts: 0 });
  const rows: TuneRow[] = [row(256, 100, 2), row(512, 50, 2), row(1024, 50, 3)];
  assert.equal(recommend(rows, 'cost', 0.5), 512);
  assert.equal(recommend(rows, 'speed', 0.5), 512);
});

test('power-tuning visualization URL decodes to powers, durations and costs (little-endian Int16 / Float32)', () => {
  const decoded = decodeVisualization('https://lambda-power-tuning.show/#gAAAAQACAAQABsAL;ZooQR4yvkUa/pQRGRC5zRaADHUVjOftE;QdWhOEMkoziDT5Q4xhiIOMYYiDi6RNc4');
  assert.deepEqual(decoded?.powers, [128, 256, 512, 1024, 1536, 3008]);
  assert.deepEqual(decoded?.durations.map((d) => Math.round(d * 10) / 10), [37002.4, 18647.8, 8489.4, 3890.9, 2512.2, 2009.8]);
  assert.ok(Math.abs((decoded?.costs[0] as number) - 7.72e-5) < 1e-7);
  // The tuner's own test vectors: powers [1, 2, 3] pack to AQACAAMA.
  assert.deepEqual(decodeVisualization('x#AQACAAMA;AAAAQAAAAEAAAIA/;AABAQAAAAEAAAABA')?.powers, [1, 2, 3]);
  assert.equal(decodeVisualization('https://lambda-power-tuning.show/'), undefined);
  assert.equal(decodeVisualization('x#AQA;AAAA;AAAA'), undefined, 'odd byte count');
  assert.equal(decodeVisualization('x#!!;AAAA;AAAA'), undefined, 'not base64');
});

test("power-tuning outputs: stats when present, else the URL; the tuner's own prices and pick", async () => {
  const url = await loadTuneInput([analyzeFixture('power-tuning-url.json')]);
  const rows = rowsFromAverages(url.points, lambdaPrices('us-east-1', 'x86_64'));
  assert.deepEqual(rows.map((r) => r.memory), [128, 256, 512, 1024, 1536, 3008]);
  assert.ok(rows.every((r) => r.invocations === null && r.errors === null));
  close(rows[3]?.costPerInvocation as number, 0.00006489599763881415, '1024 as packed in the URL');
  // The URL packs costs as 32-bit floats: 1024 and 1536 tie there, so the faster 1536 wins the cost tie.
  // (The tuner named 1024 from full-precision costs; only outputs with "stats" carry those.)
  assert.equal(rows[3]?.costPerInvocation, rows[4]?.costPerInvocation);
  assert.equal(recommend(rows, 'cost', 0.5), 1536);
  const stats = await loadTuneInput([analyzeFixture('power-tuning-stats.json')]);
  const statRows = rowsFromAverages(stats.points, lambdaPrices('us-east-1', 'x86_64'));
  assert.deepEqual(statRows.map((r) => [r.memory, r.avgDuration, r.costPerInvocation]), [[128, 190.5, 2.1e-7], [256, 95.2, 2.1e-7], [512, 80.1, 3.4e-7]]);
  // 128 and 256 cost the same (its averagePrice): the faster one wins, as "power": 256 in the output says.
  assert.equal(recommend(statRows, 'cost', 0.5), 256);
  assert.equal(recommend(statRows, 'speed', 0.5), 512);
  assert.match(String(powerTuningPoints({ power: 1, stats: [{ value: 'x', averageDuration: 5 }] })), /stats\[0\] needs/);
  assert.match(String(powerTuningPoints({ power: 1, stateMachine: {} })), /no "stats"/);
});

test('SnapStart: Billed Duration already holds the billed restore time, so it is priced once', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'snapstart.log');
    // ceil(23.7 + 586) = 610: Lambda's Billed Duration includes the Billed Restore Duration.
    const line = (id: number): string => `REPORT RequestId: ${id}\tDuration: 23.70 ms\tBilled Duration: 610 ms\tMemory Size: 1024 MB\tMax Memory Used: 150 MB\tRestore Duration: 402.11 ms\tBilled Restore Duration: 586 ms`;
    writeFileSync(file, `${[1, 2, 3].map(line).join('\n')}\n`);
    const input = await loadTuneInput([file]);
    const [row] = rowsFromSamples(input.samples, 0.2, lambdaPrices('us-east-1', 'x86_64'));
    close(row?.durationCost as number, 0.61 * 1 * X86, '610 ms, not 1196');
    assert.equal(row?.avgDuration, 425.81, 'speed counts duration + restore, as the tuner does');
  } finally {
    cleanup();
  }
});

test('errors and timeouts are counted per size; a size with failures is not picked unless allowed', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'failures.log');
    const ok = (mem: number, ms: number): string => `REPORT RequestId: a\tDuration: ${ms}.00 ms\tBilled Duration: ${ms} ms\tMemory Size: ${mem} MB\tMax Memory Used: 60 MB`;
    writeFileSync(
      file,
      [
        ok(128, 400),
        ok(128, 400),
        ok(256, 100),
        // Tabs turned into single spaces by a console copy: still a REPORT line, with its status.
        'REPORT RequestId: b Duration: 3000.00 ms Billed Duration: 3000 ms Memory Size: 256 MB Max Memory Used: 61 MB Status: timeout',
        'REPORT RequestId: c Duration: 12.00 ms Billed Duration: 12 ms Memory Size: 256 MB Max Memory Used: 61 MB Status: error Error Type: Runtime.ExitError',
        ok(512, 30),
        '{"time":"2026-11-02T10:00:00.000Z","type":"platform.report","record":{"requestId":"d","status":"error","errorType":"Runtime.Unknown","metrics":{"durationMs":31,"billedDurationMs":31,"memorySizeMB":512,"maxMemoryUsedMB":60}}}',
      ].join('\n'),
    );
    const input = await loadTuneInput([file]);
    assert.equal(input.stats.bad, 0, 'every line read, the space-separated ones too');
    const rows = rowsFromSamples(input.samples, 0, lambdaPrices('us-east-1', 'x86_64'));
    assert.deepEqual(rows.map((r) => [r.memory, r.invocations, r.errors, r.timeouts]), [[128, 2, 0, 0], [256, 3, 1, 1], [512, 2, 1, 0]]);
    // Speed would pick 512 (30.5 ms); it and 256 had failures, so 128 is the only candidate.
    const strict = analyzeTuning(rows, { strategy: 'speed', weight: 0.5 });
    assert.equal(strict.recommendation.memory, 128);
    assert.deepEqual(strict.excludedForErrors, [256, 512]);
    const allowed = analyzeTuning(rows, { strategy: 'speed', weight: 0.5, allowErrors: true });
    assert.equal(allowed.recommendation.memory, 512);
    assert.deepEqual(allowed.excludedForErrors, []);
    const failing = rows.filter((r) => r.memory !== 128);
    assert.throws(
      () => analyzeTuning(failing, { strategy: 'cost', weight: 0.5 }),
      (e: unknown) => isUserError(e) && /every memory size has failed invocations/.test(e.message) && /--allow-errors を指定してください/.test(e.messageIn('ja')),
    );
  } finally {
    cleanup();
  }
});
