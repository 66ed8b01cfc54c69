// Question and choice ids between slens and the W-A API: the built-in lens speaks the official lens's ids,
// a custom lens keeps its own. Unknown ids pass through unchanged, so the review reports them as unknown.
import { BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import { EXTRA_CHOICES, OFFICIAL_CHOICES, OFFICIAL_QUESTIONS, type ExtraChoice } from './official-serverless.js';

export interface IdMap {
  /** slens question id → API question id. */
  question(id: string): string;
  /** API question id → slens question id. */
  questionFrom(id: string): string;
  choice(id: string): string;
  choiceFrom(id: string): string;
  /** Choices the API lists for a (slens) question beyond the lens's own. */
  extras(questionId: string): readonly ExtraChoice[];
}

function invert(map: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.entries(map).map(([k, v]) => [v, k]));
}

const questionsBack = invert(OFFICIAL_QUESTIONS);
const choicesBack = invert(OFFICIAL_CHOICES);

export const OFFICIAL_IDS: IdMap = {
  question: (id) => OFFICIAL_QUESTIONS[id] ?? id,
  questionFrom: (id) => questionsBack.get(id) ?? id,
  choice: (id) => OFFICIAL_CHOICES[id] ?? id,
  choiceFrom: (id) => choicesBack.get(id) ?? id,
  extras: (questionId) => EXTRA_CHOICES.filter((e) => e.questionId === questionId),
};

export const OWN_IDS: IdMap = {
  question: (id) => id,
  questionFrom: (id) => id,
  choice: (id) => id,
  choiceFrom: (id) => id,
  extras: () => [],
};

export function idMapFor(lensAlias: string): IdMap {
  return lensAlias === BUILTIN_LENS_ALIAS ? OFFICIAL_IDS : OWN_IDS;
}
