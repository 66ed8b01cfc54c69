// Reads what the consolidated report needs for one caller — only the workloads they may see, as lists show
// them — in a few bulk queries, then builds the report (consolidated.ts).
import type { Lens } from '../lens/types.js';
import { answersOf, improvementItemsOf, lensReviewsOf, milestonesOf, sharesOfUser } from '../store/consolidated.js';
import type { LensVersionRecord, WorkloadRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Lang } from '../util/i18n.js';
import type { Caller } from './access.js';
import { buildConsolidated, type ConsolidatedFilter, type ConsolidatedReport, type FrozenMilestone } from './consolidated.js';
import { lensOfVersion } from './lenses.js';
import type { Snapshot } from './milestones.js';
import { allWorkloadProfilesOf } from './profile-link.js';

export interface ConsolidatedOptions {
  filter?: ConsolidatedFilter;
  /** For a signed-in user: also workloads shared with them (true, the default), or only those they own. */
  includeShared?: boolean;
  /** The questions prioritized per workload and lens (default: what each workload's profile prioritizes). */
  prioritized?: (workloadId: string, lensAlias: string) => ReadonlySet<string>;
}

/** The questions each workload's profile marks prioritized, per lens: one read of every workload's profile. */
export async function prioritizedQuestionsOf(store: Store): Promise<(workloadId: string, lensAlias: string) => ReadonlySet<string>> {
  const profileOf = await allWorkloadProfilesOf(store);
  return (workloadId, lensAlias) => profileOf(workloadId).prioritized(lensAlias);
}

/** The workloads the caller may see (service callers: all), in name order. */
async function visibleWorkloads(store: Store, caller: Caller, includeShared: boolean): Promise<WorkloadRecord[]> {
  const all = await store.listWorkloads();
  if (caller.userId === null) return all;
  const shares = await sharesOfUser(store, caller.userId);
  return all.filter((w) => {
    const access = shares.get(w.id);
    return access !== undefined && (includeShared || access === 'owner');
  });
}

function frozen(m: { workloadId: string; number: number; name: string; createdAt: string; snapshot: string }): FrozenMilestone {
  let snapshot: Partial<Snapshot> = {};
  try {
    snapshot = JSON.parse(m.snapshot) as Snapshot;
  } catch {
    // A snapshot that cannot be read counts as empty rather than hiding every other workload's trend.
  }
  const reviews = (snapshot.lensReviews ?? []).map((r) => ({
    lensAlias: r.lensAlias,
    lensVersion: r.lensVersion,
    answers: (r.answers ?? []).map((a) => ({ questionId: a.questionId, selectedChoices: a.selectedChoices, isApplicable: a.isApplicable })),
  }));
  return { workloadId: m.workloadId, number: m.number, name: m.name, createdAt: m.createdAt, reviews };
}

export async function loadConsolidated(store: Store, caller: Caller, lang: Lang, options: ConsolidatedOptions = {}): Promise<ConsolidatedReport> {
  const workloads = await visibleWorkloads(store, caller, options.includeShared ?? true);
  const ids = caller.userId === null ? null : workloads.map((w) => w.id);
  const [reviews, answers, items, rawMilestones] = await Promise.all([lensReviewsOf(store, ids), answersOf(store, ids), improvementItemsOf(store, ids), milestonesOf(store, ids)]);
  const milestones = rawMilestones.map(frozen);
  // Every lens version a review or a milestone uses, read once.
  const versions = new Map<string, LensVersionRecord | undefined>();
  const builtin = new Map<string, boolean>();
  const pairs = [...reviews.map((r) => [r.lensAlias, r.lensVersion] as const), ...milestones.flatMap((m) => m.reviews.map((r) => [r.lensAlias, r.lensVersion] as const))];
  for (const [alias, version] of pairs) {
    const k = `${alias}@${version}`;
    if (!versions.has(k)) versions.set(k, await store.getLensVersion(alias, version));
    if (!builtin.has(alias)) builtin.set(alias, (await store.getLens(alias))?.builtin ?? false);
  }
  const lensOf = (alias: string, version: string, l: Lang): Lens | undefined => {
    const v = versions.get(`${alias}@${version}`);
    return v && lensOfVersion(v, l);
  };
  const prioritized = options.prioritized ?? (await prioritizedQuestionsOf(store));
  return buildConsolidated({ workloads, reviews, answers, items, milestones, lensOf, builtin: (alias) => builtin.get(alias) ?? false, prioritized }, options.filter ?? {}, lang);
}
