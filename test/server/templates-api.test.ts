// Review templates over the API: CRUD with versions, answers one by one, applying (contributors and up), a
// workload created from a template, the template's changes reaching linked answers unless overridden, reset, the
// history naming the template's editor, and who may do what; SQLite and PostgreSQL, English and Japanese.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createToken } from '../../src/server/tokens.js';
import { createUser } from '../../src/server/users.js';
import { dbTest, openService } from '../helpers/db.js';
import { fixture } from '../helpers/repo.js';
import { startTestServer } from '../helpers/server.js';

dbTest('templates: CRUD, apply, follow, override, reset, history and access', async (db, t) => {
  const service = await openService(db, t);
  const now = service.now();
  const admin = (await createToken(service.store, 'platform-ci', 'admin', now)).token;
  const viewer = (await createToken(service.store, 'dashboards', 'viewer', now)).token;
  const owner = (await createUser(service.store, 'Owner', undefined, now)).token;
  const contributor = (await createUser(service.store, 'Contributor', undefined, now)).token;
  const reader = (await createUser(service.store, 'Reader', undefined, now)).token;
  const outsider = (await createUser(service.store, 'Outsider', undefined, now)).token;
  const { call } = await startTestServer(db, t);

  const body = {
    templateName: 'Platform CI/CD',
    description: 'shared pipeline',
    lensAliases: ['serverless'],
    answers: [{ lensAlias: 'serverless', questionId: 'OPS2', selectedChoices: ['ops2_cicd', 'ops2_iac_stages'], notes: 'pipeline v1', notApplicableChoices: [{ choiceId: 'ops2_temporary_environments', reason: 'BUSINESS_PRIORITIES' }] }],
  };
  assert.equal((await call('POST', '/api/reviewTemplates', { token: viewer, body })).status, 403, 'a viewer token cannot write templates');
  const created = await call('POST', '/api/reviewTemplates', { token: admin, body });
  assert.equal(created.status, 201);
  const templateId = created.body.templateId as string;
  assert.equal(created.body.version, 1);
  assert.equal((await call('POST', '/api/reviewTemplates', { token: admin, body })).status, 409, 'names are unique');
  const bad = await call('POST', '/api/reviewTemplates?lang=ja', { token: admin, body: { ...body, templateName: 'Bad', answers: [{ lensAlias: 'serverless', questionId: 'OPS9' }] } });
  assert.equal(bad.status, 400);
  assert.match(bad.body.message, /answers\.0\.questionId/);
  assert.match(bad.body.message, /レンズ「serverless」に質問「OPS9」はありません/);
  assert.equal((await call('GET', '/api/reviewTemplates', { token: viewer })).body.reviewTemplates.length, 1, 'anyone signed in may read templates');

  // A workload created from the template, by a user: its answer says where it came from.
  const w = await call('POST', '/api/workloads', { token: owner, body: { workloadName: 'Orders API', reviewTemplates: ['platform ci/cd'] } });
  assert.equal(w.status, 201);
  const id = w.body.workloadId as string;
  assert.deepEqual(w.body.lenses, ['serverless']);
  const answerPath = `/api/workloads/${id}/lensReviews/serverless/answers/OPS2`;
  let ops2 = await call('GET', answerPath, { token: owner });
  assert.deepEqual(ops2.body.fromTemplate, { id: templateId, name: 'Platform CI/CD', overridden: false });
  assert.deepEqual([...ops2.body.selectedChoices].sort(), ['ops2_cicd', 'ops2_iac_stages']);
  assert.deepEqual(ops2.body.choiceStates, [{ choiceId: 'ops2_temporary_environments', status: 'NOT_APPLICABLE', reason: 'BUSINESS_PRIORITIES', notes: '' }]);

  // Applying needs a contributor; others get 403, outsiders 404 (the workload does not exist for them).
  for (const [user, access] of [[contributor, 'contributor'], [reader, 'readonly']] as const)
    assert.equal((await call('POST', `/api/workloads/${id}/shares`, { token: owner, body: { userName: user === contributor ? 'Contributor' : 'Reader', access } })).status, 201);
  const second = await call('POST', '/api/reviewTemplates', { token: owner, body: { templateName: 'Runtime policy', lensAliases: ['serverless'], fromWorkload: id, questionIds: ['OPS2'] } });
  assert.equal(second.status, 201, 'a template from a workload the caller may read');
  assert.deepEqual(second.body.answers.map((a: { questionId: string }) => a.questionId), ['OPS2']);
  assert.equal((await call('POST', '/api/reviewTemplates', { token: outsider, body: { templateName: 'Snooping', lensAliases: ['serverless'], fromWorkload: id } })).status, 404);
  const apply = (token: string) => call('POST', `/api/workloads/${id}/reviewTemplates`, { token, body: { templateId } });
  assert.equal((await apply(outsider)).status, 404);
  assert.equal((await apply(reader)).status, 403);
  const applied = await apply(contributor);
  assert.equal(applied.status, 200);
  assert.deepEqual(applied.body.applied, [{ lensAlias: 'serverless', questionId: 'OPS2' }]);

  // The contributor overrides the answer; the template changes; the override stays, then a reset follows the template.
  ops2 = await call('GET', answerPath, { token: contributor });
  const edited = await call('PATCH', answerPath, { token: contributor, body: { notes: 'our own pipeline', version: ops2.body.version } });
  assert.equal(edited.status, 200);
  assert.equal(edited.body.fromTemplate.overridden, true);
  const other = await call('POST', '/api/workloads', { token: admin, body: { workloadName: 'Billing API', lenses: ['serverless'], reviewTemplates: [templateId] } });
  const otherPath = `/api/workloads/${other.body.workloadId}/lensReviews/serverless/answers/OPS2`;
  const answerUrl = `/api/reviewTemplates/${templateId}/answers/serverless/OPS2`;
  assert.equal((await call('PUT', answerUrl, { token: admin, body: { selectedChoices: ['ops2_cicd'], notes: 'pipeline v2', version: 0 } })).status, 409, 'a stale template version');
  const v2 = await call('PUT', answerUrl, { token: admin, body: { selectedChoices: ['ops2_cicd'], notes: 'pipeline v2', version: 1 } });
  assert.equal(v2.status, 200);
  assert.equal(v2.body.version, 2);
  assert.equal((await call('GET', otherPath, { token: admin })).body.notes, 'pipeline v2', 'a linked answer follows the template');
  assert.equal((await call('GET', answerPath, { token: owner })).body.notes, 'our own pipeline', 'an overridden answer does not');
  const history = await call('GET', `/api/workloads/${other.body.workloadId}/history?questionId=OPS2`, { token: admin });
  const last = history.body.changes.at(-1);
  assert.equal(last.who, 'platform-ci');
  assert.deepEqual(last.fromTemplate, { id: templateId, name: 'Platform CI/CD' });
  assert.deepEqual(last.changes.notes, ['pipeline v1', 'pipeline v2']);

  const reset = await call('POST', `${answerPath}/resetToTemplate`, { token: contributor });
  assert.equal(reset.status, 200);
  assert.deepEqual([reset.body.notes, reset.body.fromTemplate.overridden], ['pipeline v2', false]);
  assert.equal((await call('POST', `${answerPath}/resetToTemplate`, { token: reader })).status, 403);
  const notFrom = await call('POST', `/api/workloads/${id}/lensReviews/serverless/answers/SEC1/resetToTemplate?lang=ja`, { token: owner });
  assert.equal(notFrom.status, 409);
  assert.match(notFrom.body.message, /レビューテンプレートから来たものではありません/);

  // Template fields change with a version; a delete leaves the answers as plain answers.
  const patched = await call('PATCH', `/api/reviewTemplates/${templateId}`, { token: admin, body: { description: 'shared pipeline, v2', version: 2 } });
  assert.equal(patched.status, 200);
  assert.equal((await call('PATCH', `/api/reviewTemplates/${templateId}`, { token: admin, body: { description: 'late', version: 2 } })).body.currentVersion, 3);
  assert.equal((await call('GET', `/api/reviewTemplates/${templateId}/answers/serverless/OPS2`, { token: viewer })).body.answer.notes, 'pipeline v2');
  const listed = await call('GET', `/api/reviewTemplates/${templateId}/answers`, { token: viewer });
  assert.deepEqual([listed.body.version, listed.body.answers.map((a: { questionId: string }) => a.questionId)], [3, ['OPS2']]);
  // A question the template stops answering leaves the linked answers as they are, as plain answers.
  const added = await call('PUT', `/api/reviewTemplates/${templateId}/answers/serverless/SEC1`, { token: admin, body: { isApplicable: false, reason: 'OUT_OF_SCOPE', version: 3 } });
  assert.equal(added.status, 200);
  const sec1Path = `/api/workloads/${other.body.workloadId}/lensReviews/serverless/answers/SEC1`;
  assert.equal((await call('GET', sec1Path, { token: admin })).body.fromTemplate, null, 'a new template answer reaches only workloads where the template applies it');
  assert.equal((await call('POST', `/api/workloads/${other.body.workloadId}/reviewTemplates`, { token: admin, body: { templateId } })).status, 200);
  assert.equal((await call('GET', sec1Path, { token: admin })).body.isApplicable, false);
  assert.equal((await call('DELETE', `/api/reviewTemplates/${templateId}/answers/serverless/SEC1?version=3`, { token: admin })).status, 409);
  const dropped = await call('DELETE', `/api/reviewTemplates/${templateId}/answers/serverless/SEC1?version=4`, { token: admin });
  assert.equal(dropped.status, 200);
  const sec1 = (await call('GET', sec1Path, { token: admin })).body;
  assert.deepEqual([sec1.isApplicable, sec1.fromTemplate], [false, null]);
  assert.equal((await call('DELETE', `/api/reviewTemplates/${templateId}?version=1`, { token: admin })).status, 409);
  assert.equal((await call('DELETE', `/api/reviewTemplates/${templateId}`, { token: admin })).status, 200);
  const after = await call('GET', otherPath, { token: admin });
  assert.deepEqual([after.body.notes, after.body.fromTemplate], ['pipeline v2', null]);
  assert.equal((await call('GET', `/api/reviewTemplates/${templateId}`, { token: admin })).status, 404);
});

