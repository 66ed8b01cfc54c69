// A database made by the release before sessions and users (migrations up to 0005), filled with a workload,
// answers, a milestone and a token, then opened by this release: everything is still there and the new tables
// (sessions, users, shares) work — with no user, nothing changes for the existing token either.
import assert from 'node:assert/strict';
import { getMilestone } from '../../src/review/milestones.js';
import { ReviewService } from '../../src/review/service.js';
import { authenticate, createToken } from '../../src/server/tokens.js';
import { createUser } from '../../src/server/users.js';
import { connect } from '../../src/store/connect.js';
import { Store } from '../../src/store/store.js';
import { dbTest } from '../helpers/db.js';
import { releasedDatabase, tablesOf } from '../helpers/released-db.js';
import { seedOldWorkload } from '../helpers/old-release.js';

const RELEASED = ['0001_initial', '0002_scan_evidence', '0003_analysis_evidence', '0004_choice_states', '0005_aws_access_keys'];

dbTest('a database of the previous release migrates to sessions, users and shares without loss', async (db) => {
  const old = await releasedDatabase(db.url, RELEASED);
  const before = new ReviewService(new Store(old));
  await before.ready();
  // Written through the store as that release did (today's service also reads tables added since).
  const seeded = await seedOldWorkload(before, 'Legacy orders', { OPS1: { selectedChoices: ['ops1_managed_metrics'], notes: 'kept' } });
  const w = { workloadId: seeded.workloadId };
  const answer = { version: seeded.versions.OPS1 };
  // A milestone as the released code froze it (answers only): today's createMilestone reads tables added since.
  const review = await old.selectFrom('lens_reviews').select('lens_version').where('workload_id', '=', w.workloadId).executeTakeFirstOrThrow();
  const frozen = { pillarPriorities: [], lensReviews: [{ lensAlias: 'serverless', lensVersion: review.lens_version, answers: [{ questionId: 'OPS1', selectedChoices: ['ops1_managed_metrics'], isApplicable: true, reason: null, notes: 'kept' }] }] };
  await old.insertInto('milestones').values({ workload_id: w.workloadId, number: 1, name: 'Before upgrade', snapshot: JSON.stringify(frozen), created_at: before.now() }).execute();
  const { token } = await createToken(before.store, 'ci', 'editor', before.now());
  const tables = async () => (await tablesOf(old, db.url)).filter((n) => !n.startsWith('kysely_'));
  assert.ok(!(await tables()).includes('sessions'));
  await old.destroy();

  const opened = await connect(db.url);
  db.defer(() => opened.close());
  const after = new ReviewService(new Store(opened.db));
  const read = await after.getAnswer('Legacy orders', 'serverless', 'OPS1', 'en');
  assert.deepEqual([read.selectedChoices, read.notes, read.version], [['ops1_managed_metrics'], 'kept', answer.version]);
  assert.equal((await after.store.listMilestones(w.workloadId)).length, 1);
  // The old milestone still opens with today's code (no choice states, no tracked items in it).
  const milestone = await getMilestone(after, w.workloadId, '1', 'en');
  assert.equal(milestone.milestoneName, 'Before upgrade');
  const auth = await authenticate(after.store, `Bearer ${token}`, true);
  assert.ok(auth.ok && auth.principal.userId === null, 'the old token is a service token with its role');
  const names = await tablesOf(opened.db, db.url);
  for (const table of ['sessions', 'server_secrets', 'signin_failures', 'users', 'workload_shares', 'lens_shares']) assert.ok(names.includes(table), table);
  // The new tables work on the migrated data: a user shared into the old workload sees it.
  const { user } = await createUser(after.store, 'newcomer', undefined, after.now());
  await after.store.putWorkloadShare(w.workloadId, user.id, 'readonly', after.now());
  assert.equal(await after.store.workloadAccessOf(w.workloadId, user.id), 'readonly');
});
