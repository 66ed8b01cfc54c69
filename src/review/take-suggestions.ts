// A person takes suggestions: one question's (the button beside it, or named in the API), or those of every
// unanswered question at once (after a confirmation page). Each taken answer gets the evidence summary in
// its notes, below what the person had written. Questions the evidence cannot decide are skipped, saying so.
import { BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import type { ApiRisk } from '../lens/risk.js';
import type { Lang, Localized } from '../util/i18n.js';
import { invalid, say } from './errors.js';
import { reviewEvidence, type QuestionEvidence } from './question-evidence.js';
import type { ReviewService } from './service.js';
import { evidenceNote, notesWithSummary } from './suggestions.js';

export interface TakeRequest {
  /** The questions to take; omitted or empty: every unanswered question with a suggestion. */
  questionIds?: readonly string[];
  /** Take only where still unanswered (named questions a person answered meanwhile are skipped). */
  onlyUnanswered?: boolean;
  /** The answer versions the person saw, by question: a stale one is a 409 and nothing of it is written. */
  versions?: Readonly<Record<string, number>>;
}

export type SkipReason = 'answered' | 'no-suggestion';

export interface TakeResult {
  taken: { questionId: string; selectedChoices: string[]; risk: ApiRisk; notes: string }[];
  skipped: { questionId: string; reason: SkipReason }[];
}

const M = {
  wrongLens: {
    en: 'suggestions come from scan evidence of the built-in Serverless Lens ("{builtin}"); lens "{alias}" has none',
    ja: '提案は組み込みの Serverless Lens（「{builtin}」）のスキャンのエビデンスから作られます。レンズ「{alias}」には提案がありません',
  },
  noScan: {
    en: 'no scan has been imported into this review, so there is no suggestion to take',
    ja: 'このレビューにはスキャンが取り込まれていないため、採用できる提案がありません',
  },
  unknownQuestions: { en: 'unknown question(s): {ids}', ja: '不明な質問です: {ids}' },
} as const satisfies Record<string, Localized>;

/** The questions a take request would change, in lens order, with the reason for each one left out. */
export function planTake(questions: ReadonlyMap<string, QuestionEvidence>, request: TakeRequest): { take: QuestionEvidence[]; skipped: TakeResult['skipped'] } {
  const named = request.questionIds && request.questionIds.length > 0 ? new Set(request.questionIds) : null;
  const take: QuestionEvidence[] = [];
  const skipped: TakeResult['skipped'] = [];
  for (const [id, q] of questions) {
    if (named ? !named.has(id) : q.state !== 'suggested') continue;
    if (q.suggestion.selectedChoices.length === 0) skipped.push({ questionId: id, reason: 'no-suggestion' });
    else if (named && request.onlyUnanswered && q.state !== 'suggested') skipped.push({ questionId: id, reason: 'answered' });
    else take.push(q);
  }
  return { take, skipped };
}

/** Takes the suggestions a person asked for; answers are written one question at a time, each checked for staleness. */
export async function takeSuggestions(service: ReviewService, ref: string, alias: string, request: TakeRequest, lang: Lang): Promise<TakeResult> {
  if (alias !== BUILTIN_LENS_ALIAS) throw invalid([{ field: 'lensAlias', message: say(M.wrongLens, { builtin: BUILTIN_LENS_ALIAS, alias }) }]);
  const view = await reviewEvidence(service, ref, alias, lang);
  const unknown = (request.questionIds ?? []).filter((id) => !view.questions.has(id));
  const scan = view.scan;
  if (!scan) throw invalid([{ field: 'questionIds', message: say(M.noScan) }]);
  if (unknown.length) throw invalid([{ field: 'questionIds', message: say(M.unknownQuestions, { ids: unknown.join(', ') }) }]);
  const { take, skipped } = planTake(view.questions, request);
  const taken: TakeResult['taken'] = [];
  for (const q of take) {
    const notes = notesWithSummary(q.answer.notes, (limit) => evidenceNote(q.question, q.evidence, scan, lang, limit));
    const version = request.versions?.[q.question.id];
    const saved = await service.updateAnswer(view.workload.id, alias, q.question.id, { selectedChoices: q.suggestion.selectedChoices, isApplicable: true, notes, ...(version !== undefined ? { version } : {}) }, lang);
    taken.push({ questionId: saved.questionId, selectedChoices: saved.selectedChoices, risk: saved.risk, notes: saved.notes });
  }
  return { taken, skipped };
}
