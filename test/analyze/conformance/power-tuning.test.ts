// Conformance with aws-lambda-power-tuning's own analyzer: 42 cases built from its documented algorithm
// (source: alexcasalboni/aws-lambda-power-tuning, lambda/analyzer.js — extractStatistics drops entries with a
// falsy averageDuration; findCheapest sorts by averagePrice, ties to the faster; findFastest by duration, ties
// to the cheaper; findBalanced minimises weight·cost/maxCost + (1−weight)·duration/maxDuration with a stable
// sort, so exact ties keep the input order; read 2026-12-06). Each expected pick was worked out from that
// formula; the balanced scores are in the comments. The stats are fed as the tuner's output document, half of
// them wrapped as `aws stepfunctions describe-execution` prints it, so the reading is tested too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeTuning, rowsFromAverages, type Strategy } from '../../../src/analyze/tune/analyze.js';
import { powerTuningPoints } from '../../../src/analyze/tune/power-tuning.js';
import { lambdaPrices } from '../../../src/analyze/pricing/lambda.js';

type Stat = [value: number, averagePrice: number, averageDuration: number];

const SETS: Record<string, Stat[]> = {
  // Cost ties between 128 and 256 (same price), 1024 the fastest.
  S1: [[128, 4.2e-7, 200], [256, 4.2e-7, 100], [512, 5.04e-7, 60], [1024, 8.4e-7, 50]],
  // A CPU-bound function: time halves up to 512 MB, then flattens.
  S2: [[128, 2.688e-6, 1280], [256, 2.688e-6, 640], [512, 2.73e-6, 325], [1024, 2.898e-6, 172.5], [2048, 5.46e-6, 162.5]],
  // An I/O-bound function: every size takes 50 ms, so speed ties go to the cheapest.
  S3: [[128, 1.05e-7, 50], [256, 2.1e-7, 50], [512, 4.2e-7, 50], [1024, 8.4e-7, 50]],
  // 128 MB came back empty (averageDuration 0): the tuner drops it.
  S4: [[128, 0, 0], [256, 3e-7, 70], [512, 4e-7, 45], [1024, 7e-7, 40]],
  // Not in memory order, with an exact tie on price and time: the first in the input wins.
  S5: [[1024, 4e-7, 30], [256, 4e-7, 30], [512, 5e-7, 20]],
  // The README's shape: long runs at small sizes.
  S6: [[128, 1.2e-5, 45000], [512, 9e-6, 8500], [1024, 8.4e-6, 3900], [1536, 8.4e-6, 2600], [3008, 1.3e-5, 2000]],
  // Two extreme sizes.
  S7: [[128, 2e-7, 100], [10240, 1.6e-5, 10]],
};

/** Set, strategy, weight (balanced only), the tuner's pick. */
const CASES: [string, Strategy, number, number][] = [
  ['S1', 'cost', 0.5, 256], // 128 and 256 tie at 4.2e-7: 256 is faster
  ['S1', 'speed', 0.5, 1024],
  ['S1', 'balanced', 0, 1024], // 1.0, 0.5, 0.3, 0.25
  ['S1', 'balanced', 0.25, 512], // 0.875, 0.5, 0.375, 0.4375
  ['S1', 'balanced', 0.5, 512], // 0.75, 0.5, 0.45, 0.625
  ['S1', 'balanced', 1, 128], // 0.5, 0.5 (exact tie: input order), 0.6, 1.0
  ['S2', 'cost', 0.5, 256], // 128 and 256 tie: 256 is faster
  ['S2', 'speed', 0.5, 2048],
  ['S2', 'balanced', 0, 2048], // 1.0, 0.5, 0.2539, 0.1348, 0.1270
  ['S2', 'balanced', 0.25, 1024], // 0.8731, 0.4981, 0.3154, 0.2338, 0.3452
  ['S2', 'balanced', 0.5, 1024], // 0.7462, 0.4962, 0.3770, 0.3328, 0.5635
  ['S2', 'balanced', 1, 128], // 0.4923, 0.4923 (tie: input order), 0.5, 0.5308, 1.0
  ['S3', 'cost', 0.5, 128],
  ['S3', 'speed', 0.5, 128], // all 50 ms: the cheapest
  ['S3', 'balanced', 0, 128], // all 1.0: input order
  ['S3', 'balanced', 0.25, 128], // 0.7812, 0.8125, 0.875, 1.0
  ['S3', 'balanced', 0.5, 128], // 0.5625, 0.625, 0.75, 1.0
  ['S3', 'balanced', 1, 128], // 0.125, 0.25, 0.5, 1.0
  ['S4', 'cost', 0.5, 256], // 128 (price 0) was dropped, else it would win
  ['S4', 'speed', 0.5, 1024],
  ['S4', 'balanced', 0, 1024], // 1.0, 0.6429, 0.5714
  ['S4', 'balanced', 0.25, 512], // 0.8571, 0.625, 0.6786
  ['S4', 'balanced', 0.5, 512], // 0.7143, 0.6071, 0.7857
  ['S4', 'balanced', 1, 256], // 0.4286, 0.5714, 1.0
  ['S5', 'cost', 0.5, 1024], // 1024 and 256 tie on price and time: first in the input
  ['S5', 'speed', 0.5, 512],
  ['S5', 'balanced', 0, 512], // 1.0, 1.0, 0.6667
  ['S5', 'balanced', 0.25, 512], // 0.95, 0.95, 0.75
  ['S5', 'balanced', 0.5, 512], // 0.9, 0.9, 0.8333
  ['S5', 'balanced', 1, 1024], // 0.8, 0.8 (tie: input order), 1.0
  ['S6', 'cost', 0.5, 1536], // 1024 and 1536 tie at 8.4e-6: 1536 is faster
  ['S6', 'speed', 0.5, 3008],
  ['S6', 'balanced', 0, 3008], // 1.0, 0.1889, 0.0867, 0.0578, 0.0444
  ['S6', 'balanced', 0.25, 1536], // 0.9808, 0.3147, 0.2265, 0.2049, 0.2833
  ['S6', 'balanced', 0.5, 1536], // 0.9615, 0.4406, 0.3664, 0.3520, 0.5222
  ['S6', 'balanced', 1, 1024], // 0.9231, 0.6923, 0.6462, 0.6462 (tie: input order), 1.0
  ['S7', 'cost', 0.5, 128],
  ['S7', 'speed', 0.5, 10240],
  ['S7', 'balanced', 0, 10240], // 1.0, 0.1
  ['S7', 'balanced', 0.25, 10240], // 0.7531, 0.325
  ['S7', 'balanced', 0.5, 128], // 0.5062, 0.55
  ['S7', 'balanced', 1, 128], // 0.0125, 1.0
];

