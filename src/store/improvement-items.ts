// Improvement-plan items of a lens review: one row per choice a team has touched (status, owner, due date);
// writes are optimistic like answers (a version column), so two people editing one item never lose a change.
import type { Store } from './store.js';
import type { ImprovementItemTable } from './schema.js';

export interface ImprovementItemRecord {
  questionId: string;
  choiceId: string;
  status: string;
  reason: string;
  owner: string;
  due: string;
  version: number;
  updatedAt: string;
}

function recordOf(r: ImprovementItemTable): ImprovementItemRecord {
  return { questionId: r.question_id, choiceId: r.choice_id, status: r.status, reason: r.reason, owner: r.owner, due: r.due, version: Number(r.version), updatedAt: r.updated_at };
}

/** Every stored item of a lens review, by question then choice. */
export async function listImprovementItems(store: Store, workloadId: string, lensAlias: string): Promise<ImprovementItemRecord[]> {
  const rows = await store.db
    .selectFrom('improvement_items')
    .selectAll()
    .where('workload_id', '=', workloadId)
    .where('lens_alias', '=', lensAlias)
    .orderBy('question_id')
    .orderBy('choice_id')
    .execute();
  return rows.map(recordOf);
}

export async function getImprovementItem(store: Store, workloadId: string, lensAlias: string, questionId: string, choiceId: string): Promise<ImprovementItemRecord | undefined> {
  const row = await store.db
    .selectFrom('improvement_items')
    .selectAll()
    .where('workload_id', '=', workloadId)
    .where('lens_alias', '=', lensAlias)
    .where('question_id', '=', questionId)
    .where('choice_id', '=', choiceId)
    .executeTakeFirst();
  return row && recordOf(row);
}

/**
 * Writes an item only if it still has `expectedVersion` (0: not stored yet, then it is inserted; a racing insert
 * is a unique violation the caller turns into a conflict). Returns the new version, or undefined when stale.
 */
export async function writeImprovementItem(store: Store, workloadId: string, lensAlias: string, item: Omit<ImprovementItemRecord, 'version'>, expectedVersion: number): Promise<number | undefined> {
  const values = { status: item.status, reason: item.reason, owner: item.owner, due: item.due, version: expectedVersion + 1, updated_at: item.updatedAt };
  if (expectedVersion === 0) {
    const existing = await getImprovementItem(store, workloadId, lensAlias, item.questionId, item.choiceId);
    if (existing) return undefined;
    await store.db
      .insertInto('improvement_items')
      .values({ workload_id: workloadId, lens_alias: lensAlias, question_id: item.questionId, choice_id: item.choiceId, ...values })
      .execute();
    return 1;
  }
  const result = await store.db
    .updateTable('improvement_items')
    .set(values)
    .where('workload_id', '=', workloadId)
    .where('lens_alias', '=', lensAlias)
    .where('question_id', '=', item.questionId)
    .where('choice_id', '=', item.choiceId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? expectedVersion + 1 : undefined;
}

/** Inserts items as they are (an import); call inside the transaction that creates the review. */
export async function insertImprovementItems(store: Store, workloadId: string, lensAlias: string, items: readonly ImprovementItemRecord[]): Promise<void> {
  if (items.length === 0) return;
  await store.db
    .insertInto('improvement_items')
    .values(
      items.map((i) => ({
        workload_id: workloadId,
        lens_alias: lensAlias,
        question_id: i.questionId,
        choice_id: i.choiceId,
        status: i.status,
        reason: i.reason,
        owner: i.owner,
        due: i.due,
        version: i.version,
        updated_at: i.updatedAt,
      })),
    )
    .execute();
}
