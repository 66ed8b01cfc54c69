// Lens reviews of a workload and their answers; answer updates are optimistic (a version column).
import type { Db } from './db.js';
import { parseList as list } from './db.js';
import type { AnswerRecord, AnswerValues, LensReviewRecord } from './records.js';
import type { Database } from './schema.js';

function answerRecord(row: Pick<Database['answers'], 'question_id' | 'selected_choices' | 'is_applicable' | 'reason' | 'notes' | 'version' | 'updated_at'>): AnswerRecord {
  return {
    questionId: row.question_id,
    selectedChoices: list(row.selected_choices),
    isApplicable: Number(row.is_applicable) === 1,
    reason: row.reason,
    notes: row.notes,
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

export async function insertLensReview(db: Db, r: LensReviewRecord): Promise<void> {
  await db
    .insertInto('lens_reviews')
    .values({ workload_id: r.workloadId, lens_alias: r.lensAlias, lens_version: r.lensVersion, position: r.position, updated_at: r.updatedAt })
    .execute();
}

export async function listLensReviews(db: Db, workloadId: string): Promise<LensReviewRecord[]> {
  const rows = await db.selectFrom('lens_reviews').selectAll().where('workload_id', '=', workloadId).orderBy('position').execute();
  return rows.map((r) => ({ workloadId: r.workload_id, lensAlias: r.lens_alias, lensVersion: r.lens_version, position: Number(r.position), updatedAt: r.updated_at }));
}

export async function setLensReviewVersion(db: Db, workloadId: string, lensAlias: string, version: string, at: string): Promise<void> {
  await db
    .updateTable('lens_reviews')
    .set({ lens_version: version, updated_at: at })
    .where('workload_id', '=', workloadId)
    .where('lens_alias', '=', lensAlias)
    .execute();
}

export async function deleteLensReview(db: Db, workloadId: string, lensAlias: string): Promise<void> {
  await db.deleteFrom('answers').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).execute();
  await db.deleteFrom('lens_reviews').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).execute();
}

export async function insertAnswers(db: Db, workloadId: string, lensAlias: string, answers: AnswerRecord[]): Promise<void> {
  if (answers.length === 0) return;
  await db
    .insertInto('answers')
    .values(
      answers.map((a) => ({
        workload_id: workloadId,
        lens_alias: lensAlias,
        question_id: a.questionId,
        selected_choices: JSON.stringify(a.selectedChoices),
        is_applicable: a.isApplicable ? 1 : 0,
        reason: a.reason,
        notes: a.notes,
        version: a.version,
        updated_at: a.updatedAt,
      })),
    )
    .execute();
}

export async function listAnswers(db: Db, workloadId: string, lensAlias: string): Promise<AnswerRecord[]> {
  const rows = await db
    .selectFrom('answers')
    .select(['question_id', 'selected_choices', 'is_applicable', 'reason', 'notes', 'version', 'updated_at'])
    .where('workload_id', '=', workloadId)
    .where('lens_alias', '=', lensAlias)
    .execute();
  return rows.map(answerRecord);
}

export async function getAnswer(db: Db, workloadId: string, lensAlias: string, questionId: string): Promise<AnswerRecord | undefined> {
  const row = await db
    .selectFrom('answers')
    .select(['question_id', 'selected_choices', 'is_applicable', 'reason', 'notes', 'version', 'updated_at'])
    .where('workload_id', '=', workloadId)
    .where('lens_alias', '=', lensAlias)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  return row && answerRecord(row);
}

/**
 * Writes an answer only if it still has `expectedVersion` (optimistic concurrency): one atomic UPDATE, so two
 * writers holding the same version cannot both win. Returns the new version, or undefined when it was stale.
 */
export async function updateAnswer(db: Db, workloadId: string, lensAlias: string, questionId: string, values: AnswerValues, expectedVersion: number, at: string): Promise<number | undefined> {
  const result = await db
    .updateTable('answers')
    .set({
      selected_choices: JSON.stringify(values.selectedChoices),
      is_applicable: values.isApplicable ? 1 : 0,
      reason: values.reason,
      notes: values.notes,
      version: expectedVersion + 1,
      updated_at: at,
    })
    .where('workload_id', '=', workloadId)
    .where('lens_alias', '=', lensAlias)
    .where('question_id', '=', questionId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? expectedVersion + 1 : undefined;
}

export async function deleteAnswer(db: Db, workloadId: string, lensAlias: string, questionId: string): Promise<void> {
  await db.deleteFrom('answers').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).where('question_id', '=', questionId).execute();
}

/** The workloads (id and name, by name) with a review of the lens `lensAlias`. */
export async function listWorkloadsUsingLens(db: Db, lensAlias: string): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .selectFrom('lens_reviews')
    .innerJoin('workloads', 'workloads.id', 'lens_reviews.workload_id')
    .select(['workloads.id as id', 'workloads.name as name'])
    .where('lens_reviews.lens_alias', '=', lensAlias)
    .orderBy('workloads.name_key')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name }));
}
