// Failures of the W-A-compatible API as AWS tools expect them: the model's error types with their required
// members, field-level validation messages in English and Japanese, and nothing that is not in the model.
import assert from 'node:assert/strict';
import { CreateWorkloadCommand, GetAnswerCommand, GetWorkloadCommand, ListWorkloadsCommand, UpdateAnswerCommand } from '@aws-sdk/client-wellarchitected';
import { dbTest } from '../../helpers/db.js';
import { startTestServer } from '../../helpers/server.js';
import { sdkClient, startRecorder } from '../../helpers/wa-recorder.js';

dbTest('W-A API errors carry the model types and members, in both languages', async (db) => {
  const api = await startTestServer(db);
  const recorder = await startRecorder(api.server.url);
  db.defer(() => recorder.close());
  const wa = sdkClient(recorder.endpoint);
  const rejects = async (promise: Promise<unknown>, name: string, message: RegExp) => {
    const error = (await promise.then(() => undefined, (e: unknown) => e)) as (Error & Record<string, unknown>) | undefined;
    assert.ok(error, `expected ${name}`);
    assert.equal(error.name, name, String(error.message));
    assert.match(error.message, message);
    return error;
  };

  const bad = await rejects(
    wa.send(new CreateWorkloadCommand({ WorkloadName: 'x', Description: 'ok description', Environment: 'PRODUCTION', Lenses: ['serverless'] })),
    'ValidationException',
    /WorkloadName/,
  );
  assert.deepEqual((bad.Fields as { Name: string }[]).map((f) => f.Name), ['WorkloadName']);
  await rejects(wa.send(new CreateWorkloadCommand({ WorkloadName: 'No lens', Description: 'abc', Environment: 'PRODUCTION', Lenses: ['wellarchitected'] })), 'ResourceNotFoundException', /wellarchitected/);
  const { WorkloadId } = await wa.send(new CreateWorkloadCommand({ WorkloadName: 'Errors', Description: 'abc', Environment: 'PRODUCTION', Lenses: ['serverless'] }));
  await rejects(wa.send(new CreateWorkloadCommand({ WorkloadName: 'errors', Description: 'abc', Environment: 'PRODUCTION', Lenses: ['serverless'] })), 'ConflictException', /already/);
  const missing = await rejects(wa.send(new GetWorkloadCommand({ WorkloadId: 'f'.repeat(32) })), 'ResourceNotFoundException', /f{32}/);
  assert.equal(missing.ResourceId, 'f'.repeat(32));
  assert.equal(missing.ResourceType, 'WORKLOAD');
  await rejects(wa.send(new GetAnswerCommand({ WorkloadId, LensAlias: 'serverless', QuestionId: 'OPS1' })), 'ResourceNotFoundException', /ops_q1, ops_q2/);
  await rejects(
    wa.send(new UpdateAnswerCommand({ WorkloadId, LensAlias: 'serverless', QuestionId: 'ops_q1', SelectedChoices: ['ops1_tracing'] })),
    'ValidationException',
    /no choice ops1_tracing \(its choices: ops_ops_q1_a1, /,
  );
  await rejects(
    wa.send(new UpdateAnswerCommand({ WorkloadId, LensAlias: 'serverless', QuestionId: 'ops_q1', ChoiceUpdates: { ops_ops_q1_no: { Status: 'NOT_APPLICABLE' } } })),
    'ValidationException',
    /cannot be marked NOT_APPLICABLE/,
  );
  await rejects(wa.send(new ListWorkloadsCommand({ NextToken: 'forged' })), 'ValidationException', /NextToken/);

  // Japanese, and the failures the SDK cannot produce: bad JSON, an unknown path.
  const ja = await fetch(`${recorder.endpoint}/workloads`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'ja' }, body: '{"WorkloadName": "x"' });
  assert.equal(ja.status, 400);
  assert.match(((await ja.json()) as { Message: string }).Message, /正しい JSON ではありません/);
  const fields = await fetch(`${recorder.endpoint}/workloads`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'ja' }, body: '{"WorkloadName":"x"}' });
  const body = (await fields.json()) as { Message: string; Fields: { Name: string; Message: string }[] };
  assert.match(body.Message, /リクエストが正しくありません/);
  assert.ok(body.Fields.some((f) => f.Name === 'Environment'));
  const unknown = await fetch(`${recorder.endpoint}/profiles`, { method: 'POST', body: '{}' }); // CreateProfile: not served
  assert.equal(unknown.headers.get('x-amzn-errortype'), 'ValidationException');

  assert.deepEqual(recorder.problems, []);
});
