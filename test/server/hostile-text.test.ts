// Text that is too long is refused by its length before anyone counts its characters, and counting what can
// fit stays short: a maximal hostile body gets its 400 at once while the server goes on serving others.
import assert from 'node:assert/strict';
import { LARGE_BODY_LIMIT } from '../../src/server/route.js';
import { dbTest, openService } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// Emoji and Japanese: each a character of two or one code units, the mix that made counting quadratic.
const hostile = (units: number): string => '日本語😀'.repeat(Math.ceil(units / 5)).slice(0, units);

async function exported(api: TestServer): Promise<Record<string, any>> {
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: 'Source workload', lenses: ['serverless'] } });
  assert.equal(created.status, 201);
  const doc = await api.call('GET', `/api/workloads/${created.body.workloadId}/export`);
  assert.equal(doc.status, 200);
  return doc.body;
}

/** Sends `body` to the import and, while it is handled, another request; both timed. */
async function importBeside(api: TestServer, body: string) {
  const started = performance.now();
  const refused = api.call('POST', '/api/workloads/import', { body }).then((r) => ({ ...r, ms: performance.now() - started }));
  await new Promise((resolve) => setTimeout(resolve, 5));
  const otherStarted = performance.now();
  const other = await api.call('GET', '/api/lenses').then((r) => ({ ...r, ms: performance.now() - otherStarted }));
  return { refused: await refused, other };
}

dbTest('a maximal hostile import is refused within 100 ms of reading its body while another request is served', async (db, t) => {
  const api = await startTestServer(db, t);
  const doc = await exported(api);
  await api.call('GET', '/api/lenses'); // the first request pays for loading the lens and the routes

  // A name of nearly 4 MB: refused by its length in code units, never counted.
  const name = hostile(LARGE_BODY_LIMIT / 3);
  const named = JSON.stringify({ ...doc, workload: { ...doc.workload, workloadName: name } });
  assert.ok(named.length < LARGE_BODY_LIMIT);
  // What moving and parsing a body this size costs on this machine now (a busy one is slower): the same body,
  // refused by its format. Counting the name once took minutes.
  const plain = await importBeside(api, JSON.stringify({ ...doc, format: 'not slens', workload: { ...doc.workload, workloadName: name } }));
  assert.equal(plain.refused.status, 400);
  const budget = 100 + 2 * plain.refused.ms;

  const byName = await importBeside(api, named);
  assert.equal(byName.refused.status, 400);
  assert.match(byName.refused.body.message, /workload\.workloadName: .*800/, 'refused by its length in code units');
  assert.ok(byName.refused.ms < budget, `refused in ${byName.refused.ms.toFixed(0)} ms (the body alone: ${plain.refused.ms.toFixed(0)} ms)`);
  assert.equal(byName.other.status, 200);
  assert.ok(byName.other.ms < budget, `the other request waited ${byName.other.ms.toFixed(0)} ms`);

  // Notes of every question just short enough to be counted, each one still too many characters.
  const answers = doc.lensReviews[0].answers.map((a: Record<string, unknown>) => ({ ...a, notes: hostile(16_000) }));
  const noted = JSON.stringify({ ...doc, workload: { ...doc.workload, workloadName: 'Noted copy' }, lensReviews: [{ ...doc.lensReviews[0], answers }] });
  const byNotes = await importBeside(api, noted);
  assert.equal(byNotes.refused.status, 400);
  assert.match(byNotes.refused.body.message, /notes must be at most 2084 characters \(got 12800\)/);
  assert.ok(byNotes.refused.ms < budget, `refused in ${byNotes.refused.ms.toFixed(0)} ms`);
  assert.ok(byNotes.other.ms < budget, `the other request waited ${byNotes.other.ms.toFixed(0)} ms`);

  const ja = await api.call('POST', '/api/workloads/import?lang=ja', { body: named });
  assert.match(ja.body.message, /slens のワークロードのエクスポートではありません: workload\.workloadName/);
  assert.equal((await api.call('GET', '/api/workloads')).body.workloads.length, 1, 'nothing was imported');
});

dbTest('notes of a megabyte are refused at once through the service (CLI, pages) and the API, in both languages', async (db, t) => {
  const api = await startTestServer(db, t);
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: 'Noted workload', lenses: ['serverless'] } });
  const service = await openService(db, t);
  // The budget scales with an ordinary save measured just before: on a loaded machine both slow down alike.
  const ordinaryStart = performance.now();
  await service.updateAnswer(created.body.workloadId, 'serverless', 'OPS1', { notes: 'an ordinary note' });
  const budget = 100 + 3 * (performance.now() - ordinaryStart);
  const started = performance.now();
  await assert.rejects(service.updateAnswer(created.body.workloadId, 'serverless', 'SEC1', { notes: hostile(1_000_000) }), (e: Error & { status?: number }) => {
    assert.equal(e.status, 400);
    assert.match(e.message, /notes: must be at most 2084 characters \(got 1000000 UTF-16 code units/);
    assert.match((e as Error & { localized: { ja: string } }).localized.ja, /2084文字以内で指定してください（UTF-16 で1000000単位あり、2084文字に収まる長さを超えています）/);
    return true;
  });
  const ms = performance.now() - started;
  assert.ok(ms < budget, `refused in ${ms.toFixed(0)} ms (budget ${budget.toFixed(0)} ms)`);

  const path = `/api/workloads/${created.body.workloadId}/lensReviews/serverless/answers/SEC1`;
  const fits = await api.call('PATCH', path, { body: { notes: '😀'.repeat(2084), version: 0 } });
  assert.equal(fits.status, 200, '2084 emoji are 2084 characters');
  const over = await api.call('PATCH', `${path}?lang=ja`, { body: { notes: `${'😀'.repeat(2084)}字`, version: 1 } });
  assert.equal(over.status, 400);
  assert.match(over.body.message, /メモは2084文字以内で入力してください（2085文字）/);
});
