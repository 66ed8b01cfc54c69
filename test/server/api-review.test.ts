// A whole review through the HTTP API on SQLite and PostgreSQL: workloads, lenses, answers, risks that agree
// with the lens rules, improvement plan, milestones and their comparison, export and import.
import assert from 'node:assert/strict';
import { loadBuiltinLens } from '../../src/lens/builtin.js';
import type { Lens } from '../../src/lens/types.js';
import { planAnswers, expectedCounts, FIXTURE_LENSES, fixtureLens, fixtureLensText } from '../helpers/answers.js';
import { dbTest } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

async function answerAll(api: TestServer, workloadId: string, alias: string, lens: Lens, seed: number) {
  const plan = planAnswers(lens, seed);
  for (const a of plan) {
    const body = a.isApplicable ? { selectedChoices: a.selectedChoices, version: 0 } : { isApplicable: false, reason: a.reason, version: 0 };
    const res = await api.call('PATCH', `/api/workloads/${workloadId}/lensReviews/${alias}/answers/${encodeURIComponent(a.questionId)}`, { body });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.risk, a.expected, `${alias} ${a.questionId} ${a.selectedChoices.join(',')}`);
    assert.equal(res.body.version, 1);
  }
  return plan;
}

async function checkReview(api: TestServer, workloadId: string, alias: string, lens: Lens, seed: number) {
  const plan = await answerAll(api, workloadId, alias, lens, seed);
  const review = await api.call('GET', `/api/workloads/${workloadId}/lensReviews/${alias}`);
  assert.equal(review.status, 200);
  const { total, pillars } = expectedCounts(plan);
  assert.deepEqual(review.body.riskCounts, total);
  for (const p of review.body.pillars) {
    assert.deepEqual(p.riskCounts, pillars.get(p.id), p.id);
    const inPillar = plan.filter((a) => a.pillarId === p.id);
    assert.equal(p.total, inPillar.length);
    assert.equal(p.answered, inPillar.filter((a) => a.expected !== 'UNANSWERED').length);
  }
  assert.deepEqual(
    review.body.questions.map((q: { id: string; risk: string }) => [q.id, q.risk]),
    plan.map((a) => [a.questionId, a.expected]),
  );
  // The plan lists every HIGH and MEDIUM question, HIGH first.
  const planned = review.body.improvementPlan as { questionId: string; risk: string }[];
  assert.equal(planned.length, total.HIGH + total.MEDIUM);
  assert.deepEqual(planned.map((i) => i.risk), [...Array(total.HIGH).fill('HIGH'), ...Array(total.MEDIUM).fill('MEDIUM')]);
  return { plan, total };
}

