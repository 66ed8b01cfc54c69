// Per-choice not applicable as part of slens answers: marked with a reason (and refused with a clear message),
// frozen in milestones, carried by export/import (hostile files refused), and kept when a review moves from the
// built-in lens 1.0.0 to the version that has ops2_cicd (the W-A Tool's ops_ops_q2_a4).
import assert from 'node:assert/strict';
import { serializeLens } from '../../src/lens/parse.js';
import { buildServerlessLens } from '../../src/lens/serverless/build.js';
import type { Lens } from '../../src/lens/types.js';
import { choiceStatesOf, markChoices } from '../../src/review/choice-states.js';
import { lensVersionId } from '../../src/review/lenses.js';
import { createMilestone, getMilestone, milestoneChoiceStates } from '../../src/review/milestones.js';
import { exportWorkload, importWorkload } from '../../src/review/transfer.js';
import { replaceChoiceStates } from '../../src/store/choice-states.js';
import { runCli } from '../helpers/cli.js';
import { dbTest } from '../helpers/db.js';
import { openService } from '../helpers/db.js';

const NA = (choiceId: string, reason: string) => ({ choiceId, status: 'NOT_APPLICABLE', reason, notes: '' });

dbTest('choices marked not applicable: stored with a reason, no longer selected, refused when wrong', async (db) => {
  const service = await openService(db);
  await service.createWorkload({ workloadName: 'Marks', lenses: ['serverless'] });
  await service.updateAnswer('Marks', 'serverless', 'OPS1', { selectedChoices: ['ops1_tracing', 'ops1_managed_metrics'] });
  const states = await markChoices(service, 'Marks', undefined, 'OPS1', [{ choiceId: 'ops1_tracing', reason: 'OUT_OF_SCOPE' }, { choiceId: 'ops1_application_metrics', reason: 'NONE' }]);
  assert.deepEqual(states, [NA('ops1_application_metrics', 'NONE'), NA('ops1_tracing', 'OUT_OF_SCOPE')]);
  assert.deepEqual((await service.getAnswer('Marks', undefined, 'OPS1', 'en')).selectedChoices, ['ops1_managed_metrics']);
  // Applicable again: the state goes, the selection is the person's to make.
  await markChoices(service, 'Marks', undefined, 'OPS1', [{ choiceId: 'ops1_application_metrics', reason: null }]);
  assert.deepEqual((await choiceStatesOf(service, 'Marks', undefined)).get('OPS1'), [NA('ops1_tracing', 'OUT_OF_SCOPE')]);

  await assert.rejects(markChoices(service, 'Marks', undefined, 'OPS1', [{ choiceId: 'ops1_nope', reason: 'OTHER' }]), /question OPS1 has no choice "ops1_nope" \(choices: ops1_managed_metrics/);
  await assert.rejects(markChoices(service, 'Marks', undefined, 'OPS1', [{ choiceId: 'OPS1_no', reason: 'OTHER' }]), /"None of these" and cannot be marked not applicable/);
  await assert.rejects(markChoices(service, 'Marks', undefined, 'OPS1', [{ choiceId: 'ops1_tracing', reason: 'BECAUSE' }]), /"BECAUSE" is not a reason; use one of OUT_OF_SCOPE, BUSINESS_PRIORITIES, ARCHITECTURE_CONSTRAINTS, OTHER, NONE$/);
  await assert.rejects(markChoices(service, 'Marks', undefined, 'OPS9', [{ choiceId: 'x', reason: 'OTHER' }]), /has no question "OPS9"/);
  // A refused request changes nothing.
  assert.deepEqual((await choiceStatesOf(service, 'Marks', undefined)).get('OPS1'), [NA('ops1_tracing', 'OUT_OF_SCOPE')]);
});

dbTest('milestones freeze choice states; export and import carry them; a hostile file is refused', async (db) => {
  const service = await openService(db);
  await service.createWorkload({ workloadName: 'Frozen', lenses: ['serverless'] });
  await markChoices(service, 'Frozen', undefined, 'SEC2', [{ choiceId: 'sec2_network_controls', reason: 'ARCHITECTURE_CONSTRAINTS' }]);
  await createMilestone(service, 'Frozen', 'before');
  await markChoices(service, 'Frozen', undefined, 'SEC2', [{ choiceId: 'sec2_network_controls', reason: null }, { choiceId: 'sec2_resource_policies', reason: 'OTHER' }]);
  assert.deepEqual((await milestoneChoiceStates(service, 'Frozen', 'before', 'serverless')).get('SEC2'), [NA('sec2_network_controls', 'ARCHITECTURE_CONSTRAINTS')]);
  assert.deepEqual((await choiceStatesOf(service, 'Frozen', undefined)).get('SEC2'), [NA('sec2_resource_policies', 'OTHER')]);

  const doc = await exportWorkload(service, 'Frozen');
  assert.deepEqual(doc.lensReviews[0]?.choiceStates, { SEC2: [NA('sec2_resource_policies', 'OTHER')] });
  const copy = await importWorkload(service, JSON.parse(JSON.stringify(doc)), { name: 'Frozen copy' });
  assert.deepEqual((await choiceStatesOf(service, copy.workloadId, undefined)).get('SEC2'), [NA('sec2_resource_policies', 'OTHER')]);
  assert.deepEqual((await milestoneChoiceStates(service, copy.workloadId, '1', 'serverless')).get('SEC2'), [NA('sec2_network_controls', 'ARCHITECTURE_CONSTRAINTS')]);

  const hostile = (states: unknown, where: 'review' | 'milestone' = 'review') => {
    const bad = JSON.parse(JSON.stringify(doc));
    if (where === 'review') bad.lensReviews[0].choiceStates = states;
    else bad.milestones[0].snapshot.lensReviews[0].choiceStates = states;
    return importWorkload(service, bad, { name: 'Hostile' });
  };
  await assert.rejects(hostile({ SEC2: [NA('sec2_nope', 'OTHER')] }), /choice states of SEC2 name choice sec2_nope, which the question does not have/);
  await assert.rejects(hostile({ XYZ9: [NA('a', 'OTHER')] }), /choice states name question XYZ9/);
  await assert.rejects(hostile({ SEC2: [{ ...NA('sec2_resource_policies', 'OTHER'), notes: '😀'.repeat(251) }] }), /longer than 250 characters/);
  await assert.rejects(hostile({ SEC2: [{ choiceId: 'sec2_resource_policies', status: 'UNSELECTED', reason: 'OTHER', notes: '' }] }), /a reason goes with NOT_APPLICABLE/);
  await assert.rejects(hostile({ SEC2: [NA('sec2_resource_policies', 'OTHER'), NA('sec2_resource_policies', 'OTHER')] }), /repeat choice sec2_resource_policies/);
  await assert.rejects(hostile({ SEC2: [NA('sec2_resource_policies', 'MAYBE')] }), /choiceStates/);
  await assert.rejects(hostile({ SEC2: Array.from({ length: 51 }, (_, i) => NA(`c${i}`, 'OTHER')) }), /choiceStates/);
  await assert.rejects(hostile({ SEC2: [NA('sec2_bogus', 'OTHER')] }, 'milestone'), /milestone 1, lens review serverless: choice states of SEC2 name choice sec2_bogus/);
  assert.equal((await service.listWorkloads()).some((w) => w.workloadName === 'Hostile'), false);
});

/** The built-in lens as version 1.0.0 had it: OPS2 without ops2_cicd. */
function lensWithoutCicd(lang: 'en' | 'ja'): Lens {
  const lens = buildServerlessLens(lang);
  for (const p of lens.pillars)
    for (const q of p.questions) {
      q.choices = q.choices.filter((c) => c.id !== 'ops2_cicd');
      q.riskRules = q.riskRules.map((r) => ({ ...r, condition: r.condition.replace(' && ops2_cicd', '') }));
    }
  return lens;
}

dbTest('upgrading a review from 1.0.0 keeps its answers and turns ops_ops_q2_a4 into the ops2_cicd choice', async (db, t) => {
  const service = await openService(db);
  const document = serializeLens(lensWithoutCicd('en'));
  const documentJa = serializeLens(lensWithoutCicd('ja'));
  const old = lensVersionId(document, documentJa);
  const now = new Date().toISOString();
  // The old version goes in before the current one (as it would have been registered by the earlier release).
  await service.store.insertLensVersion({ lensAlias: 'serverless', version: old, label: '1.0.0', document, documentJa, createdAt: now });
  await service.store.db.updateTable('lens_versions').set({ seq: 0 }).where('lens_alias', '=', 'serverless').where('version', '=', old).execute();
  for (const name of ['Selected', 'Not applicable', 'None chosen']) {
    const w = await service.createWorkload({ workloadName: name, lenses: ['serverless'] });
    await service.store.setLensReviewVersion(w.workloadId, 'serverless', old, now);
  }
  await service.updateAnswer('Selected', 'serverless', 'OPS2', { selectedChoices: ['ops2_runtime_deprecation', 'ops2_iac_stages'], notes: 'kept' });
  await service.updateAnswer('Selected', 'serverless', 'OPS1', { selectedChoices: ['ops1_tracing'] });
  const selected = await service.getWorkload('Selected');
  await replaceChoiceStates(service.store, selected.workloadId, 'serverless', 'OPS2', [{ choiceId: 'ops_ops_q2_a4', status: 'SELECTED', reason: null, notes: '' }]);
  const na = await service.getWorkload('Not applicable');
  await service.updateAnswer(na.workloadId, 'serverless', 'OPS2', { selectedChoices: ['ops2_iac_stages'] });
  await replaceChoiceStates(service.store, na.workloadId, 'serverless', 'OPS2', [{ choiceId: 'ops_ops_q2_a4', status: 'NOT_APPLICABLE', reason: 'BUSINESS_PRIORITIES', notes: 'later' }]);
  const none = await service.getWorkload('None chosen');
  await service.updateAnswer(none.workloadId, 'serverless', 'OPS2', { selectedChoices: ['OPS2_no'] });
  await replaceChoiceStates(service.store, none.workloadId, 'serverless', 'OPS2', [{ choiceId: 'ops_ops_q2_a4', status: 'SELECTED', reason: null, notes: '' }]);

  const before = await service.getReview('Selected', 'serverless', 'en');
  assert.equal(before.lens.upgradeAvailable, true);
  const after = await service.upgradeLensReview('Selected', 'serverless');
  assert.equal(after.lens.versionLabel, '1.1.0');
  const ops2 = await service.getAnswer('Selected', 'serverless', 'OPS2', 'en');
  assert.deepEqual(ops2.selectedChoices, ['ops2_iac_stages', 'ops2_runtime_deprecation', 'ops2_cicd']);
  assert.equal(ops2.notes, 'kept');
  assert.deepEqual((await service.getAnswer('Selected', 'serverless', 'OPS1', 'en')).selectedChoices, ['ops1_tracing']);
  assert.equal((await choiceStatesOf(service, 'Selected', undefined)).get('OPS2'), undefined);

  await service.upgradeLensReview(na.workloadId, 'serverless');
  assert.deepEqual((await service.getAnswer(na.workloadId, 'serverless', 'OPS2', 'en')).selectedChoices, ['ops2_iac_stages']);
  assert.deepEqual((await choiceStatesOf(service, na.workloadId, undefined)).get('OPS2'), [{ choiceId: 'ops2_cicd', status: 'NOT_APPLICABLE', reason: 'BUSINESS_PRIORITIES', notes: 'later' }]);

  // "None of these" stands alone: the old extra does not join it. From the CLI, with a milestone of the old state.
  process.env.DATABASE_URL = db.url;
  t.after(() => {
    delete process.env.DATABASE_URL;
  });
  const run = await runCli(['review', 'upgrade', 'None chosen', '--milestone', 'on 1.0.0', '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).lens.versionLabel, '1.1.0');
  assert.deepEqual((await service.getAnswer(none.workloadId, 'serverless', 'OPS2', 'en')).selectedChoices, ['OPS2_no']);
  assert.equal((await getMilestone(service, none.workloadId, 'on 1.0.0', 'en')).lensReviews[0]?.lens.versionLabel, '1.0.0');
  const again = await runCli(['review', 'upgrade', 'None chosen']);
  assert.equal(again.code, 2);
  assert.doesNotMatch(again.stderr, /\n\s+at /);
});
