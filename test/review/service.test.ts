// The review domain on both databases: lens upgrades keep what still exists, workloads change and lose
// lenses cleanly, exports that were tampered with are refused, and a review counts every lens it holds.
import assert from 'node:assert/strict';
import { importLens } from '../../src/review/catalog.js';
import { exportWorkload, importWorkload } from '../../src/review/transfer.js';
import { fixtureLensText } from '../helpers/answers.js';
import { dbTest, openService } from '../helpers/db.js';

const ORR = 'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json';

dbTest('a lens review moves to a newer lens version and keeps the choices that still exist', async (db, t) => {
  const service = await openService(db, t);
  const v1 = await importLens(service, fixtureLensText(ORR), { alias: 'orr' });
  const w = await service.createWorkload({ workloadName: 'Upgrade me', lenses: ['orr'] });
  const first = (await service.listAnswers(w.workloadId, 'orr', 'en'))[0]!;
  await service.updateAnswer(w.workloadId, 'orr', first.questionId, { selectedChoices: ['architecture_diagram', 'data_flow_diagram'], notes: 'kept' });

  // Version 2 drops one choice of the first question and adds a question.
  const doc = JSON.parse(fixtureLensText(ORR));
  const q = doc.pillars[0].questions[0];
  q.choices = q.choices.filter((c: { id: string }) => c.id !== 'data_flow_diagram');
  q.riskRules = [{ condition: 'architecture_diagram', risk: 'NO_RISK' }, { condition: 'default', risk: 'HIGH_RISK' }];
  doc.pillars[0].questions.push({ ...q, id: 'new_question', title: 'A new question' });
  const v2 = await importLens(service, JSON.stringify(doc), { alias: 'orr' });
  assert.notEqual(v2.version, v1.version);

  const before = await service.getReview(w.workloadId, 'orr', 'en');
  assert.equal(before.lens.version, v1.version, 'a review stays on the version it started on');
  assert.equal(before.lens.upgradeAvailable, true);
  const after = await service.upgradeLensReview(w.workloadId, 'orr');
  assert.equal(after.lens.version, v2.version);
  assert.equal(after.lens.upgradeAvailable, false);
  const kept = after.questions.find((x) => x.id === first.questionId)!;
  assert.deepEqual([kept.selectedChoices, kept.notes, kept.risk], [['architecture_diagram'], 'kept', 'NONE']);
  assert.equal(after.questions.find((x) => x.id === 'new_question')?.risk, 'UNANSWERED');
  await assert.rejects(service.upgradeLensReview(w.workloadId, 'orr'), (e: Error & { status?: number }) => e.status === 409);
});

dbTest('workloads change, take and drop lenses; names stay unique', async (db, t) => {
  const service = await openService(db, t);
  await importLens(service, fixtureLensText(ORR), { alias: 'orr' });
  const a = await service.createWorkload({ workloadName: 'Alpha', lenses: ['serverless'] });
  await service.createWorkload({ workloadName: 'Beta' });
  const changed = await service.updateWorkload('alpha', { description: 'now described', environment: 'PREPRODUCTION', pillarPriorities: ['reliability'] });
  assert.deepEqual([changed.workloadName, changed.description, changed.environment, changed.pillarPriorities], ['Alpha', 'now described', 'PREPRODUCTION', ['reliability']]);
  await assert.rejects(service.updateWorkload('Alpha', { workloadName: 'BETA' }), (e: Error & { status?: number }) => e.status === 409);
  const both = await service.applyLenses(a.workloadId, ['orr']);
  assert.deepEqual(both.lenses, ['serverless', 'orr']);
  assert.equal(both.riskCounts.UNANSWERED, 9 + 16);
  await assert.rejects(service.applyLenses(a.workloadId, ['orr']), (e: Error & { status?: number }) => e.status === 409);
  const one = await service.removeLens(a.workloadId, 'serverless');
  assert.deepEqual([one.lenses, one.riskCounts.UNANSWERED], [['orr'], 16]);
  const review = await service.getReview('Alpha', undefined, 'en');
  assert.equal(review.lens.alias, 'orr', 'with one lens, --lens is not needed');
});

dbTest('an export that was tampered with is refused and nothing is imported', async (db, t) => {
  const service = await openService(db, t);
  const w = await service.createWorkload({ workloadName: 'Exported', lenses: ['serverless'] });
  await service.updateAnswer(w.workloadId, 'serverless', 'OPS1', { selectedChoices: ['OPS1_no'] });
  const doc = await exportWorkload(service, w.workloadId);
  const tamper = (change: (d: any) => void) => {
    const copy = structuredClone(doc) as any;
    change(copy);
    return copy;
  };
  const refusals: [unknown, RegExp][] = [
    [tamper((d) => (d.lenses[0].document = d.lenses[0].document.replace('Operational', 'Operation'))), /does not match its document/],
    [tamper((d) => (d.lensReviews[0].answers[0].selectedChoices = ['OPS1_no', 'ops1_tracing'])), /cannot be selected together/],
    [tamper((d) => (d.format = 'other')), /format/],
    [tamper((d) => d.lensReviews[0].answers.push({ ...d.lensReviews[0].answers[0], questionId: 'ZZZ9' })), /ZZZ9/],
    [[1, 2, 3], /expected object/],
    [tamper((d) => (d.milestones = [{ milestoneNumber: 1, milestoneName: 'deep', recordedAt: 'x', snapshot: JSON.parse('['.repeat(3000) + ']'.repeat(3000)) }])), /milestones\.0\.snapshot/],
    [tamper((d) => (d.milestones = [{ milestoneNumber: 1, milestoneName: 'm', recordedAt: 'x', snapshot: { pillarPriorities: [], lensReviews: [{ lensAlias: 'other', lensVersion: 'v', answers: [] }] } }])), /lens version the file does not hold/],
  ];
  for (const [data, message] of refusals) {
    await assert.rejects(importWorkload(service, data, { name: 'Imported copy' }), (e: Error & { status?: number }) => e.status === 400 && message.test(e.message), String(message));
  }
  assert.deepEqual((await service.listWorkloads()).map((x) => x.workloadName), ['Exported']);
  const copy = await importWorkload(service, doc, { name: 'Imported copy' });
  assert.equal((await service.getAnswer(copy.workloadId, 'serverless', 'OPS1', 'en')).risk, 'HIGH');
});
