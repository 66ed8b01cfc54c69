// Review templates: create, read, update (versioned: a stale version is a 409) and delete, each answer checked
// against the latest version of its lens. An update reaches every workload answer linked to the template in the
// same transaction (template-apply.ts); applying and resetting live there too.
import { randomBytes } from 'node:crypto';
import { findQuestion, isNoneChoiceId } from '../lens/types.js';
import { listChoiceStates } from '../store/choice-states.js';
import * as T from '../store/review-templates.js';
import { isUniqueViolation, type Store } from '../store/store.js';
import { fill, type Localized } from '../util/i18n.js';
import { conflict, invalid, isReviewError, notFound, say, type FieldMessage } from './errors.js';
import { lensOfVersion, requireLensVersion } from './lenses.js';
import { M } from './messages.js';
import type { ReviewService } from './service.js';
import { applyTemplateIn, propagateTemplate, templatesFor, writeFromTemplate, type ApplyResult, type Editor } from './template-apply.js';
import { CHOICE_NA_REASONS, TEMPLATE_LIMITS, type TemplateAnswerInput, type TemplateView } from './template-model.js';
import { textProblem, validateAnswer } from './validate.js';
import type { AnswerView } from './views.js';

const MSG = {
  notFound: { en: 'no review template with id or name "{ref}"', ja: 'ID または名前が「{ref}」のレビューテンプレートはありません' },
  nameTaken: { en: 'A review template named "{name}" already exists; choose another name.', ja: 'レビューテンプレート「{name}」は既にあります。別の名前にしてください。' },
  name: { en: 'A template name needs 3 to 100 characters; this one has {count}.', ja: 'テンプレート名は3〜100文字で入力してください（いまは{count}文字です）。' },
  stale: {
    en: 'review template "{name}" changed since you read it (you sent version {expected}, it is now {current}); read it again and retry',
    ja: 'レビューテンプレート「{name}」は読み込んだ後に変更されています（送ったバージョンは {expected}、現在は {current}）。読み込み直してから再度お試しください',
  },
  noLenses: { en: 'A template needs at least one lens.', ja: 'テンプレートには少なくとも1つのレンズが必要です。' },
  unknownLens: { en: 'no lens "{alias}"', ja: 'レンズ「{alias}」はありません' },
  lensNotInTemplate: { en: 'lens "{alias}" is not one of the template\'s lenses ({lenses})', ja: 'レンズ「{alias}」はテンプレートのレンズ（{lenses}）に含まれていません' },
  twice: { en: 'question {questionId} of lens {alias} is answered twice', ja: 'レンズ {alias} の質問 {questionId} が2回回答されています' },
  naChoice: { en: 'choice {choiceId} cannot be marked not applicable: {why}', ja: '選択肢 {choiceId} は該当しないにできません: {why}' },
  naUnknown: { en: 'question {questionId} has no such choice', ja: '質問 {questionId} にその選択肢はありません' },
  naNone: { en: 'it is "None of these"', ja: '「いずれも該当しません」です' },
  naSelected: { en: 'it is selected', ja: '選択されています' },
  naQuestion: { en: 'the question itself does not apply', ja: '質問自体が該当しません' },
  naReason: { en: '"{reason}" is not a reason (use {known})', ja: '「{reason}」は理由として使えません（{known} のいずれか）' },
  noAnswer: { en: 'review template "{name}" does not answer question {questionId} of lens {alias}', ja: 'レビューテンプレート「{name}」はレンズ {alias} の質問 {questionId} に回答していません' },
  notFromTemplate: { en: 'answer {questionId} of workload "{workload}" did not come from a review template', ja: 'ワークロード「{workload}」の回答 {questionId} はレビューテンプレートから来たものではありません' },
} as const satisfies Record<string, Localized>;

