// Profiles on both databases: the template maps onto the built-in lens, answers are checked, saves are
// versioned, an attached profile marks questions prioritized (counted apart, first in the plan), and an
// export carries the profile to another server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadBuiltinLens } from '../../src/lens/builtin.js';
import { attachProfile, detachProfile } from '../../src/review/profile-link.js';
import { PROFILE_TEMPLATE, prioritizedQuestionIds } from '../../src/review/profile-template.js';
import { createProfile, deleteProfile, getProfile, listProfiles, LOCAL_CALLER, updateProfile, type ProfileCaller } from '../../src/review/profiles.js';
import { summarizeReview, type AnswerState } from '../../src/review/summary.js';
import { createMilestone, getMilestone } from '../../src/review/milestones.js';
import { exportWorkload, importWorkload } from '../../src/review/transfer.js';
import { dbTest, openService } from '../helpers/db.js';
import { repoRoot } from '../helpers/repo.js';

const REGULATED = [
  { questionId: 'focus', selectedChoiceIds: ['focus_security'] },
  { questionId: 'data', selectedChoiceIds: ['data_regulated'] },
];

test('every template choice prioritizes questions the built-in lens has, in both languages', () => {
  for (const lang of ['en', 'ja'] as const) {
    const ids = new Set(loadBuiltinLens(lang).pillars.flatMap((p) => p.questions.map((q) => q.id)));
    for (const q of PROFILE_TEMPLATE) for (const c of q.choices) for (const id of c.prioritizes) assert.ok(ids.has(id), `${c.id} → ${id}`);
  }
  const choiceIds = PROFILE_TEMPLATE.flatMap((q) => q.choices.map((c) => c.id));
  assert.equal(new Set(choiceIds).size, choiceIds.length, 'choice ids are unique');
  for (const q of PROFILE_TEMPLATE) {
    assert.ok(q.max >= 1 && q.max <= q.choices.length && q.min <= q.max, q.id);
    for (const text of [q.title, q.description, ...q.choices.flatMap((c) => [c.title, c.description])]) {
      assert.ok(text.en.length > 0 && text.ja.length > 0);
      assert.doesNotMatch(text.ja, /[()]/, `Japanese uses full-width brackets: ${text.ja}`);
    }
  }
  assert.deepEqual([...prioritizedQuestionIds(new Map([['focus', ['focus_security']], ['data', ['data_regulated']]]))].sort(), ['OPS1', 'SEC1', 'SEC2', 'SEC3']);
  assert.deepEqual([...prioritizedQuestionIds(new Map([['traffic', ['traffic_unknown']]]))], []);
});

test('docs/teams.md and teams.ja.md carry the mapping table as the template has it', () => {
  for (const [file, lang] of [['teams.md', 'en'], ['teams.ja.md', 'ja']] as const) {
    const text = readFileSync(join(repoRoot, 'docs', file), 'utf8');
    for (const q of PROFILE_TEMPLATE)
      for (const c of q.choices) {
        const row = `| \`${q.id}\` | \`${c.id}\` | ${c.title[lang]} | ${c.prioritizes.join(', ') || '—'} |`;
        assert.ok(text.includes(row), `${file}: ${row}`);
      }
  }
});

