// Several `slens serve` processes started at the same moment on a database nobody opened yet (a fresh deployment
// behind a load balancer): each migrates or waits for the other, the built-in lens is registered once, and all
// of them serve — none dies on the others' inserts. PostgreSQL and a SQLite file.
import assert from 'node:assert/strict';
import { spawnServe } from '../helpers/child-server.js';
import { dbTest } from '../helpers/db.js';

dbTest(
  'three server processes started at once on a fresh database all serve',
  async (db, t) => {
    const started = await Promise.allSettled([0, 1, 2].map(() => spawnServe(['serve', '--port', '0'], { cwd: db.dir, env: { DATABASE_URL: db.url } })));
    for (const s of started) if (s.status === 'fulfilled') t.after(() => s.value.child.kill('SIGKILL'));
    const failed = started.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => String(s.reason));
    assert.deepEqual(failed, [], 'every process started');
    for (const s of started) {
      if (s.status !== 'fulfilled') continue;
      const res = await fetch(`${s.value.url}/api/lenses`);
      assert.equal(res.status, 200);
      const body = (await res.json()) as { lenses: { lensAlias: string }[] };
      assert.deepEqual(body.lenses.map((l) => l.lensAlias), ['serverless']);
    }
  },
  { timeout: 120_000 },
);
