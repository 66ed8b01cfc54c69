// Shares on the W-A-compatible API, driven with the real AWS SDK client carrying a user's bearer token: an
// outsider finds no shared workload (404 ResourceNotFoundException, as an unknown id, and none listed), a
// readonly user reads but cannot answer, a contributor answers and makes milestones but may not change the
// workload itself, a user's new workload is theirs, and service keys keep seeing everything.
import assert from 'node:assert/strict';
import {
  CreateMilestoneCommand,
  CreateWorkloadCommand,
  DeleteWorkloadCommand,
  GetAnswerCommand,
  GetConsolidatedReportCommand,
  GetLensReviewCommand,
  GetWorkloadCommand,
  ListAnswersCommand,
  ListWorkloadsCommand,
  UpdateAnswerCommand,
  UpdateWorkloadCommand,
  type WellArchitectedClient,
} from '@aws-sdk/client-wellarchitected';
import { dbTest, openService } from '../../helpers/db.js';
import { startTestServer } from '../../helpers/server.js';
import { sdkClient, startRecorder } from '../../helpers/wa-recorder.js';
import { createToken } from '../../../src/server/tokens.js';
import { createUser } from '../../../src/server/users.js';

/** The SDK client with its SigV4 Authorization replaced by a user's bearer token (after signing). */
function bearerClient(endpoint: string, token: string, lang?: string): WellArchitectedClient {
  const client = sdkClient(endpoint);
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers: Record<string, string> };
      request.headers.authorization = `Bearer ${token}`;
      if (lang) request.headers['accept-language'] = lang;
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'bearerToken' },
  );
  return client;
}

const isNotFound = (e: Error & { $metadata?: { httpStatusCode?: number } }) => e.name === 'ResourceNotFoundException' && e.$metadata?.httpStatusCode === 404;
const isDenied = (e: Error) => e.name === 'AccessDeniedException';

