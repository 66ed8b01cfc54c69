// Data written into a database of an earlier release through the store alone: today's service reads tables added
// since (e.g. a workload's profile), so on an old schema a test writes what the old release would have written.
import { randomBytes } from 'node:crypto';
import { lensOfVersion, requireLensVersion } from '../../src/review/lenses.js';
import { workloadRecordOf } from '../../src/review/records.js';
import type { ReviewService } from '../../src/review/service.js';
import { validateWorkload } from '../../src/review/validate.js';

/** A workload with the built-in lens applied and the given answers (choices and notes), as the old release stored it. */
export async function seedOldWorkload(service: ReviewService, name: string, answers: Record<string, { selectedChoices: string[]; notes?: string }>): Promise<{ workloadId: string; versions: Record<string, number> }> {
  await service.ready();
  const store = service.store;
  const now = service.now();
  const workloadId = randomBytes(16).toString('hex');
  const version = await requireLensVersion(store, 'serverless');
  const lens = lensOfVersion(version, 'en');
  await store.insertWorkload(workloadRecordOf(workloadId, validateWorkload({ workloadName: name }), now, now));
  await store.insertLensReview({ workloadId, lensAlias: 'serverless', lensVersion: version.version, position: 1, updatedAt: now });
  const rows = lens.pillars.flatMap((p) => p.questions.map((q) => ({ questionId: q.id, selectedChoices: [], isApplicable: true, reason: null, notes: '', version: 0, updatedAt: now })));
  await store.insertAnswers(workloadId, 'serverless', rows);
  const versions: Record<string, number> = {};
  for (const [questionId, a] of Object.entries(answers)) {
    const next = await store.updateAnswer(workloadId, 'serverless', questionId, { selectedChoices: a.selectedChoices, isApplicable: true, reason: null, notes: a.notes ?? '' }, 0, now);
    versions[questionId] = next ?? 0;
  }
  return { workloadId, versions };
}
