// Three workloads with hand-worked risks for the consolidated report's tests (model, API, pages, CLI):
//   Alpha (PRODUCTION, owned by "ana"):  OPS1 MEDIUM (managed metrics only), SEC1 HIGH (SEC1_no); milestone M1 on
//                                          2026-01-10 with OPS1 answered only; items: OPS1/ops1_tracing IN_PROGRESS.
//   Beta (PREPRODUCTION, owned by "ben", readonly for "ana"): OPS1 MEDIUM (metrics + tracing), OPS2 not applicable;
//                                          milestone B1 on 2026-01-12; items: OPS1/ops1_structured_logging DONE.
//   Gamma (PRODUCTION, owned by "olga"):  OPS1 NONE (all four practices).
// Every other question of the 9 is unanswered.
import { updateImprovementItem } from '../../src/review/improvement-items.js';
import { createMilestone } from '../../src/review/milestones.js';
import { createUser } from '../../src/server/users.js';
import { openService, type TestDb } from '../helpers/db.js';

export async function consolidatedFixture(db: TestDb) {
  let clock = '2026-01-10T09:00:00.000Z';
  const service = await openService(db, undefined, { now: () => clock });
  const users: Record<'ana' | 'ben' | 'olga', { id: string; token: string }> = {} as never;
  for (const name of ['ana', 'ben', 'olga'] as const) {
    const made = await createUser(service.store, name, undefined, clock);
    users[name] = { id: made.user.id, token: made.token };
  }
  const alpha = await service.createWorkload({ workloadName: 'Alpha', environment: 'PRODUCTION', lenses: ['serverless'] });
  const beta = await service.createWorkload({ workloadName: 'Beta', environment: 'PREPRODUCTION', lenses: ['serverless'] });
  const gamma = await service.createWorkload({ workloadName: 'Gamma', environment: 'PRODUCTION', lenses: ['serverless'] });
  await service.store.putWorkloadShare(alpha.workloadId, users.ana.id, 'owner', clock);
  await service.store.putWorkloadShare(beta.workloadId, users.ben.id, 'owner', clock);
  await service.store.putWorkloadShare(beta.workloadId, users.ana.id, 'readonly', clock);
  await service.store.putWorkloadShare(gamma.workloadId, users.olga.id, 'owner', clock);

  await service.updateAnswer(alpha.workloadId, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics'] });
  await createMilestone(service, alpha.workloadId, 'M1');
  clock = '2026-01-12T15:30:00.000Z';
  await service.updateAnswer(alpha.workloadId, 'serverless', 'SEC1', { selectedChoices: ['SEC1_no'] });
  await service.updateAnswer(beta.workloadId, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics', 'ops1_tracing'] });
  await service.updateAnswer(beta.workloadId, 'serverless', 'OPS2', { isApplicable: false, reason: 'OUT_OF_SCOPE' });
  await createMilestone(service, beta.workloadId, 'B1');
  await service.updateAnswer(gamma.workloadId, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics', 'ops1_tracing', 'ops1_structured_logging', 'ops1_application_metrics'] });
  await updateImprovementItem(service, alpha.workloadId, 'serverless', 'OPS1', 'ops1_tracing', { status: 'IN_PROGRESS', version: 0 }, 'en');
  await updateImprovementItem(service, beta.workloadId, 'serverless', 'OPS1', 'ops1_structured_logging', { status: 'DONE', version: 0 }, 'en');
  return { service, users, ids: { alpha: alpha.workloadId, beta: beta.workloadId, gamma: gamma.workloadId } };
}
