// Scaling out: the same reads against one `slens serve` process and against two on one database (PostgreSQL
// by default, its own schema dropped afterwards; BENCH_SQLITE=1 for a SQLite file). Reads of a lens review
// with an API token, and of the workload list page with a signed-in session (looked up in the database on
// every request). Two processes are driven at once, half the connections each; the figures are the sum of
// requests/s and the worse p99, with the ratio of two processes to one measured in the same run.
// On a 2-core machine two processes cannot double throughput: the ratio shows what the shared database costs.
import { createRequire } from 'node:module';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PG_BASE_URL } from '../test/helpers/db.js';
import { repoRoot } from '../test/helpers/repo.js';

interface Result {
  requests: { average: number };
  latency: { p99: number; p50: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const duration = Number(process.env.DURATION ?? 6);
const connections = Number(process.env.CONNECTIONS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'slens-bench-scale-'));
const pgSchema = `slens_bench_scale_${process.pid}`;
const usePg = process.env.BENCH_SQLITE !== '1';
const databaseUrl = usePg ? `${PG_BASE_URL}?schema=${pgSchema}` : `sqlite:${join(dir, 'bench.db')}`;
const children: ChildProcess[] = [];

function slens(args: string[]): ChildProcess {
  return spawn(process.execPath, [join(repoRoot, 'bin', 'slens.js'), ...args], { cwd: dir, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function serve(): Promise<string> {
  const child = slens(['serve', '--port', '0']);
  children.push(child);
  return new Promise<string>((resolve, reject) => {
    let err = '';
    child.stdout?.resume();
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      const m = /^slens: .*?(http:\/\/[^\s（(]+)/m.exec(err);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

async function createToken(): Promise<string> {
  const child = slens(['token', 'create', '--name', 'bench', '--role', 'editor']);
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr?.resume();
  await new Promise((resolve) => child.once('exit', resolve));
  const token = /slens_[\w-]{43}/.exec(out)?.[0];
  if (!token) throw new Error(`no token in: ${out}`);
  return token;
}

/** Drives each URL with its share of the connections at the same time; the sum of rates, the worse p99. */
async function drive(urls: string[], headers: Record<string, string>): Promise<{ rps: number; p99: number; failed: number }> {
  const each = Math.max(1, Math.round(connections / urls.length));
  await Promise.all(urls.map((url) => autocannon({ url, connections: each, duration: 1, headers }))); // warm-up
  const results = await Promise.all(urls.map((url) => autocannon({ url, connections: each, duration, headers })));
  return {
    rps: results.reduce((n, r) => n + r.requests.average, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    failed: results.reduce((n, r) => n + r.non2xx + r.errors, 0),
  };
}

const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
const loadBefore = load();

try {
  const token = await createToken();
  const first = await serve();
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const created = await fetch(`${first}/api/workloads`, { method: 'POST', headers: auth, body: JSON.stringify({ workloadName: 'Bench workload', lenses: ['serverless'] }) });
  const { workloadId } = (await created.json()) as { workloadId: string };
  // A browser session: the sign-in form's cookie and CSRF token, then the token posted.
  const form = await fetch(`${first}/signin`);
  const anonymous = /slens_session=([^;]+)/.exec(form.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const signin = await fetch(`${first}/signin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: `slens_session=${anonymous}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, token, next: '/workloads' }),
  });
  const session = /slens_session=([^;]+)/.exec(signin.headers.getSetCookie().join('\n'))?.[1];
  if (signin.status !== 303 || !session) throw new Error(`sign-in failed: ${signin.status}`);

  const reviewPath = `/api/workloads/${workloadId}/lensReviews/serverless`;
  const one = { review: await drive([`${first}${reviewPath}`], auth), page: await drive([`${first}/workloads`], { cookie: `slens_session=${session}` }) };
  const second = await serve();
  const two = {
    review: await drive([`${first}${reviewPath}`, `${second}${reviewPath}`], auth),
    page: await drive([`${first}/workloads`, `${second}/workloads`], { cookie: `slens_session=${session}` }),
  };
  console.log(`${usePg ? 'PostgreSQL' : 'SQLite'}, ${connections} connections in all, ${duration} s per scenario, servers and client on loopback (${process.platform}, node ${process.version})`);
  // Two processes can only gain what idle cores allow: the load says how many others were using them.
  console.log(`${availableParallelism()} cores; load average (1, 5, 15 min) ${loadBefore} before, ${load()} after`);
  const line = (name: string, r: { rps: number; p99: number; failed: number }, base: { rps: number }) =>
    console.log(`${name.padEnd(40)} ${r.rps.toFixed(0).padStart(6)} req/s  p99 ${r.p99.toFixed(1).padStart(6)} ms  ${(r.rps / base.rps).toFixed(2)}× one process${r.failed ? `  (${r.failed} failed)` : ''}`);
  line('read a lens review (token), 1 process', one.review, one.review);
  line('read a lens review (token), 2 processes', two.review, one.review);
  line('workload list page (session), 1 process', one.page, one.page);
  line('workload list page (session), 2 processes', two.page, one.page);
} finally {
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
  if (usePg) {
    const client = new pg.Client({ connectionString: PG_BASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
    await client.end();
  }
}