/** A template answer as callers give it (the API's schema has already narrowed reasons; the CLI's file has not). */
export type AnswerGiven = Omit<TemplateAnswerInput, 'reason' | 'notApplicableChoices'> & { reason?: string | null; notApplicableChoices?: { choiceId: string; reason: string }[] };

export interface TemplateInput {
  templateName?: string;
  description?: string;
  notes?: string;
  lensAliases?: string[];
  /** Replaces every answer of the template when given. */
  answers?: AnswerGiven[];
  /** The version last read (updates): a stale one is a 409. Omitted only by one-shot callers such as the CLI. */
  version?: number;
}

/** A template by id, or else by its unique name (case-insensitive); 404 otherwise. */
export async function resolveTemplate(store: Store, ref: string): Promise<T.TemplateRecord> {
  const found = (await templatesFor(store, [ref]))[0];
  if (!found) throw notFound(say(MSG.notFound, { ref }));
  return found.template;
}

function stale(t: T.TemplateRecord, expected: number) {
  return conflict('stale-version', say(MSG.stale, { name: t.name, expected, current: t.version }), { currentVersion: t.version });
}

function checkFields(input: { templateName: string; description: string; notes: string; lensAliases: string[] }): FieldMessage[] {
  const fields: FieldMessage[] = [];
  const name = input.templateName.trim();
  const nameProblem = textProblem(name, TEMPLATE_LIMITS.name[1], MSG.name, TEMPLATE_LIMITS.name[0]);
  if (nameProblem) fields.push({ field: 'templateName', message: nameProblem });
  const description = textProblem(input.description, TEMPLATE_LIMITS.description, M.textTooLong);
  if (description) fields.push({ field: 'description', message: description });
  const notes = textProblem(input.notes, TEMPLATE_LIMITS.notes, M.textTooLong);
  if (notes) fields.push({ field: 'notes', message: notes });
  if (input.lensAliases.length === 0) fields.push({ field: 'lensAliases', message: MSG.noLenses });
  return fields;
}

/** Each answer checked against the latest version of its lens, as an update of a workload's answer would be. */
async function checkedAnswers(store: Store, lensAliases: readonly string[], answers: readonly AnswerGiven[]): Promise<T.TemplateAnswerRecord[]> {
  const fields: FieldMessage[] = [];
  const lenses = new Map<string, ReturnType<typeof lensOfVersion>>();
  for (const [i, alias] of lensAliases.entries()) {
    try {
      lenses.set(alias, lensOfVersion(await requireLensVersion(store, alias), 'en'));
    } catch (error) {
      if (!isReviewError(error) || error.status !== 404) throw error;
      fields.push({ field: `lensAliases.${i}`, message: say(MSG.unknownLens, { alias }) });
    }
  }
  if (fields.length > 0) throw invalid(fields);
  const seen = new Set<string>();
  const out: T.TemplateAnswerRecord[] = [];
  for (const [i, a] of answers.entries()) {
    const at = `answers.${i}`;
    const lens = lenses.get(a.lensAlias);
    if (!lens) {
      fields.push({ field: `${at}.lensAlias`, message: say(MSG.lensNotInTemplate, { alias: a.lensAlias, lenses: lensAliases.join(', ') }) });
      continue;
    }
    const question = findQuestion(lens, a.questionId)?.question;
    if (!question) {
      const known = lens.pillars.flatMap((p) => p.questions.map((q) => q.id)).join(', ');
      fields.push({ field: `${at}.questionId`, message: say(M.questionNotFound, { alias: a.lensAlias, questionId: a.questionId, known }) });
      continue;
    }
    const key = `${a.lensAlias}/${a.questionId}`;
    if (seen.has(key)) fields.push({ field: `${at}.questionId`, message: say(MSG.twice, { alias: a.lensAlias, questionId: a.questionId }) });
    seen.add(key);
    const isApplicable = a.isApplicable ?? true;
    try {
      const values = validateAnswer(question, { selectedChoices: a.selectedChoices ?? [], isApplicable, reason: isApplicable ? null : (a.reason ?? 'OTHER'), notes: a.notes ?? '' });
      const known = new Set(question.choices.map((c) => c.id));
      const na = a.notApplicableChoices ?? [];
      for (const [j, c] of na.entries()) {
        const why = !known.has(c.choiceId)
          ? say(MSG.naUnknown, { questionId: a.questionId })
          : isNoneChoiceId(c.choiceId)
            ? MSG.naNone
            : values.selectedChoices.includes(c.choiceId)
              ? MSG.naSelected
              : !isApplicable
                ? MSG.naQuestion
                : !(CHOICE_NA_REASONS as readonly string[]).includes(c.reason)
                  ? say(MSG.naReason, { reason: c.reason, known: CHOICE_NA_REASONS.join(', ') })
                  : undefined;
        if (why) fields.push({ field: `${at}.notApplicableChoices.${j}`, message: { en: fill(MSG.naChoice.en, { choiceId: c.choiceId, why: why.en }), ja: fill(MSG.naChoice.ja, { choiceId: c.choiceId, why: why.ja }) } });
      }
      out.push({ lensAlias: a.lensAlias, questionId: a.questionId, ...values, notApplicableChoices: na.map((c) => ({ choiceId: c.choiceId, reason: c.reason })) });
    } catch (error) {
      if (!isReviewError(error)) throw error;
      fields.push(...error.fields.map((f) => ({ field: `${at}.${f.field}`, message: f.message })));
    }
  }
  if (fields.length > 0) throw invalid(fields);
  return out;
}

