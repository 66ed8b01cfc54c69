// The web pages apply the same per-workload access as the API: users sign in with a name and password (throttled
// in the database), see only the workloads shared with them, a workload they may not see is "not found", and a
// readonly share cannot save an answer; English and Japanese.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_FAILURES } from '../../../src/server/pages/signin-users.js';
import { markChoices } from '../../../src/review/choice-states.js';
import { actingAs } from '../../../src/review/history.js';
import { updateImprovementItem } from '../../../src/review/improvement-items.js';
import { createUser } from '../../../src/server/users.js';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';

const PASSWORD = 'correct horse battery';

test('users sign in with a password and see only what is shared with them; readonly cannot save; outsiders get 404', async () => {
  const h = await openPagesHarness();
  try {
    const now = h.service.now();
    const shared = await seedWorkload(h.service, 'Shared orders');
    const hidden = await seedWorkload(h.service, 'Hidden payroll');
    const reader = (await createUser(h.service.store, 'Reader', PASSWORD, now)).user;
    const writer = (await createUser(h.service.store, 'Writer', PASSWORD, now)).user;
    await h.service.store.putWorkloadShare(shared, reader.id, 'readonly', now);
    await h.service.store.putWorkloadShare(shared, writer.id, 'contributor', now);

    // Users now exist: even on loopback, pages need a sign-in.
    const anon = h.client();
    assert.equal((await anon.get('/workloads')).status, 303);

    const r = h.client();
    await r.get('/signin');
    const wrong = await r.post('/signin', { username: 'reader', password: 'not the password', next: '/workloads' });
    assert.equal(wrong.status, 401);
    assert.match(textOf(wrong.text), /do not match an enabled user/);
    assert.equal((await r.post('/signin', { username: 'reader', password: PASSWORD, next: '/workloads' })).status, 303);
    const list = textOf((await r.get('/workloads')).text);
    assert.match(list, /Shared orders/);
    assert.doesNotMatch(list, /Hidden payroll/);
    assert.equal((await r.get(`/workloads/${hidden}`)).status, 404);
    assert.equal((await r.get(`/workloads/${encodeURIComponent('Hidden payroll')}/review/serverless`)).status, 404);
    const page = await r.get(`/workloads/${shared}/review/serverless?q=OPS1`);
    assert.equal(page.status, 200);
    const refused = await r.post(`/workloads/${shared}/review/serverless/OPS1?lang=ja`, { choice: 'ops1_managed_metrics', notes: 'reader tried', version: '0', go: 'stay' });
    assert.equal(refused.status, 403);
    assert.match(textOf(refused.text), /閲覧できますが、変更はできません/);
    assert.equal((await h.service.getAnswer(shared, 'serverless', 'OPS1', 'en')).notes, '');

    const w = h.client();
    await w.get('/signin?lang=ja');
    assert.equal((await w.post('/signin', { username: 'WRITER', password: PASSWORD, next: '/workloads' })).status, 303);
    await w.get(`/workloads/${shared}/review/serverless?q=OPS1`);
    const saved = await w.post(`/workloads/${shared}/review/serverless/OPS1`, { choice: 'ops1_managed_metrics', notes: 'writer saved', version: '0', go: 'stay' });
    assert.ok(saved.status === 303 || saved.status === 200, `contributor saves: ${saved.status}`);
    assert.equal((await h.service.getAnswer(shared, 'serverless', 'OPS1', 'en')).notes, 'writer saved');
    // Only owners change a workload's lenses.
    assert.equal((await w.post(`/workloads/${shared}/lenses`, { lenses: 'serverless' })).status, 403);
  } finally {
    await h.close();
  }
});

/** The length of the fixed windows sign-in failures are counted in (WINDOW_MS in src/server/pages/signin-users.ts). */
const SIGNIN_WINDOW_MS = 15 * 60 * 1000;

