// A database made before review templates (every migration but 0014, the state of a server that ran the others),
// with a workload, an answer and history, opened by this release: nothing is lost, old history rows name no
// template, and templates apply to its workloads.
import assert from 'node:assert/strict';
import { listHistory } from '../../src/review/history.js';
import { ReviewService } from '../../src/review/service.js';
import { applyTemplate, createTemplate } from '../../src/review/templates.js';
import { connect } from '../../src/store/connect.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { dbTest } from '../helpers/db.js';
import { seedOldWorkload } from '../helpers/old-release.js';
import { releasedDatabase, tablesOf } from '../helpers/released-db.js';

const WHO = { id: 'u1', name: 'Platform lead', userId: 'u1' };
const BEFORE = Object.keys(MIGRATIONS).filter((name) => name !== '0014_review_templates');

dbTest('a database from before review templates migrates without loss, and templates apply to its workloads', async (db) => {
  const old = await releasedDatabase(db.url, BEFORE);
  assert.ok(!(await tablesOf(old, db.url)).includes('review_templates'));
  const before = new ReviewService(new Store(old));
  await before.ready();
  const seeded = await seedOldWorkload(before, 'Legacy payments', { OPS2: { selectedChoices: ['ops2_cicd'], notes: 'kept' } });
  const change = { id: '0000000000000001', workload_id: seeded.workloadId, kind: 'answer', lens_alias: 'serverless', subject: 'OPS2', who_id: 'u0', who_name: 'Old hand', at: '2026-01-01T00:00:00.000Z', what: '{"notes":["","kept"]}' };
  await old.insertInto('changes').values(change as never).execute();
  await old.destroy();

  const opened = await connect(db.url);
  const service = new ReviewService(new Store(opened.db));
  try {
    const history = await listHistory(service.store, seeded.workloadId);
    assert.deepEqual(history.map((h) => [h.who, h.subject, h.changes, h.fromTemplate]), [['Old hand', 'OPS2', { notes: ['', 'kept'] }, null]]);
    const template = await createTemplate(service, { templateName: 'Runtime policy', lensAliases: ['serverless'], answers: [{ lensAlias: 'serverless', questionId: 'PERF1', selectedChoices: ['perf1_capacity'] }] }, WHO);
    const applied = await applyTemplate(service, 'Legacy payments', template.templateId, WHO);
    assert.equal(applied.applied.length, 1);
    const ops2 = await service.getAnswer(seeded.workloadId, 'serverless', 'OPS2', 'en');
    assert.deepEqual([ops2.selectedChoices, ops2.notes, ops2.fromTemplate, ops2.version], [['ops2_cicd'], 'kept', null, seeded.versions.OPS2]);
    assert.equal((await service.getAnswer(seeded.workloadId, 'serverless', 'PERF1', 'en')).fromTemplate?.name, 'Runtime policy');
    assert.equal((await listHistory(service.store, seeded.workloadId, { subject: 'PERF1' })).at(-1)?.fromTemplate?.name, 'Runtime policy');
  } finally {
    await opened.close();
  }
});
