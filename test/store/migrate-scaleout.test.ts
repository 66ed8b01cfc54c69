// A database made by the release before upload jobs and users' access keys (every migration before 0015), with a
// workload, an answer, a user with a share, a service access key and a session, opened by this release: all of
// it is still there and works, and the new tables (upload_jobs, user_access_keys) work on the old rows.
import assert from 'node:assert/strict';
import { ReviewService } from '../../src/review/service.js';
import { createAccessKey, createUserAccessKey, userAccessKeys } from '../../src/server/aws/access-keys.js';
import { getUploadJob, startUploadJob } from '../../src/server/upload/jobs.js';
import { createUser } from '../../src/server/users.js';
import { findActiveAccessKey, findActiveUserAccessKey } from '../../src/store/access-keys.js';
import { connect } from '../../src/store/connect.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { dbTest } from '../helpers/db.js';
import { releasedDatabase, tablesOf } from '../helpers/released-db.js';

const BEFORE = Object.keys(MIGRATIONS).filter((name) => name < '0015');

dbTest('a database of the previous release migrates to upload jobs and user access keys without loss', async (db) => {
  const old = await releasedDatabase(db.url, BEFORE);
  const before = new ReviewService(new Store(old));
  await before.ready();
  const w = await before.createWorkload({ workloadName: 'Legacy uploads', lenses: ['serverless'] });
  const answer = await before.updateAnswer(w.workloadId, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics'], notes: 'kept', version: 0 });
  const { user } = await createUser(before.store, 'Aiko', undefined, before.now());
  await before.store.putWorkloadShare(w.workloadId, user.id, 'contributor', before.now());
  const serviceKey = await createAccessKey(before.store, 'ci key', 'editor', before.now());
  await before.store.insertSession({ idHash: 'f'.repeat(64), csrf: 'c'.repeat(32), subject: `user:${user.id}`, createdAt: before.now(), expiresAt: '2999-01-01T00:00:00.000Z' });
  const tables = (k: typeof old) => tablesOf(k, db.url);
  assert.ok(!(await tables(old)).includes('upload_jobs'));
  assert.ok(!(await tables(old)).includes('user_access_keys'));
  await old.destroy();

  const opened = await connect(db.url);
  db.defer(() => opened.close());
  const after = new ReviewService(new Store(opened.db));
  for (const table of ['upload_jobs', 'user_access_keys']) assert.ok((await tables(opened.db)).includes(table), table);
  const read = await after.getAnswer('Legacy uploads', 'serverless', 'OPS1', 'en');
  assert.deepEqual([read.selectedChoices, read.notes, read.version], [['ops1_managed_metrics'], 'kept', answer.version]);
  assert.equal(await after.store.workloadAccessOf(w.workloadId, user.id), 'contributor');
  assert.equal((await after.store.findSession('f'.repeat(64), after.now()))?.subject, `user:${user.id}`);
  assert.equal((await findActiveAccessKey(after.store, serviceKey.accessKeyId))?.secret, serviceKey.secretAccessKey, 'the service key still signs');

  // The new tables on old rows: the old user gets a key, the old workload an upload job.
  const key = await createUserAccessKey(after.store, 'Aiko', after.now());
  assert.equal((await findActiveUserAccessKey(after.store, key.accessKeyId))?.userId, user.id);
  assert.deepEqual((await userAccessKeys(after.store, 'aiko')).map((k) => k.accessKeyId), [key.accessKeyId]);
  const job = await startUploadJob(after, w.workloadId, [{ name: 'report.txt', bytes: Buffer.from('x') }], 'en', { subject: `user:${user.id}`, name: 'Aiko' });
  assert.equal((await getUploadJob(after, job.id, w.workloadId))?.owner.name, 'Aiko');
  for (let i = 0; i < 200 && (await getUploadJob(after, job.id, w.workloadId))?.state === 'running'; i++) await new Promise((r) => setTimeout(r, 25));
  assert.equal((await getUploadJob(after, job.id, w.workloadId))?.state, 'failed', 'a file that is no template is refused');
});