async function viewOf(store: Store, t: T.TemplateRecord): Promise<TemplateView> {
  const answers = (await T.listTemplateAnswers(store, t.id)) as TemplateView['answers'];
  return {
    templateId: t.id,
    templateName: t.name,
    description: t.description,
    notes: t.notes,
    lensAliases: t.lensAliases,
    answers,
    version: t.version,
    linkedWorkloads: await T.countLinkedWorkloads(store, t.id),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    updatedBy: t.updatedBy,
  };
}

export async function getTemplate(service: ReviewService, ref: string): Promise<TemplateView> {
  return viewOf(service.store, await resolveTemplate(service.store, ref));
}

export async function listTemplates(service: ReviewService): Promise<TemplateView[]> {
  const views: TemplateView[] = [];
  for (const t of await T.listTemplates(service.store)) views.push(await viewOf(service.store, t));
  return views;
}

function nameConflict(error: unknown, name: string): never {
  if (isUniqueViolation(error)) throw conflict('name-taken', say(MSG.nameTaken, { name }));
  throw error;
}

export async function createTemplate(service: ReviewService, input: TemplateInput, who: Editor): Promise<TemplateView> {
  await service.ready();
  const fields = { templateName: (input.templateName ?? '').trim(), description: (input.description ?? '').trim(), notes: input.notes ?? '', lensAliases: [...new Set(input.lensAliases ?? [])] };
  const problems = checkFields(fields);
  if (problems.length > 0) throw invalid(problems);
  const answers = await checkedAnswers(service.store, fields.lensAliases, input.answers ?? []);
  const now = service.now();
  const record: T.TemplateRecord = { id: randomBytes(16).toString('hex'), name: fields.templateName, description: fields.description, notes: fields.notes, lensAliases: fields.lensAliases, version: 1, createdAt: now, updatedAt: now, updatedBy: who.name };
  try {
    await service.store.transaction(async (tx) => {
      if (await T.getTemplateByName(tx, record.name)) throw conflict('name-taken', say(MSG.nameTaken, { name: record.name }));
      await T.insertTemplate(tx, record);
      await T.replaceTemplateAnswers(tx, record.id, answers);
    });
  } catch (error) {
    nameConflict(error, record.name);
  }
  return getTemplate(service, record.id);
}