test('a summary counts prioritized questions apart and puts them first in the plan', () => {
  const lens = loadBuiltinLens('en');
  const answer = (selectedChoices: string[]): AnswerState => ({ selectedChoices, isApplicable: true, reason: null, notes: '', version: 1 });
  const answers = new Map([
    ['OPS1', answer(['ops1_managed_metrics'])], // MEDIUM, prioritized
    ['REL1', answer(['REL1_no'])], // HIGH, not prioritized
    ['SEC1', answer(['SEC1_no'])], // HIGH, prioritized
  ]);
  const plain = summarizeReview(lens, answers);
  assert.deepEqual(plain.improvementPlan.map((i) => i.questionId), ['SEC1', 'REL1', 'OPS1']);
  assert.deepEqual(plain.prioritizedRiskCounts, { HIGH: 0, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 0 });
  const s = summarizeReview(lens, answers, [], new Set(['OPS1', 'SEC1', 'SEC2']));
  assert.deepEqual(s.improvementPlan.map((i) => [i.questionId, i.prioritized]), [['SEC1', true], ['OPS1', true], ['REL1', false]]);
  assert.deepEqual(s.prioritizedRiskCounts, { HIGH: 1, MEDIUM: 1, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 1 });
  assert.deepEqual(s.riskCounts, plain.riskCounts, 'the overall counts do not change');
  const security = s.pillars.find((p) => p.id === 'security')!;
  assert.deepEqual([security.prioritizedRiskCounts.HIGH, security.prioritizedRiskCounts.UNANSWERED], [1, 1]);
  assert.deepEqual(s.questions.filter((q) => q.prioritized).map((q) => q.id), ['OPS1', 'SEC1', 'SEC2']);
});

dbTest('profiles are created, read, updated with their version, and refused with a message per field', async (db, t) => {
  const service = await openService(db, t);
  const p = await createProfile(service, LOCAL_CALLER, { profileName: '  Payments  ', description: 'card data', answers: REGULATED });
  assert.deepEqual([p.profileName, p.version, p.prioritizedQuestions], ['Payments', 1, ['OPS1', 'SEC1', 'SEC2', 'SEC3']]);
  assert.equal(p.answers.length, PROFILE_TEMPLATE.length, 'every template question is listed, answered or not');
  assert.deepEqual((await getProfile(service, LOCAL_CALLER, 'payments')).profileId, p.profileId, 'found by name regardless of case');

  const updated = await updateProfile(service, LOCAL_CALLER, p.profileId, { answers: [{ questionId: 'traffic', selectedChoiceIds: ['traffic_spiky'] }], version: 1 });
  assert.deepEqual([updated.version, updated.prioritizedQuestions, updated.description], [2, ['PERF1', 'REL1'], 'card data']);
  await assert.rejects(updateProfile(service, LOCAL_CALLER, p.profileId, { description: 'late', version: 1 }), (e: Error & { status?: number; details?: { currentVersion?: number } }) => e.status === 409 && e.details?.currentVersion === 2);

  const refusals: [Parameters<typeof createProfile>[2], RegExp, RegExp][] = [
    [{ profileName: 'ab' }, /profileName: A profile name needs 3 to 100 characters; this one has 2/, /プロファイル名は3〜100文字/],
    [{ profileName: 'Bad question', answers: [{ questionId: 'mood', selectedChoiceIds: [] }] }, /answers\.0\.questionId: the profile template has no question "mood"/, /質問「mood」はありません/],
    [{ profileName: 'Bad choice', answers: [{ questionId: 'traffic', selectedChoiceIds: ['traffic_lunar'] }] }, /question traffic has no choice "traffic_lunar"/, /選択肢「traffic_lunar」はありません/],
    [{ profileName: 'Too many', answers: [{ questionId: 'traffic', selectedChoiceIds: ['traffic_spiky', 'traffic_steady'] }] }, /takes at most 1 choice\(s\); 2 were given/, /選べる選択肢は1個までです/],
    [{ profileName: 'payments' }, /A profile named "payments" already exists/, /プロファイル「payments」は既にあります/],
  ];
  for (const [input, en, ja] of refusals)
    await assert.rejects(createProfile(service, LOCAL_CALLER, input), (e: Error & { messageIn: (l: string) => string }) => en.test(e.messageIn('en')) && ja.test(e.messageIn('ja')), String(input.profileName));
});

