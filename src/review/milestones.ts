// Milestones: numbered, named, immutable snapshots of every lens review of a workload, and their comparison.
import type { Lang } from '../util/i18n.js';
import type { WorkloadRecord } from '../store/records.js';
import { isUniqueViolation, type Store } from '../store/store.js';
import { listChoiceStates, type ChoiceStateRecord } from '../store/choice-states.js';
import { compareLens, type LensSide } from './compare.js';
import { conflict, invalid, notFound, say } from './errors.js';
import { lensOfVersion, requireLensVersion } from './lenses.js';
import { M } from './messages.js';
import { addCounts, type ReviewService } from './service.js';
import { textProblem } from './validate.js';
import type { AnswerValues, ImprovementItemValues } from './model.js';
import { listImprovementItems } from '../store/improvement-items.js';
import { answerValuesOf } from './records.js';
import { answerView } from './answers.js';
import { prioritizedFor } from './profile-link.js';
import { emptyCounts, summarizeReview, UNANSWERED_STATE, type AnswerState } from './summary.js';
import type { AnswerView, ComparePoint, ComparisonView, MilestoneSummary, MilestoneView, ReviewView } from './views.js';

export type SnapshotAnswer = AnswerValues;

export interface Snapshot {
  pillarPriorities: string[];
  /** `choiceStates` (per-choice not applicable and notes, by question) is absent from milestones made before it was kept;
   * improvementItems (the plan's tracked items as they stood) from milestones taken before items existed. */
  lensReviews: {
    lensAlias: string;
    lensVersion: string;
    answers: SnapshotAnswer[];
    choiceStates?: Record<string, ChoiceStateRecord[]>;
    improvementItems?: ImprovementItemValues[];
    /** The questions the workload's profile prioritized then; absent when none (and in milestones made before profiles). */
    prioritizedQuestions?: string[];
  }[];
}

export async function takeSnapshot(store: Store, w: WorkloadRecord): Promise<Snapshot> {
  const reviews = await store.listLensReviews(w.id);
  const lensReviews: Snapshot['lensReviews'] = [];
  for (const r of reviews) {
    const answers = (await store.listAnswers(w.id, r.lensAlias))
      .map(answerValuesOf)
      .sort((a, b) => a.questionId.localeCompare(b.questionId));
    const states = await listChoiceStates(store, w.id, r.lensAlias);
    const improvementItems = (await listImprovementItems(store, w.id, r.lensAlias)).map(
      (i): ImprovementItemValues => ({ questionId: i.questionId, choiceId: i.choiceId, status: i.status as ImprovementItemValues['status'], reason: i.reason, owner: i.owner, due: i.due }),
    );
    const prioritized = [...(await prioritizedFor(store, w.id, r.lensAlias))].sort();
    lensReviews.push({
      lensAlias: r.lensAlias,
      lensVersion: r.lensVersion,
      answers,
      ...(states.size > 0 ? { choiceStates: Object.fromEntries(states) } : {}),
      improvementItems,
      ...(prioritized.length > 0 ? { prioritizedQuestions: prioritized } : {}),
    });
  }
  return { pillarPriorities: w.pillarPriorities, lensReviews };
}

function milestoneNameProblem(trimmed: string) {
  return trimmed === '' ? M.milestoneNameMissing : textProblem(trimmed, 100, M.milestoneName, 1);
}

