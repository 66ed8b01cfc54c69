// The consolidated report's model over a real SQLite file and PostgreSQL: hand-worked counts per workload,
// pillar and question, the missing best practices (titles in both languages), item status, the milestone
// trend, filters, and what each caller may see (as the workload lists show it).
import assert from 'node:assert/strict';
import { loadConsolidated } from '../../src/review/consolidated-load.js';
import { attachProfile } from '../../src/review/profile-link.js';
import { createProfile, LOCAL_CALLER } from '../../src/review/profiles.js';
import { dbTest } from '../helpers/db.js';
import { consolidatedFixture } from './consolidated-fixture.js';

const SERVICE = { userId: null, name: 'ci' };

dbTest('the consolidated report counts risks, missing practices, items and the trend over every workload', async (db) => {
  const { service, ids } = await consolidatedFixture(db);
  const r = await loadConsolidated(service.store, SERVICE, 'en');
  assert.equal(r.workloadCount, 3);
  assert.deepEqual(r.workloads.map((w) => w.workloadName), ['Alpha', 'Beta', 'Gamma']);
  assert.deepEqual(r.riskCounts, { HIGH: 1, MEDIUM: 2, NONE: 1, NOT_APPLICABLE: 1, UNANSWERED: 22 });
  assert.deepEqual(r.workloads.map((w) => [w.riskCounts.HIGH, w.riskCounts.MEDIUM, w.riskCounts.NONE, w.riskCounts.NOT_APPLICABLE, w.riskCounts.UNANSWERED]), [
    [1, 1, 0, 0, 7],
    [0, 1, 0, 1, 7],
    [0, 0, 1, 0, 8],
  ]);
  const ops = r.pillars.find((p) => p.pillarId === 'operationalExcellence');
  assert.deepEqual(ops?.riskCounts, { HIGH: 0, MEDIUM: 2, NONE: 1, NOT_APPLICABLE: 1, UNANSWERED: 2 });
  assert.deepEqual(r.pillars.find((p) => p.pillarId === 'security')?.riskCounts, { HIGH: 1, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 8 });
  assert.deepEqual(r.questions.map((q) => [q.questionId, q.high, q.medium]), [['SEC1', 1, 0], ['OPS1', 0, 2]]);
  assert.deepEqual(r.missingPractices.map((m) => [m.choiceId, m.workloads]), [
    ['ops1_structured_logging', 2],
    ['ops1_application_metrics', 2],
    ['ops1_tracing', 1],
    ['sec1_endpoint_types', 1],
    ['sec1_authn_authz', 1],
    ['sec1_scoped_access', 1],
  ]);
  const tracing = r.missingPractices.find((m) => m.choiceId === 'ops1_tracing');
  assert.equal(tracing?.title.en, 'Use distributed tracing and code is instrumented with additional context');
  assert.match(tracing?.title.ja ?? '', /分散トレース/);
  // 6 plan entries for Alpha (3 + 3), 2 for Beta; one in progress, one done.
  assert.deepEqual(r.improvementStatus, { OPEN: 6, IN_PROGRESS: 1, DONE: 1, WONT_DO: 0 });
  assert.deepEqual(r.workloads[0]?.improvementStatus, { OPEN: 5, IN_PROGRESS: 1, DONE: 0, WONT_DO: 0 });
  // No workload has a profile: nothing is prioritized, and the counts are there (zero).
  assert.deepEqual(r.prioritizedRiskCounts, { HIGH: 0, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 0 });
  assert.deepEqual(r.trend.map((p) => [p.at, p.workloads, p.riskCounts.HIGH, p.riskCounts.MEDIUM]), [
    ['2026-01-10', 1, 0, 1],
    ['2026-01-12', 2, 0, 2],
    ['current', 3, 1, 2],
  ]);
  assert.deepEqual(r.workloads[0]?.milestones.map((m) => [m.name, m.riskCounts.MEDIUM, m.riskCounts.UNANSWERED]), [['M1', 1, 8]]);
  // At a question at risk, the missing practices; elsewhere none.
  const alphaOps1 = r.workloads[0]?.lenses[0]?.pillars[0]?.questions[0];
  assert.deepEqual(alphaOps1?.missing.map((c) => c.choiceId), ['ops1_tracing', 'ops1_structured_logging', 'ops1_application_metrics']);
  assert.equal(r.workloads[2]?.lenses[0]?.pillars[0]?.questions[0]?.missing.length, 0);
  assert.deepEqual(r.choices, { lenses: [{ alias: 'serverless', name: r.workloads[0]?.lenses[0]?.name }], environments: ['PREPRODUCTION', 'PRODUCTION'] });

  // Japanese texts come from the Japanese lens.
  const ja = await loadConsolidated(service.store, SERVICE, 'ja');
  assert.notEqual(ja.questions[0]?.title, r.questions[0]?.title);
  assert.deepEqual(ja.riskCounts, r.riskCounts);

  // Filters: environment, lens.
  const prod = await loadConsolidated(service.store, SERVICE, 'en', { filter: { environment: 'PRODUCTION' } });
  assert.deepEqual(prod.workloads.map((w) => w.workloadId), [ids.alpha, ids.gamma]);
  assert.deepEqual(prod.riskCounts, { HIGH: 1, MEDIUM: 1, NONE: 1, NOT_APPLICABLE: 0, UNANSWERED: 15 });
  assert.equal((await loadConsolidated(service.store, SERVICE, 'en', { filter: { lens: 'serverless' } })).workloadCount, 3);
  const none = await loadConsolidated(service.store, SERVICE, 'en', { filter: { lens: 'no-such-lens' } });
  assert.equal(none.workloadCount, 0);
  assert.deepEqual(none.trend.map((p) => p.at), ['current']);
});

