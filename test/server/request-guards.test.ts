// What keeps other web sites out of an open loopback server (no token needed): only loopback host names,
// JSON-only API writes, and no writes from another origin — while the CLI, SDKs and slens's own forms
// keep working. And nosniff on every response, API and assets included.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { createToken } from '../../src/server/tokens.js';
import { openService, sqliteDb } from '../helpers/db.js';
import { rawRequest } from '../helpers/raw-http.js';
import { startTestServer } from '../helpers/server.js';

async function openServer(t: TestContext, options: { allowedHosts?: string[] } = {}) {
  const db = sqliteDb();
  t.after(() => db.cleanup());
  const api = await startTestServer(db, t, options);
  const { port } = api.server;
  /** Creates a token, which ends open mode. */
  const token = async (role: string) => (await createToken((await openService(db, t)).store, `t${Math.random()}`.slice(0, 10), role, new Date().toISOString())).token;
  return { api, port, url: api.server.url, token };
}

let posted = 0;
/** A workload body with a name not used before (names are unique). */
const WORKLOAD = () => JSON.stringify({ workloadName: `Posted ${++posted}`, lenses: ['serverless'] });

async function workloadCount(api: Awaited<ReturnType<typeof startTestServer>>): Promise<number> {
  const res = await api.call('GET', '/api/workloads');
  return (res.body.workloads as unknown[]).length;
}

test('open mode: a host name other than loopback (DNS rebinding) gets 421 on the API and the pages, in both languages', async (t) => {
  const { api, port, url } = await openServer(t);
  for (const path of ['/api/workloads', '/workloads', '/assets/app.css']) {
    const res = await rawRequest(url, 'GET', path, { host: `rebind.evil.example:${port}` });
    assert.equal(res.status, 421, path);
    assert.match(res.text, /does not answer to the host name \\?"rebind\.evil\.example/, path);
  }
  const json = JSON.parse((await rawRequest(url, 'GET', '/api/workloads', { host: 'evil.example' })).text) as { code: string };
  assert.equal(json.code, 'host-not-allowed');
  const ja = await rawRequest(url, 'GET', '/workloads?lang=ja', { host: 'evil.example' });
  assert.match(ja.text, /ホスト名「evil\.example」には応答しません/);
  // The write is refused before it happens.
  const write = await rawRequest(url, 'POST', '/api/workloads', { host: 'evil.example', 'content-type': 'application/json' }, WORKLOAD());
  assert.equal(write.status, 421);
  assert.equal(await workloadCount(api), 0);
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'localhost'])
    assert.equal((await rawRequest(url, 'GET', '/api/workloads', { host })).status, 200, host);
});

test('open mode: a configured host name is served; once a token exists, any host name is (the token guards it)', async (t) => {
  const { port, url, token: newToken } = await openServer(t, { allowedHosts: ['slens.internal'] });
  assert.equal((await rawRequest(url, 'GET', '/api/workloads', { host: `slens.internal:${port}` })).status, 200);
  assert.equal((await rawRequest(url, 'GET', '/api/workloads', { host: 'other.internal' })).status, 421);
  const token = await newToken('admin');
  assert.equal((await rawRequest(url, 'GET', '/api/workloads', { host: 'other.internal' })).status, 401);
  assert.equal((await rawRequest(url, 'GET', '/api/workloads', { host: 'other.internal', authorization: `Bearer ${token}` })).status, 200);
});

test('API writes must be JSON: text/plain and form bodies (no preflight needed) are refused with 415 and change nothing', async (t) => {
  const { api, url } = await openServer(t);
  const made = await api.call('POST', '/api/workloads', { body: { workloadName: 'Target', lenses: ['serverless'] } });
  assert.equal(made.status, 201);
  const id = made.body.workloadId as string;
  const attempts: [string, string, string][] = [
    ['POST', '/api/workloads', 'text/plain'],
    ['POST', '/api/workloads', 'application/x-www-form-urlencoded'],
    ['POST', '/api/workloads', 'multipart/form-data; boundary=x'],
    ['POST', '/api/lenses', 'text/plain;charset=UTF-8'],
    ['POST', `/api/workloads/${id}/lensReviews/serverless/evidence`, 'text/plain'],
    ['PATCH', `/api/workloads/${id}`, 'text/plain'],
  ];
  for (const [method, path, type] of attempts) {
    const res = await rawRequest(url, method, path, { 'content-type': type }, WORKLOAD());
    assert.equal(res.status, 415, `${method} ${path} ${type}`);
    const body = JSON.parse(res.text) as { code: string; message: string };
    assert.equal(body.code, 'not-json');
    assert.match(body.message, /must be sent as JSON/);
  }
  const ja = await rawRequest(url, 'POST', '/api/workloads?lang=ja', { 'content-type': 'text/plain' }, WORKLOAD());
  assert.match((JSON.parse(ja.text) as { message: string }).message, /JSON（Content-Type: application\/json）で送ってください/);
  assert.equal(await workloadCount(api), 1);
  // A body with no Content-Type at all is not JSON either.
  assert.equal((await rawRequest(url, 'POST', '/api/workloads', {}, WORKLOAD())).status, 415);
  // JSON with parameters and +json types are JSON; a delete without a body needs no type.
  assert.equal((await rawRequest(url, 'POST', '/api/workloads', { 'content-type': 'application/json; charset=utf-8' }, WORKLOAD())).status, 201);
  assert.equal((await rawRequest(url, 'DELETE', `/api/workloads/${id}`, {})).status, 200);
});

