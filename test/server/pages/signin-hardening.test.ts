// Sign-in cannot be turned into a redirect off the site (TAB, CR, LF, VT, NUL, backslashes, other
// origins all get 400, never 500), and anonymous traffic cannot sign anyone out by filling the session store.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createToken } from '../../../src/server/tokens.js';
import { openPagesHarness, textOf } from '../../helpers/pages.js';

const HOSTILE_NEXT = [
  '/\t/evil.example',
  '/\r\nSet-Cookie: x=1',
  '/\n/evil.example',
  '/\u000b/evil.example',
  '/\u0000',
  '/\u007f',
  '//evil.example/x',
  '/\\evil.example',
  '/\\/evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
  'evil.example',
  ' /workloads',
];

test('sign-in refuses every next that is not a path on this site with 400, in English and Japanese', async () => {
  const h = await openPagesHarness({ loopback: false });
  try {
    const { token } = await createToken(h.service.store, 'aiko', 'editor', h.service.now());
    const c = h.client();
    await c.get('/signin');
    for (const next of HOSTILE_NEXT) {
      const shown = await c.get(`/signin?next=${encodeURIComponent(next)}`);
      assert.equal(shown.status, 400, `GET ${JSON.stringify(next)}`);
      const posted = await c.post('/signin', { token, next });
      assert.equal(posted.status, 400, `POST ${JSON.stringify(next)}`);
      assert.equal(posted.location, null);
      assert.match(textOf(posted.text), /After signing in, slens only opens its own pages/);
    }
    const ja = await c.post('/signin?lang=ja', { token, next: '/\t/evil.example' });
    assert.equal(ja.status, 400);
    assert.match(textOf(ja.text), /サインイン後に開けるのは slens 自身のページだけです/);
    // None of those signed in: the workload list still asks for a token.
    assert.equal((await c.get('/workloads')).status, 303);

    // Paths on this site go through, non-ASCII ones percent-encoded for the Location header.
    const ok = await c.post('/signin', { token, next: '/workloads/注文?lang=ja#top' });
    assert.equal(ok.status, 303);
    assert.equal(ok.location, `/workloads/${encodeURIComponent('注文')}?lang=ja#top`);
    const form = await c.get('/signin?next=%2Fworkloads%3Flang%3Dja');
    assert.equal(form.status, 200);
    assert.match(form.text, /<input type="hidden" name="next" value="\/workloads\?lang=ja"/);
  } finally {
    await h.close();
  }
});

test('anonymous requests, however many, never end a signed-in session (only sign-ins are stored)', async () => {
  const h = await openPagesHarness({ loopback: false, maxSessions: 100 });
  const sessions = { count: () => h.service.store.countSessions() };
  try {
    const { token } = await createToken(h.service.store, 'aiko', 'editor', h.service.now());
    const c = h.client();
    await c.get('/signin');
    assert.equal((await c.post('/signin', { token, next: '/workloads' })).status, 303);
    assert.equal(await sessions.count(), 1);
    // Five times the store's capacity in cookie-less visits (each would have made a session before).
    for (let i = 0; i < 500; i++) {
      const res = await h.client().get('/signin');
      assert.equal(res.status, 200);
    }
    assert.equal(await sessions.count(), 1, 'anonymous visits store nothing');
    const still = await c.get('/workloads');
    assert.equal(still.status, 200, 'still signed in');
    assert.match(textOf(still.text), /aiko Sign out/);

    // An anonymous visitor's form token is bound to its own cookie: it signs in, another cookie's token does not.
    const visitor = h.client();
    await visitor.get('/signin');
    const other = h.client();
    await other.get('/signin');
    assert.equal((await visitor.post('/signin', { _csrf: other.csrf, token, next: '/workloads' })).status, 403);
    assert.equal((await visitor.post('/signin', { token, next: '/workloads' })).status, 303);
    assert.equal(await sessions.count(), 2);
  } finally {
    await h.close();
  }
});
