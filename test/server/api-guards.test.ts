// What the API refuses and how: stale versions, bad fields, malformed or oversized bodies, unknown ids,
// missing or read-only tokens, and that concurrent writers to different answers lose nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createToken } from '../../src/server/tokens.js';
import { startServer } from '../../src/server/start.js';
import { fixtureLensText } from '../helpers/answers.js';
import { dbTest, openService, sqliteDb } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';

const ANSWER = (id: string, q: string) => `/api/workloads/${id}/lensReviews/serverless/answers/${q}`;

async function workload(api: Awaited<ReturnType<typeof startTestServer>>, name = 'Guarded workload') {
  const res = await api.call('POST', '/api/workloads', { body: { workloadName: name, lenses: ['serverless'] } });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.workloadId as string;
}

dbTest('a stale answer update gets 409 with the current version and changes nothing', async (db, t) => {
  const api = await startTestServer(db, t);
  const id = await workload(api);
  const first = await api.call('PATCH', ANSWER(id, 'SEC1'), { body: { selectedChoices: ['sec1_authn_authz'], notes: 'alice', version: 0 } });
  assert.equal(first.status, 200);
  assert.equal(first.body.version, 1);
  const stale = await api.call('PATCH', ANSWER(id, 'SEC1'), { body: { selectedChoices: ['SEC1_no'], notes: 'bob', version: 0 } });
  assert.equal(stale.status, 409);
  assert.equal(stale.body.code, 'stale-version');
  assert.equal(stale.body.currentVersion, 1);
  assert.match(stale.body.message, /version 0.*version 1/);
  const ja = await api.call('PATCH', `${ANSWER(id, 'SEC1')}?lang=ja`, { body: { selectedChoices: ['SEC1_no'], version: 0 } });
  assert.match(ja.body.message, /他の人によって変更されました/);
  const now = await api.call('GET', ANSWER(id, 'SEC1'));
  assert.deepEqual([now.body.selectedChoices, now.body.notes, now.body.version], [['sec1_authn_authz'], 'alice', 1]);
});

dbTest('50 concurrent writers updating different answers lose nothing', async (db, t) => {
  const api = await startTestServer(db, t);
  const lens = await api.call('POST', '/api/lenses', { body: { jsonString: fixtureLensText('DynamoDB_custom-lensddb-v1.0.json'), lensAlias: 'ddb' } });
  assert.equal(lens.status, 201);
  const w = await api.call('POST', '/api/workloads', { body: { workloadName: 'Busy workload', lenses: ['ddb', 'serverless'] } });
  const id = w.body.workloadId as string;
  const ddb = (await api.call('GET', `/api/workloads/${id}/lensReviews/ddb/answers`)).body.answers as { questionId: string; choices: { choiceId: string }[] }[];
  const srv = (await api.call('GET', `/api/workloads/${id}/lensReviews/serverless/answers`)).body.answers as { questionId: string; choices: { choiceId: string }[] }[];
  const targets = [...ddb.map((a) => ({ alias: 'ddb', a })), ...srv.map((a) => ({ alias: 'serverless', a }))].slice(0, 50);
  assert.equal(targets.length, 50);
  const results = await Promise.all(
    targets.map(({ alias, a }, i) =>
      api.call('PATCH', `/api/workloads/${id}/lensReviews/${alias}/answers/${a.questionId}`, {
        body: { selectedChoices: [a.choices[0]?.choiceId], notes: `writer ${i}`, version: 0 },
      }),
    ),
  );
  assert.deepEqual(results.map((r) => r.status), Array(50).fill(200));
  for (const alias of ['ddb', 'serverless']) {
    const stored = (await api.call('GET', `/api/workloads/${id}/lensReviews/${alias}/answers`)).body.answers as { questionId: string; notes: string; version: number; selectedChoices: string[] }[];
    for (const s of stored) {
      const i = targets.findIndex((x) => x.alias === alias && x.a.questionId === s.questionId);
      if (i < 0) continue;
      assert.equal(s.notes, `writer ${i}`);
      assert.equal(s.version, 1);
      assert.deepEqual(s.selectedChoices, [targets[i]?.a.choices[0]?.choiceId]);
    }
  }
});