function outputDocument(stats: Stat[], wrapped: boolean): unknown {
  const output = {
    power: stats[0]?.[0],
    cost: stats[0]?.[1],
    duration: stats[0]?.[2],
    stateMachine: { executionCost: 0.00045, lambdaCost: 0.001, visualization: 'https://lambda-power-tuning.show/#' },
    stats: stats.map(([value, averagePrice, averageDuration]) => ({ value, averagePrice, averageDuration })),
  };
  if (!wrapped) return output;
  return { executionArn: 'arn:aws:states:us-east-1:123456789012:execution:powerTuningStateMachine:run', status: 'SUCCEEDED', input: '{"num":50}', output: JSON.stringify(output) };
}

test('42 cases of the tuner\'s analyzer: the same pick in every one', () => {
  assert.equal(CASES.length, 42);
  let matching = 0;
  CASES.forEach(([set, strategy, weight, expected], i) => {
    const points = powerTuningPoints(outputDocument(SETS[set] as Stat[], i % 2 === 1));
    assert.ok(Array.isArray(points), String(points));
    // The tuner's own averagePrice is what the pick compares; our price table plays no part.
    const rows = rowsFromAverages(points, lambdaPrices('ap-northeast-1', 'arm64'));
    const pick = analyzeTuning(rows, { strategy, weight }).recommendation.memory;
    assert.equal(pick, expected, `${set} ${strategy} ${weight}`);
    if (pick === expected) matching++;
  });
  assert.equal(matching, 42);
});

test('the zero-duration entry is dropped, not an error; all entries empty is one', () => {
  const points = powerTuningPoints(outputDocument(SETS['S4'] as Stat[], false));
  assert.ok(Array.isArray(points));
  assert.deepEqual(points.map((p) => p.memory), [256, 512, 1024]);
  assert.match(String(powerTuningPoints({ power: 1, stats: [{ value: 128, averageDuration: 0 }, null] })), /every entry of "stats" has a zero or missing "averageDuration"/);
});

test('get-execution-history output: the ExecutionSucceeded event carries the result', () => {
  const output = JSON.stringify({ power: 512, stateMachine: {}, stats: [{ value: 256, averagePrice: 3e-7, averageDuration: 70, totalCost: 1.5e-5 }, { value: 512, averagePrice: 2e-7, averageDuration: 20, totalCost: 1e-5 }] });
  const history = {
    events: [
      { id: 1, type: 'ExecutionStarted', executionStartedEventDetails: { input: '{"num":50}' } },
      { id: 40, type: 'ExecutionSucceeded', executionSucceededEventDetails: { output } },
    ],
  };
  const points = powerTuningPoints(history);
  assert.ok(Array.isArray(points));
  assert.deepEqual(points, [
    { memory: 256, avgDuration: 70, avgPrice: 3e-7, totalCost: 1.5e-5 },
    { memory: 512, avgDuration: 20, avgPrice: 2e-7, totalCost: 1e-5 },
  ]);
  const rows = rowsFromAverages(points, lambdaPrices('us-east-1', 'x86_64'));
  assert.equal(rows[1]?.totalCost, 1e-5);
  assert.equal(analyzeTuning(rows, { strategy: 'cost', weight: 0.5 }).recommendation.memory, 512);
});
