// Taking suggestions through the pages (no browser): the forms need the page's CSRF token, a stale version
// writes nothing, "all unanswered" asks first and changes nothing until confirmed, and every text is in both
// languages; the review page carries the evidence marks, proof and conflicts; markup in findings stays text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { ensureDemoWorkload } from '../../../src/review/demo.js';
import { importScanEvidence } from '../../../src/review/scan-evidence.js';
import { importAnalysisEvidence } from '../../../src/review/analysis-evidence.js';
import { scanEvidenceFor } from '../../../src/scan/evidence-input.js';
import { openPagesHarness, seedWorkload, textOf, type PagesHarness } from '../../helpers/pages.js';
import { repoRoot } from '../../helpers/repo.js';

async function demo(h: PagesHarness): Promise<string> {
  const { workload } = await ensureDemoWorkload(h.service, { scan: () => scanEvidenceFor([join(repoRoot, 'examples', 'orders-careless')], { cwd: repoRoot }), lang: 'en' });
  return workload.workloadId;
}

test('the take forms: CSRF refused, stale version refused, one question taken with a summary in the notes', async (t) => {
  const h = await openPagesHarness();
  t.after(() => h.close());
  const id = await demo(h);
  const c = h.client();
  const page = await c.get(`/workloads/${id}/review/serverless?q=REL2`);
  assert.equal(page.status, 200);
  assert.match(page.text, new RegExp(`formaction="/workloads/${id}/suggestions/serverless/REL2" name="back" value="review">Take this suggestion<`));
  assert.match(textOf(page.text), /Suggested answer 1 of 4 practices supported: High risk \(Orchestrate long-running transactions\)/);

  const forged = await c.post(`/workloads/${id}/suggestions/serverless/REL2`, { _csrf: 'forged', version: '0', back: 'review' });
  assert.equal(forged.status, 403);
  assert.deepEqual((await h.service.getAnswer(id, 'serverless', 'REL2', 'en')).selectedChoices, []);

  const stale = await c.post(`/workloads/${id}/suggestions/serverless/REL2`, { version: '3', back: 'review' });
  assert.equal(stale.status, 409);
  assert.deepEqual((await h.service.getAnswer(id, 'serverless', 'REL2', 'en')).selectedChoices, []);

  const taken = await c.post(`/workloads/${id}/suggestions/serverless/REL2`, { version: '0', back: 'review' });
  assert.equal(taken.status, 303);
  assert.equal(taken.location, `/workloads/${id}/review/serverless?q=REL2&took=1`);
  const after = await c.follow(taken);
  assert.match(after.text, /data-focus="notes"/);
  assert.match(textOf(after.text), /The suggestion was taken and saved\./);
  assert.match(textOf(after.text), /Your answer is the suggested one\./);
  const answer = await h.service.getAnswer(id, 'serverless', 'REL2', 'en');
  assert.deepEqual(answer.selectedChoices, ['rel2_orchestration']);
  assert.match(answer.notes, /^Evidence from the scan of/);

  // The demo's COST1 (3 practices contradicted, 1 without evidence) has no suggestion: nothing is taken.
  const none = await c.post(`/workloads/${id}/suggestions/serverless/COST1`, { version: '1', back: 'evidence' });
  assert.equal(none.location, `/workloads/${id}/evidence?q=COST1&took=0#COST1`);
  assert.equal((await h.service.getAnswer(id, 'serverless', 'COST1', 'en')).isApplicable, false);

  // From the Evidence tab, the button returns there: an answered COST1 whose four practices are all
  // contradicted is replaced by "None of these".
  const all = await seedWorkload(h.service, 'All contradicted');
  await h.service.updateAnswer(all, 'serverless', 'COST1', { selectedChoices: ['cost1_logging_retention'] });
  const practices = [
    ['cost1_init_external_calls', 'lambda-sdk-clients-init'],
    ['cost1_logging_retention', 'lambda-log-retention'],
    ['cost1_function_configuration', 'lambda-arm64'],
    ['cost1_cost_aware_patterns', 'apigw-rest-could-be-http'],
  ] as const;
  await importScanEvidence(
    h.service,
    all,
    {
      files: ['template.yaml'],
      scanDate: '2026-11-25',
      choices: practices.map(([choiceId, ruleId], n) => ({
        questionId: 'COST1',
        choiceId,
        status: 'contradicted' as const,
        passed: 0,
        failed: 1,
        rules: [ruleId],
        findings: [{ ruleId, severity: 'warning' as const, file: 'template.yaml', line: n + 1, column: 1, resource: 'Fn', message: { en: `fails ${ruleId}`, ja: `不適合 ${ruleId}` } }],
      })),
    },
    'en',
  );
  const evPage = await c.get(`/workloads/${all}/evidence`);
  assert.match(textOf(evPage.text), /All 4 practices contradicted: High risk \(None of these\) Your answer differs from the suggestion\. Replace my answer with this suggestion/);
  const evJa = textOf((await h.client({ headers: { 'accept-language': 'ja' } }).get(`/workloads/${all}/evidence`)).text);
  assert.match(evJa, /4 件の実践すべてに反証あり: 高リスク（いずれも該当しません） [^✗?]*回答をこの提案に置き換える/);
  const ev = await c.post(`/workloads/${all}/suggestions/serverless/COST1`, { version: '1', back: 'evidence' });
  assert.equal(ev.location, `/workloads/${all}/evidence?q=COST1&took=1#COST1`);
  assert.deepEqual((await h.service.getAnswer(all, 'serverless', 'COST1', 'en')).selectedChoices, ['COST1_no']);
  const unknown = await c.post(`/workloads/${id}/suggestions/serverless/NOPE1`, { version: '0' });
  assert.equal(unknown.status, 400);
  assert.match(textOf(unknown.text), /unknown question\(s\): NOPE1/);
  assert.doesNotMatch(unknown.text, /at .*\.js:\d+/);
});

