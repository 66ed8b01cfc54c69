// Hostile requests to the W-A-compatible API get the model's errors, never a crash: JSON nested too deep
// to parse, a garbled signature header once credentials are needed, wrong types.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshDb, openService } from '../../helpers/db.js';
import { startTestServer } from '../../helpers/server.js';
import { startRecorder } from '../../helpers/wa-recorder.js';

test('deeply nested, mistyped and badly signed requests are refused in the model shape', async (t) => {
  const db = await freshDb('sqlite', t);
  if (!db) return;
  const api = await startTestServer(db);
  const recorder = await startRecorder(api.server.url);
  db.defer(() => recorder.close());
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${recorder.endpoint}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  const deep = await post('/workloads', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
  assert.equal(deep.status, 400);
  const mistyped = await post('/workloads', JSON.stringify({ WorkloadName: 42, Description: ['a'], Environment: 'STAGING', Lenses: 'serverless' }));
  const body = (await mistyped.json()) as { Fields: { Name: string }[] };
  assert.deepEqual([...new Set(body.Fields.map((f) => f.Name))].sort(), ['Description', 'Environment', 'Lenses', 'WorkloadName']);

  const service = await openService(db);
  const { createToken } = await import('../../../src/server/tokens.js');
  await createToken(service.store, 'someone', 'admin', service.now());
  for (const authorization of ['AWS4-HMAC-SHA256 Credential=x', 'AWS4-HMAC-SHA256 Credential=SLNSAAAAAAAAAAAAAAAA/2026/x/wellarchitected/aws4_request, SignedHeaders=host, Signature=zz', 'Basic YTpi']) {
    const refused = await post('/workloadsSummaries', '{}', { authorization, 'accept-language': 'ja' });
    assert.equal(refused.status, 403, authorization);
    assert.match(((await refused.json()) as { Message: string }).Message, /AWS 署名バージョン 4/);
  }
  assert.deepEqual(recorder.problems, []);
  assert.ok(api.logs.every((line) => !line.includes('"level":"error"')), 'no internal error');
});