dbTest('bad input is refused with a message per field and nothing is stored', async (db, t) => {
  const api = await startTestServer(db, t);
  const id = await workload(api);
  const cases: [unknown, string, RegExp][] = [
    [{ selectedChoices: ['ops1_nope'], version: 0 }, 'selectedChoices', /no choice "ops1_nope"/],
    [{ selectedChoices: ['OPS1_no', 'ops1_tracing'], version: 0 }, 'selectedChoices', /"None of these" \(OPS1_no\) cannot be selected together/],
    [{ notes: '😀'.repeat(2085), version: 0 }, 'notes', /at most 2084 characters \(got 2085\)/],
    [{ isApplicable: false, reason: 'BORED', version: 0 }, 'body.reason', /OUT_OF_SCOPE/],
    [{ selectedChoices: ['ops1_tracing'] }, 'body.version', /./],
    [{ selectedChoices: 'ops1_tracing', version: 0 }, 'body.selectedChoices', /./],
    [{ selectedChoices: [], version: 0, extra: 1 }, 'body', /extra/],
  ];
  for (const [body, field, message] of cases) {
    const res = await api.call('PATCH', ANSWER(id, 'OPS1'), { body });
    assert.equal(res.status, 400, JSON.stringify(body).slice(0, 80));
    const hit = (res.body.fields as { field: string; message: string }[]).find((f) => f.field === field);
    assert.ok(hit, `${field} in ${JSON.stringify(res.body.fields)}`);
    assert.match(hit.message, message);
  }
  // 2,084 characters that are each several UTF-16 units are accepted: a person counts them as 2,084.
  const ok = await api.call('PATCH', ANSWER(id, 'OPS1'), { body: { notes: '日'.repeat(1000) + '👍🏽'.repeat(1084), version: 0 } });
  assert.equal(ok.status, 200);
  const ja = await api.call('PATCH', `${ANSWER(id, 'OPS1')}?lang=ja`, { body: { selectedChoices: ['OPS1_no', 'ops1_tracing'], version: 1 } });
  assert.match(ja.body.fields[0].message, /同時に選択できません/);
  const answer = await api.call('GET', ANSWER(id, 'OPS1'));
  assert.deepEqual([answer.body.selectedChoices, answer.body.version], [[], 1]);

  const badWorkload = await api.call('POST', '/api/workloads', { body: { workloadName: 'x', environment: 'STAGING', architecturalDesign: 'ftp://diagram' } });
  assert.equal(badWorkload.status, 400);
  const fields = (badWorkload.body.fields as { field: string }[]).map((f) => f.field).sort();
  assert.deepEqual(fields, ['body.environment']);
  const badNames = await api.call('POST', '/api/workloads', { body: { workloadName: 'x', architecturalDesign: 'ftp://diagram' } });
  assert.deepEqual((badNames.body.fields as { field: string }[]).map((f) => f.field).sort(), ['architecturalDesign', 'workloadName']);
  assert.equal((await api.call('GET', '/api/workloads')).body.workloads.length, 1);
  const taken = await api.call('POST', '/api/workloads', { body: { workloadName: 'GUARDED WORKLOAD' } });
  assert.equal(taken.status, 409);
});

dbTest('a broken lens import is refused with its problems, and nothing is stored', async (db, t) => {
  const api = await startTestServer(db, t);
  const broken = await api.call('POST', '/api/lenses', { body: { jsonString: '{"schemaVersion": "2021-11-01", "name": 5' } });
  assert.equal(broken.status, 400);
  assert.match(broken.body.fields[0].message, /request body:\d+:\d+: /);
  const invalid = await api.call('POST', '/api/lenses', { body: { lens: { schemaVersion: '2021-11-01', name: 'x', description: 'd', pillars: 'none' } } });
  assert.equal(invalid.status, 400);
  assert.ok(invalid.body.fields.some((f: { field: string }) => /pillars/.test(f.field)), JSON.stringify(invalid.body.fields));
  // Lens problems follow the request's language (?lang= or Accept-Language), English otherwise; the shape is the same.
  const pillarsField = (body: { fields: { field: string; message: string }[] }) => body.fields.find((f) => f.field === '$.pillars')?.message ?? '';
  assert.match(pillarsField(invalid.body), /^the lens is not valid: request body:\d+:\d+: "pillars" must be an array$/);
  for (const asked of [{ path: '/api/lenses?lang=ja' }, { path: '/api/lenses', headers: { 'accept-language': 'ja,en;q=0.5' } }]) {
    const ja = await api.call('POST', asked.path, { body: { lens: { schemaVersion: '2021-11-01', name: 'x', description: 'd', pillars: 'none' } }, headers: asked.headers });
    assert.equal(ja.status, 400);
    assert.deepEqual(Object.keys(ja.body), Object.keys(invalid.body));
    assert.match(pillarsField(ja.body), /^レンズが正しくありません: request body:\d+:\d+: "pillars" は配列で指定してください$/);
    assert.match(ja.body.message, /"pillars" は配列で指定してください/);
  }
  const both = await api.call('POST', '/api/lenses', { body: { lens: {}, jsonString: '{}' } });
  assert.equal(both.status, 400);
  assert.match(both.body.message, /exactly one of "lens" or "jsonString"/);
  const reserved = await api.call('POST', '/api/lenses', { body: { lensAlias: 'serverless', jsonString: fixtureLensText('ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json') } });
  assert.equal(reserved.status, 400);
  assert.match(reserved.body.message, /built-in lens/);
  const lenses = await api.call('GET', '/api/lenses');
  assert.deepEqual(lenses.body.lenses.map((l: { lensAlias: string }) => l.lensAlias), ['serverless']);
});

