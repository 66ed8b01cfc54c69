// A server killed with SIGKILL in the middle of a write load leaves a database that opens and holds every
// write it acknowledged (the client got 200), on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { loadBuiltinLens } from '../../src/lens/builtin.js';
import { spawnServe } from '../helpers/child-server.js';
import { dbTest, openService } from '../helpers/db.js';

const WRITERS = 12;
const KILL_AFTER = 120;

dbTest('a server killed mid-load keeps every acknowledged write', async (db, t) => {
  const server = await spawnServe(['serve', '--port', '0'], { cwd: db.dir, env: { DATABASE_URL: db.url } });
  t.after(() => server.child.kill('SIGKILL'));
  const post = (path: string, method: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const created = await post('/api/workloads', 'POST', { workloadName: 'Crash test', lenses: ['serverless'] });
  assert.equal(created.status, 201);
  const id = ((await created.json()) as { workloadId: string }).workloadId;
  const questions = loadBuiltinLens('en').pillars.flatMap((p) => p.questions.map((q) => q.id));
  // Each writer owns one answer (several workloads give enough answers) and updates it again and again.
  const targets: { workload: string; question: string }[] = [];
  for (let w = 0; targets.length < WRITERS; w++) {
    let wid = id;
    if (w > 0) {
      const more = await post('/api/workloads', 'POST', { workloadName: `Crash test ${w}`, lenses: ['serverless'] });
      wid = ((await more.json()) as { workloadId: string }).workloadId;
    }
    for (const question of questions) if (targets.length < WRITERS) targets.push({ workload: wid, question });
  }
  const acknowledged = targets.map(() => ({ version: 0, notes: '' }));
  let total = 0;
  let killed = false;
  const writer = async (i: number) => {
    const target = targets[i]!;
    for (let n = 1; !killed; n++) {
      const notes = `writer ${i} write ${n}`;
      try {
        const res = await post(`/api/workloads/${target.workload}/lensReviews/serverless/answers/${target.question}`, 'PATCH', { notes, version: acknowledged[i]!.version });
        if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`);
        const body = (await res.json()) as { version: number };
        acknowledged[i] = { version: body.version, notes };
        if (++total === KILL_AFTER) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      } catch (error) {
        if (killed) return;
        throw error;
      }
    }
  };
  await Promise.all(targets.map((_, i) => writer(i)));
  const ended = await server.exited;
  assert.equal(ended.signal, 'SIGKILL');
  assert.ok(total >= KILL_AFTER);

  const service = await openService(db, t);
  for (const [i, target] of targets.entries()) {
    const stored = await service.getAnswer(target.workload, 'serverless', target.question, 'en');
    const ack = acknowledged[i]!;
    // A write in flight at the kill may have landed too, but never one that was acknowledged is missing.
    assert.ok(stored.version === ack.version || stored.version === ack.version + 1, `writer ${i}: stored ${stored.version}, acknowledged ${ack.version}`);
    if (stored.version === ack.version) assert.equal(stored.notes, ack.notes);
  }
  // The workloads are all there and readable.
  assert.ok((await service.listWorkloads()).length >= 1);
});
