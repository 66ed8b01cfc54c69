// The evidence page: before an import it says how to import; after one it shows each question's answer or
// suggestion and each choice with its mark, counts and proof, in English and Japanese.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importScanEvidence } from '../../../src/review/scan-evidence.js';
import { computeEvidence } from '../../../src/scan/evidence.js';
import { emptyConfig } from '../../../src/scan/config.js';
import { iacLoader } from '../../../src/scan/iac-loader.js';
import { scanFiles } from '../../../src/scan/scan-files.js';
import { fixture } from '../../helpers/repo.js';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';

test('the evidence page shows suggestions, answers and proof in both languages', async (t) => {
  const h = await openPagesHarness();
  t.after(() => h.close());
  const id = await seedWorkload(h.service, 'Evidence page');
  const browser = h.client();
  const empty = await browser.get(`/workloads/${id}/evidence`);
  assert.equal(empty.status, 200);
  assert.match(textOf(empty.text), /No scan has been imported/);

  await h.service.updateAnswer(id, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics'] });
  const loader = await iacLoader();
  const file = fixture('scan', 'findings', 'template.yaml');
  const result = scanFiles([file], { loader, config: emptyConfig(process.cwd()), today: '2026-11-25', cwd: process.cwd() });
  const choices = computeEvidence(result).choices.map((c) => ({
    questionId: c.question, choiceId: c.choice, status: c.status, passed: c.passed, failed: c.failed, rules: c.rules,
    findings: c.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.location.file, line: f.location.line, column: f.location.column, resource: f.resource.logicalId, message: f.message })),
  }));
  await importScanEvidence(h.service, id, { files: result.files, scanDate: '2026-11-25', choices }, 'en');

  const page = textOf((await browser.get(`/workloads/${id}/evidence`)).text);
  assert.match(page, /1 template\(s\) scanned, scan date 2026-11-25/);
  // Choices by title and the risk by its label, not ids and API names.
  assert.match(page, /Answer: Understand, analyze, and alert on metrics provided out of the box \(Medium risk\)/);
  // The suggestion stated plainly, with the buttons to take it (one, or all unanswered questions after a confirmation).
  assert.match(page, /Suggested answer \d+ of \d+ practices supported: [A-Za-z ]+ risk \(/);
  assert.match(page, /Take this suggestion/);
  assert.match(page, /Take the suggestions of the \d+ unanswered question\(s\)…/);
  assert.match(page, /✗\s+Use distributed tracing[^✓✗?]*1 of 1 resource failing[^✓✗?]*template\.yaml:2\s+Fn — Function Fn does not have active tracing/);
  const ja = textOf((await browser.get(`/workloads/${id}/evidence?lang=ja`)).text);
  assert.match(ja, /スキャンのエビデンス/);
  assert.match(ja, /提案された回答/);
  assert.match(ja, /この提案を採用/);
  assert.match(ja, /回答: 面倒な設定なしで与えられるメトリクスを理解し, 分析し, アラートを出す \(中リスク\)/);
  assert.match(ja, /関数 Fn でアクティブトレースが有効になっていません/);
  const review = await browser.get(`/workloads/${id}`);
  // The language chosen last (ja) is kept; the tab's label follows it.
  assert.match(review.text, new RegExp(`href="/workloads/${id}/evidence"[^>]*>エビデンス<`));
  const reviewEn = await browser.get(`/workloads/${id}?lang=en`);
  assert.match(reviewEn.text, new RegExp(`href="/workloads/${id}/evidence"[^>]*>Evidence<`));
});

