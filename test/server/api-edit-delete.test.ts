// Editing and deleting through the HTTP API on SQLite and PostgreSQL: a workload's properties change (a made-up
// Region or account id is a 400 per field), a lens in use is a 409 naming the workloads, milestones are renamed
// and deleted; the start-up font check leaves at most one warning in the log.
import assert from 'node:assert/strict';
import { fixtureLensText } from '../helpers/answers.js';
import { dbTest } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';

dbTest('the API edits and deletes workloads, imported lenses and milestones', async (db, t) => {
  const api = await startTestServer(db, t);
  const lens = await api.call('POST', '/api/lenses', { body: { jsonString: fixtureLensText('ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json'), lensAlias: 'orr' } });
  assert.equal(lens.status, 201, JSON.stringify(lens.body));
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: 'Orders API', awsRegions: ['eu-west-1'], lenses: ['serverless', 'orr'] } });
  const id = created.body.workloadId as string;

  const bad = await api.call('PATCH', `/api/workloads/${id}`, { body: { awsRegions: ['not-a-region'], accountIds: ['123'] } });
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body.fields, [
    { field: 'awsRegions', message: '"not-a-region" is not an AWS Region; choose Regions from the list (for example ap-northeast-1).' },
    { field: 'accountIds', message: '"123" is not an AWS account ID: an account ID has exactly 12 digits.' },
  ]);
  const badJa = await api.call('PATCH', `/api/workloads/${id}?lang=ja`, { body: { accountIds: ['abc'] } });
  assert.equal(badJa.body.fields[0].message, '「abc」は AWS アカウント ID ではありません。アカウント ID は12桁の数字です。');
  const edited = await api.call('PATCH', `/api/workloads/${id}`, { body: { workloadName: 'Orders API v2', accountIds: ['123456789012'], pillarPriorities: ['security'] } });
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  assert.deepEqual([edited.body.workloadName, edited.body.awsRegions, edited.body.accountIds], ['Orders API v2', ['eu-west-1'], ['123456789012']]);

  const m = await api.call('POST', `/api/workloads/${id}/milestones`, { body: { milestoneName: 'first' } });
  assert.equal(m.status, 201);
  const inUse = await api.call('DELETE', '/api/lenses/orr');
  assert.equal(inUse.status, 409);
  assert.equal(inUse.body.code, 'lens-in-use');
  assert.deepEqual(inUse.body.workloads, ['Orders API v2']);
  const renamed = await api.call('PATCH', `/api/workloads/${id}/milestones/1`, { body: { milestoneName: 'renamed' } });
  assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
  assert.equal(renamed.body.milestoneName, 'renamed');
  assert.equal((await api.call('PATCH', `/api/workloads/${id}/milestones/1`, { body: { milestoneName: '' } })).status, 400);
  assert.equal((await api.call('DELETE', `/api/workloads/${id}/milestones/1`)).status, 200);
  assert.equal((await api.call('DELETE', `/api/workloads/${id}/milestones/1`)).status, 404);
  assert.equal((await api.call('DELETE', `/api/workloads/${id}/lensReviews/orr`)).status, 200);
  const gone = await api.call('DELETE', '/api/lenses/orr');
  assert.equal(gone.status, 200, JSON.stringify(gone.body));
  assert.deepEqual(gone.body, { lensAlias: 'orr', deleted: true });
  assert.equal((await api.call('DELETE', '/api/lenses/serverless')).status, 409);
  assert.equal((await api.call('DELETE', `/api/workloads/${id}`)).status, 200);
  assert.equal((await api.call('GET', `/api/workloads/${id}`)).status, 404);
  // The font check runs at start: whatever this machine has, it never logs more than one warning.
  assert.ok(api.logs.filter((line) => line.includes('"level":"warn"')).length <= 1);
});
