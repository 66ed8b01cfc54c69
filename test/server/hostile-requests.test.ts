// Hostile requests against a real `slens serve` process, each answered with a clear refusal (never a 500),
// while a probe measures that the server keeps answering others: no request may block its event loop.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnServe } from '../helpers/child-server.js';
import { sqliteDb } from '../helpers/db.js';
import { startProbe } from '../helpers/probe.js';
import { rawRequest } from '../helpers/raw-http.js';

/**
 * The slowest a probe may be answered while a hostile request runs: 100 ms on a quiet machine (a blocked loop
 * takes seconds). On a busy one, whichever is more of: 100 ms times how much longer processor work takes now
 * (the hostile phase holds a few short pauses of its own, e.g. collecting megabyte bodies, which a loaded
 * machine stretches past 100 ms), or four times the slowest probe of an ordinary phase measured in the same run.
 */
const WORST_PROBE_MS = 100;
const BUSY_MACHINE_FACTOR = 4;
/** Cookie-less visits in the hostile phase, as a crawler sends them. */
const VISITS = 200;

/**
 * How many times longer than its processor time 20 ms of work takes now (1 on a quiet machine; about the
 * number of runnable processes per core on a loaded one): the median of three.
 */
function slowdown(): number {
  const ratios = [0, 1, 2].map(() => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    while (process.cpuUsage(cpu).user < 20_000);
    return (performance.now() - started) / 20;
  });
  return Math.max(1, ratios.sort((a, b) => a - b)[1] as number);
}

interface Hostile {
  name: string;
  send: (url: string) => Promise<{ status: number; text: string }>;
  /** Acceptable statuses; a 500 is never one. */
  expect: number[];
  /** What the answer must say, when it says something. */
  says?: RegExp;
  /** The server may close the connection before the client finished sending (an oversized body). */
  mayClose?: boolean;
}

/** Sends through node:http with a body already encoded: the test process must do little while the probe runs. */
const send = (method: string, path: string, init: { body?: string | Uint8Array; headers?: Record<string, string> } = {}) => {
  const body = typeof init.body === 'string' ? Buffer.from(init.body) : init.body ? Buffer.from(init.body) : undefined;
  return (url: string) => rawRequest(url, method, path, { ...init.headers, ...(body ? { 'content-length': String(body.length) } : {}) }, body);
};

const json = { 'content-type': 'application/json' };
const form = { 'content-type': 'application/x-www-form-urlencoded' };

