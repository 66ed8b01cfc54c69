// HTTP API throughput on loopback over the default SQLite store (or PostgreSQL with BENCH_PG=1, in a schema
// of its own that is dropped afterwards): requests/s and p99 latency for reading a
// lens review and for updating answers (each with its current version, so none is refused as stale),
// against a no-route 404 in the same run (framework, access check and request log only — the floor).
// The server is the real binary in its own process; autocannon drives it from this one.
// Targets on the 2-core machine: ≥ 2,000 reads/s, ≥ 500 updates/s, p99 under 20 ms.
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PG_BASE_URL } from '../test/helpers/db.js';
import { fixture, repoRoot } from '../test/helpers/repo.js';

interface Result {
  requests: { average: number };
  latency: { p99: number; p50: number };
  non2xx: number;
  errors: number;
  '2xx': number;
}
type Request = { method?: string; path?: string; body?: string; headers?: Record<string, string>; setupRequest?: (r: Request) => Request; onResponse?: (status: number, body: string) => void };
type Autocannon = (options: { url: string; connections: number; duration: number; requests?: Request[]; method?: string }) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const duration = Number(process.env.DURATION ?? 8);
const connections = Number(process.env.CONNECTIONS ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'slens-bench-api-'));
const pgSchema = `slens_bench_${process.pid}`;
const databaseUrl = process.env.BENCH_PG === '1' ? `${PG_BASE_URL}?schema=${pgSchema}` : `sqlite:${join(dir, 'bench.db')}`;
const server = spawn(process.execPath, [join(repoRoot, 'bin', 'slens.js'), 'serve', '--port', '0'], {
  cwd: dir,
  env: { ...process.env, DATABASE_URL: databaseUrl },
  stdio: ['ignore', 'ignore', 'pipe'],
});
try {
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    server.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      const m = /^slens: .*?(http:\/\/[^\s（(]+)/m.exec(err);
      if (m?.[1]) resolve(m[1]);
    });
    server.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  const call = async <T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  // A workload with the built-in lens (half answered) and a 48-question custom lens for the writers.
  await call('POST', '/api/lenses', { lensAlias: 'ddb', jsonString: readFileSync(fixture('lenses', 'DynamoDB_custom-lensddb-v1.0.json'), 'utf8') });
  const w = await call<{ workloadId: string }>('POST', '/api/workloads', { workloadName: 'Bench workload', lenses: ['serverless', 'ddb'] });
  const id = w.workloadId;
  for (const [q, choices] of [['OPS1', ['ops1_managed_metrics']], ['SEC1', ['SEC1_no']], ['REL1', ['rel1_throttling', 'rel1_quotas', 'rel1_protect_nonscalable']], ['PERF1', ['perf1_capacity']]] as const)
    await call('PATCH', `/api/workloads/${id}/lensReviews/serverless/answers/${q}`, { selectedChoices: choices, notes: 'bench', version: 0 });
  const { answers } = await call<{ answers: { questionId: string; choices: { choiceId: string }[] }[] }>('GET', `/api/workloads/${id}/lensReviews/ddb/answers`);

  // Writers take a free answer, send its current version, and put it back with the version the server returns.
  const versions = new Map(answers.map((a) => [a.questionId, 0]));
  const firstChoice = new Map(answers.map((a) => [a.questionId, a.choices[0]?.choiceId ?? '']));
  const free = answers.map((a) => a.questionId);
  let writes = 0;
  const update: Request = {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    setupRequest: (r) => {
      const q = free.shift() as string;
      const selected = writes++ % 2 === 0 ? [firstChoice.get(q)] : [];
      return { ...r, path: `/api/workloads/${id}/lensReviews/ddb/answers/${q}`, body: JSON.stringify({ selectedChoices: selected, notes: `write ${writes}`, version: versions.get(q) }) };
    },
    onResponse: (status, body) => {
      if (status !== 200) return;
      const a = JSON.parse(body) as { questionId: string; version: number };
      versions.set(a.questionId, a.version);
      free.push(a.questionId);
    },
  };

  const scenarios: [string, Parameters<Autocannon>[0]][] = [
    ['no-route 404 (floor)', { url: `${url}/api/nothing`, connections, duration }],
    ['read a lens review', { url: `${url}/api/workloads/${id}/lensReviews/serverless`, connections, duration }],
    ['update an answer', { url, connections, duration, requests: [update] }],
  ];
  const results: [string, Result][] = [];
  for (const [name, options] of scenarios) {
    await autocannon({ ...options, duration: 1 }); // warm-up: JIT, caches, SQLite pages
    results.push([name, await autocannon(options)]);
  }
  const floor = results[0]?.[1].requests.average ?? 1;
  console.log(`${databaseUrl.startsWith('sqlite:') ? 'SQLite' : 'PostgreSQL'}, ${connections} connections, ${duration} s per scenario, server and client on loopback (${process.platform}, node ${process.version})`);
  for (const [name, r] of results) {
    const rps = r.requests.average;
    const bad = r.non2xx - (name.startsWith('no-route') ? r.non2xx : 0) + r.errors;
    console.log(
      `${name.padEnd(22)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50.toFixed(1).padStart(5)} ms  p99 ${r.latency.p99.toFixed(1).padStart(5)} ms  ${(rps / floor).toFixed(2)}× floor${bad ? `  (${bad} failed)` : ''}`,
    );
  }
  const read = results[1]?.[1];
  const write = results[2]?.[1];
  if (read && write && databaseUrl.startsWith('sqlite:')) {
    const ok = read.requests.average >= 2000 && write.requests.average >= 500 && read.latency.p99 < 20 && write.latency.p99 < 20;
    console.log(`targets (≥ 2,000 reads/s, ≥ 500 updates/s, p99 < 20 ms): ${ok ? 'met' : 'NOT met'}`);
  }
} finally {
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
  if (!databaseUrl.startsWith('sqlite:')) {
    const client = new pg.Client({ connectionString: PG_BASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
    await client.end();
  }
}
