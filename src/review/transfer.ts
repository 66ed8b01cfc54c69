// Workload export and import as one JSON document: the workload, its lens reviews with the pinned lens
// documents (so the file can move between servers), answers, scan and analysis evidence, and milestones.
import { z } from 'zod';
import { answerValuesOf, workloadFieldsOf, workloadRecordOf } from './records.js';
import { answerModel, improvementItemModel, milestoneModel, workloadFieldsModel } from './model.js';
import { itemProblems, itemValuesOf } from './improvement-items.js';
import { insertImprovementItems, type ImprovementItemRecord } from '../store/improvement-items.js';
import { conflict, invalid, say } from './errors.js';
import { ALIAS_PATTERN, lensVersionId } from './lenses.js';
import { M } from './messages.js';
import { controlProblem, textProblem, validateAnswer, validateWorkload, type Environment } from './validate.js';
import type { AnswerRecord } from '../store/records.js';
import type { Lens } from '../lens/types.js';
import type { ReviewService } from './service.js';
import type { WorkloadView } from './views.js';
import { isUniqueViolation } from '../store/store.js';
import { BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import { collectEvidence, evidenceExportSchema, unknownEvidenceChoice, writeEvidence } from './transfer-evidence.js';
import { collectHistory, historyExportSchema, writeHistory } from './transfer-history.js';
import { grantCreatorIn } from './access.js';
import { choiceStatesExportSchema, choiceStatesProblem, collectChoiceStates, writeChoiceStates } from './transfer-choices.js';
import { collectProvenance, provenanceExportSchema, writeProvenance, type MissingTemplate } from './transfer-templates.js';
import { checkedProfile, collectProfile, profileExportSchema, writeProfile } from './transfer-profile.js';
import { LOCAL_CALLER, type ProfileCaller } from './profiles.js';

export const EXPORT_FORMAT = 'slens.workload';
export const EXPORT_FORMAT_VERSION = 1;

const answerSchema = answerModel.extend({ version: z.number().int().min(0).optional() });

export const workloadExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  workload: workloadFieldsModel.extend({ workloadId: z.string().regex(/^[a-f0-9]{32}$/).optional() }),
  // The attached profile; absent in older exports and when the workload has none.
  profile: profileExportSchema.optional(),
  lenses: z.array(
    z.object({
      alias: z.string().regex(ALIAS_PATTERN),
      name: z.string(),
      builtin: z.boolean(),
      version: z.string(),
      label: z.string().nullable(),
      document: z.string(),
      documentJa: z.string().nullable(),
    }),
  ),
  lensReviews: z.array(
    z.object({
      lensAlias: z.string(),
      lensVersion: z.string(),
      answers: z.array(answerSchema),
      // Absent in exports made before evidence was carried, and when the review holds none.
      evidence: evidenceExportSchema.optional(),
      // Per-choice not applicable and notes; absent in older exports and when the review has none.
      choiceStates: choiceStatesExportSchema.optional(),
      // Absent in exports made before the plan's items were tracked.
      improvementItems: z.array(improvementItemModel).max(5000).optional(),
      // Which answers came from review templates; absent in older exports and when none did.
      fromTemplates: provenanceExportSchema.optional(),
    }),
  ),
  // The workload's history, oldest first; absent in exports made before history was carried.
  history: historyExportSchema.optional(),
  milestones: z.array(
    milestoneModel.extend({
      // The frozen answers, checked like live ones so a milestone can always be read back.
      snapshot: z.object({
        pillarPriorities: workloadFieldsModel.shape.pillarPriorities,
        lensReviews: z
          .array(
            z.object({
              lensAlias: z.string(),
              lensVersion: z.string(),
              answers: z.array(answerModel).max(1000),
              choiceStates: choiceStatesExportSchema.optional(),
              improvementItems: z.array(improvementItemModel).max(5000).optional(),
              // The questions prioritized when the milestone was made; absent when none.
              prioritizedQuestions: z.array(z.string().max(128)).max(1000).optional(),
            }),
          )
          .max(20),
      }),
    }),
  ),
});

