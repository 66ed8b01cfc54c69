// A database made before review templates (every migration up to 0014), with a workload, answers and history, opened
// by this release: nothing is lost, old history rows name no template, and templates work on the old workload.
import assert from 'node:assert/strict';
import { listHistory } from '../../src/review/history.js';
import { ReviewService } from '../../src/review/service.js';
import { applyTemplate, createTemplate } from '../../src/review/templates.js';
import { connect } from '../../src/store/connect.js';
import { Store } from '../../src/store/store.js';
import { dbTest } from '../helpers/db.js';
import { databaseAt, migrationsBefore, ownTables } from '../helpers/old-database.js';

const WHO = { id: 'u1', name: 'Platform lead', userId: 'u1' };

dbTest('a database from before review templates migrates without loss, and templates apply to its workloads', async (db) => {
  const old = await databaseAt(db.url, migrationsBefore('0014_review_templates'));
  assert.ok(!(await ownTables(old, db.url)).includes('review_templates'));
  // The previous release's data: a workload made by the service (nothing of templates is touched creating one), an
  // answer and a history row written as that release wrote them.
  const before = new ReviewService(new Store(old));
  await before.ready();
  const w = await before.createWorkload({ workloadName: 'Legacy payments', lenses: ['serverless'] });
  await old.updateTable('answers').set({ selected_choices: '["ops2_cicd"]', notes: 'kept', version: 1 }).where('workload_id', '=', w.workloadId).where('question_id', '=', 'OPS2').execute();
  const change = { id: '0000000000000001', workload_id: w.workloadId, kind: 'answer', lens_alias: 'serverless', subject: 'OPS2', who_id: 'u0', who_name: 'Old hand', at: '2026-01-01T00:00:00.000Z', what: '{"notes":["","kept"]}' };
  await old.insertInto('changes').values(change as never).execute();
  await old.destroy();

  const opened = await connect(db.url);
  const service = new ReviewService(new Store(opened.db));
  try {
    const history = await listHistory(service.store, w.workloadId);
    assert.deepEqual(history.map((h) => [h.who, h.subject, h.changes, h.fromTemplate]), [['Old hand', 'OPS2', { notes: ['', 'kept'] }, null]]);
    const template = await createTemplate(service, { templateName: 'Runtime policy', lensAliases: ['serverless'], answers: [{ lensAlias: 'serverless', questionId: 'PERF1', selectedChoices: ['perf1_capacity'] }] }, WHO);
    const applied = await applyTemplate(service, 'Legacy payments', template.templateId, WHO);
    assert.equal(applied.applied.length, 1);
    const ops2 = await service.getAnswer(w.workloadId, 'serverless', 'OPS2', 'en');
    assert.deepEqual([ops2.selectedChoices, ops2.notes, ops2.fromTemplate], [['ops2_cicd'], 'kept', null]);
    assert.equal((await service.getAnswer(w.workloadId, 'serverless', 'PERF1', 'en')).fromTemplate?.name, 'Runtime policy');
    assert.equal(ops2.version, 1);
  } finally {
    await opened.close();
  }
});