function hostileRequests(): Hostile[] {
  // Bodies are built before the probe starts, so building them is not what the probe measures.
  const fiveMb = 'x'.repeat(5 * 1024 * 1024);
  const nested = '['.repeat(100_000) + ']'.repeat(100_000);
  const manyFields = Array.from({ length: 20_000 }, (_, i) => `f${i}=${i}`).join('&');
  const manyParams = Array.from({ length: 1_000 }, (_, i) => `p${i}=${i}`).join('&');
  return [
    { name: '5 MB JSON body to the lens import (limit 4 MB)', send: send('POST', '/api/lenses', { body: `{"jsonString":"${fiveMb}"}`, headers: json }), expect: [413], says: /larger than 4194304 bytes/, mayClose: true },
    { name: '5 MB form to a page (limit 1 MB)', send: send('POST', '/workloads', { body: `name=${fiveMb}`, headers: form }), expect: [413], says: /larger than 1 MB/, mayClose: true },
    { name: 'JSON nested 100,000 deep', send: send('POST', '/api/workloads', { body: nested, headers: json }), expect: [400] },
    { name: '200 KB of malformed JSON', send: send('POST', '/api/workloads', { body: `{"workloadName": "${'a'.repeat(200_000)}`, headers: json }), expect: [400], says: /not valid JSON/ },
    { name: '3 MB that is not a lens', send: send('POST', '/api/lenses', { body: `{"jsonString": ${JSON.stringify(`{"a":${'1,'.repeat(1_000_000)}`)}}`, headers: json }), expect: [400] },
    { name: 'a form with 20,000 fields and no CSRF token', send: send('POST', '/workloads', { body: manyFields, headers: form }), expect: [403], says: /This form has expired/ },
    { name: '1,000 query parameters', send: send('GET', `/api/workloads?${manyParams}`), expect: [200, 400] },
    { name: 'a 60 KB cookie', send: (url) => rawRequest(url, 'GET', '/workloads', { cookie: `slens_session=${'a'.repeat(60_000)}` }), expect: [431] },
    { name: 'an 8 KB path', send: send('GET', `/api/workloads/${'w'.repeat(8_000)}`), expect: [400, 404] },
    { name: 'broken percent-encoding', send: (url) => rawRequest(url, 'GET', '/api/workloads/%E0%A4%A?lang=%ZZ'), expect: [400, 404] },
    { name: 'a loopback host name in capitals (host names are case-insensitive)', send: (url) => rawRequest(url, 'GET', '/api/workloads', { host: `LOCALHOST:${new URL(url).port}` }), expect: [200] },
    { name: 'a rebinding host name in capitals', send: (url) => rawRequest(url, 'GET', '/api/workloads', { host: 'Rebind.Evil.EXAMPLE' }), expect: [421], says: /Evil|evil/ },
    { name: 'a rebinding host name', send: (url) => rawRequest(url, 'POST', '/api/workloads', { host: 'rebind.evil.example', 'content-type': 'application/json' }, '{}'), expect: [421] },
    { name: 'text/plain write without preflight', send: send('POST', '/api/workloads', { body: '{"workloadName":"x","lenses":["serverless"]}', headers: { 'content-type': 'text/plain' } }), expect: [415] },
    { name: 'a cross-site write', send: send('POST', '/api/workloads', { body: '{}', headers: { ...json, origin: 'http://evil.example' } }), expect: [403] },
    { name: 'CR LF in the sign-in next', send: send('GET', '/signin?next=%2F%0D%0ASet-Cookie:%20x=1'), expect: [400] },
    { name: 'TAB in the sign-in next', send: send('GET', '/signin?next=%2F%09%2Fevil.example'), expect: [400] },
    { name: 'binary garbage as JSON', send: send('POST', '/api/workloads', { body: new Uint8Array(200_000).map((_, i) => (i * 7919) % 256), headers: json }), expect: [400] },
  ];
}

test('hostile requests are refused plainly while the server keeps answering probes within 100 ms (more on a busy machine)', { timeout: 120_000 }, async (t) => {
  const db = sqliteDb();
  t.after(() => db.cleanup());
  const server = await spawnServe(['serve', '--port', '0'], { cwd: db.dir, env: { DATABASE_URL: db.url, SLENS_BUNDLE: '0' } });
  t.after(() => server.child.kill('SIGKILL'));
  const hostile = hostileRequests();
  // Warm up (first page render, first query) so the probe measures steady state.
  for (const path of ['/assets/app.css', '/workloads', '/api/workloads']) await (await fetch(`${server.url}${path}`)).text();

  // The ordinary phase: as many plain requests as the hostile phase sends (hostile ones and cookie-less
  // visits), to know this machine's noise: a longer phase meets longer pauses of a loaded machine.
  const calm = startProbe(`${server.url}/assets/app.css`);
  for (let i = 0; i < hostile.length + VISITS; i++) await (await fetch(`${server.url}${i % 2 ? '/workloads' : '/api/workloads'}`)).text();
  const baseline = (await calm.stop()).worstMs;
  const slower = slowdown();
  const limit = Math.max(WORST_PROBE_MS * slower, BUSY_MACHINE_FACTOR * baseline);
  t.diagnostic(`ordinary phase: the slowest probe ${baseline.toFixed(1)} ms; processor work ${slower.toFixed(1)} times slower than its time; limit ${limit.toFixed(1)} ms`);

  const probe = startProbe(`${server.url}/assets/app.css`);
  const outcomes: string[] = [];
  for (const h of hostile) {
    probe.worstSinceLast();
    let answer: { status: number; text: string } | undefined;
    try {
      answer = await h.send(server.url);
    } catch (error) {
      if (!h.mayClose) outcomes.push(`${h.name}: no answer (${(error as Error).message})`);
    }
    const worst = probe.worstSinceLast();
    if (worst >= limit) outcomes.push(`${h.name}: a probe took ${worst.toFixed(1)} ms meanwhile`);
    if (!answer) continue;
    if (!h.expect.includes(answer.status)) outcomes.push(`${h.name}: status ${answer.status}, expected ${h.expect.join(' or ')}: ${answer.text.slice(0, 200)}`);
    else if (h.says && !h.says.test(answer.text)) outcomes.push(`${h.name}: the answer does not say ${h.says}: ${answer.text.slice(0, 200)}`);
  }
  // Cookie-less visits one after another, as a crawler sends them (each used to store a session).
  for (let i = 0; i < VISITS; i++) {
    const res = await fetch(`${server.url}/signin`);
    await res.body?.cancel();
    if (res.status !== 200) outcomes.push(`cookie-less visit ${i}: status ${res.status}`);
  }
  const result = await probe.stop();
  t.diagnostic(`${result.count} probes, the slowest ${result.worstMs.toFixed(1)} ms`);

  assert.deepEqual(outcomes, []);
  assert.deepEqual(result.failures, []);
  assert.ok(result.count >= hostile.length, `only ${result.count} probes ran`);
  assert.ok(result.worstMs < limit, `the slowest probe took ${result.worstMs.toFixed(1)} ms (${result.count} probes)`);
  assert.doesNotMatch(server.stdout(), /"status":500/, 'no request ended in a 500');
});
