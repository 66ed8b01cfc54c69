// The W-A-compatible API driven by the AWS CLI (Debian's awscli), signing with a key pair from
// `slens token create --aws`: create a workload, answer every question, read the review and the
// improvements, make a milestone, get the PDF report — every response validated against the model.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { awsCli, awsCliEnv } from '../../helpers/aws-cli.js';
import { runCli } from '../../helpers/cli.js';
import { freshDb } from '../../helpers/db.js';
import { startTestServer } from '../../helpers/server.js';
import { startRecorder } from '../../helpers/wa-recorder.js';

test('the AWS CLI reviews a workload through the W-A-compatible API, signed with an slens key pair', { timeout: 180_000 }, async (t) => {
  const db = await freshDb('sqlite', t);
  if (!db) return;
  process.env.DATABASE_URL = db.url;
  t.after(() => delete process.env.DATABASE_URL);
  const made = await runCli(['token', 'create', '--aws', '--name', 'aws cli', '--format', 'json']);
  assert.equal(made.code, 0, made.stderr);
  const key = JSON.parse(made.stdout) as { accessKeyId: string; secretAccessKey: string };
  const api = await startTestServer(db);
  const recorder = await startRecorder(api.server.url);
  db.defer(() => recorder.close());

  const env = awsCliEnv(db.dir, key);
  const common = ['--endpoint-url', recorder.endpoint, '--output', 'json'];
  const aws = async (...batch: string[][]) => {
    const results = await awsCli(batch.map((args) => ['wellarchitected', ...args, ...common]), env);
    return results.map((r, i) => {
      assert.equal(r.code, 0, `aws wellarchitected ${batch[i]?.join(' ')}\n${r.out}`);
      return r.out.trim() === '' ? {} : JSON.parse(r.out);
    });
  };

  const [created] = await aws(['create-workload', '--workload-name', 'CLI workload', '--description', 'from the AWS CLI', '--environment', 'PRODUCTION', '--lenses', 'serverless', '--aws-regions', 'ap-northeast-1', '--review-owner', 'ops team']);
  assert.match(created.WorkloadId, /^[0-9a-f]{32}$/);
  const id = created.WorkloadId as string;
  const review = ['--workload-id', id, '--lens-alias', 'serverless'];

  const [listed] = await aws(['list-answers', ...review]);
  const questions = (listed.AnswerSummaries as { QuestionId: string; Choices: { ChoiceId: string }[] }[]).map((a) => ({ id: a.QuestionId, choices: a.Choices.map((c) => c.ChoiceId) }));
  assert.equal(questions.length, 9);

  // Every question: all best practices, so every risk is NONE — except the first, where one practice is
  // marked not applicable per choice and the rest selected. Then the review, the plan, a milestone, the report.
  const answersArgs = questions.map((q, i) => {
    const best = q.choices.filter((c) => !c.endsWith('_no'));
    if (i > 0) return ['update-answer', ...review, '--question-id', q.id, '--selected-choices', ...best, '--notes', `answered by the CLI ${i}`];
    const updates = Object.fromEntries(best.map((c, k) => [c, k === best.length - 1 ? { Status: 'NOT_APPLICABLE', Reason: 'OUT_OF_SCOPE' } : { Status: 'SELECTED' }]));
    return ['update-answer', ...review, '--question-id', q.id, '--choice-updates', JSON.stringify(updates)];
  });
  const results = await aws(
    ...answersArgs,
    ['get-lens-review', ...review],
    ['list-lens-review-improvements', ...review],
    ['create-milestone', '--workload-id', id, '--milestone-name', 'CLI milestone'],
    ['list-milestones', '--workload-id', id],
    ['get-lens-review-report', ...review],
  );
  const [lensReview, plan, milestone, milestones, report] = results.slice(answersArgs.length);
  assert.equal(results[0].Answer.ChoiceAnswers.find((c: { Status: string }) => c.Status === 'NOT_APPLICABLE').Reason, 'OUT_OF_SCOPE');
  assert.equal(results[1].Answer.Notes, 'answered by the CLI 1');
  // ops_q1 lacks its application metrics (not applicable), which our risk rules still count: MEDIUM.
  assert.deepEqual(lensReview.LensReview.RiskCounts, { HIGH: 0, MEDIUM: 1, NONE: 8, NOT_APPLICABLE: 0, UNANSWERED: 0 });
  assert.deepEqual(plan.ImprovementSummaries.map((s: { QuestionId: string }) => s.QuestionId), ['ops_q1']);
  assert.deepEqual(plan.ImprovementSummaries[0].ImprovementPlans, [], 'the missing practice is not applicable, so nothing to improve');
  assert.equal(milestone.MilestoneNumber, 1);
  assert.deepEqual(milestones.MilestoneSummaries.map((m: { MilestoneName: string }) => m.MilestoneName), ['CLI milestone']);
  assert.equal(Buffer.from(report.LensReviewReport.Base64String, 'base64').subarray(0, 5).toString('latin1'), '%PDF-');

  assert.deepEqual(recorder.problems, []);
  assert.ok(recorder.calls.every((c) => c.status === 200), JSON.stringify(recorder.calls.filter((c) => c.status !== 200)));
});
