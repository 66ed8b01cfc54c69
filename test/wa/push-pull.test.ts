// `slens aws push` and `pull` end to end: the CLI (in process, on the test database) against a second
// `slens serve` (a child process with its own SQLite file) acting as the AWS W-A Tool, reached through a
// recorder that validates every response against the service model. Answers, notes with evidence,
// not-applicable questions and choices, a custom lens published, milestones, conflicts both ways, dry runs,
// errors as one line, throttling retried, and the official ids of all 38 best practices.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import {
  CreateWorkloadCommand,
  GetAnswerCommand,
  ListLensesCommand,
  ListMilestonesCommand,
  ListWorkloadsCommand,
  UpdateAnswerCommand,
  UpgradeLensReviewCommand,
  WellArchitectedClient,
} from '@aws-sdk/client-wellarchitected';
import { loadBuiltinLens } from '../../src/lens/builtin.js';
import { spawnServe } from '../helpers/child-server.js';
import { runCli } from '../helpers/cli.js';
import { dbTest, type TestDb } from '../helpers/db.js';
import { fixture, repoRoot } from '../helpers/repo.js';
import { sdkClient, startRecorder, type Recorder } from '../helpers/wa-recorder.js';

const ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDLOCALTEST',
  AWS_SECRET_ACCESS_KEY: 'local-secret',
  AWS_REGION: undefined,
  AWS_PROFILE: undefined,
  AWS_DEFAULT_REGION: undefined,
  AWS_CONFIG_FILE: '/nonexistent/slens-test-aws-config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/slens-test-aws-credentials',
};

