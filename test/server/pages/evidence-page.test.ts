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
  assert.match(page, /✗\s+Use distributed tracing[^✓✗?]*1 of 1 resource fails[^✓✗?]*template\.yaml:2\s+Fn — Function Fn does not have active tracing/);
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
