// Answers of a lens review: read with their choices and risk, and updated with optimistic concurrency.
import { findQuestion, type Lens } from '../lens/types.js';
import { listProvenance, markOverridden, type ProvenanceRecord } from '../store/review-templates.js';
import type { Lang } from '../util/i18n.js';
import { conflict, notFound, say } from './errors.js';
import { M } from './messages.js';
import { prioritizedFor } from './profile-link.js';
import type { ReviewService } from './service.js';
import { answerApiRisk, UNANSWERED_STATE, type AnswerState } from './summary.js';
import { ANSWER_FIELDS, diff, recordIn } from './history.js';
import { validateAnswer } from './validate.js';
import type { AnswerView } from './views.js';

export interface AnswerInput {
  selectedChoices?: string[];
  isApplicable?: boolean;
  reason?: string | null;
  notes?: string;
  /** The version the caller last read; omitted only by one-shot callers such as the CLI. */
  version?: number;
}

/** One answer with its question's choices and its risk (also for a milestone's frozen answers). */
export function answerView(lens: Lens, questionId: string, a: AnswerState, prioritized = false): AnswerView {
  const found = findQuestion(lens, questionId);
  if (!found) throw notFound(say(M.questionNotFound, { alias: lens.name, questionId, known: '' }));
  const { pillar, question } = found;
  return {
    questionId,
    pillarId: pillar.id,
    questionTitle: question.title,
    questionDescription: question.description,
    choices: question.choices.map((c) => ({
      choiceId: c.id,
      title: c.title,
      description: c.description ?? '',
      helpfulResource: c.helpfulResource ? { displayText: c.helpfulResource.displayText, url: c.helpfulResource.url ?? null } : null,
    })),
    selectedChoices: [...a.selectedChoices],
    isApplicable: a.isApplicable,
    reason: a.isApplicable ? null : a.reason,
    notes: a.notes,
    risk: answerApiRisk(question, a),
    version: a.version,
    prioritized,
  };
}

/** Where the answer came from: its template and whether the workload overrode it, or null. */
function fromTemplate(p: ProvenanceRecord | undefined): AnswerView['fromTemplate'] {
  return p ? { id: p.templateId, name: p.templateName, overridden: p.overridden } : null;
}

function questionOf(lens: Lens, alias: string, questionId: string) {
  const found = findQuestion(lens, questionId);
  if (!found) {
    const known = lens.pillars.flatMap((p) => p.questions.map((q) => q.id)).join(', ');
    throw notFound(say(M.questionNotFound, { alias, questionId, known }));
  }
  return found.question;
}

export async function listAnswers(service: ReviewService, ref: string, alias: string | undefined, lang: Lang): Promise<AnswerView[]> {
  const w = await service.resolveWorkload(ref);
  const review = await service.requireReview(w, alias);
  const { lens } = await service.lensRef(review, lang);
  const answers = new Map((await service.store.listAnswers(w.id, review.lensAlias)).map((a) => [a.questionId, a]));
  const prioritized = await prioritizedFor(service.store, w.id, review.lensAlias);
  const from = await listProvenance(service.store, w.id, review.lensAlias);
  return lens.pillars.flatMap((p) => p.questions.map((q) => ({ ...answerView(lens, q.id, answers.get(q.id) ?? UNANSWERED_STATE, prioritized.has(q.id)), fromTemplate: fromTemplate(from.get(q.id)) })));
}

export async function getAnswer(service: ReviewService, ref: string, alias: string | undefined, questionId: string, lang: Lang): Promise<AnswerView> {
  const w = await service.resolveWorkload(ref);
  const review = await service.requireReview(w, alias);
  const { lens } = await service.lensRef(review, lang);
  questionOf(lens, review.lensAlias, questionId);
  const answer = await service.store.getAnswer(w.id, review.lensAlias, questionId);
  const prioritized = await prioritizedFor(service.store, w.id, review.lensAlias);
  const from = (await listProvenance(service.store, w.id, review.lensAlias)).get(questionId);
  return { ...answerView(lens, questionId, answer ?? UNANSWERED_STATE, prioritized.has(questionId)), fromTemplate: fromTemplate(from) };
}

/**
 * Updates one answer. Fields left out keep their values; choosing choices makes the question apply again,
 * marking it not applicable clears its choices. A stale `version` is a 409 carrying the current version.
 */
export async function updateAnswer(service: ReviewService, ref: string, alias: string | undefined, questionId: string, input: AnswerInput, lang: Lang = 'en'): Promise<AnswerView> {
  const w = await service.resolveWorkload(ref);
  const review = await service.requireReview(w, alias);
  const { lens } = await service.lensRef(review, lang);
  const question = questionOf(lens, review.lensAlias, questionId);
  const current = (await service.store.getAnswer(w.id, review.lensAlias, questionId)) ?? { ...UNANSWERED_STATE, questionId, updatedAt: '' };
  const expected = input.version ?? current.version;
  if (input.version !== undefined && input.version !== current.version) throw stale(questionId, input.version, current.version);
  const isApplicable = input.isApplicable ?? (input.selectedChoices && input.selectedChoices.length > 0 ? true : current.isApplicable);
  const selectedChoices = input.selectedChoices ?? (isApplicable ? current.selectedChoices : []);
  const reason = isApplicable ? null : input.reason !== undefined ? input.reason : (current.reason ?? 'OTHER');
  const values = validateAnswer(question, { selectedChoices, isApplicable, reason, notes: input.notes ?? current.notes });
  const now = service.now();
  const version = await service.store.transaction(async (tx) => {
    const next = await tx.updateAnswer(w.id, review.lensAlias, questionId, values, expected, now);
    if (next === undefined) {
      const latest = await tx.getAnswer(w.id, review.lensAlias, questionId);
      throw stale(questionId, expected, latest?.version ?? 0);
    }
    // The version matched: `current` is what this write replaced.
    await recordIn(tx, { workloadId: w.id, kind: 'answer', lensAlias: review.lensAlias, subject: questionId, what: diff({ ...current }, { ...values }, ANSWER_FIELDS) }, now);
    // A person's change to an answer from a review template overrides it: the template's changes no longer reach it.
    if (JSON.stringify([values.selectedChoices, values.isApplicable, values.reason, values.notes]) !== JSON.stringify([current.selectedChoices, current.isApplicable, current.isApplicable ? null : current.reason, current.notes]))
      await markOverridden(tx, w.id, review.lensAlias, questionId);
    return next;
  });
  const prioritized = await prioritizedFor(service.store, w.id, review.lensAlias);
  const from = (await listProvenance(service.store, w.id, review.lensAlias)).get(questionId);
  return { ...answerView(lens, questionId, { ...values, version }, prioritized.has(questionId)), fromTemplate: fromTemplate(from) };
}

function stale(questionId: string, expected: number, current: number) {
  return conflict('stale-version', say(M.staleAnswer, { questionId, expected, current }), { currentVersion: current });
}
