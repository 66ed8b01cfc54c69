// Best practices of a question marked as not applying, as one line each ("Not applicable: X (out of scope)"),
// for every format of the review report: the HTML/PDF body and the Markdown page write the same words.
import type { AnswerView } from '../../review/views.js';
import { aside, type Lang } from '../../util/i18n.js';
import { t, type MessageKey } from './messages.js';

/** A best practice of a question marked as not applying, with its reason (OUT_OF_SCOPE … NONE). */
export interface ChoiceNa {
  choiceId: string;
  reason: string;
}

const CHOICE_NA = {
  label: { en: 'Not applicable', ja: '該当しない' },
  NONE: { en: 'no reason given', ja: '理由なし' },
} as const;

function choiceReason(lang: Lang, reason: string): string {
  return reason === 'NONE' ? CHOICE_NA.NONE[lang] : t(lang, `reason${reason}` as MessageKey);
}

/** One line per choice of the answer marked not applicable, in the lens's choice order; none when the question itself does not apply. */
export function choiceNaLines(lang: Lang, answer: AnswerView, marks: readonly ChoiceNa[] = []): string[] {
  if (!answer.isApplicable) return [];
  const reasons = new Map(marks.map((m) => [m.choiceId, m.reason]));
  return answer.choices.flatMap((c) => {
    const reason = reasons.get(c.choiceId);
    return reason === undefined ? [] : [`${CHOICE_NA.label[lang]}: ${c.title}${aside(choiceReason(lang, reason), lang)}`];
  });
}