dbTest('a profile is seen by its creator and admins only', async (db, t) => {
  const service = await openService(db, t);
  const ann: ProfileCaller = { id: 'u1', userId: 'u1', role: 'editor' };
  const ben: ProfileCaller = { id: 'u2', userId: 'u2', role: 'editor' };
  const ci: ProfileCaller = { id: 'tok', userId: null, role: 'editor' };
  const mine = await createProfile(service, ann, { profileName: "Ann's profile" });
  await createProfile(service, ci, { profileName: 'CI profile' });
  assert.deepEqual((await listProfiles(service, ann)).map((p) => p.profileName), ["Ann's profile"]);
  assert.deepEqual((await listProfiles(service, ci)).map((p) => p.profileName), ['CI profile']);
  assert.deepEqual((await listProfiles(service, LOCAL_CALLER)).map((p) => p.profileName), ["Ann's profile", 'CI profile']);
  await assert.rejects(getProfile(service, ben, mine.profileId), (e: Error & { status?: number }) => e.status === 404);
  await assert.rejects(updateProfile(service, ben, mine.profileId, { description: 'mine now' }), (e: Error & { status?: number }) => e.status === 404);
  const w = await service.createWorkload({ workloadName: 'Shared one', lenses: ['serverless'] });
  await assert.rejects(attachProfile(service, ben, w.workloadId, mine.profileId), (e: Error & { status?: number }) => e.status === 404, 'nobody attaches a profile they cannot see');
});

dbTest('an attached profile marks questions prioritized in the review, the answers and the workload', async (db, t) => {
  const service = await openService(db, t);
  const w = await service.createWorkload({ workloadName: 'Card payments', lenses: ['serverless'] });
  await service.updateAnswer(w.workloadId, 'serverless', 'OPS1', { selectedChoices: ['OPS1_no'] });
  await service.updateAnswer(w.workloadId, 'serverless', 'REL1', { selectedChoices: ['REL1_no'] });
  await service.updateAnswer(w.workloadId, 'serverless', 'SEC2', { selectedChoices: ['sec2_resource_policies', 'sec2_temporary_credentials'] });
  const before = await service.getReview(w.workloadId, 'serverless', 'en');
  assert.deepEqual(before.improvementPlan.map((i) => [i.questionId, i.risk]), [['OPS1', 'HIGH'], ['REL1', 'HIGH'], ['SEC2', 'MEDIUM']]);
  assert.equal(before.questions.some((q) => q.prioritized), false);

  const p = await createProfile(service, LOCAL_CALLER, { profileName: 'Regulated', answers: REGULATED });
  await attachProfile(service, LOCAL_CALLER, 'Card payments', 'Regulated');
  const review = await service.getReview(w.workloadId, 'serverless', 'ja');
  assert.deepEqual(review.questions.filter((q) => q.prioritized).map((q) => q.id), ['OPS1', 'SEC1', 'SEC2', 'SEC3']);
  assert.deepEqual(review.improvementPlan.map((i) => [i.questionId, i.prioritized]), [['OPS1', true], ['SEC2', true], ['REL1', false]]);
  assert.deepEqual(review.prioritizedRiskCounts, { HIGH: 1, MEDIUM: 1, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 2 });
  assert.deepEqual(review.riskCounts, before.riskCounts);
  const view = await service.getWorkload(w.workloadId);
  assert.deepEqual(view.profile, { profileId: p.profileId, profileName: 'Regulated', version: 1 });
  assert.deepEqual(view.prioritizedRiskCounts, review.prioritizedRiskCounts);
  assert.equal((await service.getAnswer(w.workloadId, 'serverless', 'SEC3', 'en')).prioritized, true);
  assert.equal((await service.getAnswer(w.workloadId, 'serverless', 'REL1', 'en')).prioritized, false);
  assert.deepEqual((await service.listAnswers(w.workloadId, 'serverless', 'en')).filter((a) => a.prioritized).map((a) => a.questionId), ['OPS1', 'SEC1', 'SEC2', 'SEC3']);

  // Changing the profile changes what is prioritized at once; a used profile cannot be deleted.
  await updateProfile(service, LOCAL_CALLER, p.profileId, { answers: [{ questionId: 'traffic', selectedChoiceIds: ['traffic_spiky'] }] });
  assert.deepEqual((await service.getReview(w.workloadId, 'serverless', 'en')).questions.filter((q) => q.prioritized).map((q) => q.id), ['REL1', 'PERF1']);
  await assert.rejects(deleteProfile(service, LOCAL_CALLER, p.profileId), (e: Error & { status?: number; message: string }) => e.status === 409 && /Card payments/.test(e.message));
  await detachProfile(service, w.workloadId);
  assert.equal((await service.getWorkload(w.workloadId)).profile, null);
  assert.equal((await detachProfile(service, w.workloadId)).detached, false, 'detaching again changes nothing');
  await deleteProfile(service, LOCAL_CALLER, p.profileId);
  assert.deepEqual(await listProfiles(service, LOCAL_CALLER), []);
});

