// Per-choice not applicable (the W-A Tool's ChoiceUpdates): a best practice of a question marked as not applying,
// with a reason, kept beside the answer. A choice marked so is no longer selected; choosing it again clears it.
import { findQuestion, isNoneChoiceId } from '../lens/types.js';
import { listChoiceStates, replaceChoiceStates, type ChoiceStateRecord } from '../store/choice-states.js';
import { markOverridden } from '../store/review-templates.js';
import type { Store } from '../store/store.js';
import type { Localized } from '../util/i18n.js';
import { invalid, notFound, say } from './errors.js';
import { diff, recordIn } from './history.js';
import { M } from './messages.js';
import { NOT_APPLICABLE_REASONS } from './model.js';
import { ReviewService } from './service.js';

/** W-A API reasons for a choice (the question's reasons, and NONE). */
export const CHOICE_REASONS = [...NOT_APPLICABLE_REASONS, 'NONE'] as const;

export interface ChoiceMark {
  choiceId: string;
  /** A reason of CHOICE_REASONS marks it not applicable; null makes it applicable again. */
  reason: string | null;
  /** The choice's note (the W-A Tool's ChoiceUpdate Notes); left as it was when absent. */
  notes?: string;
}

/** The W-A Tool's limit on a choice's notes, in characters. */
export const MAX_CHOICE_NOTES = 250;

const MSG = {
  badReason: {
    en: 'choice {choiceId}: "{reason}" is not a reason; use one of {known}',
    ja: '選択肢 {choiceId}: 「{reason}」は理由として使えません。{known} のいずれかを指定してください',
  },
  none: { en: '{choiceId} is "None of these" and cannot be marked not applicable', ja: '{choiceId} は「いずれも該当しません」のため、該当しないにはできません' },
} as const satisfies Record<string, Localized>;

/** The per-choice states of every question of a review, by question id. */
export async function choiceStatesOf(service: ReviewService, ref: string, alias: string | undefined): Promise<Map<string, ChoiceStateRecord[]>> {
  const w = await service.resolveWorkload(ref);
  const review = await service.requireReview(w, alias);
  return listChoiceStates(service.store, w.id, review.lensAlias);
}

/** Replaces the choice states of one question and records the change, inside the transaction that writes the answer. */
export async function replaceChoiceStatesIn(tx: Store, workloadId: string, alias: string, questionId: string, states: ChoiceStateRecord[], now: string): Promise<void> {
  const before = (await listChoiceStates(tx, workloadId, alias)).get(questionId) ?? [];
  await replaceChoiceStates(tx, workloadId, alias, questionId, states);
  const after = (await listChoiceStates(tx, workloadId, alias)).get(questionId) ?? [];
  await recordIn(tx, { workloadId, kind: 'answer', lensAlias: alias, subject: questionId, what: diff({ choiceStates: before }, { choiceStates: after }, ['choiceStates']) }, now);
}

/** Marks choices of one question not applicable (or applicable again), in one transaction with the answer. */
export async function markChoices(service: ReviewService, ref: string, alias: string | undefined, questionId: string, marks: readonly ChoiceMark[]): Promise<ChoiceStateRecord[]> {
  return service.store.transaction(async (tx) => {
    const inTx = new ReviewService(tx, { now: service.now });
    const w = await inTx.resolveWorkload(ref);
    const review = await inTx.requireReview(w, alias);
    const { lens } = await inTx.lensRef(review, 'en');
    const found = findQuestion(lens, questionId);
    if (!found) throw notFound(say(M.questionNotFound, { alias: review.lensAlias, questionId, known: lens.pillars.flatMap((p) => p.questions.map((q) => q.id)).join(', ') }));
    const known = found.question.choices.map((c) => c.id);
    const problems = [];
    for (const m of marks) {
      if (!known.includes(m.choiceId))
        problems.push({ field: 'choiceId', message: say(M.choiceNotFound, { questionId, unknown: `"${m.choiceId}"`, known: known.join(', ') }) });
      else if (m.reason !== null && isNoneChoiceId(m.choiceId)) problems.push({ field: 'choiceId', message: say(MSG.none, { choiceId: m.choiceId }) });
      else if (m.reason !== null && !(CHOICE_REASONS as readonly string[]).includes(m.reason)) problems.push({ field: 'reason', message: say(MSG.badReason, { choiceId: m.choiceId, reason: m.reason, known: CHOICE_REASONS.join(', ') }) });
    }
    if (problems.length > 0) throw invalid(problems);
    const current = await inTx.getAnswer(w.id, review.lensAlias, questionId, 'en');
    const states = new Map(((await listChoiceStates(tx, w.id, review.lensAlias)).get(questionId) ?? []).map((s) => [s.choiceId, { ...s }]));
    for (const m of marks) {
      const state = states.get(m.choiceId) ?? { choiceId: m.choiceId, status: 'UNSELECTED', reason: null, notes: '' };
      state.status = m.reason !== null ? 'NOT_APPLICABLE' : current.selectedChoices.includes(m.choiceId) ? 'SELECTED' : 'UNSELECTED';
      state.reason = m.reason;
      if (m.notes !== undefined) state.notes = m.notes;
      states.set(m.choiceId, state);
    }
    const marked = new Set(marks.map((m) => m.choiceId));
    const kept = [...states.values()].filter((s) => !marked.has(s.choiceId) || s.status === 'NOT_APPLICABLE' || s.notes !== '').sort((a, b) => (a.choiceId < b.choiceId ? -1 : 1));
    const na = new Set(kept.filter((s) => s.status === 'NOT_APPLICABLE').map((s) => s.choiceId));
    const selected = current.selectedChoices.filter((id) => !na.has(id));
    if (selected.length !== current.selectedChoices.length) await inTx.updateAnswer(w.id, review.lensAlias, questionId, { selectedChoices: selected }, 'en');
    // The selection it dropped is recorded by updateAnswer above; the states themselves here, in the same transaction.
    await replaceChoiceStatesIn(tx, w.id, review.lensAlias, questionId, kept, service.now());
    // Marking choices is a person's change: an answer from a review template is overridden by it.
    await markOverridden(tx, w.id, review.lensAlias, questionId);
    return kept;
  });
}