export type WorkloadExport = z.infer<typeof workloadExportSchema>;
export type { HistoryExport } from './transfer-history.js';

export async function exportWorkload(service: ReviewService, ref: string): Promise<WorkloadExport> {
  const w = await service.resolveWorkload(ref);
  const reviews = await service.store.listLensReviews(w.id);
  const lenses: WorkloadExport['lenses'] = [];
  const lensReviews: WorkloadExport['lensReviews'] = [];
  for (const r of reviews) {
    const lens = await service.store.getLens(r.lensAlias);
    const v = await service.store.getLensVersion(r.lensAlias, r.lensVersion);
    if (!lens || !v) continue;
    lenses.push({ alias: lens.alias, name: lens.name, builtin: lens.builtin, version: v.version, label: v.label, document: v.document, documentJa: v.documentJa });
    const answers = (await service.store.listAnswers(w.id, r.lensAlias))
      .map(answerValuesOf)
      .sort((a, b) => a.questionId.localeCompare(b.questionId));
    const evidence = await collectEvidence(service.store, w.id, r.lensAlias);
    const choiceStates = await collectChoiceStates(service.store, w.id, r.lensAlias);
    const improvementItems = (await itemValuesOf(service, w.id, r.lensAlias)).map(({ version: _version, ...values }) => values);
    const fromTemplates = await collectProvenance(service.store, w.id, r.lensAlias);
    lensReviews.push({ lensAlias: r.lensAlias, lensVersion: r.lensVersion, answers, ...(evidence ? { evidence } : {}), ...(choiceStates ? { choiceStates } : {}), ...(improvementItems.length ? { improvementItems } : {}), ...(fromTemplates ? { fromTemplates } : {}) });
  }
  const milestones: WorkloadExport['milestones'] = [];
  for (const m of await service.store.listMilestones(w.id)) {
    const full = await service.store.getMilestone(w.id, m.number);
    if (full) milestones.push({ milestoneNumber: m.number, milestoneName: m.name, recordedAt: m.createdAt, snapshot: JSON.parse(full.snapshot) as WorkloadExport['milestones'][number]['snapshot'] });
  }
  const history = await collectHistory(service.store, w.id);
  const profile = await collectProfile(service.store, w.id);
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    workload: { workloadId: w.id, ...workloadFieldsOf(w) },
    ...(profile ? { profile } : {}),
    lenses,
    lensReviews,
    ...(history.length ? { history } : {}),
    milestones,
  };
}

/** Every question of the pinned lens gets a row; answers are validated like any other update. */
async function checkedAnswers(doc: WorkloadExport, reviewIndex: number, now: string): Promise<AnswerRecord[]> {
  const review = doc.lensReviews[reviewIndex]!;
  const entry = doc.lenses.find((l) => l.alias === review.lensAlias && l.version === review.lensVersion);
  let lens: Lens;
  try {
    lens = JSON.parse(entry?.document ?? '') as Lens;
  } catch {
    fail(`lens ${review.lensAlias}: the document is not JSON`);
  }
  const questions = (lens.pillars ?? []).flatMap((p) => p.questions ?? []);
  const unknown = review.evidence && unknownEvidenceChoice(review.evidence, new Set(questions.flatMap((q) => (q.choices ?? []).map((c) => `${q.id}/${c.id}`))));
  if (unknown !== undefined) fail(`the evidence of lens review ${review.lensAlias} names choice ${unknown}, which its lens does not have`);
  const choiceProblem = review.choiceStates && choiceStatesProblem(review.choiceStates, lens, review.lensAlias);
  if (choiceProblem) fail(`lens review ${review.lensAlias}: ${choiceProblem}`);
  const given = new Map<string, WorkloadExport['lensReviews'][number]['answers'][number]>();
  for (const [index, a] of review.answers.entries()) {
    if (given.has(a.questionId)) fail(`lensReviews.${reviewIndex}.answers.${index}.questionId: question ${a.questionId} is answered twice`);
    given.set(a.questionId, a);
  }
  const rows: AnswerRecord[] = [];
  for (const question of questions) {
    const a = given.get(question.id);
    given.delete(question.id);
    const values = a ? validateAnswer(question, a) : { selectedChoices: [], isApplicable: true, reason: null, notes: '' };
    rows.push({ questionId: question.id, ...values, version: 0, updatedAt: now });
    // Counting the characters of many long notes adds up: other requests are served in between.
    if (a) await yieldToEventLoop();
  }
  const extra = [...given.keys()][0];
  if (extra !== undefined) fail(`lens review ${review.lensAlias} answers question ${extra}, which its lens does not have`);
  return rows;
}

