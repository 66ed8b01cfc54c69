// Bulk reads for the consolidated report: the lens reviews, answers, improvement items and milestones of many
// workloads in one query each (a query per workload would not stay fast for hundreds of them).
import type { Store } from './store.js';
import { parseList as list } from './db.js';
import type { LensReviewRecord } from './records.js';

/** Ids are sent in chunks well under every engine's bound-parameter limit. */
const CHUNK = 500;

export interface BulkAnswer {
  workloadId: string;
  lensAlias: string;
  questionId: string;
  selectedChoices: string[];
  isApplicable: boolean;
}

export interface BulkItem {
  workloadId: string;
  lensAlias: string;
  questionId: string;
  choiceId: string;
  status: string;
}

export interface BulkMilestone {
  workloadId: string;
  number: number;
  name: string;
  createdAt: string;
  snapshot: string;
}


/** Rows for the given workloads (all workloads when `ids` is null), read in chunks. */
async function rowsFor<T>(ids: readonly string[] | null, read: (chunk: readonly string[] | null) => Promise<T[]>): Promise<T[]> {
  if (ids === null) return read(null);
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

export async function lensReviewsOf(store: Store, ids: readonly string[] | null): Promise<LensReviewRecord[]> {
  const rows = await rowsFor(ids, (chunk) => {
    let q = store.db.selectFrom('lens_reviews').selectAll();
    if (chunk) q = q.where('workload_id', 'in', chunk);
    return q.orderBy('workload_id').orderBy('position').execute();
  });
  return rows.map((r) => ({ workloadId: r.workload_id, lensAlias: r.lens_alias, lensVersion: r.lens_version, position: Number(r.position), updatedAt: r.updated_at }));
}

export async function answersOf(store: Store, ids: readonly string[] | null): Promise<BulkAnswer[]> {
  const rows = await rowsFor(ids, (chunk) => {
    let q = store.db.selectFrom('answers').select(['workload_id', 'lens_alias', 'question_id', 'selected_choices', 'is_applicable']);
    if (chunk) q = q.where('workload_id', 'in', chunk);
    return q.execute();
  });
  return rows.map((r) => ({ workloadId: r.workload_id, lensAlias: r.lens_alias, questionId: r.question_id, selectedChoices: list(r.selected_choices), isApplicable: Number(r.is_applicable) === 1 }));
}

export async function improvementItemsOf(store: Store, ids: readonly string[] | null): Promise<BulkItem[]> {
  const rows = await rowsFor(ids, (chunk) => {
    let q = store.db.selectFrom('improvement_items').select(['workload_id', 'lens_alias', 'question_id', 'choice_id', 'status']);
    if (chunk) q = q.where('workload_id', 'in', chunk);
    return q.execute();
  });
  return rows.map((r) => ({ workloadId: r.workload_id, lensAlias: r.lens_alias, questionId: r.question_id, choiceId: r.choice_id, status: r.status }));
}

/** Milestones with their snapshots, oldest first per workload. */
export async function milestonesOf(store: Store, ids: readonly string[] | null): Promise<BulkMilestone[]> {
  const rows = await rowsFor(ids, (chunk) => {
    let q = store.db.selectFrom('milestones').select(['workload_id', 'number', 'name', 'created_at', 'snapshot']);
    if (chunk) q = q.where('workload_id', 'in', chunk);
    return q.orderBy('workload_id').orderBy('number').execute();
  });
  return rows.map((r) => ({ workloadId: r.workload_id, number: Number(r.number), name: r.name, createdAt: r.created_at, snapshot: r.snapshot }));
}

/** The workloads shared with a user (an enabled one) and the access of each share. */
export async function sharesOfUser(store: Store, userId: string): Promise<Map<string, string>> {
  const rows = await store.db
    .selectFrom('workload_shares')
    .innerJoin('users', 'users.id', 'workload_shares.user_id')
    .select(['workload_shares.workload_id as workloadId', 'workload_shares.access as access'])
    .where('workload_shares.user_id', '=', userId)
    .where('users.disabled_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.workloadId, r.access]));
}
