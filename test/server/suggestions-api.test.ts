// Taking suggested answers over the API, on SQLite and PostgreSQL, with the sample workload of `slens serve
// --demo` (its scan evidence included): one named question, every unanswered one, stale versions, other lenses,
// bad bodies; the evidence view shows the plain suggestion and the conflicts; the OpenAPI document lists the route.
import assert from 'node:assert/strict';
import { dbTest } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';

const BASE = (id: string, lens = 'serverless') => `/api/workloads/${id}/lensReviews/${lens}`;

dbTest('suggestions are taken over the API only when asked, with an evidence summary in the notes', async (db, t) => {
  const api = await startTestServer(db, t, { demo: true });
  const id = api.server.demoWorkloadId as string;
  assert.ok(id);

  // The evidence view: OPS1's ticked choices contradicted are conflicts; COST1 has three practices contradicted and
  // one without evidence (an info-level note alone decides nothing), so the evidence suggests nothing there.
  const evidence = await api.call('GET', `${BASE(id)}/evidence`);
  assert.equal(evidence.status, 200);
  const ops1 = evidence.body.questions.find((q: { questionId: string }) => q.questionId === 'OPS1');
  assert.deepEqual(
    ops1.choices.filter((c: { conflict: string | null }) => c.conflict).map((c: { choiceId: string; conflict: string }) => `${c.choiceId}:${c.conflict}`),
    ['ops1_managed_metrics:ticked-contradicted', 'ops1_structured_logging:ticked-contradicted'],
  );
  const cost1 = evidence.body.questions.find((q: { questionId: string }) => q.questionId === 'COST1');
  assert.deepEqual(cost1.suggestion.selectedChoices, []);
  assert.equal(cost1.suggestion.basis, 'none');
  assert.deepEqual(cost1.suggestion.counts, { practices: 4, supported: 0, contradicted: 3, unknown: 1 });

  // A stale version writes nothing.
  const stale = await api.call('POST', `${BASE(id)}/suggestions`, { body: { questionIds: ['REL2'], versions: { REL2: 7 } } });
  assert.equal(stale.status, 409, JSON.stringify(stale.body));
  const untouched = await api.call('GET', `${BASE(id)}/answers/REL2`);
  assert.deepEqual(untouched.body.selectedChoices, []);

  // One named question.
  const one = await api.call('POST', `${BASE(id)}/suggestions`, { body: { questionIds: ['REL2'], versions: { REL2: 0 } } });
  assert.equal(one.status, 200, JSON.stringify(one.body));
  assert.deepEqual(one.body.taken.map((x: { questionId: string }) => x.questionId), ['REL2']);
  const rel2 = await api.call('GET', `${BASE(id)}/answers/REL2`);
  assert.deepEqual(rel2.body.selectedChoices, ['rel2_orchestration']);
  assert.match(rel2.body.notes, /^Evidence from the scan of \d{4}-\d{2}-\d{2} \(1 template\(s\)\):\n✗ /);
  assert.match(rel2.body.notes, /✓ [^\n]+: 1 of 1 [a-z ]+ passing|✓ [^\n]+: (\d+) of \1 [a-z ]+ passing/);

  // All unanswered: nothing left with a suggestion besides what is answered; answered questions stay.
  const opsBefore = await api.call('GET', `${BASE(id)}/answers/OPS1`);
  const all = await api.call('POST', `${BASE(id)}/suggestions?lang=ja`, { body: {} });
  assert.equal(all.status, 200);
  assert.deepEqual(all.body.taken, []);
  const opsAfter = await api.call('GET', `${BASE(id)}/answers/OPS1`);
  assert.deepEqual(opsAfter.body, opsBefore.body);

  // Named and answered: replaced when asked, skipped with onlyUnanswered; a question without a suggestion is skipped.
  const skipped = await api.call('POST', `${BASE(id)}/suggestions`, { body: { questionIds: ['REL2', 'OPS2'], onlyUnanswered: true } });
  assert.equal(skipped.status, 200);
  assert.deepEqual(skipped.body, { taken: [], skipped: [{ questionId: 'OPS2', reason: 'no-suggestion' }, { questionId: 'REL2', reason: 'answered' }] });
  const noted = await api.call('PATCH', `${BASE(id)}/answers/REL2`, { body: { selectedChoices: [], notes: 'Saga review planned for next quarter.', version: rel2.body.version } });
  assert.equal(noted.status, 200, JSON.stringify(noted.body));
  const replaced = await api.call('POST', `${BASE(id)}/suggestions?lang=ja`, { body: { questionIds: ['REL2'] } });
  assert.equal(replaced.status, 200);
  assert.deepEqual(replaced.body.taken[0].selectedChoices, ['rel2_orchestration']);
  // The person's note stays first; the Japanese summary follows it.
  assert.match(replaced.body.taken[0].notes, /^Saga review planned for next quarter\.\n\n.+ のスキャン（テンプレート 1 件）のエビデンス:\n✗ /);

  // Refusals name the problem.
  const unknown = await api.call('POST', `${BASE(id)}/suggestions`, { body: { questionIds: ['NOPE1'] } });
  assert.equal(unknown.status, 400);
  assert.match(JSON.stringify(unknown.body), /unknown question\(s\): NOPE1/);
  const bad = await api.call('POST', `${BASE(id)}/suggestions`, { body: { questionIds: 'REL2' } });
  assert.equal(bad.status, 400);
  const notJson = await api.call('POST', `${BASE(id)}/suggestions`, { body: '{"questionIds": [', headers: { 'content-type': 'application/json' } });
  assert.equal(notJson.status, 400);
  const otherLens = await api.call('POST', `${BASE(id, 'custom')}/suggestions`, { body: {} });
  assert.equal(otherLens.status, 400);
  assert.match(JSON.stringify(otherLens.body), /built-in Serverless Lens/);
  const noWorkload = await api.call('POST', `${BASE('nope')}/suggestions`, { body: {} });
  assert.equal(noWorkload.status, 404);

  // Without a scan there is nothing to take, and the API says why.
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: 'No scan yet', lenses: ['serverless'] } });
  const noScan = await api.call('POST', `${BASE(created.body.workloadId)}/suggestions`, { body: {} });
  assert.equal(noScan.status, 400);
  assert.match(JSON.stringify(noScan.body), /no scan has been imported/);

  const openapi = await api.call('GET', '/api/openapi.json');
  const op = openapi.body.paths['/api/workloads/{workloadId}/lensReviews/{lensAlias}/suggestions'].post;
  assert.equal(op.operationId, 'TakeSuggestedAnswers');
  assert.ok(op.requestBody.content['application/json'].schema.properties.questionIds);
});
