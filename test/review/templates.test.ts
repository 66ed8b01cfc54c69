// Review templates in the domain: answers applied with their provenance, following the template until a person
// overrides them, reset to the template, history naming the template's editor; SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { actingAs, listHistory } from '../../src/review/history.js';
import { markChoices } from '../../src/review/choice-states.js';
import { answersOfWorkload, applyTemplate, createTemplate, deleteTemplate, getTemplate, resetToTemplate, updateTemplate, updateTemplateAnswer } from '../../src/review/templates.js';
import { dbTest, openService } from '../helpers/db.js';

const ALICE = { id: 'u-alice', name: 'Alice Platform', userId: null };
const BOB = { id: 'u-bob', name: 'Bob Platform', userId: null };

const CICD = {
  lensAlias: 'serverless',
  questionId: 'OPS1',
  selectedChoices: ['ops1_managed_metrics'],
  notes: 'Platform CI/CD publishes metrics',
  notApplicableChoices: [{ choiceId: 'ops1_tracing', reason: 'OUT_OF_SCOPE' }],
};

dbTest('a template fills a new workload, follows its updates until overridden, and resets', async (db, t) => {
  const service = await openService(db, t);
  const template = await createTemplate(service, { templateName: 'Platform baseline', description: 'CI/CD and runtime', lensAliases: ['serverless'], answers: [CICD, { lensAlias: 'serverless', questionId: 'SEC1', isApplicable: false, reason: 'OUT_OF_SCOPE', notes: 'no users' }] }, ALICE);
  assert.equal(template.version, 1);
  assert.deepEqual(template.answers.map((a) => a.questionId), ['OPS1', 'SEC1']);

  const w = await actingAs(ALICE, () => service.createWorkload({ workloadName: 'Orders', reviewTemplates: ['platform baseline'] }));
  assert.deepEqual(w.lenses, ['serverless'], 'the template brings its lens');
  const other = await actingAs(ALICE, () => service.createWorkload({ workloadName: 'Billing', lenses: ['serverless'], reviewTemplates: [template.templateId] }));
  let ops1 = await service.getAnswer(w.workloadId, 'serverless', 'OPS1', 'en');
  assert.deepEqual([ops1.selectedChoices, ops1.notes, ops1.fromTemplate], [['ops1_managed_metrics'], 'Platform CI/CD publishes metrics', { id: template.templateId, name: 'Platform baseline', overridden: false }]);
  const sec1 = await service.getAnswer(w.workloadId, 'serverless', 'SEC1', 'en');
  assert.deepEqual([sec1.isApplicable, sec1.reason], [false, 'OUT_OF_SCOPE']);
  assert.equal((await service.getAnswer(w.workloadId, 'serverless', 'OPS2', 'en')).fromTemplate, null);
  assert.equal((await getTemplate(service, template.templateId)).linkedWorkloads, 2);

  // Billing overrides OPS1; the template then changes: Orders follows, Billing keeps its own answer.
  await service.updateAnswer(other.workloadId, 'serverless', 'OPS1', { notes: 'our own pipeline' });
  assert.equal((await service.getAnswer(other.workloadId, 'serverless', 'OPS1', 'en')).fromTemplate?.overridden, true);
  const updated = await updateTemplateAnswer(service, template.templateId, { ...CICD, selectedChoices: ['ops1_managed_metrics', 'ops1_application_metrics'], notes: 'v2' }, 1, BOB);
  assert.equal(updated.version, 2);
  assert.equal(updated.updatedBy, 'Bob Platform');
  ops1 = await service.getAnswer(w.workloadId, 'serverless', 'OPS1', 'en');
  assert.deepEqual([ops1.selectedChoices, ops1.notes], [['ops1_managed_metrics', 'ops1_application_metrics'], 'v2']);
  assert.equal((await service.getAnswer(other.workloadId, 'serverless', 'OPS1', 'en')).notes, 'our own pipeline');

  // A stale template version is refused and changes nothing.
  await assert.rejects(updateTemplate(service, template.templateId, { notes: 'stale', version: 1 }, BOB), (e: Error & { status?: number; details?: { currentVersion?: number } }) => e.status === 409 && e.details?.currentVersion === 2);
  assert.equal((await getTemplate(service, template.templateId)).notes, '');

  // History: the propagated change is Bob's and names the template.
  const history = await listHistory(service.store, w.workloadId, { subject: 'OPS1' });
  const last = history.at(-1)!;
  assert.equal(last.who, 'Bob Platform');
  assert.deepEqual(last.fromTemplate, { id: template.templateId, name: 'Platform baseline' });
  assert.deepEqual(last.changes.notes, ['Platform CI/CD publishes metrics', 'v2']);

  // Reset undoes Billing's override; marking a choice is an override too.
  const reset = await resetToTemplate(service, other.workloadId, 'serverless', 'OPS1', ALICE);
  assert.deepEqual([reset.notes, reset.fromTemplate?.overridden], ['v2', false]);
  await markChoices(service, other.workloadId, 'serverless', 'OPS1', [{ choiceId: 'ops1_application_metrics', reason: 'BUSINESS_PRIORITIES' }]);
  assert.equal((await service.getAnswer(other.workloadId, 'serverless', 'OPS1', 'en')).fromTemplate?.overridden, true);
  await assert.rejects(resetToTemplate(service, other.workloadId, 'serverless', 'OPS2', ALICE), (e: Error & { status?: number }) => e.status === 409);

  // Deleting the template keeps the answers, as plain answers.
  await deleteTemplate(service, template.templateId);
  ops1 = await service.getAnswer(w.workloadId, 'serverless', 'OPS1', 'en');
  assert.deepEqual([ops1.notes, ops1.fromTemplate], ['v2', null]);
});