test('the proof lists name each passing resource with file:line on the Evidence tab and the review page, EN and JA; older evidence shows counts', async (t) => {
  const { evidenceOfScan } = await import('../../../src/scan/evidence-input.js');
  const { MAX_STORED_PASSES, listScanEvidence } = await import('../../../src/store/evidence-store.js');
  const h = await openPagesHarness();
  t.after(() => h.close());
  const id = await seedWorkload(h.service, 'Passing proof');
  const loader = await iacLoader();
  const file = fixture('scan', 'findings', 'template.yaml');
  const result = scanFiles([file], { loader, config: emptyConfig(process.cwd()), today: '2026-11-25', cwd: process.cwd() });
  const scanned = evidenceOfScan(result, '2026-11-25');
  const withPass = scanned.choices.find((c) => (c.passes?.length ?? 0) > 0 && c.questionId === 'OPS1') ?? scanned.choices.find((c) => (c.passes?.length ?? 0) > 0);
  assert.ok(withPass && withPass.passes);
  const pass = withPass.passes[0]!;
  // A choice with many passes: the store keeps MAX_STORED_PASSES of them, the page says how many more pass.
  const many = { questionId: 'PERF1', choiceId: 'perf1_capacity', status: 'supported', passed: 250, failed: 0, rules: ['lambda-explicit-memory'], findings: [], resourceTypes: ['AWS::Lambda::Function'],
    passes: Array.from({ length: 250 }, (_, i) => ({ file: 'big.yaml', line: i + 1, resource: `Fn${i}`, type: 'AWS::Lambda::Function' })) };
  const choices = [...scanned.choices.filter((c) => c.choiceId !== 'perf1_capacity'), many];
  await importScanEvidence(h.service, id, { files: scanned.files, scanDate: '2026-11-25', choices }, 'en');
  const stored = await listScanEvidence(h.service.store, id, 'serverless');
  assert.equal(stored.find((c) => c.choiceId === 'perf1_capacity')?.passes?.length, MAX_STORED_PASSES);
  const where = `${pass.file}:${pass.line}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const browser = h.client();
  for (const [lang, word] of [['en', 'passes'], ['ja', '適合']] as const) {
    const evidence = textOf((await browser.get(`/workloads/${id}/evidence?lang=${lang}`)).text);
    assert.match(evidence, new RegExp(`${where}\\s+${pass.resource} — ${word}`));
    const review = textOf((await browser.get(`/workloads/${id}/review/serverless?q=${withPass.questionId}&lang=${lang}`)).text);
    assert.match(review, new RegExp(`${where}\\s+${pass.resource} — ${word}`));
  }
  const perf = textOf((await browser.get(`/workloads/${id}/review/serverless?q=PERF1&lang=en`)).text);
  assert.match(perf, /250 of 250 functions passing/);
  assert.match(perf, /big\.yaml:200\s+Fn199 — passes and 50 more passing/);
  assert.doesNotMatch(perf, /big\.yaml:201/);
  const perfJa = textOf((await browser.get(`/workloads/${id}/review/serverless?q=PERF1&lang=ja`)).text);
  assert.match(perfJa, /250 個の関数すべてが適合/);
  assert.match(perfJa, /ほかに適合 50 個/);

  // Evidence stored without passes (before 0012, or from a JSON report) renders its counts and findings only.
  const old = await seedWorkload(h.service, 'Older evidence');
  await importScanEvidence(h.service, old, { files: ['t.yaml'], scanDate: '2026-11-25', choices: [
    { questionId: 'OPS1', choiceId: 'ops1_tracing', status: 'contradicted', passed: 2, failed: 1, rules: ['lambda-tracing'], findings: [{ ruleId: 'lambda-tracing', severity: 'warning', file: 't.yaml', line: 9, column: 3, resource: 'Fn', message: { en: 'no tracing', ja: 'トレースなし' } }] },
  ] }, 'en');
  const oldPage = await browser.get(`/workloads/${old}/evidence?lang=en`);
  assert.equal(oldPage.status, 200);
  const oldText = textOf(oldPage.text);
  assert.match(oldText, /1 of 3 resources failing[^✓✗?]*t\.yaml:9\s+Fn — no tracing/);
  assert.doesNotMatch(oldText, /more passing|— passes/);
});
