// The W-A-compatible API driven by the real AWS SDK client, as a script written for AWS would: create a
// workload, answer every question of the official-looking Serverless Lens, read the review and improvements,
// make a milestone, get the consolidated report — every response validated against the service model.
import assert from 'node:assert/strict';
import {
  CreateMilestoneCommand,
  CreateWorkloadCommand,
  GetAnswerCommand,
  GetConsolidatedReportCommand,
  GetLensCommand,
  GetLensReviewCommand,
  GetMilestoneCommand,
  GetWorkloadCommand,
  ListAnswersCommand,
  ListLensReviewImprovementsCommand,
  ListLensReviewsCommand,
  ListLensesCommand,
  ListMilestonesCommand,
  ListWorkloadsCommand,
  UpdateAnswerCommand,
  type AnswerSummary,
} from '@aws-sdk/client-wellarchitected';
import { dbTest } from '../../helpers/db.js';
import { startTestServer } from '../../helpers/server.js';
import { sdkClient, startRecorder } from '../../helpers/wa-recorder.js';

const OFFICIAL_QUESTIONS = ['ops_q1', 'ops_q2', 'sec_q1', 'sec_q2', 'sec_q3', 'rel_q1', 'rel_q2', 'perf_q1', 'cost_q1'];

dbTest('the AWS SDK reviews a workload through the W-A-compatible API and every response fits the model', async (db) => {
  const api = await startTestServer(db);
  const recorder = await startRecorder(api.server.url);
  db.defer(() => recorder.close());
  const wa = sdkClient(recorder.endpoint);

  const created = await wa.send(
    new CreateWorkloadCommand({ WorkloadName: 'Orders API', Description: 'Order intake', Environment: 'PREPRODUCTION', AwsRegions: ['eu-west-1'], Lenses: ['serverless'], ReviewOwner: 'team-orders' }),
  );
  assert.match(created.WorkloadId ?? '', /^[0-9a-f]{32}$/);
  assert.equal(created.WorkloadArn, `arn:aws:wellarchitected:eu-west-1:000000000000:workload/${created.WorkloadId}`);
  const WorkloadId = created.WorkloadId!;

  const got = await wa.send(new GetWorkloadCommand({ WorkloadId }));
  assert.equal(got.Workload?.WorkloadName, 'Orders API');
  assert.deepEqual(got.Workload?.Lenses, ['serverless']);
  assert.ok(got.Workload?.UpdatedAt instanceof Date);
  const listed = await wa.send(new ListWorkloadsCommand({ WorkloadNamePrefix: 'orders' }));
  assert.deepEqual(listed.WorkloadSummaries?.map((w) => w.WorkloadId), [WorkloadId]);

  const lens = await wa.send(new GetLensCommand({ LensAlias: 'serverless' }));
  assert.equal(lens.Lens?.LensArn, 'arn:aws:wellarchitected::aws:lens/serverless');
  const lenses = await wa.send(new ListLensesCommand({ LensType: 'AWS_OFFICIAL' }));
  assert.deepEqual(lenses.LensSummaries?.map((l) => l.LensAlias), ['serverless']);

  // The questions and choices carry the W-A Tool's ids, in its order, with its extra best practice.
  const answers: AnswerSummary[] = [];
  let NextToken: string | undefined;
  do {
    const pageOf = await wa.send(new ListAnswersCommand({ WorkloadId, LensAlias: 'serverless', MaxResults: 4, NextToken }));
    answers.push(...(pageOf.AnswerSummaries ?? []));
    NextToken = pageOf.NextToken;
  } while (NextToken);
  assert.deepEqual(answers.map((a) => a.QuestionId), OFFICIAL_QUESTIONS);
  const ops2 = answers[1]!;
  assert.deepEqual(ops2.Choices?.map((c) => c.ChoiceId), ['ops_ops_q2_a1', 'ops_ops_q2_a2', 'ops_ops_q2_a3', 'ops_ops_q2_a5', 'ops_ops_q2_a6', 'ops_ops_q2_a4', 'ops_ops_q2_no']);
  assert.deepEqual(answers[0]!.Choices?.map((c) => c.ChoiceId), ['ops_ops_q1_a1', 'ops_ops_q1_a3', 'ops_ops_q1_a4', 'ops_ops_q1_a2', 'ops_ops_q1_no']);
  assert.ok(answers.every((a) => a.Risk === 'UNANSWERED'));

  // Answer every question: all best practices on the first, the essential one only on the second, none on the rest.
  for (const [i, a] of answers.entries()) {
    const best = (a.Choices ?? []).map((c) => c.ChoiceId!).filter((id) => !id.endsWith('_no'));
    const SelectedChoices = i === 0 ? best : i === 1 ? ['ops_ops_q2_a1', 'ops_ops_q2_a6'] : [`${a.QuestionId!.replace(/_q\d$/, '')}_${a.QuestionId}_no`];
    const updated = await wa.send(new UpdateAnswerCommand({ WorkloadId, LensAlias: 'serverless', QuestionId: a.QuestionId!, SelectedChoices, Notes: `note ${i}` }));
    assert.deepEqual(updated.Answer?.SelectedChoices, SelectedChoices);
    assert.equal(updated.Answer?.Risk, i === 0 ? 'NONE' : i === 1 ? 'MEDIUM' : 'HIGH', a.QuestionId);
  }

  // Per choice: not applicable with a reason, the extra practice selected, notes on a choice.
  const choiceWise = await wa.send(
    new UpdateAnswerCommand({
      WorkloadId,
      LensAlias: 'serverless',
      QuestionId: 'ops_q2',
      ChoiceUpdates: {
        ops_ops_q2_a2: { Status: 'NOT_APPLICABLE', Reason: 'ARCHITECTURE_CONSTRAINTS', Notes: 'no temporary stacks' },
        ops_ops_q2_a4: { Status: 'SELECTED' },
      },
    }),
  );
  assert.deepEqual(choiceWise.Answer?.SelectedChoices, ['ops_ops_q2_a1', 'ops_ops_q2_a6', 'ops_ops_q2_a4']);
  const again = await wa.send(new GetAnswerCommand({ WorkloadId, LensAlias: 'serverless', QuestionId: 'ops_q2' }));
  const na = again.Answer?.ChoiceAnswers?.find((c) => c.ChoiceId === 'ops_ops_q2_a2');
  assert.deepEqual(na, { ChoiceId: 'ops_ops_q2_a2', Status: 'NOT_APPLICABLE', Reason: 'ARCHITECTURE_CONSTRAINTS', Notes: 'no temporary stacks' });
  assert.equal(again.Answer?.Notes, 'note 1');

  const review = await wa.send(new GetLensReviewCommand({ WorkloadId, LensAlias: 'serverless' }));
  assert.deepEqual(review.LensReview?.RiskCounts, { HIGH: 7, MEDIUM: 1, NONE: 1, NOT_APPLICABLE: 0, UNANSWERED: 0 });
  assert.equal(review.LensReview?.PillarReviewSummaries?.length, 5);
  const reviews = await wa.send(new ListLensReviewsCommand({ WorkloadId }));
  assert.deepEqual(reviews.LensReviewSummaries?.map((r) => r.LensAlias), ['serverless']);

  const plan = await wa.send(new ListLensReviewImprovementsCommand({ WorkloadId, LensAlias: 'serverless' }));
  assert.equal(plan.ImprovementSummaries?.length, 8);
  const ops2Plan = plan.ImprovementSummaries?.find((s) => s.QuestionId === 'ops_q2');
  // Not applicable and selected practices are no improvement to make.
  assert.deepEqual(ops2Plan?.ImprovementPlans?.map((p) => p.ChoiceId), ['ops_ops_q2_a3', 'ops_ops_q2_a5']);

  const milestone = await wa.send(new CreateMilestoneCommand({ WorkloadId, MilestoneName: 'first review' }));
  assert.equal(milestone.MilestoneNumber, 1);
  const milestones = await wa.send(new ListMilestonesCommand({ WorkloadId }));
  assert.deepEqual(milestones.MilestoneSummaries?.map((m) => m.MilestoneName), ['first review']);
  const frozen = await wa.send(new GetMilestoneCommand({ WorkloadId, MilestoneNumber: 1 }));
  assert.deepEqual(frozen.Milestone?.Workload?.RiskCounts, { HIGH: 7, MEDIUM: 1, NONE: 1, NOT_APPLICABLE: 0, UNANSWERED: 0 });
  const atMilestone = await wa.send(new GetAnswerCommand({ WorkloadId, LensAlias: 'serverless', QuestionId: 'ops_q1', MilestoneNumber: 1 }));
  assert.equal(atMilestone.Answer?.Risk, 'NONE');

  const consolidated = await wa.send(new GetConsolidatedReportCommand({ Format: 'JSON' }));
  assert.equal(consolidated.Metrics?.[0]?.WorkloadId, WorkloadId);
  assert.equal(consolidated.Metrics?.[0]?.Lenses?.[0]?.Pillars?.length, 5);

  // (The PDF report, slow to print, is fetched in the AWS CLI test.)
  assert.deepEqual(recorder.problems, []);
  assert.ok(recorder.calls.length >= 20);
}, { timeout: 120_000 });
