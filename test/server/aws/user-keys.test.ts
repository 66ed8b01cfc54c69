// Users' own SigV4 access keys on the W-A-compatible API (`slens user key create|list|revoke`), driven by the real
// AWS SDK and the real AWS CLI signing with them: a key acts as its user, so shares hold — a readonly member reads
// but cannot UpdateAnswer, a contributor answers, an outsider gets ResourceNotFoundException for a workload they
// cannot see and an empty list — and a revoked key or a disabled user's key is refused. SQLite and PostgreSQL,
// English and Japanese.
import assert from 'node:assert/strict';
import { GetWorkloadCommand, ListWorkloadsCommand, UpdateAnswerCommand } from '@aws-sdk/client-wellarchitected';
import { createUser } from '../../../src/server/users.js';
import { awsCli, awsCliEnv } from '../../helpers/aws-cli.js';
import { runCli } from '../../helpers/cli.js';
import { dbTest, openService } from '../../helpers/db.js';
import { startTestServer } from '../../helpers/server.js';
import { sdkClient, startRecorder } from '../../helpers/wa-recorder.js';

interface Key {
  accessKeyId: string;
  secretAccessKey: string;
  userName: string;
}

const isNotFound = (e: Error & { $metadata?: { httpStatusCode?: number } }) => e.name === 'ResourceNotFoundException' && e.$metadata?.httpStatusCode === 404;
const isDenied = (e: Error) => e.name === 'AccessDeniedException';
const ANSWER = { LensAlias: 'serverless', QuestionId: 'ops_q1', SelectedChoices: ['ops_ops_q1_a1'] };