/**
 * Changes a template (fields left out keep their values; `answers`, when given, replaces them all) and, in the
 * same transaction, every linked workload answer the workloads did not override. `who` is recorded in their history.
 */
export async function updateTemplate(service: ReviewService, ref: string, input: TemplateInput, who: Editor, edit?: (answers: T.TemplateAnswerRecord[]) => AnswerGiven[]): Promise<TemplateView> {
  await service.ready();
  let id = '';
  let name = '';
  try {
    await service.store.transaction(async (tx) => {
      const current = await resolveTemplate(tx, ref);
      id = current.id;
      if (input.version !== undefined && input.version !== current.version) throw stale(current, input.version);
      const fields = {
        templateName: (input.templateName ?? current.name).trim(),
        description: (input.description ?? current.description).trim(),
        notes: input.notes ?? current.notes,
        lensAliases: [...new Set(input.lensAliases ?? current.lensAliases)],
      };
      name = fields.templateName;
      const problems = checkFields(fields);
      if (problems.length > 0) throw invalid(problems);
      const old = await T.listTemplateAnswers(tx, current.id);
      const given = input.answers ?? (edit ? edit(old) : old.filter((a) => fields.lensAliases.includes(a.lensAlias)));
      const answers = await checkedAnswers(tx, fields.lensAliases, given);
      const other = await T.getTemplateByName(tx, fields.templateName);
      if (other && other.id !== current.id) throw conflict('name-taken', say(MSG.nameTaken, { name: fields.templateName }));
      const now = service.now();
      const next: T.TemplateRecord = { ...current, name: fields.templateName, description: fields.description, notes: fields.notes, lensAliases: fields.lensAliases, version: current.version + 1, updatedAt: now, updatedBy: who.name };
      if (!(await T.updateTemplate(tx, next, current.version))) throw stale((await T.getTemplate(tx, current.id)) ?? current, current.version);
      await T.replaceTemplateAnswers(tx, current.id, answers);
      await propagateTemplate(tx, next, answers, who, now, old);
    });
  } catch (error) {
    nameConflict(error, name);
  }
  return getTemplate(service, id);
}

/** Sets the template's answer to one question (adding the question when the template did not answer it yet). */
export function updateTemplateAnswer(service: ReviewService, ref: string, answer: AnswerGiven, version: number | undefined, who: Editor): Promise<TemplateView> {
  return updateTemplate(service, ref, { version }, who, (old) => [...old.filter((a) => !(a.lensAlias === answer.lensAlias && a.questionId === answer.questionId)), answer]);
}

/** The template no longer answers this question; workload answers that came from it stay, as plain answers. */
export async function deleteTemplateAnswer(service: ReviewService, ref: string, lensAlias: string, questionId: string, version: number | undefined, who: Editor): Promise<TemplateView> {
  const t = await resolveTemplate(service.store, ref);
  const answers = await T.listTemplateAnswers(service.store, t.id);
  if (!answers.some((a) => a.lensAlias === lensAlias && a.questionId === questionId)) throw notFound(say(MSG.noAnswer, { name: t.name, alias: lensAlias, questionId }));
  return updateTemplate(service, t.id, { version }, who, (old) => old.filter((a) => !(a.lensAlias === lensAlias && a.questionId === questionId)));
}

/** The template's answer to one question, or 404. */
export async function getTemplateAnswer(service: ReviewService, ref: string, lensAlias: string, questionId: string) {
  const t = await resolveTemplate(service.store, ref);
  const found = (await T.listTemplateAnswers(service.store, t.id)).find((a) => a.lensAlias === lensAlias && a.questionId === questionId);
  if (!found) throw notFound(say(MSG.noAnswer, { name: t.name, alias: lensAlias, questionId }));
  return { templateId: t.id, templateName: t.name, version: t.version, answer: found };
}

