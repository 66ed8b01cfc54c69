// Who may call the W-A-compatible API: any credentials on an open loopback server; once a token exists, only
// SigV4 signatures made with a key pair from `slens token create --aws` (or a bearer token), with the token's
// role. Refusals are AccessDeniedException in the model's shape, in English and Japanese.
import assert from 'node:assert/strict';
import { CreateWorkloadCommand, GetWorkloadCommand, ListWorkloadsCommand } from '@aws-sdk/client-wellarchitected';
import { runCli } from '../../helpers/cli.js';
import { dbTest, openService, useDb } from '../../helpers/db.js';
import { startTestServer } from '../../helpers/server.js';
import { sdkClient, startRecorder } from '../../helpers/wa-recorder.js';

async function awsKey(name: string, role: string, lang = 'en') {
  const run = await runCli(['token', 'create', '--aws', '--name', name, '--role', role, '--lang', lang]);
  assert.equal(run.code, 0, run.stderr);
  const match = /^AWS_ACCESS_KEY_ID=(SLNS[A-Z2-7]{16})\nAWS_SECRET_ACCESS_KEY=(\S{40})$/.exec(run.stdout.trim());
  assert.ok(match, run.stdout);
  return { run, accessKeyId: match[1]!, secretAccessKey: match[2]! };
}

const create = (name: string) => new CreateWorkloadCommand({ WorkloadName: name, Description: 'signed', Environment: 'PRODUCTION', Lenses: ['serverless'] });

dbTest('SigV4: key pairs from "slens token create --aws" sign requests; wrong, revoked and read-only keys are refused', async (db, t) => {
  useDb(db, t);
  const api = await startTestServer(db);
  const recorder = await startRecorder(api.server.url);
  db.defer(() => recorder.close());

  // Open loopback mode: any credentials.
  await sdkClient(recorder.endpoint).send(create('Open mode'));

  const editor = await awsKey('ci editor', 'editor');
  assert.match(editor.run.stderr, /not shown again.*\/aws/);
  const viewer = await awsKey('auditor', 'viewer', 'ja');
  assert.match(viewer.run.stderr, /二度と表示されません/);
  const json = JSON.parse((await runCli(['token', 'create', '--aws', '--name', 'json key', '--format', 'json'])).stdout);
  assert.equal(json.role, 'editor');
  assert.match(json.accessKeyId, /^SLNS/);

  const signed = sdkClient(recorder.endpoint, editor);
  const made = await signed.send(create('Signed workload'));
  assert.equal((await signed.send(new GetWorkloadCommand({ WorkloadId: made.WorkloadId! }))).Workload?.WorkloadName, 'Signed workload');

  // Any credentials no longer do.
  await assert.rejects(sdkClient(recorder.endpoint).send(new ListWorkloadsCommand({})), (e: Error) => e.name === 'AccessDeniedException' && /unknown or its token is revoked/.test(e.message));
  await assert.rejects(
    sdkClient(recorder.endpoint, { accessKeyId: editor.accessKeyId, secretAccessKey: 'x'.repeat(40) }).send(new ListWorkloadsCommand({})),
    (e: Error) => e.name === 'AccessDeniedException' && /signature does not match/.test(e.message),
  );
  // A viewer reads but cannot write.
  const reader = sdkClient(recorder.endpoint, viewer);
  assert.equal((await reader.send(new ListWorkloadsCommand({}))).WorkloadSummaries?.length, 2);
  await assert.rejects(reader.send(create('Not allowed')), (e: Error) => e.name === 'AccessDeniedException' && /viewer token/.test(e.message));

  // Unsigned requests, a bearer token, Japanese messages.
  const unsigned = await fetch(`${recorder.endpoint}/workloadsSummaries`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'ja' }, body: '{}' });
  assert.equal(unsigned.status, 403);
  assert.equal(unsigned.headers.get('x-amzn-errortype'), 'AccessDeniedException');
  assert.match(((await unsigned.json()) as { Message: string }).Message, /認証情報が必要です/);
  const service = await openService(db);
  const { createToken } = await import('../../../src/server/tokens.js');
  const { token } = await createToken(service.store, 'bearer user', 'viewer', service.now());
  const bearer = await fetch(`${recorder.endpoint}/workloadsSummaries`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' });
  assert.equal(bearer.status, 200);

  // Revoking the token revokes its key pair.
  assert.equal((await runCli(['token', 'revoke', 'ci editor'])).code, 0);
  await assert.rejects(signed.send(new ListWorkloadsCommand({})), (e: Error) => e.name === 'AccessDeniedException');

  assert.deepEqual(recorder.problems, []);
});