test('"all unanswered" shows what it would do, changes nothing until confirmed, in Japanese too', async (t) => {
  const h = await openPagesHarness();
  t.after(() => h.close());
  const id = await demo(h);
  const c = h.client({ headers: { 'accept-language': 'ja' } });
  await c.get(`/workloads/${id}/review/serverless`);
  const ask = await c.post(`/workloads/${id}/suggestions/serverless`, { back: 'review' });
  assert.equal(ask.status, 200);
  const text = textOf(ask.text);
  assert.match(text, /提案された回答を採用しますか？/);
  assert.match(text, /次の未回答の質問 1 件に、スキャンのエビデンスが示す回答を保存します。/);
  assert.match(text, /REL2 .+ 4 件中 1 件の実践に裏付けあり: 高リスク（/);
  assert.deepEqual((await h.service.getAnswer(id, 'serverless', 'REL2', 'en')).selectedChoices, [], 'asking writes nothing');
  const done = await c.post(`/workloads/${id}/suggestions/serverless`, { confirm: '1', back: 'review', question: ['REL2', 'OPS1'] });
  assert.equal(done.location, `/workloads/${id}/review/serverless?taken=1`);
  assert.match(textOf((await c.follow(done)).text), /提案 1 件を採用して保存しました。/);
  assert.deepEqual((await h.service.getAnswer(id, 'serverless', 'REL2', 'en')).selectedChoices, ['rel2_orchestration']);
  // OPS1 was answered: named in a forged confirmation it is still left alone.
  assert.deepEqual((await h.service.getAnswer(id, 'serverless', 'OPS1', 'en')).selectedChoices, ['ops1_managed_metrics', 'ops1_structured_logging']);
  const nothing = textOf((await c.post(`/workloads/${id}/suggestions/serverless`, { back: 'evidence' })).text);
  assert.match(nothing, /採用できる提案のある未回答の質問はありません。/);
});

test('the review page: marks, counts, conflicts and proof beside the choices; markup in findings stays text', async (t) => {
  const h = await openPagesHarness();
  t.after(() => h.close());
  const id = await seedWorkload(h.service, 'Hostile evidence');
  await h.service.updateAnswer(id, 'serverless', 'OPS1', { selectedChoices: ['ops1_tracing'] });
  const evil = '<img src=x onerror=alert(1)>';
  await importScanEvidence(
    h.service,
    id,
    {
      files: [`${evil}.yaml`],
      scanDate: '2026-11-25',
      choices: [
        { questionId: 'OPS1', choiceId: 'ops1_tracing', status: 'contradicted', passed: 1, failed: 1, rules: ['lambda-tracing'], findings: [{ ruleId: 'lambda-tracing', severity: 'warning', file: `${evil}.yaml`, line: 7, column: 3, resource: evil, message: { en: `no tracing ${evil}`, ja: `トレースなし ${evil}` } }] },
        { questionId: 'OPS1', choiceId: 'ops1_structured_logging', status: 'supported', passed: 2, failed: 0, rules: ['lambda-structured-logging'], findings: [] },
      ],
    },
    'en',
  );
  await importAnalysisEvidence(
    h.service,
    id,
    { kind: 'logs', files: ['orders.log'], chart: null, evidence: [{ questionId: 'OPS1', choiceId: 'ops1_structured_logging', status: 'supported', note: { en: `12,000 JSON lines ${evil}`, ja: `JSON 形式の行 12,000 件 ${evil}` } }] },
    'en',
  );
  const res = await h.client().get(`/workloads/${id}/review/serverless?q=OPS1`);
  assert.equal(res.status, 200);
  assert.doesNotMatch(res.text, /<img src=x/);
  // Analysis evidence sits in the proof of its choice, like the scan's.
  assert.match(textOf(res.text), /Rules checked: Lambda functions[^✓✗?]*✓ Analysis \(logs\): 12,000 JSON lines <img src=x onerror=alert\(1\)> orders\.log/);
  const text = textOf(res.text);
  assert.match(text, /Use distributed tracing[^✓✗]*✗ contradicted — 1 of 2 resources failing ⚠ Ticked, but the evidence contradicts it Proof <img src=x onerror=alert\(1\)>\.yaml:7/);
  assert.match(text, /Use structured and centralized logging ✓ supported — 2 of 2 resources passing ⚠ Not ticked, but the evidence supports it/);
  assert.match(text, /Questions \(1\/9 answered\) · 2 conflict\(s\) with the evidence/);
  assert.match(res.text, /<span class="conflict-mark" title="conflicts with the evidence">/);
  const overview = textOf((await h.client().get(`/workloads/${id}`)).text);
  assert.match(overview, /Conflicts between answers and evidence: 2 — Open OPS1/);
  const ja = textOf((await h.client().get(`/workloads/${id}/review/serverless?q=OPS1&lang=ja`)).text);
  assert.match(ja, /✗ 反証あり — 2 個のリソースのうち 1 個が不適合 ⚠ 選択されていますが、エビデンスと矛盾します/);
  assert.match(ja, /質問（9 件中 1 件回答済み） · エビデンスとの矛盾 2 件/);
});
