// W-A profiles through the real AWS SDK client: the template, create, list, get, update, associate with a workload
// (PrioritizedRiskCounts on the workload, the lens review and its pillars; QuestionPriority=PRIORITIZED), then
// disassociate and delete — every response validated against the service model, errors in its shapes.
import assert from 'node:assert/strict';
import {
  AssociateProfilesCommand,
  CreateProfileCommand,
  CreateWorkloadCommand,
  DeleteProfileCommand,
  DisassociateProfilesCommand,
  GetLensReviewCommand,
  GetProfileCommand,
  GetProfileTemplateCommand,
  GetWorkloadCommand,
  ListAnswersCommand,
  ListLensReviewImprovementsCommand,
  ListProfilesCommand,
  ListWorkloadsCommand,
  UpdateAnswerCommand,
  UpdateProfileCommand,
} from '@aws-sdk/client-wellarchitected';
import { dbTest } from '../../helpers/db.js';
import { startTestServer } from '../../helpers/server.js';
import { sdkClient, startRecorder } from '../../helpers/wa-recorder.js';

dbTest('the AWS SDK manages profiles and reads prioritized risks, every response fitting the model', async (db) => {
  const api = await startTestServer(db);
  const recorder = await startRecorder(api.server.url);
  db.defer(() => recorder.close());
  const wa = sdkClient(recorder.endpoint);

  const template = await wa.send(new GetProfileTemplateCommand({}));
  assert.deepEqual(template.ProfileTemplate?.TemplateQuestions?.map((q) => q.QuestionId), ['focus', 'traffic', 'data', 'exposure', 'availability', 'experience', 'stage']);
  assert.deepEqual([template.ProfileTemplate?.TemplateQuestions?.[0]?.MaxSelectedChoices, template.ProfileTemplate?.CreatedAt instanceof Date], [2, true]);

  const created = await wa.send(
    new CreateProfileCommand({
      ProfileName: 'Regulated data',
      ProfileDescription: 'payments and health',
      ProfileQuestions: [{ QuestionId: 'data', SelectedChoiceIds: ['data_regulated'] }],
      ClientRequestToken: 'create-regulated',
    }),
  );
  assert.match(created.ProfileArn ?? '', /^arn:aws:wellarchitected:[a-z0-9-]+:000000000000:profile\/[0-9a-f]{32}$/);
  assert.equal(created.ProfileVersion, '1');
  const ProfileArn = created.ProfileArn!;
  const again = await wa.send(new CreateProfileCommand({ ProfileName: 'Regulated data', ProfileDescription: 'payments and health', ProfileQuestions: [{ QuestionId: 'data', SelectedChoiceIds: ['data_regulated'] }], ClientRequestToken: 'create-regulated' }));
  assert.equal(again.ProfileArn, ProfileArn, 'the same ClientRequestToken returns the first response');

  // A profile made elsewhere with a short description still fits the model (the description is left out).
  await api.call('POST', '/api/profiles', { body: { profileName: 'Short one', description: 'ok' } });
  assert.equal((await wa.send(new ListProfilesCommand({ ProfileNamePrefix: 'short' }))).ProfileSummaries?.[0]?.ProfileDescription, undefined);
  const listed = await wa.send(new ListProfilesCommand({ ProfileNamePrefix: 'regul' }));
  assert.deepEqual(listed.ProfileSummaries?.map((p) => [p.ProfileArn, p.ProfileName]), [[ProfileArn, 'Regulated data']]);
  assert.deepEqual((await wa.send(new ListProfilesCommand({ ProfileOwnerType: 'SHARED' }))).ProfileSummaries, []);
  const got = await wa.send(new GetProfileCommand({ ProfileArn }));
  assert.deepEqual(got.Profile?.ProfileQuestions?.find((q) => q.QuestionId === 'data')?.SelectedChoiceIds, ['data_regulated']);

  const updated = await wa.send(new UpdateProfileCommand({ ProfileArn, ProfileQuestions: [{ QuestionId: 'data', SelectedChoiceIds: ['data_regulated'] }, { QuestionId: 'traffic', SelectedChoiceIds: ['traffic_spiky'] }] }));
  assert.equal(updated.Profile?.ProfileVersion, '2');
  await assert.rejects(wa.send(new UpdateProfileCommand({ ProfileArn, ProfileQuestions: [{ QuestionId: 'traffic', SelectedChoiceIds: ['traffic_lunar'] }] })), (e: Error) => e.name === 'ValidationException' && /traffic_lunar/.test(e.message));

  const { WorkloadId } = await wa.send(new CreateWorkloadCommand({ WorkloadName: 'Clinic booking', Description: 'appointments', Environment: 'PRODUCTION', Lenses: ['serverless'] }));
  // "None of these" (the last choice) for sec_q1 (prioritized below) and cost_q1 (not): both HIGH.
  const choices = new Map(((await wa.send(new ListAnswersCommand({ WorkloadId, LensAlias: 'serverless' }))).AnswerSummaries ?? []).map((a) => [a.QuestionId, a.Choices?.map((c) => c.ChoiceId) ?? []]));
  for (const QuestionId of ['sec_q1', 'cost_q1']) await wa.send(new UpdateAnswerCommand({ WorkloadId, LensAlias: 'serverless', QuestionId, SelectedChoices: [choices.get(QuestionId)!.at(-1)!] }));
  const before = await wa.send(new GetWorkloadCommand({ WorkloadId }));
  assert.equal(before.Workload?.PrioritizedRiskCounts, undefined, 'no profile: no prioritized counts');
  // Another profile id: the last hex digit changed (a fixed replacement equals it one time in 16).
  const unknownArn = `${ProfileArn.slice(0, -1)}${ProfileArn.endsWith('0') ? '1' : '0'}`;
  await assert.rejects(wa.send(new AssociateProfilesCommand({ WorkloadId, ProfileArns: [ProfileArn, unknownArn] })), (e: Error) => e.name === 'ValidationException');
  await wa.send(new AssociateProfilesCommand({ WorkloadId, ProfileArns: [ProfileArn] }));

  const w = await wa.send(new GetWorkloadCommand({ WorkloadId }));
  assert.deepEqual(w.Workload?.Profiles, [{ ProfileArn, ProfileVersion: '2' }]);
  // data_regulated: OPS1 and SEC1–3; traffic_spiky: REL1 and PERF1 — six questions, one of them (sec_q1) HIGH.
  assert.deepEqual(w.Workload?.PrioritizedRiskCounts, { HIGH: 1, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 5 });
  assert.equal(w.Workload?.RiskCounts?.HIGH, 2);
  assert.deepEqual((await wa.send(new ListWorkloadsCommand({}))).WorkloadSummaries?.[0]?.Profiles, [{ ProfileArn, ProfileVersion: '2' }]);
  const review = await wa.send(new GetLensReviewCommand({ WorkloadId, LensAlias: 'serverless' }));
  assert.deepEqual(review.LensReview?.Profiles, [{ ProfileArn, ProfileVersion: '2' }]);
  assert.equal(review.LensReview?.PillarReviewSummaries?.find((p) => p.PillarId === 'security')?.PrioritizedRiskCounts?.HIGH, 1);
  const prioritized = await wa.send(new ListAnswersCommand({ WorkloadId, LensAlias: 'serverless', QuestionPriority: 'PRIORITIZED' }));
  assert.deepEqual(prioritized.AnswerSummaries?.map((a) => [a.QuestionId, a.QuestionType]), [
    ['ops_q1', 'PRIORITIZED'],
    ['sec_q1', 'PRIORITIZED'],
    ['sec_q2', 'PRIORITIZED'],
    ['sec_q3', 'PRIORITIZED'],
    ['rel_q1', 'PRIORITIZED'],
    ['perf_q1', 'PRIORITIZED'],
  ]);
  const all = await wa.send(new ListAnswersCommand({ WorkloadId, LensAlias: 'serverless' }));
  assert.equal(all.AnswerSummaries?.find((a) => a.QuestionId === 'cost_q1')?.QuestionType, 'NON_PRIORITIZED');
  const plan = await wa.send(new ListLensReviewImprovementsCommand({ WorkloadId, LensAlias: 'serverless', QuestionPriority: 'PRIORITIZED' }));
  assert.deepEqual(plan.ImprovementSummaries?.map((i) => i.QuestionId), ['sec_q1']);
  const fullPlan = await wa.send(new ListLensReviewImprovementsCommand({ WorkloadId, LensAlias: 'serverless' }));
  assert.deepEqual(fullPlan.ImprovementSummaries?.map((i) => i.QuestionId), ['sec_q1', 'cost_q1'], 'prioritized first');

  await assert.rejects(wa.send(new DeleteProfileCommand({ ProfileArn, ClientRequestToken: 'delete-1' })), (e: Error) => e.name === 'ConflictException' && /Clinic booking/.test(e.message));
  await wa.send(new DisassociateProfilesCommand({ WorkloadId, ProfileArns: [ProfileArn] }));
  assert.equal((await wa.send(new GetWorkloadCommand({ WorkloadId }))).Workload?.Profiles, undefined);
  await assert.rejects(wa.send(new DisassociateProfilesCommand({ WorkloadId, ProfileArns: [ProfileArn] })), (e: Error) => e.name === 'ResourceNotFoundException');
  await wa.send(new DeleteProfileCommand({ ProfileArn, ClientRequestToken: 'delete-2' }));
  await assert.rejects(wa.send(new GetProfileCommand({ ProfileArn })), (e: Error) => e.name === 'ResourceNotFoundException');
  assert.deepEqual(recorder.problems, []);
});
