// The review domain on both databases: lens upgrades keep what still exists, workloads change and lose
// lenses cleanly, exports that were tampered with are refused, and a review counts every lens it holds.
import assert from 'node:assert/strict';
import { importLens } from '../../src/review/catalog.js';
import { exportWorkload, importWorkload } from '../../src/review/transfer.js';
import { evidenceReview, importScanEvidence } from '../../src/review/scan-evidence.js';
import { analysisEvidenceReview, importAnalysisEvidence } from '../../src/review/analysis-evidence.js';
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
    [tamper((d) => (d.milestones = [{ milestoneNumber: 1, milestoneName: 'deep', recordedAt: '2026-11-01T09:00:00.000Z', snapshot: JSON.parse('['.repeat(3000) + ']'.repeat(3000)) }])), /milestones\.0\.snapshot/],
    [tamper((d) => (d.milestones = [{ milestoneNumber: 1, milestoneName: 'm', recordedAt: '2026-11-01T09:00:00.000Z', snapshot: { pillarPriorities: [], lensReviews: [{ lensAlias: 'other', lensVersion: 'v', answers: [] }] } }])), /lens version the file does not hold/],
    // A question answered twice once kept one answer silently; a date that is no date was stored as it came.
    [tamper((d) => d.lensReviews[0].answers.push({ ...d.lensReviews[0].answers[3], notes: 'the second answer' })), /lensReviews\.0\.answers\.9\.questionId: question \w+ is answered twice/],
    [tamper((d) => (d.milestones = [{ milestoneNumber: 1, milestoneName: 'm', recordedAt: 'not a date', snapshot: { pillarPriorities: [], lensReviews: [] } }])), /milestones\.0\.recordedAt: /],
    [tamper((d) => (d.milestones = [{ milestoneNumber: 1, milestoneName: 'm', recordedAt: '2026-02-30T09:00:00Z', snapshot: { pillarPriorities: [], lensReviews: [] } }])), /milestones\.0\.recordedAt: /],
  ];
  for (const [data, message] of refusals) {
    await assert.rejects(importWorkload(service, data, { name: 'Imported copy' }), (e: Error & { status?: number }) => e.status === 400 && message.test(e.message), String(message));
  }
  assert.deepEqual((await service.listWorkloads()).map((x) => x.workloadName), ['Exported']);
  const copy = await importWorkload(service, doc, { name: 'Imported copy' });
  assert.equal((await service.getAnswer(copy.workloadId, 'serverless', 'OPS1', 'en')).risk, 'HIGH');
});

dbTest('an export carries the scan and analysis evidence of its reviews, and the copy shows the same proof', async (db, t) => {
  const service = await openService(db, t);
  const w = await service.createWorkload({ workloadName: 'With evidence', lenses: ['serverless'] });
  const finding = { ruleId: 'lambda-tracing', severity: 'warning', file: 'app/template.yaml', line: 12, column: 3, resource: 'Fn', message: { en: 'Function Fn has no tracing', ja: '関数 Fn はトレースしていません' } };
  await importScanEvidence(
    service,
    w.workloadId,
    {
      files: ['app/template.yaml'],
      scanDate: '2026-11-25',
      choices: [
        { questionId: 'OPS1', choiceId: 'ops1_tracing', status: 'contradicted', passed: 1, failed: 1, rules: ['lambda-tracing'], findings: [finding] },
        { questionId: 'OPS1', choiceId: 'ops1_managed_metrics', status: 'supported', passed: 2, failed: 0, rules: ['resource-alarm'], findings: [] },
      ],
    },
    'en',
  );
  const note = { en: '3 cold starts in 120 invocations', ja: '120 回の呼び出しでコールドスタート 3 回' };
  await importAnalysisEvidence(service, w.workloadId, { kind: 'logs', files: ['app.log'], chart: '<svg/>', evidence: [{ questionId: 'PERF1', choiceId: 'perf1_capacity', status: 'supported', note }] }, 'en');
  await importAnalysisEvidence(service, w.workloadId, { kind: 'tune', files: ['tune.json'], chart: null, evidence: [{ questionId: 'COST1', choiceId: 'cost1_function_configuration', status: 'supported', note }] }, 'ja');

  const doc = await exportWorkload(service, w.workloadId);
  const evidence = doc.lensReviews[0]?.evidence;
  assert.equal(evidence?.choices.length, 2);
  assert.deepEqual(evidence?.analysis.map((a) => a.kind), ['logs', 'tune']);
  // Through JSON, as a file would carry it.
  const copy = await importWorkload(service, JSON.parse(JSON.stringify(doc)), { name: 'Evidence copy' });
  const strip = (view: { workload: unknown }) => ({ ...view, workload: null });
  assert.deepEqual(strip(await evidenceReview(service, copy.workloadId, 'serverless', 'ja')), strip(await evidenceReview(service, w.workloadId, 'serverless', 'ja')));
  assert.deepEqual(strip(await analysisEvidenceReview(service, copy.workloadId, 'en')), strip(await analysisEvidenceReview(service, w.workloadId, 'en')));
  const copied = await evidenceReview(service, copy.workloadId, 'serverless', 'en');
  assert.equal(copied.scan?.scanDate, '2026-11-25');
  assert.deepEqual(copied.questions.find((q) => q.questionId === 'OPS1')?.choices.find((c) => c.choiceId === 'ops1_tracing')?.findings, [finding]);

  // An export made before evidence was carried still imports; evidence naming a choice the lens lacks is refused.
  const old = structuredClone(doc) as { lensReviews: { evidence?: unknown }[] };
  delete old.lensReviews[0]!.evidence;
  const plain = await importWorkload(service, old, { name: 'Old export' });
  assert.equal((await evidenceReview(service, plain.workloadId, 'serverless', 'en')).scan, null);
  const bad = structuredClone(doc);
  bad.lensReviews[0]!.evidence!.choices[0]!.choiceId = 'ops1_made_up';
  await assert.rejects(importWorkload(service, bad, { name: 'Bad evidence' }), (e: Error & { status?: number }) => e.status === 400 && /OPS1\/ops1_made_up/.test(e.message));
  assert.equal((await service.listWorkloads()).some((x) => x.workloadName === 'Bad evidence'), false, 'nothing of a refused import is kept');
});
