// Profiles over the HTTP API: the template in both languages, CRUD with versions, who may see a profile (its
// creator and admins), attaching one (contributor share), and the prioritized counts the review then carries.
import assert from 'node:assert/strict';
import { createToken } from '../../src/server/tokens.js';
import { createUser } from '../../src/server/users.js';
import { dbTest, openService } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';

dbTest('profiles: CRUD with versions, visibility, attaching, prioritized counts', async (db, t) => {
  const service = await openService(db, t);
  const now = service.now();
  const { token: admin } = await createToken(service.store, 'ops', 'admin', now);
  const { token: viewer } = await createToken(service.store, 'dash', 'viewer', now);
  const [ann, ben, cid] = await Promise.all(['ann', 'ben', 'cid'].map(async (name) => (await createUser(service.store, name, undefined, now)).token));
  const { call } = await startTestServer(db, t);

  const template = await call('GET', '/api/profileTemplate?lang=ja', { token: ann });
  assert.equal(template.status, 200);
  assert.equal(template.body.questions[0].questionId, 'focus');
  assert.match(template.body.questions[0].title, /大切なこと/);
  assert.deepEqual(template.body.questions[0].choices.find((c: { choiceId: string }) => c.choiceId === 'focus_security').prioritizes, ['SEC1', 'SEC2', 'SEC3']);

  // Ann creates a profile; Ben does not see it; the admin token does; a viewer token may not write.
  const created = await call('POST', '/api/profiles', { token: ann, body: { profileName: 'Public API', answers: [{ questionId: 'exposure', selectedChoiceIds: ['exposure_internet', 'exposure_partners'] }] } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.profileId as string;
  assert.deepEqual([created.body.version, created.body.prioritizedQuestions], [1, ['REL1', 'SEC1']]);
  assert.equal((await call('GET', `/api/profiles/${id}`, { token: ben })).status, 404);
  assert.deepEqual((await call('GET', '/api/profiles', { token: ben })).body.profiles, []);
  assert.deepEqual((await call('GET', '/api/profiles', { token: admin })).body.profiles.map((p: { profileName: string }) => p.profileName), ['Public API']);
  assert.equal((await call('POST', '/api/profiles', { token: viewer, body: { profileName: 'Nope' } })).status, 403);

  // Updates carry the version read; a stale one is a 409 with the current version, in the caller's language.
  const updated = await call('PATCH', `/api/profiles/${encodeURIComponent('public api')}`, { token: ann, body: { description: 'internet facing', version: 1 } });
  assert.deepEqual([updated.status, updated.body.version, updated.body.prioritizedQuestions], [200, 2, ['REL1', 'SEC1']]);
  const stale = await call('PATCH', `/api/profiles/${id}?lang=ja`, { token: ann, body: { description: 'late', version: 1 } });
  assert.deepEqual([stale.status, stale.body.code, stale.body.currentVersion], [409, 'stale-version', 2]);
  assert.match(stale.body.message, /他の人が変更しました/);
  const bad = await call('POST', '/api/profiles', { token: ann, body: { profileName: 'Bad', answers: [{ questionId: 'traffic', selectedChoiceIds: ['traffic_spiky', 'traffic_steady'] }] } });
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body.fields.map((f: { field: string }) => f.field), ['answers.0.selectedChoiceIds']);

  // Ann owns a workload shared with Ben (contributor) and Cid (readonly).
  const w = await call('POST', '/api/workloads', { token: ann, body: { workloadName: 'Storefront', lenses: ['serverless'] } });
  const wid = w.body.workloadId as string;
  for (const [user, access] of [['ben', 'contributor'], ['cid', 'readonly']]) assert.equal((await call('POST', `/api/workloads/${wid}/shares`, { token: ann, body: { userName: user, access } })).status, 201);
  await call('PATCH', `/api/workloads/${wid}/lensReviews/serverless/answers/SEC1`, { token: ann, body: { selectedChoices: ['SEC1_no'], version: 0 } });
  await call('PATCH', `/api/workloads/${wid}/lensReviews/serverless/answers/OPS1`, { token: ann, body: { selectedChoices: ['OPS1_no'], version: 0 } });

  assert.equal((await call('PUT', `/api/workloads/${wid}/profile`, { token: cid, body: { profileId: id } })).status, 403, 'a reader may not attach');
  assert.equal((await call('PUT', `/api/workloads/${wid}/profile`, { token: ben, body: { profileId: id } })).status, 404, "Ben cannot attach Ann's profile he cannot see");
  const attached = await call('PUT', `/api/workloads/${wid}/profile`, { token: ann, body: { profileId: id } });
  assert.deepEqual([attached.status, attached.body.profile.profileName], [200, 'Public API']);

  // Everyone who reads the workload sees what is prioritized (not the profile's answers).
  const review = await call('GET', `/api/workloads/${wid}/lensReviews/serverless`, { token: cid });
  assert.deepEqual(review.body.prioritizedRiskCounts, { HIGH: 1, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 1 });
  assert.deepEqual(review.body.improvementPlan.map((i: { questionId: string; prioritized: boolean }) => [i.questionId, i.prioritized]), [['SEC1', true], ['OPS1', false]]);
  assert.equal(review.body.pillars.find((p: { id: string }) => p.id === 'security').prioritizedRiskCounts.HIGH, 1);
  const workload = await call('GET', `/api/workloads/${wid}`, { token: cid });
  assert.deepEqual([workload.body.profile.profileId, workload.body.prioritizedRiskCounts.HIGH], [id, 1]);
  assert.equal((await call('GET', `/api/workloads/${wid}/lensReviews/serverless/answers/REL1`, { token: cid })).body.prioritized, true);
  assert.equal((await call('GET', `/api/profiles/${id}`, { token: cid })).status, 404);

  // The history records the attachment; a used profile cannot be deleted; the contributor detaches it.
  const history = await call('GET', `/api/workloads/${wid}/history?kind=workload`, { token: ann });
  assert.ok(history.body.changes.some((c: { changes: Record<string, unknown> }) => 'profile' in c.changes), JSON.stringify(history.body.changes));
  const inUse = await call('DELETE', `/api/profiles/${id}`, { token: ann });
  assert.deepEqual([inUse.status, inUse.body.code], [409, 'profile-in-use']);
  const detached = await call('DELETE', `/api/workloads/${wid}/profile`, { token: ben });
  assert.deepEqual([detached.status, detached.body.detached], [200, true]);
  assert.equal((await call('GET', `/api/workloads/${wid}`, { token: cid })).body.profile, null);
  assert.equal((await call('DELETE', `/api/profiles/${id}`, { token: ann })).status, 200);
  assert.equal((await call('GET', `/api/profiles/${id}`, { token: admin })).status, 404);
});