test(`after ${MAX_FAILURES} wrong passwords a user name is refused for a while, even with the right one (counted in the database)`, async () => {
  // Failures count in fixed windows (every quarter hour on the clock): eleven sign-ins that straddle the end of
  // one would start counting again in the next and never be refused. Close to a window's end, wait for the next.
  const left = SIGNIN_WINDOW_MS - (Date.now() % SIGNIN_WINDOW_MS);
  if (left < 30_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
  const h = await openPagesHarness();
  try {
    await createUser(h.service.store, 'Target', PASSWORD, h.service.now());
    const c = h.client();
    await c.get('/signin');
    for (let i = 0; i < MAX_FAILURES; i++) assert.equal((await c.post('/signin', { username: 'target', password: `guess ${i} wrong`, next: '/workloads' })).status, 401);
    const blocked = await c.post('/signin?lang=ja', { username: 'Target', password: PASSWORD, next: '/workloads' });
    assert.equal(blocked.status, 429);
    assert.match(textOf(blocked.text), /サインインの失敗が多すぎます/);
    // Another name is not affected.
    await createUser(h.service.store, 'Other', PASSWORD, h.service.now());
    assert.equal((await c.post('/signin', { username: 'other', password: PASSWORD, next: '/workloads' })).status, 303);
  } finally {
    await h.close();
  }
});

test('an answer saved on the page is in the question\'s history, shown in English and Japanese; outsiders cannot open it', async () => {
  const h = await openPagesHarness();
  try {
    const now = h.service.now();
    const id = await seedWorkload(h.service, 'Paged history');
    const writer = (await createUser(h.service.store, 'Page Writer', PASSWORD, now)).user;
    await createUser(h.service.store, 'Nobody', PASSWORD, now);
    await h.service.store.putWorkloadShare(id, writer.id, 'contributor', now);
    const c = h.client();
    await c.get('/signin');
    assert.equal((await c.post('/signin', { username: 'page writer', password: PASSWORD, next: '/workloads' })).status, 303);
    const review = await c.get(`/workloads/${id}/review/serverless?q=OPS1`);
    assert.match(review.text, new RegExp(`href="/workloads/${id}/history\\?lens=serverless&amp;q=OPS1"`));
    await c.post(`/workloads/${id}/review/serverless/OPS1`, { choice: 'ops1_tracing', notes: 'traced <b>', version: '0', go: 'stay' });
    const en = textOf((await c.get(`/workloads/${id}/history?lens=serverless&q=OPS1`)).text);
    assert.match(en, /History of OPS1/);
    assert.match(en, /Page Writer/);
    assert.match(en, /OPS1: selectedChoices: \(none\) → ops1_tracing/);
    assert.match(en, /OPS1: notes: \(none\) → traced <b>/);
    const ja = textOf((await c.get(`/workloads/${id}/history?lens=serverless&q=OPS1&lang=ja`)).text);
    assert.match(ja, /OPS1 の変更履歴/);
    assert.match(ja, /変更した人/);
    assert.match(textOf((await c.get(`/workloads/${id}/history?q=SEC1`)).text), /No changes recorded yet|記録された変更はまだありません/);
    // The question's history also holds its per-choice states and the improvement items of its choices.
    const asWriter = { id: writer.id, userId: writer.id, name: 'Page Writer' };
    await actingAs(asWriter, () => markChoices(h.service, id, 'serverless', 'OPS1', [{ choiceId: 'ops1_structured_logging', reason: 'OUT_OF_SCOPE' }]));
    await actingAs(asWriter, () => updateImprovementItem(h.service, id, 'serverless', 'OPS1', 'ops1_application_metrics', { owner: 'Ken', version: 0 }, 'en'));
    await actingAs(asWriter, () => updateImprovementItem(h.service, id, 'serverless', 'SEC1', 'sec1_authn_authz', { owner: 'Ken', version: 0 }, 'en'));
    const more = textOf((await c.get(`/workloads/${id}/history?lens=serverless&q=OPS1&lang=en`)).text);
    assert.match(more, /OPS1: choiceStates: \(none\) → choiceId=ops1_structured_logging status=NOT_APPLICABLE reason=OUT_OF_SCOPE/);
    assert.match(more, /OPS1\/ops1_application_metrics: owner: \(none\) → Ken/);
    assert.doesNotMatch(more, /sec1_authn_authz/);

    const o = h.client();
    await o.get('/signin');
    assert.equal((await o.post('/signin', { username: 'nobody', password: PASSWORD, next: '/workloads' })).status, 303);
    assert.equal((await o.get(`/workloads/${id}/history`)).status, 404);
  } finally {
    await h.close();
  }
});