dbTest(
  'a user\'s access key acts as that user on the W-A API: shares hold for the SDK and the AWS CLI; revoked keys stop',
  async (db, t) => {
    const service = await openService(db, t);
    const now = service.now();
    const users = Object.fromEntries(
      await Promise.all(['owner', 'contributor', 'reader', 'outsider'].map(async (name) => [name, (await createUser(service.store, `${name}-user`, undefined, now)).token] as const)),
    ) as Record<'owner' | 'contributor' | 'reader' | 'outsider', string>;
    const api = await startTestServer(db, t);
    const recorder = await startRecorder(api.server.url);
    db.defer(() => recorder.close());
    process.env.DATABASE_URL = db.url;
    t.after(() => delete process.env.DATABASE_URL);

    // Keys from the CLI, one per user; the secret is printed once, the list never shows it.
    assert.equal((await runCli(['user', 'key', 'list', '--lang', 'ja'])).stdout.trim(), 'ユーザーのアクセスキーはありません。');
    assert.equal((await runCli(['user', 'key', 'list'])).stdout.trim(), 'No user access keys.');
    const keys = {} as Record<keyof typeof users, Key>;
    for (const who of Object.keys(users) as (keyof typeof users)[]) {
      const made = await runCli(['user', 'key', 'create', `${who}-user`, '--format', 'json']);
      assert.equal(made.code, 0, made.stderr);
      keys[who] = JSON.parse(made.stdout) as Key;
      assert.match(keys[who].accessKeyId, /^SLNS[A-Z2-7]{16}$/);
    }
    const text = await runCli(['user', 'key', 'create', 'reader-user']);
    assert.match(text.stdout, /^AWS_ACCESS_KEY_ID=SLNS[A-Z2-7]{16}\nAWS_SECRET_ACCESS_KEY=\S{40}\n?$/);
    assert.match(text.stderr, /act as "reader-user", with their shares/);
    const spare = /AWS_ACCESS_KEY_ID=(\S+)/.exec(text.stdout)?.[1] ?? '';
    const listed = await runCli(['user', 'key', 'list', 'reader-user', '--format', 'json']);
    assert.equal(listed.code, 0, listed.stderr);
    const readerKeys = (JSON.parse(listed.stdout) as { keys: Record<string, unknown>[] }).keys;
    assert.deepEqual(readerKeys.map((k) => k.accessKeyId).sort(), [keys.reader.accessKeyId, spare].sort());
    assert.ok(readerKeys.every((k) => k.userName === 'reader-user' && k.revokedAt === null && !('secretAccessKey' in k) && !('secret' in k)));
    assert.equal(JSON.parse((await runCli(['user', 'key', 'list', '--format', 'json'])).stdout).keys.length, 5);
    const unknown = await runCli(['user', 'key', 'create', 'nobody', '--lang', 'ja']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /有効なユーザー「nobody」はいません/);

    // The owner's key creates a workload (theirs), shared through /api with the contributor and the reader.
    const as = (who: keyof typeof users) => sdkClient(recorder.endpoint, { accessKeyId: keys[who].accessKeyId, secretAccessKey: keys[who].secretAccessKey });
    const created = await api.call('POST', '/api/workloads', { token: users.owner, body: { workloadName: 'Keyed orders', lenses: ['serverless'] } });
    assert.equal(created.status, 201);
    const id = created.body.workloadId as string;
    for (const [user, access] of [['contributor-user', 'contributor'], ['reader-user', 'readonly']])
      assert.equal((await api.call('POST', `/api/workloads/${id}/shares`, { token: users.owner, body: { userName: user, access } })).status, 201);

    // The SDK, signing with each user's key.
    assert.deepEqual((await as('reader').send(new ListWorkloadsCommand({}))).WorkloadSummaries?.map((w) => w.WorkloadId), [id]);
    assert.equal((await as('reader').send(new GetWorkloadCommand({ WorkloadId: id }))).Workload?.WorkloadName, 'Keyed orders');
    await assert.rejects(as('reader').send(new UpdateAnswerCommand({ WorkloadId: id, ...ANSWER })), isDenied);
    assert.deepEqual((await as('contributor').send(new UpdateAnswerCommand({ WorkloadId: id, ...ANSWER }))).Answer?.SelectedChoices, ['ops_ops_q1_a1']);
    assert.deepEqual((await as('outsider').send(new ListWorkloadsCommand({}))).WorkloadSummaries, []);
    await assert.rejects(as('outsider').send(new GetWorkloadCommand({ WorkloadId: id })), isNotFound);
    await assert.rejects(as('outsider').send(new UpdateAnswerCommand({ WorkloadId: id, ...ANSWER })), isNotFound);
    const history = await api.call('GET', `/api/workloads/${id}/history`, { token: users.owner });
    assert.ok(JSON.stringify(history.body).includes('contributor-user'), 'the answer is recorded as the key\'s user\'s');

    // The AWS CLI, signing with the reader's and the outsider's keys.
    const beforeCli = await api.call('GET', `/api/workloads/${id}/lensReviews/serverless/answers/OPS1`, { token: users.owner });
    const cli = (who: keyof typeof users, commands: string[][]) =>
      awsCli(
        commands.map((args) => ['wellarchitected', ...args, '--endpoint-url', recorder.endpoint, '--output', 'json']),
        awsCliEnv(db.dir, keys[who]),
      );
    const update = ['update-answer', '--workload-id', id, '--lens-alias', 'serverless', '--question-id', 'ops_q1', '--selected-choices', 'ops_ops_q1_a2'];
    const [read, refused] = await cli('reader', [['get-workload', '--workload-id', id], update]);
    assert.equal(read?.code, 0, read?.out);
    assert.equal(JSON.parse(read?.out ?? '{}').Workload.WorkloadName, 'Keyed orders');
    assert.notEqual(refused?.code, 0);
    assert.match(refused?.out ?? '', /AccessDeniedException/);
    const [none, hidden] = await cli('outsider', [['list-workloads'], ['get-workload', '--workload-id', id]]);
    assert.deepEqual(JSON.parse(none?.out ?? '{}').WorkloadSummaries, []);
    assert.notEqual(hidden?.code, 0);
    assert.match(hidden?.out ?? '', /ResourceNotFoundException/);
    const after = await api.call('GET', `/api/workloads/${id}/lensReviews/serverless/answers/OPS1`, { token: users.owner });
    assert.deepEqual([after.body.version, after.body.selectedChoices], [beforeCli.body.version, beforeCli.body.selectedChoices], 'the reader\'s refused update changed nothing');

    // Revoked: the key is refused at once (and listed as revoked); a disabled user's keys stop too.
    const revoked = await runCli(['user', 'key', 'revoke', spare, '--lang', 'ja']);
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.match(revoked.stderr, new RegExp(`アクセスキー「${spare}」を失効させました`));
    assert.equal((await runCli(['user', 'key', 'revoke', spare])).code, 2, 'a key is revoked once');
    const reList = await runCli(['user', 'key', 'list', 'reader-user']);
    assert.match(reList.stdout, new RegExp(`${spare}\\treader-user\\t\\S+\\trevoked `));
    const spareSecret = /AWS_SECRET_ACCESS_KEY=(\S+)/.exec(text.stdout)?.[1] ?? '';
    await assert.rejects(sdkClient(recorder.endpoint, { accessKeyId: spare, secretAccessKey: spareSecret }).send(new ListWorkloadsCommand({})), (e: Error) => isDenied(e) && /a user's key: the key is revoked or its user disabled/.test(e.message));
    assert.equal((await runCli(['user', 'disable', 'reader-user'])).code, 0);
    await assert.rejects(as('reader').send(new GetWorkloadCommand({ WorkloadId: id })), isDenied);
    assert.deepEqual(recorder.problems, []);
  },
  { timeout: 180_000 },
);