dbTest('a workload created from a template needs the template\'s lenses to be visible to the caller', async (db, t) => {
  const service = await openService(db, t);
  const now = service.now();
  const admin = (await createToken(service.store, 'platform-ci', 'admin', now)).token;
  const user = (await createUser(service.store, 'Someone', undefined, now)).token;
  const { call } = await startTestServer(db, t);
  const lens = JSON.parse(readFileSync(fixture('lenses', 'DynamoDB_custom-lensddb-v1.0.json'), 'utf8')) as Record<string, unknown>;
  assert.equal((await call('POST', '/api/lenses', { token: admin, body: { lensAlias: 'team', lens } })).status, 201);
  const created = await call('POST', '/api/reviewTemplates', { token: admin, body: { templateName: 'Team lens baseline', lensAliases: ['team'] } });
  assert.equal(created.status, 201);
  assert.equal((await call('POST', '/api/workloads', { token: user, body: { workloadName: 'Not with that lens', reviewTemplates: [created.body.templateId] } })).status, 404);
  const ok = await call('POST', '/api/workloads', { token: admin, body: { workloadName: 'With that lens', reviewTemplates: ['Team lens baseline'] } });
  assert.equal(ok.status, 201);
  assert.deepEqual(ok.body.lenses, ['team']);
});