dbTest('the API reviews a workload end to end with the built-in lens', async (db, t) => {
  const api = await startTestServer(db, t);
  const created = await api.call('POST', '/api/workloads', {
    body: { workloadName: 'Orders API', environment: 'PREPRODUCTION', awsRegions: ['eu-west-1'], pillarPriorities: ['security'], lenses: ['serverless'] },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.workloadId as string;
  assert.match(id, /^[0-9a-f]{32}$/);
  assert.deepEqual(created.body.riskCounts, { HIGH: 0, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 9 });

  const { total } = await checkReview(api, id, 'serverless', loadBuiltinLens('en'), 7);

  // Japanese lens texts, same risks.
  const ja = await api.call('GET', `/api/workloads/${id}/lensReviews/serverless?lang=ja`);
  assert.notEqual(ja.body.pillars[0].name, 'Operational Excellence');
  assert.deepEqual(ja.body.riskCounts, total);

  // By name as well as by id; the workload's own counts add up its lens reviews.
  const byName = await api.call('GET', `/api/workloads/${encodeURIComponent('orders api')}`);
  assert.equal(byName.body.workloadId, id);
  assert.deepEqual(byName.body.riskCounts, total);

  // Milestones freeze the answers; comparing with the current state shows what changed.
  const ops1 = `/api/workloads/${id}/lensReviews/serverless/answers/OPS1`;
  const before = await api.call('GET', ops1);
  const none = await api.call('PATCH', ops1, { body: { selectedChoices: ['OPS1_no'], version: before.body.version } });
  assert.equal(none.body.risk, 'HIGH');
  const frozenCounts = (await api.call('GET', `/api/workloads/${id}/lensReviews/serverless`)).body.riskCounts;
  const m1 = await api.call('POST', `/api/workloads/${id}/milestones`, { body: { milestoneName: 'before' } });
  assert.equal(m1.status, 201);
  assert.equal(m1.body.milestoneNumber, 1);
  const all = ['ops1_managed_metrics', 'ops1_tracing', 'ops1_structured_logging', 'ops1_application_metrics'];
  const fixed = await api.call('PATCH', ops1, { body: { selectedChoices: all, version: none.body.version } });
  assert.equal(fixed.body.risk, 'NONE');
  const m2 = await api.call('POST', `/api/workloads/${id}/milestones`, { body: { milestoneName: 'after' } });
  assert.equal(m2.body.milestoneNumber, 2);
  const dup = await api.call('POST', `/api/workloads/${id}/milestones`, { body: { milestoneName: 'after' } });
  assert.equal(dup.status, 409);
  for (const target of ['after', '2', 'current']) {
    const cmp = await api.call('GET', `/api/workloads/${id}/milestones/compare?base=1&target=${target}`);
    assert.equal(cmp.status, 200);
    assert.equal(cmp.body.improved, 1);
    assert.equal(cmp.body.regressed, 0);
    assert.deepEqual(cmp.body.lenses[0].changes, [
      { id: 'OPS1', pillarId: 'operationalExcellence', title: cmp.body.lenses[0].changes[0].title, baseRisk: 'HIGH', targetRisk: 'NONE', change: 'improved', choicesAdded: all, choicesDropped: ['OPS1_no'] },
    ]);
  }
  const back = await api.call('GET', `/api/workloads/${id}/milestones/compare?base=after&target=before`);
  assert.equal(back.body.regressed, 1);
  const list = await api.call('GET', `/api/workloads/${id}/milestones`);
  assert.deepEqual(list.body.milestones.map((m: { milestoneName: string }) => m.milestoneName), ['before', 'after']);
  const frozen = await api.call('GET', `/api/workloads/${id}/milestones/1`);
  assert.deepEqual(frozen.body.riskCounts, frozenCounts);
  assert.equal((await api.call('GET', `/api/workloads/${id}/milestones/9`)).status, 404);

  // Export, import as a copy, and the copy reads the same.
  const exported = await api.call('GET', `/api/workloads/${id}/export`);
  assert.equal(exported.body.format, 'slens.workload');
  const copy = await api.call('POST', `/api/workloads/import?name=${encodeURIComponent('Orders API copy')}`, { body: exported.body });
  assert.equal(copy.status, 201, JSON.stringify(copy.body));
  assert.notEqual(copy.body.workloadId, id);
  const copyReview = await api.call('GET', `/api/workloads/${copy.body.workloadId}/lensReviews/serverless`);
  const original = await api.call('GET', `/api/workloads/${id}/lensReviews/serverless`);
  assert.deepEqual(copyReview.body.riskCounts, original.body.riskCounts);
  assert.equal((await api.call('GET', `/api/workloads/${copy.body.workloadId}/milestones`)).body.milestones.length, 2);

  // Delete: gone, and its answers with it.
  assert.equal((await api.call('DELETE', `/api/workloads/${id}`)).status, 200);
  assert.equal((await api.call('GET', `/api/workloads/${id}`)).status, 404);
  assert.equal((await api.call('GET', `/api/workloads/${id}/lensReviews/serverless`)).status, 404);

  // One JSON log line per request.
  assert.ok(api.logs.length > 20);
  for (const line of api.logs) {
    const entry = JSON.parse(line);
    assert.equal(typeof entry.status, 'number');
    assert.equal(typeof entry.path, 'string');
  }
});

dbTest('risks and counts agree with the risk rules of imported custom lenses', async (db, t) => {
  const api = await startTestServer(db, t);
  let seed = 100;
  for (const file of FIXTURE_LENSES) {
    const imported = await api.call('POST', '/api/lenses', { body: { jsonString: fixtureLensText(file) } });
    assert.equal(imported.status, 201, JSON.stringify(imported.body));
    const alias = imported.body.alias as string;
    const again = await api.call('POST', '/api/lenses', { body: { jsonString: fixtureLensText(file) } });
    assert.equal(again.body.created, false, 'the same content is the same version');
    const w = await api.call('POST', '/api/workloads', { body: { workloadName: `Workload ${seed}`, lenses: [alias] } });
    assert.equal(w.status, 201, JSON.stringify(w.body));
    await checkReview(api, w.body.workloadId, alias, fixtureLens(file), seed++);
  }
  const lenses = await api.call('GET', '/api/lenses');
  assert.equal(lenses.body.lenses.length, 4);
});
