// Two `slens serve` processes on one database behave as one: a browser signs in through one and works
// through the other, sign-out through either ends the session everywhere, and 50 writers spread over both
// lose no update while every stale one gets 409.
import assert from 'node:assert/strict';
import { loadBuiltinLens } from '../../src/lens/builtin.js';
import { createToken } from '../../src/server/tokens.js';
import { spawnServe, type ChildServer } from '../helpers/child-server.js';
import { Browser } from '../helpers/cookie-browser.js';
import { dbTest, openService } from '../helpers/db.js';

const WRITERS = 50;
const QUESTIONS = 5;

dbTest(
  'two server processes on one database: sessions, CSRF and optimistic locking work across both',
  async (db, t) => {
    const service = await openService(db, t);
    const { token } = await createToken(service.store, 'ci', 'editor', service.now());
    const servers: ChildServer[] = [];
    for (let i = 0; i < 2; i++) {
      const s = await spawnServe(['serve', '--port', '0'], { cwd: db.dir, env: { DATABASE_URL: db.url } });
      t.after(() => s.child.kill('SIGKILL'));
      servers.push(s);
    }
    const [a, b] = servers.map((s) => s.url) as [string, string];

    // The sign-in form of A carries a CSRF token B accepts: the key behind it is shared through the database.
    const browser = new Browser();
    assert.equal((await browser.send(`${a}/signin`)).status, 200);
    const signedIn = await browser.post(`${b}/signin`, { token, next: '/workloads' });
    assert.equal(signedIn.status, 303, 'sign-in through B with the form of A');
    // Signed in through B, working through A (and back).
    const list = await browser.send(`${a}/workloads`);
    assert.equal(list.status, 200);
    assert.match(list.text, /ci/);
    const created = await browser.post(`${a}/workloads`, { name: 'Scaled', environment: 'PRODUCTION', regions: 'ap-northeast-1', lenses: 'serverless' });
    assert.equal(created.status, 303, `create through A: ${created.text.slice(0, 300)}`);
    assert.match((await browser.send(`${b}/workloads`)).text, /Scaled/);
    // Restarting a process signs nobody out: the session is in the database, not in the process.
    servers[0]!.child.kill('SIGKILL');
    await servers[0]!.exited;
    const again = await spawnServe(['serve', '--port', '0'], { cwd: db.dir, env: { DATABASE_URL: db.url } });
    t.after(() => again.child.kill('SIGKILL'));
    const a2 = again.url;
    assert.equal((await browser.send(`${a2}/workloads`)).status, 200, 'still signed in after a restart');
    // Sign-out through one ends the session on every process.
    assert.equal((await browser.post(`${a2}/signout`, {})).status, 303);
    assert.equal((await browser.send(`${b}/workloads`)).status, 303, 'signed out on B too');

    // 50 writers over both processes, through the API with the token: read, then write with the version read.
    const api = (base: string, path: string, method = 'GET', body?: unknown) =>
      fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const workload = ((await (await api(b, '/api/workloads', 'POST', { workloadName: 'Writers', lenses: ['serverless'] })).json()) as { workloadId: string }).workloadId;
    const questions = loadBuiltinLens('en').pillars.flatMap((p) => p.questions.map((q) => q.id)).slice(0, QUESTIONS);
    const path = (q: string) => `/api/workloads/${workload}/lensReviews/serverless/answers/${q}`;
    const startVersions = new Map<string, number>();
    for (const q of questions) startVersions.set(q, ((await (await api(a2, path(q))).json()) as { version: number }).version);

    let stale = 0;
    let readsDone = 0;
    let release: () => void = () => undefined;
    const allRead = new Promise<void>((resolve) => (release = resolve));
    const writer = async (i: number) => {
      const base = i % 2 === 0 ? a2 : b;
      const q = questions[i % QUESTIONS]!;
      for (let first = true; ; first = false) {
        const read = (await (await api(base, path(q))).json()) as { version: number; notes: string };
        if (first && ++readsDone === WRITERS) release();
        // Everyone reads before anyone writes the first time: all but one writer per answer are then stale.
        if (first) await allRead;
        const res = await api(base, path(q), 'PATCH', { notes: `${read.notes}w${i};`, version: read.version });
        if (res.status === 200) return;
        const text = await res.text();
        assert.equal(res.status, 409, `writer ${i}: ${text}`);
        const body = JSON.parse(text) as { code: string; currentVersion: number };
        assert.equal(body.code, 'stale-version');
        assert.ok(body.currentVersion > read.version);
        stale++;
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
    assert.ok(stale >= WRITERS - QUESTIONS, `at least ${WRITERS - QUESTIONS} stale first writes (got ${stale})`);
    for (const [n, q] of questions.entries()) {
      const final = (await (await api(a2, path(q))).json()) as { version: number; notes: string };
      const mine = Array.from({ length: WRITERS }, (_, i) => i).filter((i) => i % QUESTIONS === n);
      const written = final.notes.split(';').filter(Boolean).sort();
      assert.deepEqual(written, mine.map((i) => `w${i}`).sort(), `${q}: every writer's update is there, once`);
      assert.equal(final.version, startVersions.get(q)! + mine.length, `${q}: one version per accepted write`);
    }
  },
  { timeout: 120_000 },
);
