// History: every change to an answer, a workload or a share is recorded with who and when and each field before
// and after — through the API and through the pages — and read back per question; SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { createUser } from '../../src/server/users.js';
import { dbTest, openService } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';

dbTest('answers, workload fields and shares are recorded: who, when, before and after; per question; readers may read', async (db, t) => {
  const service = await openService(db, t);
  const now = service.now();
  const owner = (await createUser(service.store, 'Owner One', undefined, now)).token;
  const writer = (await createUser(service.store, 'Writer Two', undefined, now)).token;
  const outsider = (await createUser(service.store, 'Outsider', undefined, now)).token;
  const { call } = await startTestServer(db, t);
  const id = (await call('POST', '/api/workloads', { token: owner, body: { workloadName: 'History orders', lenses: ['serverless'] } })).body.workloadId as string;
  assert.equal((await call('POST', `/api/workloads/${id}/shares`, { token: owner, body: { userName: 'writer two', access: 'contributor' } })).status, 201);

  const answerPath = `/api/workloads/${id}/lensReviews/serverless/answers/OPS1`;
  const first = await call('PATCH', answerPath, { token: writer, body: { selectedChoices: ['ops1_managed_metrics'], version: 0 } });
  assert.equal(first.status, 200);
  assert.equal((await call('PATCH', answerPath, { token: writer, body: { notes: 'alarms on', version: first.body.version } })).status, 200);
  // A stale write changes nothing and records nothing.
  assert.equal((await call('PATCH', answerPath, { token: writer, body: { notes: 'stale', version: 0 } })).status, 409);
  assert.equal((await call('PATCH', `/api/workloads/${id}/lensReviews/serverless/answers/SEC1`, { token: owner, body: { notes: 'other question', version: 0 } })).status, 200);
  assert.equal((await call('PATCH', `/api/workloads/${id}`, { token: owner, body: { description: 'orders, now with history' } })).status, 200);

  const ops1 = await call('GET', `/api/workloads/${id}/history?questionId=OPS1`, { token: writer });
  assert.equal(ops1.status, 200);
  const changes = ops1.body.changes as { kind: string; subject: string; who: string; at: string; changes: Record<string, [unknown, unknown]> }[];
  assert.deepEqual(
    changes.map((c) => [c.kind, c.subject, c.who, c.changes]),
    [
      ['answer', 'OPS1', 'Writer Two', { selectedChoices: [[], ['ops1_managed_metrics']] }],
      ['answer', 'OPS1', 'Writer Two', { notes: ['', 'alarms on'] }],
    ],
  );
  assert.ok(changes.every((c) => /^\d{4}-\d\d-\d\dT/.test(c.at)));
  const all = (await call('GET', `/api/workloads/${id}/history`, { token: owner })).body.changes as { kind: string; subject: string; changes: Record<string, [unknown, unknown]> }[];
  // The creation is the first change (every field from nothing), then the share, the answers, the description.
  assert.deepEqual(all.map((c) => `${c.kind}:${c.subject}`), ['workload:workload', 'share:shares', 'answer:OPS1', 'answer:OPS1', 'answer:SEC1', 'workload:workload']);
  assert.deepEqual(all[0]!.changes.workloadName, [null, 'History orders']);
  assert.deepEqual(all[0]!.changes.lenses, [null, ['serverless']]);
  assert.deepEqual(all[1]!.changes, { 'Writer Two': [null, 'contributor'] });
  assert.deepEqual(all[5]!.changes, { description: ['', 'orders, now with history'] });
  assert.equal((await call('GET', `/api/workloads/${id}/history`, { token: outsider })).status, 404);
  const bad = await call('GET', `/api/workloads/${id}/history?kind=everything&lang=ja`, { token: owner });
  assert.equal(bad.status, 400);
});
