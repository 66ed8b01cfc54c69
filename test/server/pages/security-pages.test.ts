// CSRF on every form, user text rendered inert, the language choice order, and sign-in with an API token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createToken, revokeToken } from '../../../src/server/tokens.js';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';

test('CSRF: a form post without the session\'s token, or with another one, is refused and changes nothing', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const c = h.client();
    await c.get('/workloads');
    const missing = await c.post('/workloads', { _csrf: undefined, name: 'Sneaky', lenses: 'serverless' });
    assert.equal(missing.status, 403);
    assert.match(textOf(missing.text), /This form has expired/);
    const other = h.client();
    await other.get('/workloads');
    const wrong = await c.post(`/workloads/${id}/review/serverless/OPS1`, { _csrf: other.csrf, version: '0', choice: 'OPS1_no' });
    assert.equal(wrong.status, 403);
    const ja = await c.post(`/workloads/${id}/milestones?lang=ja`, { _csrf: 'x'.repeat(43), name: 'm1' });
    assert.equal(ja.status, 403);
    assert.match(textOf(ja.text), /このフォームは期限切れです/);
    // No cookie at all (a cross-site form): refused too.
    const stranger = h.client();
    const forged = await stranger.post('/workloads', { _csrf: c.csrf, name: 'Forged', lenses: 'serverless' });
    assert.equal(forged.status, 403);
    assert.equal((await h.service.listWorkloads()).length, 1);
    assert.equal((await h.service.getAnswer(id, 'serverless', 'OPS1', 'en')).version, 0);
    // The same client with its own token succeeds: the refusals above were about the token.
    const ok = await c.post('/workloads', { name: 'Honest', lenses: 'serverless' });
    assert.equal(ok.status, 303);
  } finally {
    await h.close();
  }
});

