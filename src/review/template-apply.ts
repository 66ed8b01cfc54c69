// Review templates applied to workloads: an answer from a template is written with its provenance, follows the
// template when the template changes (unless the workload overrode it), and can be reset to the template.
// Functions over a Store (a transaction), so the service's workload creation can apply templates in its own.
import { findQuestion, isNoneChoiceId, type LensQuestion } from '../lens/types.js';
import { listChoiceStates, replaceChoiceStates, type ChoiceStateRecord } from '../store/choice-states.js';
import { clearProvenance, getTemplate, getTemplateByName, listLinkedAnswers, listTemplateAnswers, setProvenance, type TemplateAnswerRecord, type TemplateRecord } from '../store/review-templates.js';
import type { Store } from '../store/store.js';
import type { Localized } from '../util/i18n.js';
import type { Caller } from './access.js';
import { conflict, notFound, say } from './errors.js';
import { actingAs, ANSWER_FIELDS, diff, recordIn } from './history.js';
import { lensOfVersion, requireLensVersion } from './lenses.js';

/** Who changes answers through a template: the template's editor, or the person applying or resetting it. */
export type Editor = Caller & { id: string };

/** The CLI and other callers without a signed-in person. */
export const LOCAL_EDITOR: Editor = { id: 'local', name: 'local', userId: null };

const MSG = {
  notFound: { en: 'no review template with id or name "{ref}"', ja: 'ID または名前が「{ref}」のレビューテンプレートはありません' },
  busy: {
    en: 'answer {questionId} of a workload changed while template "{name}" was being applied; try again',
    ja: 'テンプレート「{name}」の適用中にワークロードの回答 {questionId} が変更されました。もう一度お試しください',
  },
} as const satisfies Record<string, Localized>;

/** Templates by id or name with their answers, for a new workload (404 for one that does not exist). */
export async function templatesFor(store: Store, refs: readonly string[]): Promise<{ template: TemplateRecord; answers: TemplateAnswerRecord[] }[]> {
  const out: { template: TemplateRecord; answers: TemplateAnswerRecord[] }[] = [];
  for (const ref of [...new Set(refs)]) {
    const template = (await getTemplate(store, ref)) ?? (await getTemplateByName(store, ref.trim()));
    if (!template) throw notFound(say(MSG.notFound, { ref }));
    out.push({ template, answers: await listTemplateAnswers(store, template.id) });
  }
  return out;
}

export type WriteOutcome = 'written' | 'unchanged' | 'no-question';

const CHANGE_FIELDS = [...ANSWER_FIELDS, 'choiceStates'] as const;

/** The template's answer fitted to the question of a pinned lens version: choices it lacks are left out. */
function fitted(question: LensQuestion, a: TemplateAnswerRecord) {
  const known = new Set(question.choices.map((c) => c.id));
  const selectedChoices = a.isApplicable ? a.selectedChoices.filter((id) => known.has(id)) : [];
  const notApplicable = a.isApplicable ? a.notApplicableChoices.filter((c) => known.has(c.choiceId) && !isNoneChoiceId(c.choiceId) && !selectedChoices.includes(c.choiceId)) : [];
  return { values: { selectedChoices, isApplicable: a.isApplicable, reason: a.isApplicable ? null : (a.reason ?? 'OTHER'), notes: a.notes }, notApplicable };
}

/** The choice states after the template's: its not-applicable choices, and the workload's choice notes kept. */
function statesAfter(existing: readonly ChoiceStateRecord[], selected: readonly string[], notApplicable: readonly { choiceId: string; reason: string }[]): ChoiceStateRecord[] {
  const na = new Map(notApplicable.map((c) => [c.choiceId, c.reason]));
  const out = new Map<string, ChoiceStateRecord>();
  for (const s of existing) {
    if (na.has(s.choiceId) || s.notes === '') continue;
    out.set(s.choiceId, { choiceId: s.choiceId, status: selected.includes(s.choiceId) ? 'SELECTED' : 'UNSELECTED', reason: null, notes: s.notes });
  }
  for (const [choiceId, reason] of na) out.set(choiceId, { choiceId, status: 'NOT_APPLICABLE', reason, notes: existing.find((s) => s.choiceId === choiceId)?.notes ?? '' });
  return [...out.values()].sort((a, b) => (a.choiceId < b.choiceId ? -1 : 1));
}

/**
 * Writes a template's answer into one lens review of a workload and marks it as coming from the template (not
 * overridden). A change is recorded in the history by `who`, naming the template. Needs the review to exist.
 */