dbTest('malformed JSON is 400, an oversized body 413, unknown ids and paths 404', async (db, t) => {
  const api = await startTestServer(db, t);
  const id = await workload(api);
  const malformed = await api.call('PATCH', ANSWER(id, 'OPS1'), { body: '{"selectedChoices": [' });
  assert.equal(malformed.status, 400);
  assert.equal(malformed.body.code, 'malformed-json');
  const huge = await api.call('PATCH', ANSWER(id, 'OPS1'), { body: JSON.stringify({ notes: 'x'.repeat(300 * 1024), version: 0 }) });
  assert.equal(huge.status, 413);
  assert.equal(huge.body.code, 'body-too-large');
  const binary = await api.call('POST', '/api/workloads', { body: '\u0000\u00ff\ufffe' });
  assert.equal(binary.status, 400);
  let deep = '1';
  for (let i = 0; i < 5000; i++) deep = `[${deep}]`;
  const nested = await api.call('POST', '/api/workloads/import', { body: deep });
  assert.equal(nested.status, 400);
  for (const path of [
    '/api/workloads/0123456789abcdef0123456789abcdef',
    `/api/workloads/${id}/lensReviews/nolens`,
    `/api/workloads/${id}/lensReviews/serverless/answers/NOPE1`,
    '/api/lenses/nolens',
    `/api/workloads/${id}/milestones/3`,
    '/api/nothing-here',
  ]) {
    const res = await api.call('GET', path);
    assert.equal(res.status, 404, path);
    assert.equal(typeof res.body.message, 'string');
  }
  const wrong = await api.call('PATCH', ANSWER('0123456789abcdef0123456789abcdef', 'OPS1'), { body: { version: 0 } });
  assert.equal(wrong.status, 404);
});

dbTest('once a token exists every request needs one, and a viewer cannot write', async (db, t) => {
  const api = await startTestServer(db, t);
  const id = await workload(api);
  const service = await openService(db, t);
  const viewer = await createToken(service.store, 'reader', 'viewer', new Date().toISOString());
  const editor = await createToken(service.store, 'writer', 'editor', new Date().toISOString());
  const open = await api.call('GET', '/api/workloads');
  assert.equal(open.status, 401);
  assert.match(open.headers.get('www-authenticate') ?? '', /Bearer/);
  assert.match(open.body.message, /needs an API token/);
  assert.match((await api.call('GET', '/api/workloads?lang=ja')).body.message, /API トークンが必要です/);
  assert.equal((await api.call('GET', '/api/workloads', { headers: { authorization: 'Basic abc' } })).status, 401);
  assert.equal((await api.call('GET', '/api/workloads', { token: 'slens_not-a-real-token' })).status, 401);
  assert.equal((await api.call('GET', '/api/workloads', { token: viewer.token })).status, 200);
  const denied = await api.call('PATCH', ANSWER(id, 'OPS1'), { token: viewer.token, body: { selectedChoices: ['OPS1_no'], version: 0 } });
  assert.equal(denied.status, 403);
  assert.equal((await api.call('POST', '/api/workloads', { token: viewer.token, body: { workloadName: 'viewer made this' } })).status, 403);
  assert.equal((await api.call('GET', ANSWER(id, 'OPS1'), { token: viewer.token })).body.version, 0);
  const allowed = await api.call('PATCH', ANSWER(id, 'OPS1'), { token: editor.token, body: { selectedChoices: ['OPS1_no'], version: 0 } });
  assert.equal(allowed.status, 200);
  const { revokeToken } = await import('../../src/server/tokens.js');
  await revokeToken(service.store, 'writer', new Date().toISOString());
  assert.equal((await api.call('GET', '/api/workloads', { token: editor.token })).status, 401);
  // Pages follow the same rule: a visitor without a session is sent to sign in.
  const page = await fetch(`${api.server.url}/workloads`, { redirect: 'manual' });
  assert.equal(page.status, 303);
  assert.match(page.headers.get('location') ?? '', /^\/signin/);
  assert.ok(api.logs.some((l) => JSON.parse(l).user === 'reader'));
});

test('the server refuses a non-loopback host while no token exists', async (t) => {
  const db = sqliteDb();
  t.after(() => db.cleanup());
  await assert.rejects(startServer({ port: 0, host: '0.0.0.0', databaseUrl: db.url }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'no-token');
    assert.match(error.message, /slens token create/);
    return true;
  });
});

dbTest('lens import warnings are in the language of the request, in the same shape', async (db, t) => {
  const api = await startTestServer(db, t);
  const lens = JSON.parse(fixtureLensText('ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json'));
  lens.pillars[0].questions[0].title = 'Do you use <script> tags?';
  const en = await api.call('POST', '/api/lenses', { body: { lens, lensAlias: 'warned' } });
  assert.equal(en.status, 201);
  assert.deepEqual(Object.keys(en.body.warnings[0]), ['path', 'line', 'message']);
  assert.match(en.body.warnings[0].message, /^"title" contains "<", which the WA Tool rejects on import/);
  const ja = await api.call('POST', '/api/lenses?lang=ja', { body: { lens, lensAlias: 'warned' } });
  assert.equal(ja.status, 201);
  assert.deepEqual(Object.keys(ja.body), Object.keys(en.body));
  assert.equal(ja.body.warnings[0].path, en.body.warnings[0].path);
  assert.match(ja.body.warnings[0].message, /^"title" に WA Tool がインポート時に受け付けない文字 "<" が含まれています/);
});