dbTest('each user sees only the workloads shared with them; IncludeShared=false keeps the ones they own', async (db) => {
  const { service, users, ids } = await consolidatedFixture(db);
  const ana = { userId: users.ana.id, name: 'ana' };
  const seen = await loadConsolidated(service.store, ana, 'en');
  assert.deepEqual(seen.workloads.map((w) => w.workloadId), [ids.alpha, ids.beta]);
  assert.deepEqual(seen.riskCounts, { HIGH: 1, MEDIUM: 2, NONE: 0, NOT_APPLICABLE: 1, UNANSWERED: 14 });
  assert.deepEqual((await loadConsolidated(service.store, ana, 'en', { includeShared: false })).workloads.map((w) => w.workloadId), [ids.alpha]);
  const olga = await loadConsolidated(service.store, { userId: users.olga.id, name: 'olga' }, 'en');
  assert.deepEqual(olga.workloads.map((w) => w.workloadName), ['Gamma']);
  assert.deepEqual(olga.missingPractices, []);
  assert.deepEqual(olga.improvementStatus, { OPEN: 0, IN_PROGRESS: 0, DONE: 0, WONT_DO: 0 });
  // A user with no share sees nothing at all.
  const stranger = await loadConsolidated(service.store, { userId: 'nobody', name: 'x' }, 'en');
  assert.equal(stranger.workloadCount, 0);
});

dbTest('prioritized questions are counted apart, per workload and in total', async (db) => {
  const { service, ids } = await consolidatedFixture(db);
  // As a profile would: SEC1 and OPS1 prioritized for Alpha, OPS2 for Beta (not applicable there).
  const marked = new Map([[ids.alpha, new Set(['SEC1', 'OPS1'])], [ids.beta, new Set(['OPS2'])]]);
  const r = await loadConsolidated(service.store, SERVICE, 'en', { prioritized: (id) => marked.get(id) ?? new Set() });
  assert.deepEqual(r.prioritizedRiskCounts, { HIGH: 1, MEDIUM: 1, NONE: 0, NOT_APPLICABLE: 1, UNANSWERED: 0 });
  assert.deepEqual(r.workloads.map((w) => [w.prioritizedRiskCounts.HIGH, w.prioritizedRiskCounts.MEDIUM]), [[1, 1], [0, 0], [0, 0]]);
  assert.equal(r.workloads[0]?.lenses[0]?.pillars[1]?.questions[0]?.prioritized, true);
  // The totals are the same as without priorities.
  assert.deepEqual(r.riskCounts, { HIGH: 1, MEDIUM: 2, NONE: 1, NOT_APPLICABLE: 1, UNANSWERED: 22 });
});

dbTest('a profile attached to a workload marks its questions prioritized in the consolidated report', async (db) => {
  const { service, ids } = await consolidatedFixture(db);
  // Security first, regulated data: OPS1, SEC1, SEC2 and SEC3 are prioritized for Alpha (HIGH on SEC1, MEDIUM on OPS1).
  const profile = await createProfile(service, LOCAL_CALLER, { profileName: 'Regulated', answers: [
    { questionId: 'focus', selectedChoiceIds: ['focus_security'] },
    { questionId: 'data', selectedChoiceIds: ['data_regulated'] },
  ] });
  await attachProfile(service, LOCAL_CALLER, ids.alpha, profile.profileId);
  const r = await loadConsolidated(service.store, SERVICE, 'en');
  assert.deepEqual(r.workloads.map((w) => w.prioritizedRiskCounts), [
    { HIGH: 1, MEDIUM: 1, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 2 },
    { HIGH: 0, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 0 },
    { HIGH: 0, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 0 },
  ]);
  assert.deepEqual(r.prioritizedRiskCounts, { HIGH: 1, MEDIUM: 1, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 2 });
  // The workload's own view agrees with the report.
  assert.deepEqual((await service.getWorkload(ids.alpha)).prioritizedRiskCounts, r.workloads[0]?.prioritizedRiskCounts);
});
