// Review templates and the provenance of answers: typed reads and writes only (src/review/templates.ts decides).
// Functions over a Store (the database or a transaction), as choice-states.ts does.
import type { Store } from './store.js';

export interface TemplateRecord {
  id: string;
  name: string;
  description: string;
  notes: string;
  lensAliases: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface TemplateAnswerRecord {
  lensAlias: string;
  questionId: string;
  selectedChoices: string[];
  isApplicable: boolean;
  reason: string | null;
  notes: string;
  notApplicableChoices: { choiceId: string; reason: string }[];
}

/** The template an answer of a workload came from, and whether the workload overrode it. */
export interface ProvenanceRecord {
  questionId: string;
  templateId: string;
  templateName: string;
  overridden: boolean;
}

type TemplateRow = { id: string; name: string; description: string; notes: string; lens_aliases: string; version: number; created_at: string; updated_at: string; updated_by: string };

function templateOf(r: TemplateRow): TemplateRecord {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    notes: r.notes,
    lensAliases: JSON.parse(r.lens_aliases) as string[],
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

const key = (name: string) => name.trim().toLowerCase();

export async function insertTemplate(store: Store, t: TemplateRecord): Promise<void> {
  await store.db
    .insertInto('review_templates')
    .values({
      id: t.id,
      name: t.name,
      name_key: key(t.name),
      description: t.description,
      notes: t.notes,
      lens_aliases: JSON.stringify(t.lensAliases),
      version: t.version,
      created_at: t.createdAt,
      updated_at: t.updatedAt,
      updated_by: t.updatedBy,
    })
    .execute();
}

/** Writes the template's fields only if it still has `expectedVersion`; returns false when it was stale. */
export async function updateTemplate(store: Store, t: TemplateRecord, expectedVersion: number): Promise<boolean> {
  const result = await store.db
    .updateTable('review_templates')
    .set({
      name: t.name,
      name_key: key(t.name),
      description: t.description,
      notes: t.notes,
      lens_aliases: JSON.stringify(t.lensAliases),
      version: expectedVersion + 1,
      updated_at: t.updatedAt,
      updated_by: t.updatedBy,
    })
    .where('id', '=', t.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function getTemplate(store: Store, id: string): Promise<TemplateRecord | undefined> {
  const row = await store.db.selectFrom('review_templates').selectAll().where('id', '=', id).executeTakeFirst();
  return row && templateOf(row);
}

export async function getTemplateByName(store: Store, name: string): Promise<TemplateRecord | undefined> {
  const row = await store.db.selectFrom('review_templates').selectAll().where('name_key', '=', key(name)).executeTakeFirst();
  return row && templateOf(row);
}

export async function listTemplates(store: Store): Promise<TemplateRecord[]> {
  const rows = await store.db.selectFrom('review_templates').selectAll().orderBy('name_key').execute();
  return rows.map(templateOf);
}

export async function deleteTemplate(store: Store, id: string): Promise<void> {
  await store.db.deleteFrom('review_templates').where('id', '=', id).execute();
}

export async function listTemplateAnswers(store: Store, templateId: string): Promise<TemplateAnswerRecord[]> {
  const rows = await store.db.selectFrom('review_template_answers').selectAll().where('template_id', '=', templateId).orderBy('lens_alias').orderBy('question_id').execute();
  return rows.map((r) => ({
    lensAlias: r.lens_alias,
    questionId: r.question_id,
    selectedChoices: JSON.parse(r.selected_choices) as string[],
    isApplicable: Number(r.is_applicable) === 1,
    reason: r.reason,
    notes: r.notes,
    notApplicableChoices: JSON.parse(r.na_choices) as { choiceId: string; reason: string }[],
  }));
}

/** Replaces every answer of a template (call inside the transaction that updates the template). */
export async function replaceTemplateAnswers(store: Store, templateId: string, answers: readonly TemplateAnswerRecord[]): Promise<void> {
  await store.db.deleteFrom('review_template_answers').where('template_id', '=', templateId).execute();
  if (answers.length === 0) return;
  await store.db
    .insertInto('review_template_answers')
    .values(
      answers.map((a) => ({
        template_id: templateId,
        lens_alias: a.lensAlias,
        question_id: a.questionId,
        selected_choices: JSON.stringify(a.selectedChoices),
        is_applicable: a.isApplicable ? 1 : 0,
        reason: a.reason,
        notes: a.notes,
        na_choices: JSON.stringify(a.notApplicableChoices),
      })),
    )
    .execute();
}

// Provenance of answers

/** Marks an answer of a workload as coming from a template (replacing any other template's mark), not overridden. */
export async function setProvenance(store: Store, workloadId: string, lensAlias: string, questionId: string, templateId: string, overridden = false): Promise<void> {
  await clearProvenance(store, workloadId, lensAlias, questionId);
  await store.db
    .insertInto('answer_templates')
    .values({ workload_id: workloadId, lens_alias: lensAlias, question_id: questionId, template_id: templateId, overridden: overridden ? 1 : 0 })
    .execute();
}

export async function clearProvenance(store: Store, workloadId: string, lensAlias: string, questionId: string): Promise<void> {
  await store.db.deleteFrom('answer_templates').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).where('question_id', '=', questionId).execute();
}

/** Marks a templated answer as overridden by the workload; nothing happens to an answer no template filled. */
export async function markOverridden(store: Store, workloadId: string, lensAlias: string, questionId: string): Promise<void> {
  await store.db
    .updateTable('answer_templates')
    .set({ overridden: 1 })
    .where('workload_id', '=', workloadId)
    .where('lens_alias', '=', lensAlias)
    .where('question_id', '=', questionId)
    .execute();
}

/** The provenance of the answers of one lens review, by question id. */
export async function listProvenance(store: Store, workloadId: string, lensAlias: string): Promise<Map<string, ProvenanceRecord>> {
  const rows = await store.db
    .selectFrom('answer_templates')
    .innerJoin('review_templates', 'review_templates.id', 'answer_templates.template_id')
    .select(['answer_templates.question_id as question_id', 'answer_templates.template_id as template_id', 'review_templates.name as name', 'answer_templates.overridden as overridden'])
    .where('answer_templates.workload_id', '=', workloadId)
    .where('answer_templates.lens_alias', '=', lensAlias)
    .execute();
  return new Map(rows.map((r) => [r.question_id, { questionId: r.question_id, templateId: r.template_id, templateName: r.name, overridden: Number(r.overridden) === 1 }]));
}

/** Every answer that came from a template: where it is and whether it was overridden. */
export async function listLinkedAnswers(store: Store, templateId: string): Promise<{ workloadId: string; lensAlias: string; questionId: string; overridden: boolean }[]> {
  const rows = await store.db.selectFrom('answer_templates').selectAll().where('template_id', '=', templateId).orderBy('workload_id').orderBy('lens_alias').orderBy('question_id').execute();
  return rows.map((r) => ({ workloadId: r.workload_id, lensAlias: r.lens_alias, questionId: r.question_id, overridden: Number(r.overridden) === 1 }));
}

/** How many workloads hold an answer from the template. */
export async function countLinkedWorkloads(store: Store, templateId: string): Promise<number> {
  const row = await store.db
    .selectFrom('answer_templates')
    .select((eb) => eb.fn.count<string>('workload_id').distinct().as('n'))
    .where('template_id', '=', templateId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