/** Deletes a template; answers that came from it stay in their workloads as plain answers. */
export async function deleteTemplate(service: ReviewService, ref: string, version?: number): Promise<{ templateId: string; templateName: string; deleted: true }> {
  return service.store.transaction(async (tx) => {
    const t = await resolveTemplate(tx, ref);
    if (version !== undefined && version !== t.version) throw stale(t, version);
    await T.deleteTemplate(tx, t.id);
    return { templateId: t.id, templateName: t.name, deleted: true as const };
  });
}

/**
 * The answered questions of a workload (choices, not applicable, notes or not-applicable choices) for the lenses
 * given that it reviews, as template answers: "make a template from this workload". `questions` narrows them.
 */
export async function answersOfWorkload(service: ReviewService, ref: string, lensAliases: readonly string[], questions?: readonly string[]): Promise<AnswerGiven[]> {
  const w = await service.resolveWorkload(ref);
  const reviews = await service.store.listLensReviews(w.id);
  const out: AnswerGiven[] = [];
  for (const r of reviews.filter((x) => lensAliases.includes(x.lensAlias))) {
    const states = await listChoiceStates(service.store, w.id, r.lensAlias);
    for (const a of await service.store.listAnswers(w.id, r.lensAlias)) {
      if (questions && !questions.includes(a.questionId)) continue;
      const notApplicableChoices = (states.get(a.questionId) ?? []).filter((s) => s.status === 'NOT_APPLICABLE' && s.reason !== null).map((s) => ({ choiceId: s.choiceId, reason: s.reason ?? 'OTHER' }));
      if (a.selectedChoices.length === 0 && a.isApplicable && a.notes === '' && notApplicableChoices.length === 0) continue;
      out.push({ lensAlias: r.lensAlias, questionId: a.questionId, selectedChoices: a.selectedChoices, isApplicable: a.isApplicable, reason: a.isApplicable ? null : a.reason, notes: a.notes, notApplicableChoices });
    }
  }
  return out.sort((a, b) => (a.lensAlias + a.questionId < b.lensAlias + b.questionId ? -1 : 1));
}

/** Applies a template to an existing workload (the answers of lenses it reviews), in one transaction. */
export async function applyTemplate(service: ReviewService, workloadRef: string, templateRef: string, who: Editor): Promise<ApplyResult & { workloadId: string; templateId: string; templateName: string }> {
  return service.store.transaction(async (tx) => {
    const w = await service.resolveWorkload(workloadRef, tx);
    const t = await resolveTemplate(tx, templateRef);
    const now = service.now();
    const result = await applyTemplateIn(tx, w.id, t, await T.listTemplateAnswers(tx, t.id), who, now);
    if (result.applied.length > 0) await tx.touchWorkload(w.id, now);
    return { workloadId: w.id, templateId: t.id, templateName: t.name, ...result };
  });
}

/** Puts a templated answer back to the template's answer: the workload no longer overrides it. */
export async function resetToTemplate(service: ReviewService, workloadRef: string, alias: string | undefined, questionId: string, who: Editor, lang: 'en' | 'ja' = 'en'): Promise<AnswerView> {
  const w = await service.resolveWorkload(workloadRef);
  const review = await service.requireReview(w, alias);
  await service.store.transaction(async (tx) => {
    const from = (await T.listProvenance(tx, w.id, review.lensAlias)).get(questionId);
    if (!from) throw conflict('not-from-template', say(MSG.notFromTemplate, { questionId, workload: w.name }));
    const t = await resolveTemplate(tx, from.templateId);
    const a = (await T.listTemplateAnswers(tx, t.id)).find((x) => x.lensAlias === review.lensAlias && x.questionId === questionId);
    if (!a) throw conflict('not-from-template', say(MSG.noAnswer, { name: t.name, alias: review.lensAlias, questionId }));
    await writeFromTemplate(tx, w.id, review.lensVersion, t, a, who, service.now());
  });
  return service.getAnswer(w.id, review.lensAlias, questionId, lang);
}