test('writes from another origin are refused (Origin or Sec-Fetch-Site); same-origin and Origin-less clients keep working', async (t) => {
  const { api, port, url } = await openServer(t);
  const json = { 'content-type': 'application/json' };
  const refused: Record<string, string>[] = [
    { origin: 'http://evil.example' },
    { origin: `http://127.0.0.1:${port + 1}` },
    { origin: 'null' },
    { 'sec-fetch-site': 'cross-site' },
    { 'sec-fetch-site': 'same-site', origin: `http://127.0.0.1:${port}` },
  ];
  for (const headers of refused) {
    const res = await rawRequest(url, 'POST', '/api/workloads', { ...json, ...headers }, WORKLOAD());
    assert.equal(res.status, 403, JSON.stringify(headers));
    assert.equal((JSON.parse(res.text) as { code: string }).code, 'cross-site-write');
  }
  const page = await rawRequest(url, 'POST', '/workloads?lang=ja', { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' }, 'name=x&lenses=serverless');
  assert.equal(page.status, 403);
  assert.match(page.text, /別のサイト（http:\/\/evil\.example）からの変更は受け付けません/);
  assert.equal(await workloadCount(api), 0);
  // Reading cross-site is not a write: it is answered (the browser keeps the answer from the other page).
  assert.equal((await rawRequest(url, 'GET', '/api/workloads', { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' })).status, 200);

  const own = `http://127.0.0.1:${port}`;
  assert.equal((await rawRequest(url, 'POST', '/api/workloads', { ...json, origin: own, 'sec-fetch-site': 'same-origin' }, WORKLOAD())).status, 201);
  assert.equal((await rawRequest(url, 'POST', '/api/workloads', json, WORKLOAD())).status, 201, 'CLI and SDK clients send no Origin');
  assert.equal((await rawRequest(url, 'POST', '/api/workloads', { ...json, 'sec-fetch-site': 'none' }, WORKLOAD())).status, 201, 'typed by the user');
  assert.equal(await workloadCount(api), 3);

  // The web form itself, posted from the page (same origin, CSRF token from the page).
  const form = await fetch(`${url}/workloads`);
  const cookie = (form.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const posted = await rawRequest(url, 'POST', '/workloads', { 'content-type': 'application/x-www-form-urlencoded', origin: own, 'sec-fetch-site': 'same-origin', cookie }, `_csrf=${csrf}&name=Form&lenses=serverless`);
  assert.equal(posted.status, 303);
  assert.equal(await workloadCount(api), 4);
});

test('every response carries X-Content-Type-Options: nosniff — API, errors, assets, pages, refusals', async (t) => {
  const { api, url, token: newToken } = await openServer(t);
  const paths: [string, string, number][] = [
    ['GET', '/api/workloads', 200],
    ['GET', '/api/openapi.json', 200],
    ['GET', '/api/nowhere', 404],
    ['GET', '/api/workloads/nope', 404],
    ['POST', '/api/workloads', 400],
    ['GET', '/assets/app.css', 200],
    ['GET', '/assets/review.js', 200],
    ['GET', '/workloads', 200],
    ['GET', '/nowhere', 404],
  ];
  for (const [method, path, status] of paths) {
    const res = await api.call(method, path, method === 'POST' ? { body: '{}' } : {});
    assert.equal(res.status, status, `${method} ${path}`);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${method} ${path}`);
  }
  const refusal = await rawRequest(url, 'GET', '/api/workloads', { host: 'evil.example' });
  assert.equal(refusal.headers['x-content-type-options'], 'nosniff');
  const token = await newToken('viewer');
  const unauthorized = await api.call('GET', '/api/workloads');
  assert.equal(unauthorized.status, 401);
  assert.equal(unauthorized.headers.get('x-content-type-options'), 'nosniff');
  const lens = await api.call('GET', '/api/lenses/serverless/export', { token });
  assert.equal(lens.status, 200);
  assert.equal(lens.headers.get('x-content-type-options'), 'nosniff', 'a handler\'s own Response (a download)');
});