/** The CLI reads DATABASE_URL and the AWS SDK its credentials from the environment: set both for this test only. */
function useEnv(t: TestContext, vars: Record<string, string | undefined>): void {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  t.after(() => {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
}

interface WaTool {
  recorder: Recorder;
  wa: WellArchitectedClient;
  args: string[];
}

/** A second `slens serve` as the W-A Tool, behind the recorder; `args` point the CLI at it. */
async function startWaTool(db: TestDb, name: string, extra: string[] = []): Promise<WaTool> {
  const server = await spawnServe(['serve', '--port', '0', ...extra], { cwd: db.dir, env: { DATABASE_URL: `sqlite:${join(db.dir, `${name}.db`)}` } });
  db.defer(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
  });
  const recorder = await startRecorder(server.url);
  db.defer(() => recorder.close());
  return { recorder, wa: sdkClient(recorder.endpoint), args: ['--endpoint-url', recorder.endpoint, '--region', 'eu-west-1'] };
}

async function cli(args: string[], code = 0) {
  const run = await runCli(args);
  assert.equal(run.code, code, `slens ${args.join(' ')} → ${run.code}\n${run.stdout}\n${run.stderr}`);
  if (code === 2) assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  return run;
}

async function answerOf(wa: WellArchitectedClient, WorkloadId: string, QuestionId: string, LensAlias = 'serverless') {
  return (await wa.send(new GetAnswerCommand({ WorkloadId, LensAlias, QuestionId }))).Answer!;
}

dbTest('push and pull with a W-A Tool: answers, notes, not applicable, custom lens, milestone, conflicts, dry run', async (db, t) => {
  useEnv(t, { DATABASE_URL: db.url, ...ENV });
  const tool = await startWaTool(db, 'wa-tool');
  const { wa, args } = tool;

  await cli(['lens', 'import', fixture('lenses', 'ApiGwLambda_custom-lens-apigw-lambda-v0.1.json'), '--alias', 'apigw']);
  await cli(['workload', 'create', '--name', 'Orders', '--description', 'Order intake', '--regions', 'eu-west-1', '--lens', 'serverless', '--lens', 'apigw']);
  await cli(['review', 'import-scan', 'Orders', join(repoRoot, 'examples', 'orders-careless'), '--today', '2026-11-25']);
  await cli(['answer', 'Orders', 'OPS1', '--lens', 'serverless', '--choices', 'ops1_managed_metrics,ops1_tracing', '--notes', 'Checked with the team.']);
  await cli(['answer', 'Orders', 'OPS2', '--lens', 'serverless', '--choices', 'ops2_iac_stages,ops2_cicd', '--choice-not-applicable', 'ops2_temporary_environments=business-priorities']);
  await cli(['answer', 'Orders', 'SEC1', '--lens', 'serverless', '--not-applicable', 'out-of-scope', '--notes', 'No public API.']);
  await cli(['answer', 'Orders', 'APPDESIGN1', '--lens', 'apigw', '--choices', 'APPDESIGN1_1,APPDESIGN1_2']);

  // Dry run: the calls are printed, nothing reaches the W-A Tool.
  const dry = JSON.parse((await cli(['aws', 'push', 'Orders', '--create', '--dry-run', '--format', 'json', ...args])).stdout);
  assert.equal(dry.dryRun, true);
  const ops = dry.calls.map((c: { operation: string }) => c.operation);
  assert.deepEqual(ops.slice(0, 3), ['ImportLens', 'CreateLensVersion', 'CreateWorkload']);
  assert.equal(ops.filter((o: string) => o === 'UpdateAnswer').length, 4, ops.join(' '));
  assert.equal((await wa.send(new ListWorkloadsCommand({}))).WorkloadSummaries?.length, 0);
  const dryText = (await cli(['aws', 'push', 'Orders', '--create', '--dry-run', ...args])).stdout;
  assert.match(dryText, /dry run/);
  assert.match(dryText, /UpdateAnswer \{"WorkloadId":"<WorkloadId from CreateWorkload>","LensAlias":"serverless","QuestionId":"ops_q1","SelectedChoices":\["ops_ops_q1_a1","ops_ops_q1_a3"\]/);

  // The push itself, with a milestone.
  const pushed = JSON.parse((await cli(['aws', 'push', 'Orders', '--create', '--milestone', 'First push', '--format', 'json', ...args])).stdout);
  assert.equal(pushed.created, true);
  assert.equal(pushed.conflicts.length, 0);
  assert.equal(pushed.written, 4);
  const id: string = pushed.awsWorkloadId;
  const ops1 = await answerOf(wa, id, 'ops_q1');
  assert.deepEqual(ops1.SelectedChoices, ['ops_ops_q1_a1', 'ops_ops_q1_a3']);
  assert.match(ops1.Notes ?? '', /^Checked with the team\.\n\n\[slens evidence\] scan of 2026-11-25, \d+ files: /);
  assert.match(ops1.Notes ?? '', /\n- Use distributed tracing[^\n]*: (supported|contradicted|unknown) \(\d+ passed, \d+ failed\)/);
  assert.ok([...(ops1.Notes ?? '')].length <= 2084);
  const ops2 = await answerOf(wa, id, 'ops_q2');
  assert.deepEqual(ops2.SelectedChoices, ['ops_ops_q2_a1', 'ops_ops_q2_a4']);
  const na = ops2.ChoiceAnswers?.find((c) => c.ChoiceId === 'ops_ops_q2_a2');
  assert.equal(na?.Status, 'NOT_APPLICABLE');
  assert.equal(na?.Reason, 'BUSINESS_PRIORITIES');
  const sec1 = await answerOf(wa, id, 'sec_q1');
  assert.equal(sec1.IsApplicable, false);
  assert.equal(sec1.Reason, 'OUT_OF_SCOPE');
  assert.match(sec1.Notes ?? '', /^No public API\./);
  const custom = (await wa.send(new ListLensesCommand({ LensType: 'CUSTOM_SELF' }))).LensSummaries ?? [];
  assert.equal(custom.length, 1);
  const customArn = custom[0]!.LensArn!;
  assert.deepEqual((await answerOf(wa, id, 'APPDESIGN1', customArn)).SelectedChoices, ['APPDESIGN1_1', 'APPDESIGN1_2']);
  assert.deepEqual((await wa.send(new ListMilestonesCommand({ WorkloadId: id }))).MilestoneSummaries?.map((m) => m.MilestoneName), ['First push']);
  // The milestone froze the per-choice states with the answers.
  const frozen = (await wa.send(new GetAnswerCommand({ WorkloadId: id, LensAlias: 'serverless', QuestionId: 'ops_q2', MilestoneNumber: 1 }))).Answer;
  assert.equal(frozen?.ChoiceAnswers?.find((c) => c.ChoiceId === 'ops_ops_q2_a2')?.Status, 'NOT_APPLICABLE');
  // The lens is current: UpgradeLensReview has nothing to do and records no milestone.
  await assert.rejects(wa.send(new UpgradeLensReviewCommand({ WorkloadId: id, LensAlias: 'serverless', MilestoneName: 'before upgrade' })), (e: Error) => e.name === 'ConflictException');
  assert.equal((await wa.send(new ListMilestonesCommand({ WorkloadId: id }))).MilestoneSummaries?.length, 1);
  // A choice update written in slens: --choice-not-applicable needs id=reason.
  const badMark = await cli(['answer', 'Orders', 'OPS1', '--lens', 'serverless', '--choice-not-applicable', 'ops1_tracing'], 2);
  assert.match(badMark.stderr, /<choiceId>=<reason>, e\.g\. ops1_tracing=out-of-scope \(got "ops1_tracing"\)/);

  // Again, without naming the W-A Tool workload: the last one synced; nothing to write, the lens not republished.
  const again = JSON.parse((await cli(['aws', 'push', 'Orders', '--format', 'json', ...args])).stdout);
  assert.equal(again.awsWorkloadId, id);
  assert.equal(again.written, 0);
  assert.deepEqual(again.calls, []);

  // Both sides change OPS1: the push shows both and changes nothing (exit 1) until --force.
  await wa.send(new UpdateAnswerCommand({ WorkloadId: id, LensAlias: 'serverless', QuestionId: 'ops_q1', SelectedChoices: ['ops_ops_q1_a2'] }));
  await cli(['answer', 'Orders', 'OPS1', '--lens', 'serverless', '--choices', 'ops1_managed_metrics,ops1_tracing,ops1_structured_logging']);
  const clash = await cli(['aws', 'push', 'Orders', ...args], 1);
  assert.match(clash.stdout, /conflict serverless ops_q1:\n {2}slens: {7}ops_ops_q1_a1, ops_ops_q1_a3, ops_ops_q1_a4; notes: Checked with the team\.\n {2}W-A Tool: {4}ops_ops_q1_a2; notes: Checked with the team\./);
  assert.match(clash.stdout, /--force/);
  assert.deepEqual((await answerOf(wa, id, 'ops_q1')).SelectedChoices, ['ops_ops_q1_a2']);
  const clashJa = await cli(['aws', 'push', 'Orders', '--lang', 'ja', ...args], 1);
  assert.match(clashJa.stdout, /競合 serverless ops_q1/);
  await cli(['aws', 'push', 'Orders', '--force', ...args]);
  assert.deepEqual((await answerOf(wa, id, 'ops_q1')).SelectedChoices, ['ops_ops_q1_a1', 'ops_ops_q1_a3', 'ops_ops_q1_a4']);

  // Pull: into a new workload of the same name is refused; into another workload every answer arrives.
  const taken = await cli(['aws', 'pull', id, ...args], 2);
  assert.match(taken.stderr, /already has a workload named "Orders".*--into/);
  await cli(['workload', 'create', '--name', 'Orders copy', '--lens', 'serverless']);
  const dryPull = JSON.parse((await cli(['aws', 'pull', id, '--into', 'Orders copy', '--dry-run', '--format', 'json', ...args])).stdout);
  assert.ok(dryPull.changes.some((c: { operation: string }) => c.operation === 'apply lenses'));
  const show = async (q: string, lens = 'serverless') => JSON.parse((await cli(['answer', 'Orders copy', q, '--lens', lens, '--format', 'json'])).stdout);
  assert.deepEqual((await show('OPS1')).selectedChoices, [], 'a dry run changes nothing');
  const pulled = JSON.parse((await cli(['aws', 'pull', id, '--into', 'Orders copy', '--format', 'json', ...args])).stdout);
  assert.equal(pulled.conflicts.length, 0);
  assert.deepEqual(pulled.lenses.map((l: { alias: string }) => l.alias), ['serverless', 'apigw']);
  const copyOps2 = await show('OPS2');
  assert.deepEqual(copyOps2.selectedChoices, ['ops2_iac_stages', 'ops2_cicd']);
  assert.deepEqual(copyOps2.choiceStates, [{ choiceId: 'ops2_temporary_environments', status: 'NOT_APPLICABLE', reason: 'BUSINESS_PRIORITIES', notes: '' }]);
  const copyOps1 = await show('OPS1');
  assert.deepEqual(copyOps1.selectedChoices, ['ops1_managed_metrics', 'ops1_tracing', 'ops1_structured_logging']);
  assert.equal(copyOps1.notes, 'Checked with the team.', 'the evidence block stays on the W-A Tool side');
  const copySec1 = await show('SEC1');
  assert.equal(copySec1.isApplicable, false);
  assert.equal(copySec1.reason, 'OUT_OF_SCOPE');
  assert.deepEqual((await show('APPDESIGN1', 'apigw')).selectedChoices, ['APPDESIGN1_1', 'APPDESIGN1_2']);

  // Pull conflict: slens changed REL1 since the pull, the W-A Tool too.
  await cli(['answer', 'Orders copy', 'REL1', '--lens', 'serverless', '--choices', 'rel1_throttling']);
  await wa.send(new UpdateAnswerCommand({ WorkloadId: id, LensAlias: 'serverless', QuestionId: 'rel_q1', SelectedChoices: ['rel_rel_q1_a2'] }));
  const pullClash = await cli(['aws', 'pull', id, '--into', 'Orders copy', ...args], 1);
  assert.match(pullClash.stdout, /conflict serverless rel_q1:\n {2}slens: {7}rel_rel_q1_a1\n {2}W-A Tool: {4}rel_rel_q1_a2/);
  assert.deepEqual((await show('REL1')).selectedChoices, ['rel1_throttling']);
  await cli(['aws', 'pull', id, '--into', 'Orders copy', '--force', ...args]);
  assert.deepEqual((await show('REL1')).selectedChoices, ['rel1_quotas']);

  // AWS errors are one line each.
  const missing = await cli(['aws', 'push', 'Orders', '--aws-workload-id', 'wl-nope', ...args], 2);
  assert.match(missing.stderr, /the W-A Tool has no such resource for GetWorkload/);
  assert.equal(missing.stderr.trim().split('\n').length, 1, missing.stderr);
  const noRegion = await cli(['aws', 'push', 'Orders', '--endpoint-url', tool.recorder.endpoint], 2);
  assert.match(noRegion.stderr, /no AWS Region/);
  const both = await cli(['aws', 'push', 'Orders', '--create', '--aws-workload-id', id, ...args], 2);
  assert.match(both.stderr, /either --aws-workload-id or --create/);

  assert.deepEqual(tool.recorder.problems, []);
}, { timeout: 240_000 });

/** The W-A Tool's ids of the 38 best practices per question (shared/reference/wa-tool-official-serverless-ids.md). */
const OFFICIAL: Record<string, string[]> = {
  ops_q1: ['ops_ops_q1_a1', 'ops_ops_q1_a2', 'ops_ops_q1_a3', 'ops_ops_q1_a4'],
  ops_q2: ['ops_ops_q2_a1', 'ops_ops_q2_a2', 'ops_ops_q2_a3', 'ops_ops_q2_a4', 'ops_ops_q2_a5', 'ops_ops_q2_a6'],
  sec_q1: ['sec_sec_q1_a1', 'sec_sec_q1_a2', 'sec_sec_q1_a3'],
  sec_q2: ['sec_sec_q2_a1', 'sec_sec_q2_a2', 'sec_sec_q2_a3', 'sec_sec_q2_a4'],
  sec_q3: ['sec_sec_q3_a1', 'sec_sec_q3_a2', 'sec_sec_q3_a3', 'sec_sec_q3_a4', 'sec_sec_q3_a5'],
  rel_q1: ['rel_rel_q1_a1', 'rel_rel_q1_a2', 'rel_rel_q1_a3'],
  rel_q2: ['rel_rel_q2_a1', 'rel_rel_q2_a2', 'rel_rel_q2_a3', 'rel_rel_q2_a4'],
  perf_q1: ['perf_perf_q1_a1', 'perf_perf_q1_a2', 'perf_perf_q1_a3', 'perf_perf_q1_a4', 'perf_perf_q1_a5'],
  cost_q1: ['cost_cost_q1_a1', 'cost_cost_q1_a2', 'cost_cost_q1_a3', 'cost_cost_q1_a4'],
};

dbTest('every best practice lands on its official id', async (db, t) => {
  useEnv(t, { DATABASE_URL: db.url, ...ENV });
  const tool = await startWaTool(db, 'official-ids');
  await cli(['workload', 'create', '--name', 'Everything', '--lens', 'serverless']);
  for (const q of loadBuiltinLens('en').pillars.flatMap((p) => p.questions)) {
    const all = q.choices.map((c) => c.id).filter((c) => !c.endsWith('_no'));
    await cli(['answer', 'Everything', q.id, '--choices', all.join(',')]);
  }
  const pushed = JSON.parse((await cli(['aws', 'push', 'Everything', '--create', '--format', 'json', ...tool.args])).stdout);
  assert.equal(pushed.written, 9);
  const sdk = new WellArchitectedClient({ endpoint: tool.recorder.endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'AKIDANYTHING', secretAccessKey: 'anything' }, maxAttempts: 5 });
  let total = 0;
  for (const [question, choices] of Object.entries(OFFICIAL)) {
    const got = await answerOf(sdk, pushed.awsWorkloadId, question);
    assert.deepEqual([...(got.SelectedChoices ?? [])].sort(), choices, question);
    total += got.SelectedChoices?.length ?? 0;
  }
  assert.equal(total, 38);
  assert.deepEqual(tool.recorder.problems, []);
}, { timeout: 240_000 });

// Kept to one question: the SDK's backoff after a throttle is real time (up to seconds a call).
dbTest('a throttling W-A Tool is retried with backoff until the push lands', async (db, t) => {
  useEnv(t, { DATABASE_URL: db.url, ...ENV });
  const tool = await startWaTool(db, 'throttled', ['--aws-throttle', '2']);
  await cli(['workload', 'create', '--name', 'Throttled', '--lens', 'serverless']);
  const question = loadBuiltinLens('en').pillars[0]!.questions[0]!;
  const chosen = question.choices.map((c) => c.id).filter((c) => !c.endsWith('_no'));
  await cli(['answer', 'Throttled', question.id, '--choices', chosen.join(',')]);
  const pushed = JSON.parse((await cli(['aws', 'push', 'Throttled', '--create', '--format', 'json', ...tool.args])).stdout);
  assert.ok(pushed.written >= 1, `written ${pushed.written}`);
  const officialQuestion = Object.keys(OFFICIAL)[0]!;
  const sdk = new WellArchitectedClient({ endpoint: tool.recorder.endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'AKIDANYTHING', secretAccessKey: 'anything' }, maxAttempts: 5 });
  const got = await answerOf(sdk, pushed.awsWorkloadId, officialQuestion);
  assert.deepEqual([...(got.SelectedChoices ?? [])].sort(), OFFICIAL[officialQuestion], officialQuestion);
  const throttled = tool.recorder.calls.filter((c) => c.status === 429).length;
  const passed = tool.recorder.calls.filter((c) => c.status === 200).length;
  assert.ok(passed >= 3 && throttled >= 2 * passed - 2, `${throttled} throttled, ${passed} passed`);
  assert.deepEqual(tool.recorder.problems, []);
}, { timeout: 120_000 });

