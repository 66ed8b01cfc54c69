// The analyzers on generated inputs whose answers follow from how they were made: a gzip log of REPORT
// lines at three memory sizes for tune, a day of per-minute metrics for concurrency, a query over both formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadTuneInput } from '../../src/analyze/tune/load.js';
import { analyzeTuning, rowsFromSamples } from '../../src/analyze/tune/analyze.js';
import { lambdaPrices } from '../../src/analyze/pricing/lambda.js';
import { analyzeConcurrency } from '../../src/analyze/concurrency/analyze.js';
import { readMetricFiles } from '../../src/analyze/concurrency/metrics.js';
import { runQuery } from '../../src/analyze/query/run.js';
import { tempDir } from './read-helpers.js';

test('tune over 3,000 generated REPORT lines (gzip): trimmed means and the recommendation', async () => {
  const { dir, cleanup } = tempDir();
  try {
    // Per size, 1000 runs with durations base + (i % 10) → mean base + 4.5, unchanged by trimming;
    // 512 MB is more than twice as fast as 256 MB; 1024 MB only a little faster than 512 MB.
    const bases: Record<number, number> = { 256: 400, 512: 190, 1024: 180 };
    const lines: string[] = [];
    for (const [memory, base] of Object.entries(bases)) {
      for (let i = 0; i < 1000; i++) {
        const d = base + (i % 10);
        lines.push(`REPORT RequestId: r${memory}-${i}\tDuration: ${d}.00 ms\tBilled Duration: ${d} ms\tMemory Size: ${memory} MB\tMax Memory Used: 80 MB\t`);
      }
    }
    const file = join(dir, 'runs.log.gz');
    writeFileSync(file, gzipSync(lines.join('\n')));
    const input = await loadTuneInput([file]);
    const rows = rowsFromSamples(input.samples, 0.2, lambdaPrices('us-east-1', 'x86_64'));
    assert.deepEqual(rows.map((r) => [r.memory, r.invocations, r.avgDuration]), [[256, 1000, 404.5], [512, 1000, 194.5], [1024, 1000, 184.5]]);
    // Billed means round up to 405 / 195 / 185 ms: GB-ms 405 x 0.25 = 101.25, 195 x 0.5 = 97.5, 185 x 1 = 185.
    assert.equal(analyzeTuning(rows, { strategy: 'cost', weight: 0.5 }).recommendation.memory, 512);
    assert.equal(analyzeTuning(rows, { strategy: 'speed', weight: 0.5 }).recommendation.memory, 1024);
    const report = await runQuery('filter @type = "REPORT" | stats count(*) as n, avg(@billedDuration) as billed by @memorySize', [file]);
    assert.deepEqual(report.rows, [
      { '@memorySize': 256e6, n: 1000, billed: 404.5 },
      { '@memorySize': 512e6, n: 1000, billed: 194.5 },
      { '@memorySize': 1024e6, n: 1000, billed: 184.5 },
    ]);
  } finally {
    cleanup();
  }
});

test('concurrency over a generated day of per-minute metrics finds the planted peak', () => {
  const { dir, cleanup } = tempDir();
  try {
    const start = Date.parse('2026-11-02T00:00:00Z');
    const rows = ['timestamp,ConcurrentExecutions,api Invocations,api Duration,batch Invocations,batch Duration'];
    for (let m = 0; m < 1440; m++) {
      const t = new Date(start + m * 60_000).toISOString();
      // api: 600/min x 1000 ms = 10 concurrent all day; batch: 60/min x 10 s = 10, except a burst at 13:37.
      const burst = m === 13 * 60 + 37;
      const batchInvocations = burst ? 600 : 60;
      rows.push(`${t},${10 + (batchInvocations * 10) / 60},600,1000,${batchInvocations},10000`);
    }
    const file = join(dir, 'day.csv');
    writeFileSync(file, rows.join('\n'));
    const a = analyzeConcurrency(readMetricFiles([file]), { windowMinutes: 5 });
    assert.ok(a);
    assert.deepEqual(a.peak, { concurrency: 110, timestamp: start + (13 * 60 + 37) * 60_000, source: 'account' });
    assert.deepEqual(a.functions.map((f) => [f.name, f.concurrency, f.share]), [['batch', 100, 0.9091], ['api', 10, 0.0909]]);
  } finally {
    cleanup();
  }
});
