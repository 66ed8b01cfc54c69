// Per-workload access over the API: every route with a workload, tried as an outsider (404, the workload does not
// exist for them), a readonly member (reads, no writes), a contributor (no owner operations) and an owner; lists
// show only what the caller may see; English and Japanese; SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { API_ROUTES } from '../../src/server/routes.js';
import { accessNeeded } from '../../src/server/workload-guard.js';
import { createToken } from '../../src/server/tokens.js';
import { createUser, disableUser } from '../../src/server/users.js';
import { dbTest, openService } from '../helpers/db.js';
import { fixture } from '../helpers/repo.js';
import { startTestServer } from '../helpers/server.js';

const WORKLOAD_ROUTES = API_ROUTES.filter((r) => r.path.includes('{workloadId}'));

dbTest('every workload route checks the caller\'s share: outsider 404, readonly reads, contributor writes answers, owner the rest', async (db, t) => {
  const service = await openService(db, t);
  const now = service.now();
  const { token: admin } = await createToken(service.store, 'ci', 'admin', now);
  const users = Object.fromEntries(
    await Promise.all(['owner', 'contributor', 'reader', 'outsider'].map(async (name) => [name, (await createUser(service.store, `${name}-user`, undefined, now)).token] as const)),
  ) as Record<'owner' | 'contributor' | 'reader' | 'outsider', string>;
  const { call } = await startTestServer(db, t);

  // The owner creates the workload: it is theirs, and only theirs.
  const created = await call('POST', '/api/workloads', { token: users.owner, body: { workloadName: 'Shared orders', lenses: ['serverless'] } });
  assert.equal(created.status, 201);
  const id = created.body.workloadId as string;
  assert.deepEqual((await call('GET', '/api/workloads/Shared%20orders/shares', { token: users.owner })).body.shares.map((s: { userName: string; access: string }) => [s.userName, s.access]), [['owner-user', 'owner']]);
  for (const [user, access] of [['contributor-user', 'contributor'], ['reader-user', 'readonly']])
    assert.equal((await call('POST', `/api/workloads/${id}/shares`, { token: users.owner, body: { userName: user, access } })).status, 201);
  assert.equal((await call('POST', `/api/workloads/${id}/milestones`, { token: users.owner, body: { milestoneName: 'M1' } })).status, 201);
  const upload = await call('POST', `/api/workloads/${id}/lensReviews/serverless/evidence/uploads`, { token: users.owner, body: { templates: [{ path: 'a.yaml', content: 'a: 1' }] } });
  assert.equal(upload.status, 201);

  const pathOf = (path: string) =>
    path.replace('{workloadId}', id).replace('{lensAlias}', 'serverless').replace('{questionId}', 'OPS1').replace('{milestoneNumber}', '1').replace('{userName}', 'nobody').replace('{jobId}', upload.body.jobId as string);
  const attempt = (who: keyof typeof users, method: string, path: string, lang = 'en') =>
    call(method.toUpperCase(), `${pathOf(path)}${path.includes('?') ? '&' : '?'}lang=${lang}`, { token: users[who], body: method === 'get' ? undefined : {} });

  for (const route of WORKLOAD_ROUTES) {
    const label = `${route.method.toUpperCase()} ${route.path}`;
    const outsider = await attempt('outsider', route.method, route.path);
    assert.equal(outsider.status, 404, `outsider ${label}`);
    assert.equal(outsider.body.code, 'not-found', `outsider ${label}`);
    assert.match(outsider.body.message, new RegExp(id), `outsider ${label}: the same answer as an unknown workload`);

    const need = accessNeeded(route);
    const reader = await attempt('reader', route.method, route.path);
    if (need === 'readonly') assert.ok(![401, 403, 404].includes(reader.status) && reader.status < 500, `reader ${label}: ${reader.status} ${JSON.stringify(reader.body).slice(0, 200)}`);
    else assert.equal(reader.status, 403, `reader ${label}`);

    const contributor = await attempt('contributor', route.method, route.path);
    if (need === 'owner') assert.equal(contributor.status, 403, `contributor ${label}`);
    else assert.ok(![401, 403, 404].includes(contributor.status) && contributor.status < 500, `contributor ${label}: ${contributor.status} ${JSON.stringify(contributor.body).slice(0, 200)}`);
  }
  // The routes above include reads, contributor writes and owner writes: the test covers all three levels.
  assert.deepEqual(new Set(WORKLOAD_ROUTES.map(accessNeeded)), new Set(['readonly', 'contributor', 'owner']));

  // Japanese messages for the refusals.
  const ja = await attempt('outsider', 'get', '/api/workloads/{workloadId}', 'ja');
  assert.match(ja.body.message, /ワークロードはありません/);
  const readOnlyJa = await attempt('reader', 'patch', '/api/workloads/{workloadId}/lensReviews/{lensAlias}/answers/{questionId}', 'ja');
  assert.equal(readOnlyJa.status, 403);
  assert.match(readOnlyJa.body.message, /閲覧できますが、変更はできません/);

  // A contributor really changes an answer; the reader reads it.
  const answer = await call('GET', `/api/workloads/${id}/lensReviews/serverless/answers/OPS1`, { token: users.reader });
  const patched = await call('PATCH', `/api/workloads/${id}/lensReviews/serverless/answers/OPS1`, { token: users.contributor, body: { notes: 'by the contributor', version: answer.body.version } });
  assert.equal(patched.status, 200);
  assert.equal((await call('GET', `/api/workloads/${id}/lensReviews/serverless/answers/OPS1`, { token: users.reader })).body.notes, 'by the contributor');

  // Lists: each sees what is shared with them; the service token sees everything.
  const mine = await call('POST', '/api/workloads', { token: users.outsider, body: { workloadName: 'Outsider own' } });
  assert.equal(mine.status, 201);
  const names = async (token: string) => ((await call('GET', '/api/workloads', { token })).body.workloads as { workloadName: string }[]).map((w) => w.workloadName).sort();
  assert.deepEqual(await names(users.outsider), ['Outsider own']);
  assert.deepEqual(await names(users.reader), ['Shared orders']);
  assert.deepEqual(await names(admin), ['Outsider own', 'Shared orders']);
  // The name of someone else's workload is taken, but says nothing more than that.
  assert.equal((await call('GET', '/api/workloads/Outsider%20own', { token: users.reader })).status, 404);

  // Ending a share, disabling a user.
  assert.equal((await call('DELETE', `/api/workloads/${id}/shares/reader-user`, { token: users.owner })).status, 200);
  assert.equal((await call('GET', `/api/workloads/${id}`, { token: users.reader })).status, 404);
  await disableUser(service.store, 'contributor-user', service.now());
  assert.equal((await call('GET', `/api/workloads/${id}`, { token: users.contributor })).status, 401);
});

