// Upload jobs as database rows, on SQLite and PostgreSQL: a job runs to done (or failed, with the refusal) and any
// reader sees it; a running job whose heartbeat stopped is marked failed by the next read — once, in English and
// Japanese — while a live one is not; the worker's own outcome still stands if it finishes after all; another
// workload's or an expired job is unknown.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { getUploadJob, LOST_CODE, startUploadJob, uploadJobView, uploadTimeoutMs, type UploadJob } from '../../src/server/upload/jobs.js';
import { finishUploadJob, getUploadJobRow, insertUploadJob, type UploadJobRow } from '../../src/store/upload-jobs.js';
import type { ReviewService } from '../../src/review/service.js';
import { dbTest, openService } from '../helpers/db.js';
import { fixture } from '../helpers/repo.js';
import { startTestServer } from '../helpers/server.js';

const TEMPLATE = readFileSync(fixture('scan', 'findings', 'template.yaml'));
const OWNER = { subject: 'token:t1', name: 'ci' };

async function settled(service: ReviewService, id: string, workloadId: string): Promise<UploadJob> {
  for (let i = 0; i < 400; i++) {
    const job = await getUploadJob(service, id, workloadId);
    assert.ok(job, 'the job is known while it runs');
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the upload job did not finish');
}

function row(workloadId: string, over: Partial<UploadJobRow>): UploadJobRow {
  const at = '2026-12-01T10:00:00.000Z';
  return {
    id: 'a'.repeat(24), workload_id: workloadId, owner_subject: 'user:u1', owner_name: 'Aiko', worker: 'host-a:4242', state: 'running', phase: 'scanning', files: 3,
    result: null, error_code: null, error: null, started_at: at, heartbeat_at: at, finished_at: null, expires_at: '2026-12-01T10:30:00.000Z', ...over,
  };
}

dbTest('an upload job runs to done or failed, stored where every process reads it', async (db, t) => {
  const service = await openService(db, t);
  const { workloadId } = await service.createWorkload({ workloadName: 'Jobs', lenses: ['serverless'] });
  const other = (await service.createWorkload({ workloadName: 'Other', lenses: ['serverless'] })).workloadId;

  const started = await startUploadJob(service, workloadId, [{ name: 'infra/template.yaml', bytes: TEMPLATE }], 'en', OWNER);
  assert.equal(started.state, 'running');
  assert.equal(started.phase, 'queued');
  const stored = await getUploadJobRow(service.store.db, started.id);
  assert.equal(stored?.owner_name, 'ci', 'the row exists before the work starts');
  const done = await settled(service, started.id, workloadId);
  assert.equal(done.state, 'done');
  assert.deepEqual(done.result?.files, ['infra/template.yaml']);
  assert.equal(done.owner.name, 'ci');
  assert.ok(done.finishedAt && done.finishedAt >= done.startedAt);
  assert.equal(await getUploadJob(service, started.id, other), undefined, 'another workload does not have it');
  const view = uploadJobView(done, 'ja');
  assert.deepEqual([view.state, view.startedBy, view.result?.kind, view.error], ['done', 'ci', 'templates', null]);

  const refused = await startUploadJob(service, workloadId, [{ name: 'notes.txt', bytes: Buffer.from('hello') }], 'ja', OWNER);
  const failed = await settled(service, refused.id, workloadId);
  assert.equal(failed.state, 'failed');
  assert.equal(failed.errorCode, 'upload-no-template');
  assert.match(failed.error?.ja ?? '', /テンプレートがありません/);
  assert.match(failed.error?.en ?? '', /no readable template/);
});

dbTest('a running job whose process stopped is marked failed by the next read, once; a live one is not', async (db, t) => {
  const service = await openService(db, t);
  const { workloadId } = await service.createWorkload({ workloadName: 'Lost jobs', lenses: ['serverless'] });
  const at = (iso: string) => () => Date.parse(iso);
  await insertUploadJob(service.store.db, row(workloadId, {}));

  // 50 s after the last heartbeat, with a 60 s timeout: still running.
  const live = await getUploadJob(service, 'a'.repeat(24), workloadId, { now: at('2026-12-01T10:00:50.000Z'), timeoutMs: 60_000 });
  assert.equal(live?.state, 'running');
  // 61 s: its process is taken for gone.
  const lost = await getUploadJob(service, 'a'.repeat(24), workloadId, { now: at('2026-12-01T10:01:01.000Z'), timeoutMs: 60_000 });
  assert.equal(lost?.state, 'failed');
  assert.equal(lost?.errorCode, LOST_CODE);
  assert.equal(lost?.finishedAt, '2026-12-01T10:01:01.000Z');
  assert.match(lost?.error?.en ?? '', /server process scanning this upload \(host-a:4242\) stopped before it finished: nothing was heard from it for 60 s/);
  assert.match(lost?.error?.ja ?? '', /サーバープロセス（host-a:4242）が完了前に停止しました（60 秒間応答がありません）/);
  // A later read (any process) sees the same failure; it is not written again.
  const again = await getUploadJob(service, 'a'.repeat(24), workloadId, { now: at('2026-12-01T10:05:00.000Z'), timeoutMs: 1_000 });
  assert.equal(again?.finishedAt, '2026-12-01T10:01:01.000Z');
  assert.equal(uploadJobView(again!, 'en').error?.code, LOST_CODE);

  // A process that was only slow and finishes after all: its outcome stands.
  await finishUploadJob(service.store.db, 'a'.repeat(24), { state: 'done', result: JSON.stringify({ kind: 'report', unpacked: 0, files: ['t.yaml'], errors: [] }), errorCode: null, error: null, finishedAt: '2026-12-01T10:06:00.000Z', expiresAt: '2026-12-01T10:36:00.000Z' });
  const finished = await getUploadJob(service, 'a'.repeat(24), workloadId, { now: at('2026-12-01T10:07:00.000Z') });
  assert.deepEqual([finished?.state, finished?.errorCode, finished?.result?.files], ['done', undefined, ['t.yaml']]);

  // Past its expiry a job is unknown.
  assert.equal(await getUploadJob(service, 'a'.repeat(24), workloadId, { now: at('2026-12-01T10:36:01.000Z') }), undefined);
});

test('the heartbeat timeout comes from SLENS_UPLOAD_TIMEOUT (seconds), else 120 s', () => {
  assert.equal(uploadTimeoutMs({}), 120_000);
  assert.equal(uploadTimeoutMs({ SLENS_UPLOAD_TIMEOUT: '5' }), 5_000);
  assert.equal(uploadTimeoutMs({ SLENS_UPLOAD_TIMEOUT: '0' }), 120_000);
  assert.equal(uploadTimeoutMs({ SLENS_UPLOAD_TIMEOUT: 'soon' }), 120_000);
});

dbTest('the upload job API: started with 201, read back; an unknown job is 404, a malformed id or another lens 400 (EN/JA)', async (db, t) => {
  const api = await startTestServer(db, t);
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: 'Job API', lenses: ['serverless'] } });
  const id = created.body.workloadId as string;
  const base = `/api/workloads/${id}/lensReviews/serverless/evidence/uploads`;
  const started = await api.call('POST', base, { body: { archive: { name: 'repo.zip', data: Buffer.from('not a zip').toString('base64') } } });
  assert.equal(started.status, 201, JSON.stringify(started.body));
  assert.match(started.body.jobId, /^[0-9a-f]{24}$/);
  assert.equal(started.body.startedBy, 'local');
  let read = await api.call('GET', `${base}/${started.body.jobId}?lang=ja`);
  for (let i = 0; i < 200 && read.body.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 50));
    read = await api.call('GET', `${base}/${started.body.jobId}?lang=ja`);
  }
  assert.equal(read.status, 200);
  assert.equal(read.body.state, 'failed');
  assert.match(read.body.error.message, /テンプレート/);
  const unknown = await api.call('GET', `${base}/${'0'.repeat(24)}`);
  assert.equal(unknown.status, 404);
  assert.match(unknown.body.message, /no upload job "0{24}" for this workload/);
  assert.match((await api.call('GET', `${base}/${'0'.repeat(24)}?lang=ja`)).body.message, /アップロードジョブ「0{24}」はありません/);
  assert.equal((await api.call('GET', `${base}/not-a-job`)).status, 400);
  assert.equal((await api.call('GET', `/api/workloads/${id}/lensReviews/other/evidence/uploads/${started.body.jobId}`)).status, 400);
});

dbTest('stopping a server lets the uploads it is scanning finish and store their outcome first', async (db, t) => {
  const api = await startTestServer(db, t);
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: 'Drained', lenses: ['serverless'] } });
  const id = created.body.workloadId as string;
  const template = TEMPLATE.toString('utf8');
  const many = Array.from({ length: 300 }, (_, i) => ({ path: `svc${i}/template.yaml`, content: template }));
  const started = await api.call('POST', `/api/workloads/${id}/lensReviews/serverless/evidence/uploads`, { body: { templates: many } });
  assert.equal(started.status, 201);
  await api.server.close();
  const service = await openService(db, t);
  const row = await getUploadJobRow(service.store.db, started.body.jobId as string);
  assert.equal(row?.state, 'done', 'finished before the database closed');
  assert.equal((JSON.parse(row?.result ?? '{}') as { files: string[] }).files.length, 300);
});
