// Per-choice "not applicable" over the API on both databases: PUT marks choices with a reason (the choice leaves
// the selection), GET and the answer views show the states, null makes a choice applicable again, and bad input
// (unknown choice or reason, "None of these", over-long or control-character notes) is a 400 in English and Japanese.
import assert from 'node:assert/strict';
import { dbTest } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';

const REVIEW = (id: string) => `/api/workloads/${id}/lensReviews/serverless`;
const STATES = (id: string, q: string) => `${REVIEW(id)}/answers/${q}/choiceStates`;

dbTest('choice states: marked with a reason, shown in answers, cleared, bad input refused', async (db, t) => {
  const api = await startTestServer(db, t);
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: 'Choice states', lenses: ['serverless'] } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.workloadId as string;
  const patched = await api.call('PATCH', `${REVIEW(id)}/answers/OPS1`, { body: { selectedChoices: ['ops1_managed_metrics', 'ops1_tracing'], version: 0 } });
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  assert.deepEqual(patched.body.choiceStates, []);

  const empty = await api.call('GET', STATES(id, 'OPS1'));
  assert.equal(empty.status, 200, JSON.stringify(empty.body));
  assert.deepEqual(empty.body, { questionId: 'OPS1', choiceStates: [] });

  const marked = await api.call('PUT', STATES(id, 'OPS1'), { body: { choices: [{ choiceId: 'ops1_tracing', reason: 'OUT_OF_SCOPE', notes: 'no synchronous chains\nhere' }] } });
  assert.equal(marked.status, 200, JSON.stringify(marked.body));
  assert.deepEqual(marked.body.choiceStates, [{ choiceId: 'ops1_tracing', status: 'NOT_APPLICABLE', reason: 'OUT_OF_SCOPE', notes: 'no synchronous chains\nhere' }]);
  const answer = await api.call('GET', `${REVIEW(id)}/answers/OPS1`);
  assert.deepEqual(answer.body.selectedChoices, ['ops1_managed_metrics'], 'a choice marked not applicable is no longer selected');
  assert.equal(answer.body.choiceStates[0].reason, 'OUT_OF_SCOPE');
  const list = await api.call('GET', `${REVIEW(id)}/answers`);
  const ops1 = list.body.answers.find((a: { questionId: string }) => a.questionId === 'OPS1');
  assert.equal(ops1.choiceStates[0].status, 'NOT_APPLICABLE');
  assert.deepEqual(list.body.answers.find((a: { questionId: string }) => a.questionId === 'SEC1').choiceStates, []);

  // The history records the mark and the choice leaving the selection.
  const history = await api.call('GET', `/api/workloads/${id}/history?questionId=OPS1`);
  assert.equal(history.status, 200, JSON.stringify(history.body));
  const text = JSON.stringify(history.body);
  assert.match(text, /choiceStates/);
  assert.match(text, /OUT_OF_SCOPE/);

  // Bad input: 400 naming the field, in English and Japanese.
  const unknown = await api.call('PUT', STATES(id, 'OPS1'), { body: { choices: [{ choiceId: 'ops1_nope', reason: 'OTHER' }] } });
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.message, /ops1_nope/);
  const unknownJa = await api.call('PUT', `${STATES(id, 'OPS1')}?lang=ja`, { body: { choices: [{ choiceId: 'ops1_nope', reason: 'OTHER' }] } });
  assert.equal(unknownJa.status, 400);
  assert.match(unknownJa.body.message, /[ぁ-んァ-ン一-龯]/);
  assert.notEqual(unknownJa.body.message, unknown.body.message);
  const none = (answer.body.choices as { choiceId: string }[]).find((c) => c.choiceId.endsWith('_no'))!.choiceId;
  const noneRes = await api.call('PUT', STATES(id, 'OPS1'), { body: { choices: [{ choiceId: none, reason: 'OTHER' }] } });
  assert.equal(noneRes.status, 400);
  assert.match(noneRes.body.message, new RegExp(none));
  const badReason = await api.call('PUT', STATES(id, 'OPS1'), { body: { choices: [{ choiceId: 'ops1_tracing', reason: 'BORED' }] } });
  assert.equal(badReason.status, 400);
  assert.match(JSON.stringify(badReason.body.fields), /reason/);
  const long = await api.call('PUT', STATES(id, 'OPS1'), { body: { choices: [{ choiceId: 'ops1_tracing', reason: 'OTHER', notes: 'あ'.repeat(251) }] } });
  assert.equal(long.status, 400);
  assert.match(JSON.stringify(long.body.fields), /notes/);
  assert.equal((await api.call('PUT', STATES(id, 'OPS1'), { body: { choices: [{ choiceId: 'ops1_tracing', reason: 'OTHER', notes: 'あ'.repeat(250) }] } })).status, 200);
  const control = await api.call('PUT', `${STATES(id, 'OPS1')}?lang=ja`, { body: { choices: [{ choiceId: 'ops1_tracing', reason: 'OTHER', notes: 'bell\u0007' }] } });
  assert.equal(control.status, 400);
  assert.match(control.body.message, /リクエスト/);
  assert.match(JSON.stringify(control.body.fields), /control characters/);
  assert.equal((await api.call('PUT', STATES(id, 'OPS1'), { body: { choices: [] } })).status, 400);
  assert.equal((await api.call('PUT', STATES(id, 'OPS1'), { body: { choices: Array.from({ length: 51 }, () => ({ choiceId: 'ops1_tracing', reason: null })) } })).status, 400);
  assert.equal((await api.call('PUT', STATES(id, 'OPS1'), { body: { choices: [{ choiceId: 'ops1_tracing', reason: null, extra: 1 }] } })).status, 400);
  assert.equal((await api.call('PUT', STATES(id, 'NOPE1'), { body: { choices: [{ choiceId: 'x', reason: null }] } })).status, 404);
  assert.equal((await api.call('GET', STATES(id, 'NOPE1'))).status, 404);
  assert.equal((await api.call('GET', STATES('no-such-workload', 'OPS1'))).status, 404);
  const after = await api.call('GET', STATES(id, 'OPS1'));
  assert.equal(after.body.choiceStates[0].reason, 'OTHER', 'refused requests changed nothing');

  // Applicable again: the state (with no note left) goes; the choice can be selected again.
  const cleared = await api.call('PUT', STATES(id, 'OPS1'), { body: { choices: [{ choiceId: 'ops1_tracing', reason: null, notes: '' }] } });
  assert.equal(cleared.status, 200, JSON.stringify(cleared.body));
  assert.deepEqual(cleared.body.choiceStates, []);
  const version = (await api.call('GET', `${REVIEW(id)}/answers/OPS1`)).body.version as number;
  const reselected = await api.call('PATCH', `${REVIEW(id)}/answers/OPS1`, { body: { selectedChoices: ['ops1_managed_metrics', 'ops1_tracing'], version } });
  assert.equal(reselected.status, 200, JSON.stringify(reselected.body));
});
