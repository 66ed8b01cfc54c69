// Improvement-plan items over the API on both databases: the plan lists missing best practices with their
// status (OPEN until touched), PUT sets status/owner/due with the answers' version check (stale → 409), a
// WONT_DO needs a reason, a DONE item whose choice is still unticked is flagged, and items travel with
// export/import and are frozen in milestones.
import assert from 'node:assert/strict';
import { dbTest } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';

const REVIEW = (id: string) => `/api/workloads/${id}/lensReviews/serverless`;
const ITEM = (id: string, q: string, c: string) => `${REVIEW(id)}/improvementItems/${q}/${c}`;

dbTest('improvement items: listed, set with version checks, flagged, exported, frozen in milestones', async (db, t) => {
  const api = await startTestServer(db, t);
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: 'Plan items', lenses: ['serverless'], pillarPriorities: ['security'] } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.workloadId as string;
  // OPS1 at MEDIUM (one of four), SEC1 at HIGH (none of these).
  assert.equal((await api.call('PATCH', `${REVIEW(id)}/answers/OPS1`, { body: { selectedChoices: ['ops1_managed_metrics'], version: 0 } })).status, 200);
  const sec = await api.call('GET', `${REVIEW(id)}/answers/SEC1`);
  const secNone = sec.body.choices.find((c: { choiceId: string }) => c.choiceId.endsWith('_no')).choiceId as string;
  assert.equal((await api.call('PATCH', `${REVIEW(id)}/answers/SEC1`, { body: { selectedChoices: [secNone], version: 0 } })).status, 200);

  const plan = await api.call('GET', `${REVIEW(id)}/improvementItems`);
  assert.equal(plan.status, 200, JSON.stringify(plan.body));
  const entries = plan.body.entries as { questionId: string; choiceId: string; risk: string; firstStep: string; item: { status: string; version: number } }[];
  assert.equal(entries[0]!.risk, 'HIGH');
  assert.equal(entries[0]!.questionId, 'SEC1');
  assert.ok(entries.some((e) => e.questionId === 'OPS1' && e.choiceId === 'ops1_tracing' && e.risk === 'MEDIUM'));
  assert.ok(!entries.some((e) => e.choiceId === 'ops1_managed_metrics'), 'a ticked choice is not in the plan');
  assert.ok(entries.every((e) => e.item.status === 'OPEN' && e.item.version === 0 && e.firstStep.length > 0 && e.firstStep.length <= 200));
  assert.equal(plan.body.counts.OPEN, entries.length);

  const set = await api.call('PUT', ITEM(id, 'OPS1', 'ops1_tracing'), { body: { status: 'DONE', owner: 'Aiko', due: '2027-01-31', version: 0 } });
  assert.equal(set.status, 200, JSON.stringify(set.body));
  assert.equal(set.body.version, 1);
  assert.equal(set.body.doneButUnticked, true);
  const stale = await api.call('PUT', ITEM(id, 'OPS1', 'ops1_tracing'), { body: { status: 'IN_PROGRESS', version: 0 } });
  assert.equal(stale.status, 409);
  assert.equal(stale.body.currentVersion, 1);
  const wontDo = await api.call('PUT', ITEM(id, 'OPS1', 'ops1_application_metrics'), { body: { status: 'WONT_DO', version: 0 } });
  assert.equal(wontDo.status, 400);
  assert.match(JSON.stringify(wontDo.body.fields), /reason/);
  const wontDoJa = await api.call('PUT', `${ITEM(id, 'OPS1', 'ops1_application_metrics')}?lang=ja`, { body: { status: 'WONT_DO', version: 0 } });
  assert.match(wontDoJa.body.message, /理由/);
  assert.equal((await api.call('PUT', ITEM(id, 'OPS1', 'ops1_application_metrics'), { body: { status: 'WONT_DO', reason: 'covered by the platform team', version: 0 } })).status, 200);
  assert.equal((await api.call('PUT', ITEM(id, 'OPS1', 'nope'), { body: { status: 'DONE', version: 0 } })).status, 400);
  assert.equal((await api.call('PUT', ITEM(id, 'OPS1', 'OPS1_no'), { body: { status: 'DONE', version: 0 } })).status, 400);
  assert.equal((await api.call('PUT', ITEM(id, 'NOPE1', 'x'), { body: { status: 'DONE', version: 0 } })).status, 404);
  assert.equal((await api.call('PUT', ITEM(id, 'OPS1', 'ops1_tracing'), { body: { due: '2027-02-30', version: 1 } })).status, 400);
  assert.equal((await api.call('PUT', ITEM(id, 'OPS1', 'ops1_tracing'), { body: { status: 'LATER', version: 1 } })).status, 400);
  assert.equal((await api.call('PUT', ITEM(id, 'OPS1', 'ops1_tracing'), { body: { owner: 'x'.repeat(5000), version: 1 } })).status, 400);

  const after = await api.call('GET', `${REVIEW(id)}/improvementItems`);
  assert.equal(after.body.counts.DONE, 1);
  assert.equal(after.body.counts.WONT_DO, 1);
  assert.deepEqual(after.body.doneButUnticked.map((d: { choiceId: string }) => d.choiceId), ['ops1_tracing']);
  const tracing = after.body.entries.find((e: { choiceId: string }) => e.choiceId === 'ops1_tracing');
  assert.deepEqual({ status: tracing.item.status, owner: tracing.item.owner, due: tracing.item.due, flagged: tracing.doneButUnticked }, { status: 'DONE', owner: 'Aiko', due: '2027-01-31', flagged: true });

  // Frozen in a milestone: later changes leave the milestone's items as they were.
  assert.equal((await api.call('POST', `/api/workloads/${id}/milestones`, { body: { milestoneName: 'M1' } })).status, 201);
  assert.equal((await api.call('PUT', ITEM(id, 'OPS1', 'ops1_tracing'), { body: { status: 'IN_PROGRESS', version: 1 } })).status, 200);
  const milestone = await api.call('GET', `/api/workloads/${id}/milestones/1`);
  const frozen = milestone.body.lensReviews[0].improvementItems.find((i: { choiceId: string }) => i.choiceId === 'ops1_tracing');
  assert.equal(frozen.status, 'DONE');

  // Ticking the choice clears the flag; the item leaves the plan.
  assert.equal((await api.call('PATCH', `${REVIEW(id)}/answers/OPS1`, { body: { selectedChoices: ['ops1_managed_metrics', 'ops1_tracing'], version: 1 } })).status, 200);
  const ticked = await api.call('GET', `${REVIEW(id)}/improvementItems`);
  assert.ok(!ticked.body.entries.some((e: { choiceId: string }) => e.choiceId === 'ops1_tracing'));
  assert.deepEqual(ticked.body.doneButUnticked, []);

  // Export and import carry the items (and the milestone's frozen ones).
  const exported = await api.call('GET', `/api/workloads/${id}/export`);
  assert.equal(exported.body.lensReviews[0].improvementItems.length, 2);
  const imported = await api.call('POST', '/api/workloads/import?name=Plan%20items%20copy', { body: { ...exported.body, workload: { ...exported.body.workload, workloadId: undefined } } });
  assert.equal(imported.status, 201, JSON.stringify(imported.body));
  const copy = await api.call('GET', `${REVIEW(imported.body.workloadId)}/improvementItems`);
  assert.equal(copy.body.counts.WONT_DO, 1);
  const copyMilestone = await api.call('GET', `/api/workloads/${imported.body.workloadId}/milestones/1`);
  assert.equal(copyMilestone.body.lensReviews[0].improvementItems.length, 2);
  // A bad item in an import is refused whole, naming where it is.
  const bad = structuredClone(exported.body);
  bad.lensReviews[0].improvementItems[0].choiceId = 'nope';
  const refused = await api.call('POST', '/api/workloads/import?name=Plan%20bad', { body: { ...bad, workload: { ...bad.workload, workloadId: undefined } } });
  assert.equal(refused.status, 400);
  assert.match(refused.body.message, /improvementItems\.0\.choiceId/);
  assert.equal((await api.call('GET', '/api/workloads/Plan%20bad')).status, 404);
  // Deleting the workload removes its items with it.
  assert.equal((await api.call('DELETE', `/api/workloads/${id}`)).status, 200);
});