dbTest('an export carries the profile: a new server creates it, the same server links it', async (db, t) => {
  const service = await openService(db, t);
  const w = await service.createWorkload({ workloadName: 'Exported', lenses: ['serverless'] });
  const p = await createProfile(service, LOCAL_CALLER, { profileName: 'Travels', description: 'with the workload', answers: REGULATED });
  await attachProfile(service, LOCAL_CALLER, w.workloadId, p.profileId);
  await service.updateAnswer(w.workloadId, 'serverless', 'SEC1', { selectedChoices: ['SEC1_no'] });
  await createMilestone(service, w.workloadId, 'With profile');
  const doc = await exportWorkload(service, w.workloadId);
  assert.deepEqual(doc.profile?.profileName, 'Travels');
  assert.deepEqual(doc.milestones[0]?.snapshot.lensReviews[0]?.prioritizedQuestions, ['OPS1', 'SEC1', 'SEC2', 'SEC3']);

  // The same server: the copy links the existing profile.
  const copy = await importWorkload(service, JSON.parse(JSON.stringify(doc)), { name: 'Exported copy' });
  assert.equal(copy.profile?.profileId, p.profileId);
  assert.equal((await listProfiles(service, LOCAL_CALLER)).length, 1);

  // Another importer who cannot see the profile gets their own copy of it, under a free name.
  const other: ProfileCaller = { id: 'u9', userId: 'u9', role: 'editor' };
  const theirs = await importWorkload(service, JSON.parse(JSON.stringify(doc)), { name: 'Exported by another', caller: other });
  assert.notEqual(theirs.profile?.profileId, p.profileId);
  assert.equal(theirs.profile?.profileName, 'Travels (2)');
  assert.deepEqual((await listProfiles(service, other)).map((x) => x.prioritizedQuestions), [['OPS1', 'SEC1', 'SEC2', 'SEC3']]);

  // A fresh database: the profile is created with its id and answers.
  const { sqliteDb } = await import('../helpers/db.js');
  const fresh = sqliteDb();
  t.after(() => fresh.cleanup());
  const elsewhere = await openService(fresh, t);
  const moved = await importWorkload(elsewhere, JSON.parse(JSON.stringify(doc)));
  assert.deepEqual(moved.profile, { profileId: p.profileId, profileName: 'Travels', version: 1 });
  assert.deepEqual([moved.prioritizedRiskCounts.HIGH, moved.prioritizedRiskCounts.UNANSWERED], [1, 3]);
  // The milestone froze what was prioritized then; detaching the profile later does not change it.
  await detachProfile(elsewhere, moved.workloadId);
  const frozen = (await getMilestone(elsewhere, moved.workloadId, '1', 'en')).lensReviews[0]!;
  assert.deepEqual([frozen.prioritizedRiskCounts.HIGH, frozen.questions.filter((q) => q.prioritized).length, frozen.improvementPlan[0]?.prioritized], [1, 4, true]);
  assert.equal((await elsewhere.getWorkload(moved.workloadId)).prioritizedRiskCounts.HIGH, 0);

  // A tampered profile is refused with the field named.
  const bad = JSON.parse(JSON.stringify(doc));
  bad.profile.answers = [{ questionId: 'data', selectedChoiceIds: ['data_secret'] }];
  await assert.rejects(importWorkload(elsewhere, bad, { name: 'Tampered' }), (e: Error) => /profile\.answers\.0\.selectedChoiceIds/.test(e.message));
});