dbTest('a repeated create with the same ClientRequestToken returns the first response; another request with it is a conflict', async (db, t) => {
  useEnv(t, { DATABASE_URL: db.url, ...ENV });
  const tool = await startWaTool(db, 'idempotent');
  const input = { WorkloadName: 'Twice', Description: 'Created twice', Environment: 'PRODUCTION' as const, AwsRegions: ['eu-west-1'], Lenses: ['serverless'], ClientRequestToken: 'token-1' };
  const first = await tool.wa.send(new CreateWorkloadCommand(input));
  const second = await tool.wa.send(new CreateWorkloadCommand(input));
  assert.equal(second.WorkloadId, first.WorkloadId);
  assert.equal((await tool.wa.send(new ListWorkloadsCommand({}))).WorkloadSummaries?.length, 1);
  await assert.rejects(tool.wa.send(new CreateWorkloadCommand({ ...input, WorkloadName: 'Other' })), (e: Error) => e.name === 'ConflictException' && /token-1/.test(e.message));
  const third = await tool.wa.send(new CreateWorkloadCommand({ ...input, WorkloadName: 'Other', ClientRequestToken: 'token-2' }));
  assert.notEqual(third.WorkloadId, first.WorkloadId);
  assert.deepEqual(tool.recorder.problems, []);
});
