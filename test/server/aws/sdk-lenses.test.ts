// Custom lenses and workload changes through the W-A-compatible API with the AWS SDK: import a lens, apply it
// and remove it again, read it with its own ids, export it, update and delete the workload — all responses
// validated against the service model.
import assert from 'node:assert/strict';
import {
  AssociateLensesCommand,
  CreateWorkloadCommand,
  DeleteWorkloadCommand,
  DisassociateLensesCommand,
  ExportLensCommand,
  GetAnswerCommand,
  GetWorkloadCommand,
  ImportLensCommand,
  ListLensesCommand,
  ListLensReviewsCommand,
  UpdateWorkloadCommand,
} from '@aws-sdk/client-wellarchitected';
import { FIXTURE_LENSES, fixtureLens, fixtureLensText } from '../../helpers/answers.js';
import { dbTest } from '../../helpers/db.js';
import { startTestServer } from '../../helpers/server.js';
import { sdkClient, startRecorder } from '../../helpers/wa-recorder.js';

dbTest('the AWS SDK imports a custom lens, applies, reads, exports and removes it, and changes the workload', async (db) => {
  const api = await startTestServer(db);
  const recorder = await startRecorder(api.server.url);
  db.defer(() => recorder.close());
  const wa = sdkClient(recorder.endpoint);
  const file = FIXTURE_LENSES[0]!;
  const lens = fixtureLens(file);

  const imported = await wa.send(new ImportLensCommand({ JSONString: fixtureLensText(file) }));
  assert.match(imported.LensArn ?? '', /^arn:aws:wellarchitected:eu-west-1:000000000000:lens\/[a-z0-9-]+$/);
  const custom = (await wa.send(new ListLensesCommand({ LensType: 'CUSTOM_SELF' }))).LensSummaries ?? [];
  assert.deepEqual(custom.map((l) => l.LensArn), [imported.LensArn]);

  const { WorkloadId } = await wa.send(new CreateWorkloadCommand({ WorkloadName: 'Custom lens', Description: 'abc', Environment: 'PRODUCTION', Lenses: ['serverless'] }));
  // Scripts name a custom lens by its ARN.
  await wa.send(new AssociateLensesCommand({ WorkloadId, LensAliases: [imported.LensArn!] }));
  const reviews = await wa.send(new ListLensReviewsCommand({ WorkloadId }));
  assert.equal(reviews.LensReviewSummaries?.length, 2);
  const question = lens.pillars[0]!.questions[0]!;
  const answer = await wa.send(new GetAnswerCommand({ WorkloadId, LensAlias: imported.LensArn!, QuestionId: question.id }));
  assert.deepEqual(answer.Answer?.Choices?.map((c) => c.ChoiceId), question.choices.map((c) => c.id));
  const exported = await wa.send(new ExportLensCommand({ LensAlias: imported.LensArn! }));
  assert.equal(JSON.parse(exported.LensJSON ?? '{}').name, lens.name);
  await wa.send(new DisassociateLensesCommand({ WorkloadId, LensAliases: [imported.LensArn!] }));
  assert.deepEqual((await wa.send(new GetWorkloadCommand({ WorkloadId }))).Workload?.Lenses, ['serverless']);

  const updated = await wa.send(new UpdateWorkloadCommand({ WorkloadId, Description: 'changed by the SDK', Environment: 'PREPRODUCTION', PillarPriorities: ['security'] }));
  assert.equal(updated.Workload?.Description, 'changed by the SDK');
  assert.equal(updated.Workload?.Environment, 'PREPRODUCTION');
  assert.deepEqual(updated.Workload?.PillarPriorities, ['security']);
  await wa.send(new DeleteWorkloadCommand({ WorkloadId }));
  await assert.rejects(wa.send(new GetWorkloadCommand({ WorkloadId })), (e: Error) => e.name === 'ResourceNotFoundException');

  assert.deepEqual(recorder.problems, []);
});
