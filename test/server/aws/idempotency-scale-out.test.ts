// ClientRequestToken across server processes: the same create sent at the same moment to two processes on one
// database (a client's retry landing on another process while the first is still running) gets the same
// answer from both, and is done once; a different request under a used token is still a ConflictException.
import assert from 'node:assert/strict';
import { createToken } from '../../../src/server/tokens.js';
import { spawnServe } from '../../helpers/child-server.js';
import { dbTest, openService } from '../../helpers/db.js';

const PAIRS = 8;

dbTest(
  'a create with one ClientRequestToken sent to two processes at once is done once, and both get its answer',
  async (db, t) => {
    const service = await openService(db, t);
    const { token } = await createToken(service.store, 'ci', 'editor', service.now());
    const servers = await Promise.all([0, 1].map(() => spawnServe(['serve', '--port', '0'], { cwd: db.dir, env: { DATABASE_URL: db.url } })));
    for (const s of servers) t.after(() => s.child.kill('SIGKILL'));
    const send = async (base: string, method: string, path: string, body: unknown) => {
      const res = await fetch(`${base}/aws${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, text: await res.text() };
    };
    const both = async (method: string, path: string, body: unknown) => {
      const [a, b] = await Promise.all(servers.map((s) => send(s.url, method, path, body)));
      return [a!, b!] as const;
    };

    const [first, second] = await both('POST', '/workloads', { WorkloadName: 'Twice sent', Description: 'one workload', Environment: 'PRODUCTION', Lenses: ['serverless'], AwsRegions: ['eu-west-1'], ClientRequestToken: 'create-1' });
    assert.equal(first.status, 200, first.text);
    assert.equal(second.status, 200, second.text);
    assert.equal(first.text, second.text);
    const id = (JSON.parse(first.text) as { WorkloadId: string }).WorkloadId;

    for (let i = 0; i < PAIRS; i++) {
      const [a, b] = await both('POST', `/workloads/${id}/milestones`, { MilestoneName: `Milestone ${i}`, ClientRequestToken: `milestone-${i}` });
      assert.deepEqual([a.status, b.status], [200, 200], `${a.text} | ${b.text}` + servers.map((x) => x.stdout().split('\n').filter((l) => l.includes('"error"')).join('\n')).join('\n'));
      assert.equal(a.text, b.text, 'the same milestone for both');
    }
    const listed = await fetch(`${servers[0]!.url}/aws/workloads/${id}/milestonesSummaries`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    assert.equal(listed.status, 200);
    assert.equal(((await listed.json()) as { MilestoneSummaries: unknown[] }).MilestoneSummaries.length, PAIRS, 'each milestone made once');

    // A different request under a token already used is refused, from either process.
    const reused = await send(servers[1]!.url, 'POST', `/workloads/${id}/milestones`, { MilestoneName: 'Something else', ClientRequestToken: 'milestone-0' });
    assert.equal(reused.status, 409);
    assert.match(reused.text, /already used for a different CreateMilestone request/);
  },
  { timeout: 120_000 },
);