export async function createMilestone(service: ReviewService, ref: string, name: string): Promise<MilestoneSummary> {
  const trimmed = name.trim();
  const problem = milestoneNameProblem(trimmed);
  if (problem) throw invalid([{ field: 'milestoneName', message: problem }]);
  try {
    return await service.store.transaction(async (tx) => {
      const w = await service.resolveWorkload(ref, tx);
      if (await tx.getMilestoneByName(w.id, trimmed)) throw conflict('milestone-name-taken', say(M.milestoneTaken, { name: trimmed }));
      const number = await tx.nextMilestoneNumber(w.id);
      const snapshot = await takeSnapshot(tx, w);
      const recordedAt = service.now();
      await tx.insertMilestone({ workloadId: w.id, number, name: trimmed, snapshot: JSON.stringify(snapshot), createdAt: recordedAt });
      return { milestoneNumber: number, milestoneName: trimmed, recordedAt };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('milestone-race', M.milestoneRace);
    throw error;
  }
}

export async function listMilestones(service: ReviewService, ref: string): Promise<MilestoneSummary[]> {
  const w = await service.resolveWorkload(ref);
  return (await service.store.listMilestones(w.id)).map((m) => ({ milestoneNumber: m.number, milestoneName: m.name, recordedAt: m.createdAt }));
}

/** A milestone by number ("2") or by name. */
async function findMilestone(service: ReviewService, workloadId: string, ref: string, store: Store = service.store) {
  const byNumber = /^\d{1,9}$/.test(ref) ? await store.getMilestone(workloadId, Number(ref)) : undefined;
  const found = byNumber ?? (await store.getMilestoneByName(workloadId, ref));
  if (!found) throw notFound(say(M.milestoneNotFound, { ref }));
  return found;
}

async function snapshotReviews(service: ReviewService, snapshot: Snapshot, lang: Lang): Promise<Omit<ReviewView, 'workload'>[]> {
  const out: Omit<ReviewView, 'workload'>[] = [];
  for (const r of snapshot.lensReviews) {
    const pinned = await requireLensVersion(service.store, r.lensAlias, r.lensVersion);
    const latest = await service.store.getLensVersionMeta(r.lensAlias);
    const lens = lensOfVersion(pinned, lang);
    const states = new Map<string, AnswerState>(r.answers.map((a) => [a.questionId, { ...a, version: 0 }]));
    const summary = summarizeReview(lens, states, snapshot.pillarPriorities, new Set(r.prioritizedQuestions ?? []));
    const latestVersion = latest?.version ?? pinned.version;
    out.push({
      lens: { alias: r.lensAlias, name: lens.name, version: pinned.version, versionLabel: pinned.label, latestVersion, upgradeAvailable: latestVersion !== pinned.version },
      ...summary,
      questions: summary.questions.map((q) => ({ ...q, version: 0 })),
    });
  }
  return out;
}

export async function getMilestone(service: ReviewService, ref: string, milestone: string, lang: Lang): Promise<MilestoneView> {
  const w = await service.resolveWorkload(ref);
  const m = await findMilestone(service, w.id, milestone);
  const snapshot = JSON.parse(m.snapshot) as Snapshot;
  const lensReviews = (await snapshotReviews(service, snapshot, lang)).map((r, i) => ({ ...r, improvementItems: snapshot.lensReviews[i]?.improvementItems ?? [] }));
  const riskCounts = lensReviews.reduce((total, r) => addCounts(total, r.riskCounts), emptyCounts());
  return { workload: { id: w.id, name: w.name }, milestoneNumber: m.number, milestoneName: m.name, recordedAt: m.createdAt, riskCounts, lensReviews };
}

/** The per-choice states a milestone froze for one lens review, by question (empty for older milestones). */
export async function milestoneChoiceStates(service: ReviewService, ref: string, milestone: string, alias: string): Promise<Map<string, ChoiceStateRecord[]>> {
  const w = await service.resolveWorkload(ref);
  const m = await findMilestone(service, w.id, milestone);
  const review = (JSON.parse(m.snapshot) as Snapshot).lensReviews.find((r) => r.lensAlias === alias);
  return new Map(Object.entries(review?.choiceStates ?? {}));
}

/** Compares two milestones, or a milestone with the current answers (`current`). */
export async function compareMilestones(service: ReviewService, ref: string, base: string, target: string, lang: Lang): Promise<ComparisonView> {
  const w = await service.resolveWorkload(ref);
  const side = async (point: string): Promise<{ point: ComparePoint; reviews: Omit<ReviewView, 'workload'>[] }> => {
    if (point === 'current') return { point: { current: true }, reviews: await snapshotReviews(service, await takeSnapshot(service.store, w), lang) };
    const m = await findMilestone(service, w.id, point);
    return { point: { milestoneNumber: m.number, milestoneName: m.name }, reviews: await snapshotReviews(service, JSON.parse(m.snapshot) as Snapshot, lang) };
  };
  const a = await side(base);
  const b = await side(target);
  const lensSide = (r: Omit<ReviewView, 'workload'>): LensSide => ({ alias: r.lens.alias, name: r.lens.name, riskCounts: r.riskCounts, questions: r.questions });
  const aliases = [...new Set([...b.reviews.map((r) => r.lens.alias), ...a.reviews.map((r) => r.lens.alias)])];
  const lenses = aliases.map((alias) => {
    const before = a.reviews.find((r) => r.lens.alias === alias);
    const after = b.reviews.find((r) => r.lens.alias === alias);
    return compareLens(before && lensSide(before), after && lensSide(after));
  });
  return {
    workload: { id: w.id, name: w.name },
    base: a.point,
    target: b.point,
    improved: lenses.reduce((n, l) => n + l.improved, 0),
    regressed: lenses.reduce((n, l) => n + l.regressed, 0),
    lenses,
  };
}

/** Renames a milestone (its number and its frozen answers stay as they are). */
export async function renameMilestone(service: ReviewService, ref: string, milestone: string, name: string): Promise<MilestoneSummary> {
  const trimmed = name.trim();
  const problem = milestoneNameProblem(trimmed);
  if (problem) throw invalid([{ field: 'milestoneName', message: problem }]);
  try {
    return await service.store.transaction(async (tx) => {
      const w = await service.resolveWorkload(ref, tx);
      const m = await findMilestone(service, w.id, milestone, tx);
      const other = await tx.getMilestoneByName(w.id, trimmed);
      if (other && other.number !== m.number) throw conflict('milestone-name-taken', say(M.milestoneTaken, { name: trimmed }));
      await tx.renameMilestone(w.id, m.number, trimmed);
      return { milestoneNumber: m.number, milestoneName: trimmed, recordedAt: m.createdAt };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('milestone-name-taken', say(M.milestoneTaken, { name: trimmed }));
    throw error;
  }
}

/** Deletes a milestone; the numbers of the others stay as they are (a number is never given again). */
export async function deleteMilestone(service: ReviewService, ref: string, milestone: string): Promise<MilestoneSummary> {
  return service.store.transaction(async (tx) => {
    const w = await service.resolveWorkload(ref, tx);
    const m = await findMilestone(service, w.id, milestone, tx);
    await tx.deleteMilestone(w.id, m.number);
    return { milestoneNumber: m.number, milestoneName: m.name, recordedAt: m.createdAt };
  });
}

/** A milestone's frozen answers per lens, with their choices, as the report shows them. */
export async function milestoneAnswers(service: ReviewService, ref: string, milestone: string, lang: Lang): Promise<{ milestone: MilestoneView; answers: AnswerView[][] }> {
  const view = await getMilestone(service, ref, milestone, lang);
  const w = await service.resolveWorkload(ref);
  const m = await findMilestone(service, w.id, milestone);
  const snapshot = JSON.parse(m.snapshot) as Snapshot;
  const answers: AnswerView[][] = [];
  for (const r of snapshot.lensReviews) {
    const lens = lensOfVersion(await requireLensVersion(service.store, r.lensAlias, r.lensVersion), lang);
    const states = new Map<string, AnswerState>(r.answers.map((a) => [a.questionId, { ...a, version: 0 }]));
    const prioritized = new Set(r.prioritizedQuestions ?? []);
    answers.push(lens.pillars.flatMap((p) => p.questions.map((q) => answerView(lens, q.id, states.get(q.id) ?? UNANSWERED_STATE, prioritized.has(q.id)))));
  }
  return { milestone: view, answers };
}
