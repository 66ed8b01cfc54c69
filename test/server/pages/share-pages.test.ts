// The sharing pages, on SQLite and PostgreSQL, in English and Japanese: an owner adds a user by name, changes and
// ends shares, cannot remove or downgrade the last owner (409, said on the page); contributors and readers see the
// list read-only and may not post (403), outsiders get 404; owner-only forms (edit, delete) refuse contributors;
// every share change is in the history. Lenses: the lists and pickers show only lenses the user sees, and a lens's
// shares are managed by its owners the same way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { actingAs, listHistory } from '../../../src/review/history.js';
import { createUser, disableUser } from '../../../src/server/users.js';
import { listWorkloadShares } from '../../../src/review/shares.js';
import { dbTest } from '../../helpers/db.js';
import { openPagesHarness, textOf, type PagesHarness } from '../../helpers/pages.js';
import { fixture } from '../../helpers/repo.js';

const PASSWORD = 'correct horse battery';

async function signedIn(h: PagesHarness, name: string, lang = 'en') {
  const c = h.client();
  await c.get(`/signin?lang=${lang}`);
  assert.equal((await c.post('/signin', { username: name, password: PASSWORD, next: '/workloads' })).status, 303, `${name} signs in`);
  return c;
}

dbTest('the sharing page: owners add, change and remove shares, the last owner stays; others read it or get 404', async (db) => {
  const h = await openPagesHarness({ url: db.url });
  db.defer(() => h.close());
  const now = h.service.now();
  const owner = (await createUser(h.service.store, 'Owner', PASSWORD, now)).user;
  for (const name of ['Helper', 'Reader', 'Outsider', 'Newbie']) await createUser(h.service.store, name, PASSWORD, now);
  const w = await actingAs({ id: owner.id, userId: owner.id, name: 'Owner' }, () => h.service.createWorkload({ workloadName: 'Shared payments', lenses: ['serverless'] }));
  const id = w.workloadId;
  const page = `/workloads/${id}/shares`;

  const o = await signedIn(h, 'owner');
  assert.match((await o.get(`/workloads/${id}`)).text, new RegExp(`href="${page}"`), 'the overview links to the sharing page');
  const empty = await o.get(page);
  assert.equal(empty.status, 200);
  assert.match(textOf(empty.text), /People and access — Shared payments/);
  assert.match(empty.text, /id="share-user"/);
  for (const [user, access] of [['helper', 'contributor'], ['READER', 'readonly'], ['newbie', 'readonly']]) {
    const added = await o.post(page, { userName: user, access });
    assert.equal(added.status, 303, `${user}: ${textOf(added.text).slice(0, 200)}`);
  }
  const listed = await o.get(`${page}?saved=Newbie&access=readonly`);
  assert.match(textOf(listed.text), /Shared with "Newbie" \(Read-only\)\./);
  const rows = [...listed.text.matchAll(/<tr data-user="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(rows, ['Helper', 'Newbie', 'Owner', 'Reader']);
  // Change, then end, Newbie's share.
  assert.equal((await o.post(page, { userName: 'Newbie', access: 'contributor' })).status, 303);
  assert.equal((await h.service.store.listWorkloadShares(id)).find((s) => s.userName === 'Newbie')?.access, 'contributor');
  // A disabled user's share stays listed, marked, in both languages (and in the API); it can still be ended.
  await disableUser(h.service.store, 'Newbie', h.service.now());
  const marked = await o.get(page);
  assert.match(textOf(marked.text), /Newbie \(disabled: no access until enabled again\)/);
  assert.match(textOf((await o.get(`${page}?lang=ja`)).text), /Newbie（無効：再び有効にするまでアクセスできません）/);
  await o.get(`${page}?lang=en`); // the language chosen stays with the session
  assert.deepEqual((await listWorkloadShares(h.service, id)).map((s) => [s.userName, s.disabled]), [['Helper', false], ['Newbie', true], ['Owner', false], ['Reader', false]]);
  const removed = await o.post(`${page}/remove`, { userName: 'Newbie' });
  assert.equal(removed.status, 303);
  assert.match(textOf((await o.follow(removed)).text), /"Newbie" no longer has access\./);
  assert.equal((await h.service.store.listWorkloadShares(id)).some((s) => s.userName === 'Newbie'), false);

  // The last owner: neither removed nor downgraded; the page says why, in either language.
  const leave = await o.post(`${page}/remove`, { userName: 'Owner' });
  assert.equal(leave.status, 409);
  assert.match(textOf(leave.text), /"Owner" is the last owner of the workload "Shared payments"/);
  const downgrade = await o.post(`${page}?lang=ja`, { userName: 'Owner', access: 'readonly' });
  assert.equal(downgrade.status, 409);
  assert.match(textOf(downgrade.text), /「Owner」はワークロード「Shared payments」の最後の所有者です/);
  assert.match(textOf(downgrade.text), /所有者は常に一人以上必要です/);
  const nobody = await o.post(`${page}?lang=en`, { userName: 'Nobody', access: 'readonly' });
  assert.equal(nobody.status, 400);
  assert.match(textOf(nobody.text), /no enabled user named "Nobody"/);
  assert.equal((await h.service.store.workloadAccessOf(id, owner.id)), 'owner');
  // A second owner may then be made; after that the first may step down.
  assert.equal((await o.post(page, { userName: 'Helper', access: 'owner' })).status, 303);
  assert.equal((await o.post(page, { userName: 'Owner', access: 'contributor' })).status, 303);
  assert.equal((await h.service.store.workloadAccessOf(id, owner.id)), 'contributor');

  // Contributor (now Owner) and reader: the list without forms; posting is refused. Outsider: not found.
  for (const [name, lang, readOnly] of [['owner', 'en', /Only owners can change who has access\./], ['reader', 'ja', /アクセス権を変更できるのは所有者だけです。/]] as const) {
    const c = await signedIn(h, name, lang);
    const seen = await c.get(page);
    assert.equal(seen.status, 200);
    assert.match(textOf(seen.text), readOnly);
    assert.doesNotMatch(seen.text, /id="share-user"|action="[^"]*\/shares/);
    assert.match(textOf(seen.text), /Helper/);
    assert.equal((await c.post(page, { userName: 'Outsider', access: 'owner' })).status, 403);
    assert.equal((await c.post(`${page}/remove`, { userName: 'Helper' })).status, 403);
    // Owner-only forms, as on the API: editing and deleting the workload.
    assert.equal((await c.post(`/workloads/${id}/edit`, { name: 'Renamed by a contributor', environment: 'PRODUCTION' })).status, 403);
    assert.equal((await c.post(`/workloads/${id}/delete`, {})).status, 403);
  }
  const outsider = await signedIn(h, 'outsider');
  assert.equal((await outsider.get(page)).status, 404);
  assert.equal((await outsider.post(page, { userName: 'Outsider', access: 'owner' })).status, 404);
  assert.equal((await h.service.getWorkload(id)).workloadName, 'Shared payments');

  // Every change is in the history, as the owner's.
  const shares = (await listHistory(h.service.store, id)).filter((c) => c.kind === 'share');
  assert.equal(shares.length, 7);
  assert.ok(shares.every((c) => c.who === 'Owner'));
  assert.deepEqual(shares.at(-1)!.changes, { Owner: ['owner', 'contributor'] });
});

dbTest('lens lists and pickers show only the lenses a user sees; a lens owner manages its shares on its page', async (db) => {
  const h = await openPagesHarness({ url: db.url });
  db.defer(() => h.close());
  const now = h.service.now();
  for (const name of ['Lens Owner', 'Reader', 'Outsider']) await createUser(h.service.store, name, PASSWORD, now);
  const lens = readFileSync(fixture('lenses', 'DynamoDB_custom-lensddb-v1.0.json'), 'utf8');

  const o = await signedIn(h, 'lens owner');
  await o.get('/lenses');
  const imported = await o.post('/lenses', { text: lens, alias: 'team' });
  assert.equal(imported.status, 303, textOf(imported.text).slice(0, 300));
  const ownerLenses = textOf((await o.get('/lenses')).text);
  assert.match(ownerLenses, /team/);
  const r = await signedIn(h, 'reader');
  const hidden = async () => {
    const list = await r.get('/lenses');
    const picker = await r.get('/workloads');
    return { list: /<code>team<\/code>/.test(list.text), picker: /value="team"/.test(picker.text) };
  };
  assert.deepEqual(await hidden(), { list: false, picker: false });
  assert.equal((await r.get('/lenses/team/shares')).status, 404);
  assert.equal((await r.get('/lenses/team/export')).status, 404);
  // Applying a lens one may not see is refused like an unknown one.
  assert.equal((await r.post('/workloads', { name: 'Reader workload', environment: 'PRODUCTION', lenses: ['serverless', 'team'] })).status, 404);
  assert.equal((await h.service.listWorkloads()).some((w) => w.workloadName === 'Reader workload'), false);

  // The owner shares it on the lens's page: now it is listed and offered.
  const sharesPage = await o.get('/lenses/team/shares');
  assert.equal(sharesPage.status, 200);
  assert.match(textOf(sharesPage.text), /Sharing of the lens/);
  assert.match(textOf(sharesPage.text), /Lens Owner/);
  assert.equal((await o.post('/lenses/team/shares', { userName: 'reader', access: 'readonly' })).status, 303);
  assert.deepEqual(await hidden(), { list: true, picker: true });
  const made = await r.post('/workloads', { name: 'Reader workload', environment: 'PRODUCTION', lenses: ['serverless', 'team'] });
  assert.equal(made.status, 303, textOf(made.text).slice(0, 300));
  // What a user creates on the pages is theirs, as on the API.
  const reader = (await h.service.store.findUser('reader'))!;
  const mine = (await h.service.listWorkloads()).find((w) => w.workloadName === 'Reader workload')!;
  assert.equal(await h.service.store.workloadAccessOf(mine.workloadId, reader.id), 'owner');
  assert.match(textOf((await r.get('/workloads')).text), /Reader workload/);

  // The reader sees the lens's shares read-only and may neither share, delete nor overwrite it.
  const readOnly = await r.get('/lenses/team/shares?lang=ja');
  assert.match(textOf(readOnly.text), /アクセス権を変更できるのは所有者だけです。/);
  assert.equal((await r.post('/lenses/team/shares', { userName: 'outsider', access: 'readonly' })).status, 403);
  assert.equal((await r.post('/lenses/team/delete', {})).status, 403);
  const overwrite = await r.post('/lenses?lang=ja', { text: JSON.stringify({ ...(JSON.parse(lens) as object), description: 'changed by a reader' }), alias: 'team' });
  assert.equal(overwrite.status, 403);
  assert.match(textOf(overwrite.text), /所有者だけ/);
  // The last owner of the lens stays.
  const leave = await o.post('/lenses/team/shares/remove', { userName: 'Lens Owner' });
  assert.equal(leave.status, 409);
  assert.match(textOf(leave.text), /"Lens Owner" is the last owner of the lens "team"/);
  assert.equal((await o.post('/lenses/team/shares/remove', { userName: 'Reader' })).status, 303);
  assert.deepEqual(await hidden(), { list: false, picker: false });
  const outsider = await signedIn(h, 'outsider');
  assert.equal((await outsider.get('/lenses/team/shares')).status, 404);
});
