// Editing and deleting in the review domain, on SQLite and PostgreSQL: an imported lens in use (by a review or
// only by a milestone) cannot be deleted and the refusal names the workloads in both languages; milestones are
// renamed and deleted without renumbering; the workload form's Regions and account ids are checked; and
// hostile or huge values get a sentence, never a stack trace.
import assert from 'node:assert/strict';
import { deleteLens, importLens, lensUsage, listLenses } from '../../src/review/catalog.js';
import { isReviewError, type ReviewError } from '../../src/review/errors.js';
import { createMilestone, deleteMilestone, getMilestone, listMilestones, renameMilestone } from '../../src/review/milestones.js';
import { AWS_REGIONS, isAccountId, isAwsRegion } from '../../src/review/regions.js';
import { validateWorkload } from '../../src/review/validate.js';
import { fixtureLensText } from '../helpers/answers.js';
import { dbTest, openService } from '../helpers/db.js';
import { test } from 'node:test';

const ORR = 'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json';

function refusal(status: number, code: string, check: (e: ReviewError) => void = () => {}) {
  return (e: unknown) => {
    assert.ok(isReviewError(e), String(e));
    assert.equal(e.status, status);
    assert.equal(e.code, code);
    check(e);
    return true;
  };
}

dbTest('an imported lens in use cannot be deleted; the refusal names the workloads; unused, it goes with its versions', async (db, t) => {
  const service = await openService(db, t);
  await importLens(service, fixtureLensText(ORR), { alias: 'orr' });
  const a = await service.createWorkload({ workloadName: 'Alpha shop', lenses: ['serverless', 'orr'] });
  await service.createWorkload({ workloadName: 'Beta shop', lenses: ['orr'] });
  await assert.rejects(
    deleteLens(service, 'orr'),
    refusal(409, 'lens-in-use', (e) => {
      assert.match(e.messageIn('en'), /^Lens "orr" cannot be deleted while these workloads use it in a review or a milestone: "Alpha shop", "Beta shop"\./);
      assert.match(e.messageIn('ja'), /^レンズ「orr」は次のワークロードのレビューまたはマイルストーンで使われているため削除できません: 「Alpha shop」、「Beta shop」。/);
      assert.deepEqual(e.details.workloads, ['Alpha shop', 'Beta shop']);
    }),
  );
  // Removed from both workloads, it is still kept in Alpha's milestone: still refused.
  await createMilestone(service, a.workloadId, 'with orr');
  await service.removeLens(a.workloadId, 'orr');
  await service.removeLens('Beta shop', 'orr');
  assert.deepEqual(await lensUsage(service, 'orr'), { reviews: [], milestones: [{ workloadId: a.workloadId, workloadName: 'Alpha shop', number: 1 }] });
  await assert.rejects(deleteLens(service, 'orr'), refusal(409, 'lens-in-use'));
  // The milestone still opens: its lens version is there.
  assert.equal((await getMilestone(service, a.workloadId, '1', 'en')).lensReviews.length, 2);
  await deleteMilestone(service, a.workloadId, '1');
  assert.deepEqual(await deleteLens(service, 'orr'), { lensAlias: 'orr', deleted: true });
  assert.deepEqual((await listLenses(service)).map((l) => l.lensAlias), ['serverless']);
  // The built-in lens and unknown lenses are refused plainly.
  await assert.rejects(deleteLens(service, 'serverless'), refusal(409, 'lens-builtin'));
  await assert.rejects(deleteLens(service, 'orr'), refusal(404, 'not-found'));
  // A lens whose alias appears inside another's snapshot text ("orr" in "orr-two") is not mistaken for it.
  await importLens(service, fixtureLensText(ORR), { alias: 'orr-two' });
  await service.applyLenses(a.workloadId, ['orr-two']);
  await createMilestone(service, a.workloadId, 'with orr-two');
  await importLens(service, fixtureLensText(ORR), { alias: 'orr' });
  assert.deepEqual(await deleteLens(service, 'orr'), { lensAlias: 'orr', deleted: true });
});