dbTest('W-A API with shares: outsider 404, readonly reads, contributor answers, owner changes the workload', async (db, t) => {
  const service = await openService(db, t);
  const now = service.now();
  const { token: admin } = await createToken(service.store, 'ci', 'admin', now);
  const users = Object.fromEntries(
    await Promise.all(['owner', 'contributor', 'reader', 'outsider'].map(async (name) => [name, (await createUser(service.store, `${name}-user`, undefined, now)).token] as const)),
  ) as Record<'owner' | 'contributor' | 'reader' | 'outsider', string>;
  const api = await startTestServer(db, t);
  const recorder = await startRecorder(api.server.url);
  db.defer(() => recorder.close());
  const as = (who: keyof typeof users, lang?: string) => bearerClient(recorder.endpoint, users[who], lang);

  // The owner creates a workload over the W-A API: it is theirs and shared with the others through /api.
  const made = await as('owner').send(new CreateWorkloadCommand({ WorkloadName: 'Shared orders', Description: 'shares on /aws', Environment: 'PRODUCTION', Lenses: ['serverless'] }));
  const id = made.WorkloadId!;
  const shares = await api.call('GET', `/api/workloads/${id}/shares`, { token: users.owner });
  assert.deepEqual(shares.body.shares.map((s: { userName: string; access: string }) => [s.userName, s.access]), [['owner-user', 'owner']]);
  for (const [user, access] of [['contributor-user', 'contributor'], ['reader-user', 'readonly']])
    assert.equal((await api.call('POST', `/api/workloads/${id}/shares`, { token: users.owner, body: { userName: user, access } })).status, 201);
  const other = await api.call('POST', '/api/workloads', { token: admin, body: { workloadName: 'Service only', lenses: ['serverless'] } });
  assert.equal(other.status, 201);

  // Outsider: nothing listed, every read and write of the workload is a 404 as for an unknown id.
  const outsider = as('outsider');
  assert.deepEqual((await outsider.send(new ListWorkloadsCommand({}))).WorkloadSummaries, []);
  assert.deepEqual((await outsider.send(new GetConsolidatedReportCommand({ Format: 'JSON' }))).Metrics, []);
  await assert.rejects(outsider.send(new GetWorkloadCommand({ WorkloadId: id })), isNotFound);
  await assert.rejects(outsider.send(new GetLensReviewCommand({ WorkloadId: id, LensAlias: 'serverless' })), isNotFound);
  await assert.rejects(outsider.send(new ListAnswersCommand({ WorkloadId: id, LensAlias: 'serverless' })), isNotFound);
  await assert.rejects(outsider.send(new UpdateAnswerCommand({ WorkloadId: id, LensAlias: 'serverless', QuestionId: 'ops_q1', SelectedChoices: ['ops_ops_q1_a1'] })), isNotFound);
  await assert.rejects(outsider.send(new DeleteWorkloadCommand({ WorkloadId: id, ClientRequestToken: 'x1' })), isNotFound);
  await assert.rejects(bearerClient(recorder.endpoint, users.outsider, 'ja').send(new GetWorkloadCommand({ WorkloadId: id })), (e: Error) => isNotFound(e) && /ワークロード/.test(e.message));

  // Readonly: reads, may not answer (403 AccessDeniedException in the model's shape).
  const reader = as('reader');
  assert.deepEqual((await reader.send(new ListWorkloadsCommand({}))).WorkloadSummaries?.map((w) => w.WorkloadId), [id]);
  assert.equal((await reader.send(new GetWorkloadCommand({ WorkloadId: id }))).Workload?.WorkloadName, 'Shared orders');
  await assert.rejects(reader.send(new UpdateAnswerCommand({ WorkloadId: id, LensAlias: 'serverless', QuestionId: 'ops_q1', SelectedChoices: ['ops_ops_q1_a1'] })), isDenied);
  await assert.rejects(reader.send(new CreateMilestoneCommand({ WorkloadId: id, MilestoneName: 'Reader try', ClientRequestToken: 'r1' })), isDenied);

  // Contributor: answers (with a choice not applicable) and milestones; the workload itself is the owner's.
  const contributor = as('contributor');
  const answered = await contributor.send(
    new UpdateAnswerCommand({
      WorkloadId: id, LensAlias: 'serverless', QuestionId: 'ops_q1', SelectedChoices: ['ops_ops_q1_a1'],
      ChoiceUpdates: { ops_ops_q1_a2: { Status: 'NOT_APPLICABLE', Reason: 'OUT_OF_SCOPE', Notes: 'no tracing here' } },
    }),
  );
  assert.deepEqual(answered.Answer?.SelectedChoices, ['ops_ops_q1_a1']);
  const read = await reader.send(new GetAnswerCommand({ WorkloadId: id, LensAlias: 'serverless', QuestionId: 'ops_q1' }));
  assert.equal(read.Answer?.ChoiceAnswers?.find((c) => c.ChoiceId === 'ops_ops_q1_a2')?.Status, 'NOT_APPLICABLE');
  assert.equal((await contributor.send(new CreateMilestoneCommand({ WorkloadId: id, MilestoneName: 'Contributor one', ClientRequestToken: 'c1' }))).MilestoneNumber, 1);
  await assert.rejects(contributor.send(new UpdateWorkloadCommand({ WorkloadId: id, Description: 'not mine' })), isDenied);
  await assert.rejects(contributor.send(new DeleteWorkloadCommand({ WorkloadId: id, ClientRequestToken: 'x2' })), isDenied);
  assert.equal((await as('owner').send(new UpdateWorkloadCommand({ WorkloadId: id, Description: 'still mine' }))).Workload?.Description, 'still mine');

  // The /api sees the contributor's answer; a service token still sees both workloads.
  const viaApi = await api.call('GET', `/api/workloads/${id}/lensReviews/serverless/answers/OPS1`, { token: users.reader });
  assert.equal(viaApi.body.choiceStates.length, 1);
  const service2 = await api.call('GET', '/api/workloads', { token: admin });
  assert.equal(service2.body.workloads.length, 2);
  assert.deepEqual(recorder.problems, []);
});