function lensDocument(document: string, alias: string): Lens {
  try {
    return JSON.parse(document) as Lens;
  } catch {
    fail(`lens ${alias}: the document is not JSON`);
  }
}

/** The review's items checked against its lens like any update (a known choice, WONT_DO with a reason, a real date). */
function checkedItems(doc: WorkloadExport, reviewIndex: number, now: string): ImprovementItemRecord[] {
  const review = doc.lensReviews[reviewIndex]!;
  const entry = doc.lenses.find((l) => l.alias === review.lensAlias && l.version === review.lensVersion);
  const lens = entry ? lensDocument(entry.document, review.lensAlias) : ({} as Lens);
  const choices = new Map((lens.pillars ?? []).flatMap((p) => p.questions ?? []).map((q) => [q.id, (q.choices ?? []).map((c) => c.id)]));
  const seen = new Set<string>();
  return (review.improvementItems ?? []).map((item, index) => {
    const key = `${item.questionId}/${item.choiceId}`;
    if (seen.has(key)) fail(`lensReviews.${reviewIndex}.improvementItems.${index}: item ${key} is listed twice`);
    seen.add(key);
    const problem = itemProblems(item, choices.get(item.questionId))[0];
    if (problem) fail(`lensReviews.${reviewIndex}.improvementItems.${index}.${problem.field}: ${problem.message.en}`);
    return { ...item, version: 1, updatedAt: now };
  });
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function fail(message: string): never {
  throw invalid([{ field: 'body', message: say(M.importFormat, { message }) }]);
}

/**
 * Imports an exported workload in one transaction. Lens versions are checked against their hash and added when
 * missing; the workload keeps its id when it is free, and takes `name` when given (a copy beside the original).
 */
export async function importWorkload(service: ReviewService, data: unknown, options: { name?: string; caller?: ProfileCaller } = {}): Promise<WorkloadView & { missingTemplates?: MissingTemplate[] }> {
  await service.ready();
  const parsed = workloadExportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(`${issue?.path.join('.') || '(document)'}: ${issue?.message ?? 'invalid'}`);
  }
  const doc = parsed.data;
  const fields = validateWorkload({ ...doc.workload, workloadName: options.name ?? doc.workload.workloadName, environment: doc.workload.environment as Environment });
  for (const [index, lens] of doc.lenses.entries()) {
    if (lensVersionId(lens.document, lens.documentJa) !== lens.version) fail(`lens ${lens.alias} version ${lens.version} does not match its document`);
    const control = controlProblem(lens.name) ?? controlProblem(lens.label ?? '');
    if (control) throw invalid([{ field: `lenses.${index}.${controlProblem(lens.name) ? 'name' : 'label'}`, message: control }]);
    if (lens.builtin !== (lens.alias === BUILTIN_LENS_ALIAS)) fail(`lens ${lens.alias}: only "${BUILTIN_LENS_ALIAS}" is built in`);
  }
  for (const r of doc.lensReviews) if (!doc.lenses.some((l) => l.alias === r.lensAlias && l.version === r.lensVersion)) fail(`lens review ${r.lensAlias} names a lens version the file does not hold`);
  for (const [index, m] of doc.milestones.entries()) {
    const problem = textProblem(m.milestoneName, 100, M.milestoneName, 1);
    if (problem) throw invalid([{ field: `milestones.${index}.milestoneName`, message: problem }]);
  }
  for (const m of doc.milestones)
    for (const r of m.snapshot.lensReviews) {
      const entry = doc.lenses.find((l) => l.alias === r.lensAlias && l.version === r.lensVersion);
      if (!entry) fail(`milestone ${m.milestoneNumber} names a lens version the file does not hold`);
      const problem = r.choiceStates && choiceStatesProblem(r.choiceStates, lensDocument(entry.document, r.lensAlias), r.lensAlias);
      if (problem) fail(`milestone ${m.milestoneNumber}, lens review ${r.lensAlias}: ${problem}`);
    }
  const now = service.now();
  const answers: AnswerRecord[][] = [];
  for (const index of doc.lensReviews.keys()) answers.push(await checkedAnswers(doc, index, now));
  const items = [...doc.lensReviews.keys()].map((index) => checkedItems(doc, index, now));
  const profile = doc.profile && checkedProfile(doc.profile);
  let id = '';
  const missing: MissingTemplate[] = [];
  try {
    await service.store.transaction(async (tx) => {
      for (const lens of doc.lenses) {
        const existing = await tx.getLens(lens.alias);
        if (existing && existing.builtin !== lens.builtin) fail(`lens alias ${lens.alias} is used by another lens here`);
        if (!existing) await tx.insertLens({ alias: lens.alias, name: lens.name, builtin: lens.builtin, createdAt: now });
        if (!(await tx.getLensVersion(lens.alias, lens.version)))
          await tx.insertLensVersion({ lensAlias: lens.alias, version: lens.version, label: lens.label, document: lens.document, documentJa: lens.documentJa, createdAt: now });
      }
      if (await tx.getWorkloadByName(fields.workloadName)) throw conflict('name-taken', say(M.nameTaken, { name: fields.workloadName }));
      const wanted = doc.workload.workloadId;
      id = wanted && !(await tx.getWorkload(wanted)) ? wanted : (await import('node:crypto')).randomBytes(16).toString('hex');
      await tx.insertWorkload(workloadRecordOf(id, fields, now, now));
      let position = 0;
      for (const [index, r] of doc.lensReviews.entries()) {
        await tx.insertLensReview({ workloadId: id, lensAlias: r.lensAlias, lensVersion: r.lensVersion, position: ++position, updatedAt: now });
        await tx.insertAnswers(id, r.lensAlias, answers[index] ?? []);
        if (r.evidence) await writeEvidence(tx, id, r.lensAlias, r.evidence);
        if (r.choiceStates) await writeChoiceStates(tx, id, r.lensAlias, r.choiceStates);
        await insertImprovementItems(tx, id, r.lensAlias, items[index] ?? []);
        if (r.fromTemplates) {
          const questions = new Set((answers[index] ?? []).map((a) => a.questionId));
          for (const m of await writeProvenance(tx, id, r.lensAlias, r.fromTemplates, questions)) if (!missing.some((x) => x.templateId === m.templateId)) missing.push(m);
        }
      }
      if (profile) await writeProfile(tx, id, profile, options.caller ?? LOCAL_CALLER, now);
      for (const m of doc.milestones)
        await tx.insertMilestone({ workloadId: id, number: m.milestoneNumber, name: m.milestoneName, snapshot: JSON.stringify(m.snapshot), createdAt: m.recordedAt });
      if (doc.history) await writeHistory(tx, id, doc.history);
      await grantCreatorIn(tx, id, now);
    });
  } catch (error) {
    if (isUniqueViolation(error)) fail('it repeats a question, a lens review or a milestone');
    throw error;
  }
  const view = await service.getWorkload(id);
  return missing.length > 0 ? { ...view, missingTemplates: missing } : view;
}
