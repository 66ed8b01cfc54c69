// Question and choice ids between slens and the W-A API: the built-in lens speaks the official lens's ids,
// a custom lens keeps its own. Unknown ids pass through unchanged, so the review reports them as unknown.
// A review pinned to an older built-in version that lacks an official choice lists it as an extra (LEGACY_IDS).
import { BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import type { Lens } from '../lens/types.js';
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

function officialMap(extras: readonly ExtraChoice[]): IdMap {
  const missing = new Set(extras.map((e) => e.ownId));
  const choices = Object.fromEntries(Object.entries(OFFICIAL_CHOICES).filter(([own]) => !missing.has(own)));
  const questionsBack = invert(OFFICIAL_QUESTIONS);
  const choicesBack = invert(choices);
  return {
    question: (id) => OFFICIAL_QUESTIONS[id] ?? id,
    questionFrom: (id) => questionsBack.get(id) ?? id,
    choice: (id) => choices[id] ?? id,
    choiceFrom: (id) => choicesBack.get(id) ?? id,
    extras: (questionId) => extras.filter((e) => e.questionId === questionId),
  };
}

/** The built-in lens of this release: every official choice is its own. */
export const OFFICIAL_IDS: IdMap = officialMap([]);

/** A built-in lens version from before the official choices it lacks (1.0.0 lacks ops_ops_q2_a4). */
export const LEGACY_IDS: IdMap = officialMap(EXTRA_CHOICES);

export const OWN_IDS: IdMap = {
  question: (id) => id,
  questionFrom: (id) => id,
  choice: (id) => id,
  choiceFrom: (id) => id,
  extras: () => [],
};

function hasChoice(lens: Lens, id: string): boolean {
  return lens.pillars.some((p) => p.questions.some((q) => q.choices.some((c) => c.id === id)));
}

/** The map for a lens review; for the built-in lens, `lens` (the version the review is pinned to) decides the extras. */
export function idMapFor(lensAlias: string, lens?: Lens): IdMap {
  if (lensAlias !== BUILTIN_LENS_ALIAS) return OWN_IDS;
  if (!lens) return OFFICIAL_IDS;
  const lacking = EXTRA_CHOICES.filter((e) => !hasChoice(lens, e.ownId));
  return lacking.length === 0 ? OFFICIAL_IDS : lacking.length === EXTRA_CHOICES.length ? LEGACY_IDS : officialMap(lacking);
}