dbTest('imported lenses are seen by their owner and those they are shared with; others cannot overwrite them', async (db, t) => {
  const service = await openService(db, t);
  const now = service.now();
  const a = (await createUser(service.store, 'lens-owner', undefined, now)).token;
  const b = (await createUser(service.store, 'lens-other', undefined, now)).token;
  const { call } = await startTestServer(db, t);
  const lens = JSON.parse(readFileSync(fixture('lenses', 'DynamoDB_custom-lensddb-v1.0.json'), 'utf8')) as Record<string, unknown>;
  const imported = await call('POST', '/api/lenses', { token: a, body: { lensAlias: 'team', lens } });
  assert.equal(imported.status, 201, JSON.stringify(imported.body));
  const aliases = async (token: string) => ((await call('GET', '/api/lenses', { token })).body.lenses as { lensAlias: string }[]).map((l) => l.lensAlias).sort();
  assert.deepEqual(await aliases(a), ['serverless', 'team']);
  assert.deepEqual(await aliases(b), ['serverless']);
  assert.equal((await call('GET', '/api/lenses/team', { token: b })).status, 404);
  assert.equal((await call('POST', '/api/workloads', { token: b, body: { workloadName: 'Team B workload', lenses: ['team'] } })).status, 404);
  assert.equal((await call('POST', '/api/lenses', { token: b, body: { lensAlias: 'team', lens: { ...lens, description: 'changed' } } })).status, 404);
  assert.equal((await call('POST', '/api/lenses/team/shares', { token: b, body: { userName: 'lens-other', access: 'owner' } })).status, 404);
  assert.equal((await call('POST', '/api/lenses/team/shares', { token: a, body: { userName: 'lens-other', access: 'readonly' } })).status, 201);
  assert.deepEqual(await aliases(b), ['serverless', 'team']);
  assert.equal((await call('POST', '/api/workloads', { token: b, body: { workloadName: 'Team B workload', lenses: ['team'] } })).status, 201);
  const overwrite = await call('POST', '/api/lenses?lang=ja', { token: b, body: { lensAlias: 'team', lens: { ...lens, description: 'changed' } } });
  assert.equal(overwrite.status, 403);
  assert.match(overwrite.body.message, /所有者だけ/);
});
