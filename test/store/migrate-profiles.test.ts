// A database made by the release before profiles (migrations up to 0012), with a workload, answers, a user and
// a share, opened by this release: nothing is lost, and the new tables take a profile attached to the old workload.
import assert from 'node:assert/strict';
import { attachProfile } from '../../src/review/profile-link.js';
import { createProfile, LOCAL_CALLER } from '../../src/review/profiles.js';
import { ReviewService } from '../../src/review/service.js';
import { createUser } from '../../src/server/users.js';
import { connect } from '../../src/store/connect.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { dbTest } from '../helpers/db.js';
import { seedOldWorkload } from '../helpers/old-release.js';
import { releasedDatabase, tablesOf } from '../helpers/released-db.js';

const BEFORE_PROFILES = Object.keys(MIGRATIONS).filter((name) => name < '0013');

dbTest('a database from before profiles migrates to 0013_profiles without loss', async (db) => {
  assert.ok(BEFORE_PROFILES.includes('0012_evidence_passes') && !BEFORE_PROFILES.includes('0013_profiles'));
  const old = await releasedDatabase(db.url, BEFORE_PROFILES);
  const before = new ReviewService(new Store(old));
  await before.ready();
  const w = await seedOldWorkload(before, 'Older workload', { SEC1: { selectedChoices: ['SEC1_no'], notes: 'kept' } });
  const { user } = await createUser(before.store, 'keeper', undefined, before.now());
  await before.store.putWorkloadShare(w.workloadId, user.id, 'contributor', before.now());
  assert.ok(!(await tablesOf(old, db.url)).includes('profiles'));
  await old.destroy();

  const opened = await connect(db.url);
  db.defer(() => opened.close());
  const after = new ReviewService(new Store(opened.db));
  const read = await after.getAnswer('Older workload', 'serverless', 'SEC1', 'en');
  assert.deepEqual([read.selectedChoices, read.notes, read.risk, read.prioritized], [['SEC1_no'], 'kept', 'HIGH', false]);
  assert.equal(await after.store.workloadAccessOf(w.workloadId, user.id), 'contributor');
  const view = await after.getWorkload(w.workloadId);
  assert.deepEqual([view.profile, view.prioritizedRiskCounts.HIGH, view.riskCounts.HIGH], [null, 0, 1]);

  const p = await createProfile(after, LOCAL_CALLER, { profileName: 'After upgrade', answers: [{ questionId: 'exposure', selectedChoiceIds: ['exposure_internet'] }] });
  await attachProfile(after, LOCAL_CALLER, w.workloadId, p.profileId);
  const review = await after.getReview(w.workloadId, 'serverless', 'en');
  assert.deepEqual([review.prioritizedRiskCounts.HIGH, review.questions.filter((q) => q.prioritized).map((q) => q.id)], [1, ['SEC1', 'REL1']]);
  // Deleting the workload removes its link, and then the profile may go.
  await after.deleteWorkload(w.workloadId);
  assert.equal((await opened.db.selectFrom('workload_profiles').selectAll().execute()).length, 0);
});
