// Analysis results as lens evidence: which choices each analysis speaks to, and the three-way status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { concurrencyEvidence, costEvidence, logEvidence, logFactsCounter, tuneEvidence } from '../../src/analyze/evidence.js';
import { readFiles } from '../../src/analyze/read/reader.js';
import { analyzeConcurrency } from '../../src/analyze/concurrency/analyze.js';
import { readMetricFiles } from '../../src/analyze/concurrency/metrics.js';
import { estimateCost } from '../../src/analyze/cost/estimate.js';
import { analyzeTuning, type TuneRow } from '../../src/analyze/tune/analyze.js';
import { analyzeFixture } from './read-helpers.js';

test('logs: structured records, EMF metrics and measured cold starts', async () => {
  const counter = logFactsCounter();
  const stats = await readFiles(['powertools.log', 'emf.log', 'tail.log'].map(analyzeFixture), counter.sink);
  const evidence = logEvidence(counter.facts(stats));
  assert.deepEqual(evidence.map((e) => [e.choiceId, e.status]), [
    ['ops1_structured_logging', 'supported'],
    ['ops1_application_metrics', 'supported'],
    ['perf1_startup', 'supported'],
  ]);
  // powertools.log 3 + tail.log 3 JSON application records; tail.log has 2 cold starts among 5 reports.
  assert.equal(evidence[0]?.note.en, '6 structured JSON log records in 3 exported file(s)');
  assert.equal(evidence[1]?.note.ja, '有効な EMF メトリクスレコード 2 件、無効 3 件');
  assert.equal(evidence[2]?.note.en, '2 cold starts measured among 5 invocation reports');
  const plain = logFactsCounter();
  const none = logEvidence(plain.facts(await readFiles([analyzeFixture('plain.txt')], plain.sink)));
  assert.deepEqual(none.map((e) => e.status), ['unknown', 'unknown']);
});

test('tuning, concurrency and cost results map to PERF1 and COST1 choices', () => {
  const rows: TuneRow[] = [
    { memory: 128, invocations: 5, avgDuration: 100, costPerInvocation: 2, durationCost: 2, requestPrice: 0, errors: 0, timeouts: 0 },
    { memory: 256, invocations: 5, avgDuration: 40, costPerInvocation: 1, durationCost: 1, requestPrice: 0, errors: 0, timeouts: 0 },
  ];
  const tune = tuneEvidence(analyzeTuning(rows, { strategy: 'cost', weight: 0.5 }));
  assert.deepEqual(tune.map((e) => [e.questionId, e.choiceId, e.status]), [['PERF1', 'perf1_capacity', 'supported'], ['COST1', 'cost1_function_configuration', 'supported']]);
  assert.equal(tune[0]?.note.en, 'memory measured at 128, 256 MB; 256 MB recommended for cost');
  const conc = analyzeConcurrency(readMetricFiles([analyzeFixture('metrics-get-metric-data.json')]), { windowMinutes: 5 });
  assert.ok(conc);
  assert.equal(concurrencyEvidence(conc)[0]?.note.en, 'peak concurrency 950 at 2026-11-02T10:06:00.000Z; largest contributor orders (~900)');
  const base = { region: 'us-east-1', requests: 1, durationMs: 1, api: 'none' as const, apiRequests: 0, logBytesPerRequest: 1, xraySampling: 0, freeTier: false, savingsPlan: 0 };
  const f = { memoryMb: 128, arch: 'x86_64' as const, tracing: false, provisioned: 0 };
  const kept = costEvidence(estimateCost({ ...base, functions: [{ ...f, name: 'a', retentionDays: 14 }] }));
  assert.equal(kept[0]?.status, 'supported');
  const never = costEvidence(estimateCost({ ...base, functions: [{ ...f, name: 'a', retentionDays: 14 }, { ...f, name: 'b', retentionDays: undefined }] }));
  assert.equal(never[0]?.status, 'contradicted');
  assert.equal(never[0]?.note.ja, 'ログの保持期間が無期限の関数: b');
});