test('<script> in a workload name and in notes is shown as text on every page, never run', async () => {
  const h = await openPagesHarness();
  try {
    const evil = '<script>alert("name")</script>';
    const c = h.client();
    await c.get('/workloads');
    const made = await c.post('/workloads', { name: evil, description: '<img src=x onerror=alert(1)>', lenses: 'serverless' });
    assert.equal(made.status, 303);
    const id = made.location?.split('/').pop() ?? '';
    await c.get(`/workloads/${id}/review/serverless?q=OPS1`);
    const notes = '</textarea><script>alert("notes")</script>';
    assert.equal((await c.post(`/workloads/${id}/review/serverless/OPS1`, { version: '0', choice: 'OPS1_no', notes, go: 'stay' })).status, 303);
    await c.post(`/workloads/${id}/milestones`, { name: '<script>alert("m")</script>' });
    const pages = ['/workloads', `/workloads/${id}`, `/workloads/${id}/review/serverless?q=OPS1`, `/workloads/${id}/plan`, `/workloads/${id}/milestones`, `/workloads/${id}/compare?base=1&target=current`];
    for (const path of pages) {
      const res = await c.get(path);
      assert.equal(res.status, 200, path);
      // The only script elements are the page's own external files.
      const scripts = [...res.text.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
      for (const tag of scripts) assert.match(tag, /^<script src="\/assets\/review\.js" defer(="")?>$/, `${path}: ${tag}`);
      assert.doesNotMatch(res.text, /<img src=x/i, path);
      assert.match(res.text, /&lt;script&gt;alert\(&quot;name&quot;\)&lt;\/script&gt;/, path);
    }
    const review = await c.get(`/workloads/${id}/review/serverless?q=OPS1`);
    assert.match(review.text, />&lt;\/textarea&gt;&lt;script&gt;alert\(&quot;notes&quot;\)&lt;\/script&gt;<\/textarea>/);
    const csp = review.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(review.headers.get('x-frame-options'), 'DENY');
  } finally {
    await h.close();
  }
});

test('language: ?lang first, then the remembered choice, then Accept-Language, else English', async () => {
  const h = await openPagesHarness();
  try {
    const lang = (html: string) => /<html lang="(\w+)">/.exec(html)?.[1];
    const c = h.client();
    assert.equal(lang((await c.get('/workloads')).text), 'en');
    assert.equal(lang((await c.get('/workloads', { 'accept-language': 'fr-FR, ja;q=0.8, en;q=0.5' })).text), 'ja');
    assert.equal(lang((await c.get('/workloads', { 'accept-language': 'en-GB, ja;q=0.9' })).text), 'en');
    // ?lang wins over the header and is remembered in a cookie.
    const asked = await c.get('/workloads?lang=ja', { 'accept-language': 'en' });
    assert.equal(lang(asked.text), 'ja');
    assert.match(asked.headers.getSetCookie().join('\n'), /slens_lang=ja; Max-Age=31536000; Path=\/; SameSite=Lax/);
    assert.equal(lang((await c.get('/workloads', { 'accept-language': 'en' })).text), 'ja', 'the cookie beats Accept-Language');
    assert.equal(lang((await c.get('/workloads?lang=en', { 'accept-language': 'ja' })).text), 'en', '?lang beats the cookie');
    assert.equal(lang((await c.get('/workloads', { 'accept-language': 'ja' })).text), 'en', 'and is remembered');
    assert.equal(lang((await c.get('/workloads?lang=xx', { 'accept-language': 'ja' })).text), 'en', 'an unknown ?lang is ignored');
    // The switch link keeps the reader on the same page and query.
    const id = await seedWorkload(h.service);
    const page = await c.get(`/workloads/${id}/review/serverless?q=SEC1`);
    assert.match(page.text, new RegExp(`<a href="/workloads/${id}/review/serverless\\?q=SEC1&amp;lang=ja" hreflang="ja" lang="ja">日本語</a>`));
  } finally {
    await h.close();
  }
});

test('sign-in: pages need a token when the server is not loopback-only; the session cookie is HttpOnly and fresh', async () => {
  const h = await openPagesHarness({ loopback: false });
  try {
    const { token } = await createToken(h.service.store, 'aiko', 'editor', h.service.now());
    const c = h.client();
    const gate = await c.get('/workloads?lang=ja');
    assert.equal(gate.status, 303);
    assert.equal(gate.location, '/signin?next=%2Fworkloads%3Flang%3Dja');
    const form = await c.follow(gate);
    // A token or a user's name and password: neither field alone is required.
    assert.match(form.text, /<input type="password" id="token" name="token" autocomplete="off"\/>/);
    assert.match(form.text, /<input type="password" id="password" name="password" autocomplete="current-password"\/>/);
    assert.match(form.text, /<label for="token">API トークン<\/label>/);
    const anonymous = c.cookies.get('slens_session');
    assert.ok(anonymous, 'an anonymous session carries the sign-in form\'s CSRF token');

    const bad = await c.post('/signin', { token: 'slens_wrong', next: '/workloads' });
    assert.equal(bad.status, 401);
    assert.match(textOf(bad.text), /このトークンは不明か、失効しています/);

    const res = await c.post('/signin', { token: ` ${token} `, next: '/workloads?lang=ja' });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/workloads?lang=ja');
    const cookie = res.headers.getSetCookie().find((line) => line.startsWith('slens_session=') && !/Max-Age=0/.test(line)) ?? '';
    assert.match(cookie, /; HttpOnly/);
    assert.match(cookie, /; SameSite=Lax/);
    assert.doesNotMatch(cookie, /; Secure/, 'plain HTTP on loopback cannot carry a Secure cookie');
    assert.ok(!cookie.includes(token), 'the token never goes into the cookie');
    assert.notEqual(c.cookies.get('slens_session'), anonymous, 'a new session id on sign-in');
    const list = await c.follow(res);
    assert.equal(list.status, 200);
    assert.match(textOf(list.text), /aiko サインアウト/);

    // Revoking the token ends its sessions.
    await revokeToken(h.service.store, 'aiko', h.service.now());
    assert.equal((await c.get('/workloads')).status, 303);
  } finally {
    await h.close();
  }
});

test('sign-in over HTTPS sets a Secure cookie; viewers cannot change anything; next never leaves the site; sign-out', async () => {
  const h = await openPagesHarness({ loopback: false });
  try {
    const { token: viewer } = await createToken(h.service.store, 'viewer', 'viewer', h.service.now());
    const id = await seedWorkload(h.service);
    const c = h.client();
    await c.get('https://slens.example/signin');
    const offSite = await c.post('https://slens.example/signin', { token: viewer, next: '//evil.example/x' });
    assert.equal(offSite.status, 400, 'an off-site next is refused');
    assert.equal(offSite.location, null);
    const res = await c.post('https://slens.example/signin', { token: viewer, next: '' });
    assert.equal(res.status, 303);
    assert.equal(res.location, '/workloads', 'no next: the workload list');
    assert.match(res.headers.getSetCookie().find((l) => l.startsWith('slens_session=') && !/Max-Age=0/.test(l)) ?? '', /; Secure/);

    const page = await c.get(`/workloads/${id}/review/serverless?q=OPS1`);
    assert.equal(page.status, 200, 'viewers can read');
    const write = await c.post(`/workloads/${id}/review/serverless/OPS1`, { version: '0', choice: 'OPS1_no' });
    assert.equal(write.status, 403);
    assert.match(textOf(write.text), /viewer token/);
    assert.equal((await h.service.getAnswer(id, 'serverless', 'OPS1', 'en')).version, 0);

    const out = await c.post('/signout');
    assert.equal(out.status, 303);
    assert.equal(out.location, '/signin');
    assert.equal((await c.get('/workloads')).status, 303, 'signed out');
  } finally {
    await h.close();
  }
});