dbTest('milestones are renamed (names stay unique) and deleted; the others keep their numbers', async (db, t) => {
  const service = await openService(db, t);
  const w = await service.createWorkload({ workloadName: 'Milestoned', lenses: ['serverless'] });
  for (const name of ['one', 'two', 'three']) await createMilestone(service, w.workloadId, name);
  assert.deepEqual(await renameMilestone(service, w.workloadId, '2', '  second  '), { milestoneNumber: 2, milestoneName: 'second', recordedAt: (await listMilestones(service, w.workloadId))[1]!.recordedAt });
  await assert.rejects(renameMilestone(service, w.workloadId, '2', 'three'), refusal(409, 'milestone-name-taken'));
  await assert.rejects(renameMilestone(service, w.workloadId, '2', '   '), refusal(400, 'invalid-input', (e) => assert.equal(e.fields[0]?.message.en, 'Enter a name for the milestone.')));
  await assert.rejects(renameMilestone(service, w.workloadId, '2', 'x'.repeat(5000)), refusal(400, 'invalid-input'));
  await assert.rejects(renameMilestone(service, w.workloadId, '9', 'nine'), refusal(404, 'not-found'));
  // Renaming to its own name is fine.
  await renameMilestone(service, w.workloadId, 'second', 'second');
  await deleteMilestone(service, w.workloadId, '2');
  assert.deepEqual((await listMilestones(service, w.workloadId)).map((m) => [m.milestoneNumber, m.milestoneName]), [[1, 'one'], [3, 'three']]);
  // A number is never given again.
  assert.equal((await createMilestone(service, w.workloadId, 'four')).milestoneNumber, 4);
  await assert.rejects(deleteMilestone(service, w.workloadId, '2'), refusal(404, 'not-found'));
});

test('Regions are AWS commercial Region codes; account ids are 12 digits; each problem is a sentence in both languages', () => {
  assert.ok(AWS_REGIONS.length >= 30);
  assert.equal(new Set(AWS_REGIONS.map((r) => r.code)).size, AWS_REGIONS.length, 'no Region twice');
  for (const r of AWS_REGIONS) {
    assert.match(r.code, /^[a-z]{2}-[a-z]+-\d$/);
    assert.match(r.name.ja, /（.+）$/, `${r.code}: Japanese names use full-width brackets`);
  }
  assert.equal(isAwsRegion('ap-northeast-1'), true);
  for (const bad of ['not-a-region', 'AP-NORTHEAST-1', 'us-gov-west-1', 'cn-north-1', '', 'ap-northeast-1 ']) assert.equal(isAwsRegion(bad), false, bad);
  assert.equal(isAccountId('123456789012'), true);
  for (const bad of ['123', 'abc', '1234567890123', '12345678901a', '１２３４５６７８９０１２', '']) assert.equal(isAccountId(bad), false, bad);

  const problems = (input: Parameters<typeof validateWorkload>[0]) => {
    try {
      validateWorkload(input);
    } catch (error) {
      assert.ok(isReviewError(error));
      return error.fields.map((f) => `${f.field}: ${f.message.en} | ${f.message.ja}`);
    }
    return [];
  };
  assert.deepEqual(problems({ workloadName: 'Shop', awsRegions: ['not-a-region', 'ap-northeast-1'], accountIds: ['123', 'abc', '123456789012'] }), [
    'awsRegions: "not-a-region" is not an AWS Region; choose Regions from the list (for example ap-northeast-1). | 「not-a-region」は AWS リージョンではありません。一覧からリージョンを選んでください（例: ap-northeast-1）。',
    'accountIds: "123" is not an AWS account ID: an account ID has exactly 12 digits. | 「123」は AWS アカウント ID ではありません。アカウント ID は12桁の数字です。',
    'accountIds: "abc" is not an AWS account ID: an account ID has exactly 12 digits. | 「abc」は AWS アカウント ID ではありません。アカウント ID は12桁の数字です。',
  ]);
  assert.deepEqual(problems({ workloadName: '', awsRegions: ['us-east-1', 'us-east-1'] }), [
    'workloadName: Enter a name for the workload (3 to 100 characters). | ワークロードの名前を入力してください（3〜100文字）。',
    'awsRegions: "us-east-1" is chosen twice. | 「us-east-1」が2回選ばれています。',
  ]);
  // Hostile and huge lists: one message about the list, no per-entry flood and no stack trace.
  const huge = problems({ workloadName: 'Shop', awsRegions: Array.from({ length: 10_000 }, (_, i) => `r${i}`), accountIds: ['1'.repeat(1_000_000)] });
  assert.deepEqual(huge, [
    'awsRegions: List at most 50 entries, each of at most 100 characters. | 100文字以内の項目を50個まで入力できます。',
    'accountIds: List at most 50 entries, each of at most 100 characters. | 100文字以内の項目を50個まで入力できます。',
  ]);
  assert.match(problems({ workloadName: 'Shop', accountIds: ['1234\u0000'] })[0] ?? '', /^accountIds: must not contain the control character U\+0000/);
});