dbTest('a template from a workload\'s answers, applied to an existing workload; bad answers are named per field', async (db, t) => {
  const service = await openService(db, t);
  const source = await service.createWorkload({ workloadName: 'Reference app', lenses: ['serverless'] });
  await service.updateAnswer(source.workloadId, 'serverless', 'REL1', { selectedChoices: ['rel1_throttling'], notes: 'throttled' });
  const answers = await answersOfWorkload(service, source.workloadId, ['serverless']);
  assert.deepEqual(answers.map((a) => [a.questionId, a.notes]), [['REL1', 'throttled']]);
  await createTemplate(service, { templateName: 'From reference', lensAliases: ['serverless'], answers }, ALICE);

  const target = await service.createWorkload({ workloadName: 'New app', lenses: ['serverless'] });
  await service.updateAnswer(target.workloadId, 'serverless', 'REL1', { notes: 'mine' });
  const applied = await applyTemplate(service, 'New app', 'From reference', BOB);
  assert.deepEqual(applied.applied, [{ lensAlias: 'serverless', questionId: 'REL1' }]);
  const rel1 = await service.getAnswer(target.workloadId, 'serverless', 'REL1', 'en');
  assert.deepEqual([rel1.selectedChoices, rel1.notes, rel1.fromTemplate?.name], [['rel1_throttling'], 'throttled', 'From reference']);
  const history = await listHistory(service.store, target.workloadId, { subject: 'REL1' });
  assert.equal(history.at(-1)?.who, 'Bob Platform');

  for (const lang of ['en', 'ja'] as const) {
    await assert.rejects(
      createTemplate(service, { templateName: 'Bad', lensAliases: ['serverless', 'nope'], answers: [] }, ALICE),
      (e: Error & { messageIn?: (l: string) => string }) => /lensAliases\.1/.test(e.messageIn!(lang)) && (lang === 'en' ? /no lens "nope"/ : /レンズ「nope」はありません/).test(e.messageIn!(lang)),
    );
    await assert.rejects(
      createTemplate(service, { templateName: 'Bad choices', lensAliases: ['serverless'], answers: [{ lensAlias: 'serverless', questionId: 'OPS1', selectedChoices: ['ops1_managed_metrics'], notApplicableChoices: [{ choiceId: 'ops1_managed_metrics', reason: 'OTHER' }] }] }, ALICE),
      (e: Error & { messageIn?: (l: string) => string }) => /answers\.0\.notApplicableChoices\.0/.test(e.messageIn!(lang)) && (lang === 'en' ? /it is selected/ : /選択されています/).test(e.messageIn!(lang)),
    );
  }
  await assert.rejects(createTemplate(service, { templateName: 'from reference', lensAliases: ['serverless'] }, ALICE), (e: Error & { status?: number; code?: string }) => e.status === 409 && e.code === 'name-taken');
});

dbTest('export and import keep where answers came from; a template the server lacks leaves plain answers, and says so', async (db, t) => {
  const service = await openService(db, t);
  const { exportWorkload, importWorkload } = await import('../../src/review/transfer.js');
  const template = await createTemplate(service, { templateName: 'Shared runtime', lensAliases: ['serverless'], answers: [CICD, { lensAlias: 'serverless', questionId: 'PERF1', selectedChoices: ['perf1_capacity'] }] }, ALICE);
  const w = await service.createWorkload({ workloadName: 'Exported', reviewTemplates: [template.templateId] });
  await service.updateAnswer(w.workloadId, 'serverless', 'PERF1', { notes: 'tuned here' });
  const doc = await exportWorkload(service, w.workloadId);
  assert.deepEqual(doc.lensReviews[0]!.fromTemplates, {
    OPS1: { templateId: template.templateId, templateName: 'Shared runtime', overridden: false },
    PERF1: { templateId: template.templateId, templateName: 'Shared runtime', overridden: true },
  });

  const copy = await importWorkload(service, doc, { name: 'Imported copy' });
  assert.equal(copy.missingTemplates, undefined);
  const copiedHistory = await listHistory(service.store, copy.workloadId, { subject: 'OPS1' });
  assert.deepEqual(copiedHistory.at(-1)?.fromTemplate, { id: template.templateId, name: 'Shared runtime' }, 'the history keeps which template a change came from');
  assert.deepEqual((await service.getAnswer(copy.workloadId, 'serverless', 'PERF1', 'en')).fromTemplate, { id: template.templateId, name: 'Shared runtime', overridden: true });
  // The copy follows the template like the original.
  await updateTemplateAnswer(service, template.templateId, { ...CICD, notes: 'v3' }, undefined, BOB);
  assert.equal((await service.getAnswer(copy.workloadId, 'serverless', 'OPS1', 'en')).notes, 'v3');

  await deleteTemplate(service, template.templateId);
  const orphan = await importWorkload(service, doc, { name: 'Imported elsewhere' });
  assert.deepEqual(orphan.missingTemplates, [{ templateId: template.templateId, templateName: 'Shared runtime' }]);
  const ops1 = await service.getAnswer(orphan.workloadId, 'serverless', 'OPS1', 'en');
  assert.deepEqual([ops1.notes, ops1.fromTemplate], ['Platform CI/CD publishes metrics', null]);
});