export async function writeFromTemplate(tx: Store, workloadId: string, lensVersion: string, template: TemplateRecord, a: TemplateAnswerRecord, who: Editor, now: string): Promise<WriteOutcome> {
  const lens = lensOfVersion(await requireLensVersion(tx, a.lensAlias, lensVersion), 'en');
  const question = findQuestion(lens, a.questionId)?.question;
  const current = question && (await tx.getAnswer(workloadId, a.lensAlias, a.questionId));
  if (!question || !current) return 'no-question';
  const { values, notApplicable } = fitted(question, a);
  const existing = (await listChoiceStates(tx, workloadId, a.lensAlias)).get(a.questionId) ?? [];
  const states = statesAfter(existing, values.selectedChoices, notApplicable);
  const before = { selectedChoices: current.selectedChoices, isApplicable: current.isApplicable, reason: current.isApplicable ? null : current.reason, notes: current.notes, choiceStates: existing };
  const what = diff(before, { ...values, choiceStates: states }, CHANGE_FIELDS);
  if (Object.keys(what).some((f) => f !== 'choiceStates')) {
    const next = await tx.updateAnswer(workloadId, a.lensAlias, a.questionId, values, current.version, now);
    if (next === undefined) throw conflict('stale-version', say(MSG.busy, { questionId: a.questionId, name: template.name }));
  }
  if (what.choiceStates) await replaceChoiceStates(tx, workloadId, a.lensAlias, a.questionId, states);
  await setProvenance(tx, workloadId, a.lensAlias, a.questionId, template.id);
  await actingAs(who, () => recordIn(tx, { workloadId, kind: 'answer', lensAlias: a.lensAlias, subject: a.questionId, what, fromTemplate: { id: template.id, name: template.name } }, now));
  return Object.keys(what).length > 0 ? 'written' : 'unchanged';
}

export interface ApplyResult {
  /** Questions whose answer now comes from the template. */
  applied: { lensAlias: string; questionId: string }[];
  /** Lenses of the template the workload does not review (apply them to the workload first). */
  skippedLenses: string[];
  /** Questions the workload's (older) lens version does not have. */
  skippedQuestions: { lensAlias: string; questionId: string }[];
}

/** Applies a template to a workload: every answer it holds for a lens the workload reviews (in the caller's transaction). */
export async function applyTemplateIn(tx: Store, workloadId: string, template: TemplateRecord, answers: readonly TemplateAnswerRecord[], who: Editor, now: string): Promise<ApplyResult> {
  const reviews = new Map((await tx.listLensReviews(workloadId)).map((r) => [r.lensAlias, r.lensVersion]));
  const result: ApplyResult = { applied: [], skippedLenses: template.lensAliases.filter((alias) => !reviews.has(alias)), skippedQuestions: [] };
  for (const a of answers) {
    const version = reviews.get(a.lensAlias);
    if (version === undefined) continue;
    const outcome = await writeFromTemplate(tx, workloadId, version, template, a, who, now);
    (outcome === 'no-question' ? result.skippedQuestions : result.applied).push({ lensAlias: a.lensAlias, questionId: a.questionId });
  }
  return result;
}

/**
 * After a template changed (in the same transaction): every workload answer linked to it and not overridden takes
 * the template's new answer; an answer the template no longer holds stays as it is, as a plain answer.
 */
export async function propagateTemplate(tx: Store, template: TemplateRecord, answers: readonly TemplateAnswerRecord[], who: Editor, now: string, before: readonly TemplateAnswerRecord[] = []): Promise<number> {
  const byKey = new Map(answers.map((a) => [`${a.lensAlias}\u0000${a.questionId}`, a]));
  // A linked answer the workload did not override already holds the template's answer: only changed ones are written.
  const unchanged = new Set(before.filter((b) => JSON.stringify(b) === JSON.stringify(byKey.get(`${b.lensAlias}\u0000${b.questionId}`))).map((b) => `${b.lensAlias}\u0000${b.questionId}`));
  let changed = 0;
  const versions = new Map<string, string | undefined>();
  for (const linked of await listLinkedAnswers(tx, template.id)) {
    const a = byKey.get(`${linked.lensAlias}\u0000${linked.questionId}`);
    if (!a) {
      await clearProvenance(tx, linked.workloadId, linked.lensAlias, linked.questionId);
      continue;
    }
    if (linked.overridden || unchanged.has(`${linked.lensAlias}\u0000${linked.questionId}`)) continue;
    const reviewKey = `${linked.workloadId}\u0000${linked.lensAlias}`;
    if (!versions.has(reviewKey)) versions.set(reviewKey, (await tx.listLensReviews(linked.workloadId)).find((r) => r.lensAlias === linked.lensAlias)?.lensVersion);
    const version = versions.get(reviewKey);
    if (version === undefined) continue;
    if ((await writeFromTemplate(tx, linked.workloadId, version, template, a, who, now)) === 'written') changed += 1;
  }
  return changed;
}
