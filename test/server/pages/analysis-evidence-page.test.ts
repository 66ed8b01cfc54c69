// The analysis part of the evidence page: before an import it says how to import; after one it lists each
// choice with its mark, analysis kind and note, and shows the tune chart as an image, in English and Japanese.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importAnalysisEvidence } from '../../../src/review/analysis-evidence.js';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';

test('the evidence page lists analysis evidence with notes and the chart in both languages', async (t) => {
  const h = await openPagesHarness();
  t.after(() => h.close());
  const id = await seedWorkload(h.service, 'Analysis page');
  const browser = h.client();
  const empty = textOf((await browser.get(`/workloads/${id}/evidence`)).text);
  assert.match(empty, /Analysis evidence\s+No analysis has been imported/);

  await importAnalysisEvidence(h.service, id, {
    kind: 'tune',
    files: ['runs/b.log', 'runs/a.log'],
    chart: SVG,
    evidence: [
      { questionId: 'COST1', choiceId: 'cost1_function_configuration', status: 'supported', note: { en: 'memory from cost', ja: 'コストからメモリを選定' } },
      { questionId: 'PERF1', choiceId: 'perf1_capacity', status: 'unknown', note: { en: 'one size only', ja: '1 サイズのみ' } },
    ],
  }, 'en');
  const res = await browser.get(`/workloads/${id}/evidence`);
  const page = textOf(res.text);
  assert.match(page, /\?\s+PERF1\s+Measure, evaluate, and select optimum capacity units\s+tune\s+one size only\s+runs\/a\.log, runs\/b\.log/);
  assert.match(page, /✓\s+COST1\s+Optimize function configuration to reduce cost\s+tune\s+memory from cost/);
  // The chart is an image (a stored SVG never runs as part of the page), shown once per analysis.
  const images = res.text.match(/<img [^>]*src="data:image\/svg\+xml;base64,([^"]+)"/g) ?? [];
  assert.equal(images.length, 1);
  assert.ok(res.text.includes(Buffer.from(SVG).toString('base64')));
  assert.doesNotMatch(res.text, /<script>alert/);

  const ja = textOf((await browser.get(`/workloads/${id}/evidence?lang=ja`)).text);
  assert.match(ja, /分析のエビデンス/);
  assert.match(ja, /コストからメモリを選定/);
  assert.match(ja, /tune 分析のグラフ/);
});
