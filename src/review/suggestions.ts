// Suggestions and conflicts where answers are made: from a question's stored scan evidence, the answer the
// evidence suggests (its supported choices; "None of these" when every practice is contradicted), the choices
// whose evidence disagrees with the person's answer, and the short evidence summary a taken suggestion puts in
// the notes. Taking suggestions is always a person's act (a button, an API call); nothing here runs by itself.
import { evaluateRisk, toApiRisk, type ApiRisk } from '../lens/risk.js';
import { isNoneChoiceId, noneChoiceOf, type LensQuestion } from '../lens/types.js';
import { countsText } from '../report/lens-view.js';
import type { EvidenceStatus } from '../scan/evidence.js';
import type { ChoiceEvidenceRecord, ScanImportRecord } from '../store/evidence-store.js';
import type { Lang, Localized } from '../util/i18n.js';
import { fill } from '../util/i18n.js';
import { countCharacters } from '../util/text.js';
import { MAX_NOTES } from './model.js';

/** The evidence of one choice as the pages and the API compare it with an answer. */
export type ChoiceEvidenceLike = Pick<ChoiceEvidenceRecord, 'choiceId' | 'status' | 'passed' | 'failed' | 'rules' | 'findings' | 'resourceTypes'>;

/**
 * `supported`: some practices are supported (the suggestion selects them); `all-contradicted`: every practice
 * is contradicted (the suggestion is the question's "None of these"); `none`: the evidence cannot decide.
 */
export type SuggestionBasis = 'supported' | 'all-contradicted' | 'none';

export interface Suggestion {
  selectedChoices: string[];
  risk: ApiRisk;
  basis: SuggestionBasis;
  /** Best practices of the question (its choices but "None of these") and how the evidence judged them. */
  counts: { practices: number; supported: number; contradicted: number; unknown: number };
}

const statusOf = (evidence: ReadonlyMap<string, ChoiceEvidenceLike>, choiceId: string): EvidenceStatus => {
  const status = evidence.get(choiceId)?.status;
  return status === 'supported' || status === 'contradicted' ? status : 'unknown';
};

export function evidenceByChoice(evidence: readonly ChoiceEvidenceLike[]): Map<string, ChoiceEvidenceLike> {
  return new Map(evidence.map((e) => [e.choiceId, e]));
}

/** The answer the evidence suggests for a question. */
export function suggestFor(question: LensQuestion, evidence: readonly ChoiceEvidenceLike[]): Suggestion {
  const byChoice = evidenceByChoice(evidence);
  const practices = question.choices.filter((c) => !isNoneChoiceId(c.id));
  const counts = { practices: practices.length, supported: 0, contradicted: 0, unknown: 0 };
  const supported: string[] = [];
  for (const choice of practices) {
    const status = statusOf(byChoice, choice.id);
    counts[status] += 1;
    if (status === 'supported') supported.push(choice.id);
  }
  const none = noneChoiceOf(question);
  let selectedChoices: string[] = [];
  let basis: SuggestionBasis = 'none';
  if (supported.length > 0) {
    selectedChoices = supported;
    basis = 'supported';
  } else if (none && counts.practices > 0 && counts.contradicted === counts.practices) {
    selectedChoices = [none.id];
    basis = 'all-contradicted';
  }
  const risk = selectedChoices.length ? toApiRisk(evaluateRisk(question, selectedChoices).risk) : 'UNANSWERED';
  return { selectedChoices, risk, basis, counts };
}

/** `ticked-contradicted`: selected although the evidence contradicts it; `unticked-supported`: left out although supported. */
export type ConflictKind = 'ticked-contradicted' | 'unticked-supported';

export interface AnswerLike {
  selectedChoices: readonly string[];
  isApplicable: boolean;
}

/** Whether a question has been answered: not applicable, or at least one choice selected. */
export function isAnswered(answer: AnswerLike): boolean {
  return !answer.isApplicable || answer.selectedChoices.length > 0;
}

/**
 * Choices where the person's answer and the evidence disagree. An unanswered question has a suggestion, not
 * conflicts; a question that does not apply has none either (the person set the evidence aside).
 */
export function conflictsOf(answer: AnswerLike, evidence: readonly ChoiceEvidenceLike[]): Map<string, ConflictKind> {
  const out = new Map<string, ConflictKind>();
  if (!answer.isApplicable || answer.selectedChoices.length === 0) return out;
  const selected = new Set(answer.selectedChoices);
  for (const e of evidence) {
    if (isNoneChoiceId(e.choiceId)) continue;
    if (selected.has(e.choiceId) && e.status === 'contradicted') out.set(e.choiceId, 'ticked-contradicted');
    else if (!selected.has(e.choiceId) && e.status === 'supported') out.set(e.choiceId, 'unticked-supported');
  }
  return out;
}

const NOTE: Record<string, Localized> = {
  header: { en: 'Evidence from the scan of {date} ({files} template(s)):', ja: '{date} のスキャン（テンプレート {files} 件）のエビデンス:' },
  more: { en: '… and {n} more', ja: '…ほか {n} 件' },
  cut: { en: '… ({n} more line(s) left out to fit the notes)', ja: '…（メモの上限に収めるため {n} 行を省略）' },
};

const MARK: Record<EvidenceStatus, string> = { supported: '✓', contradicted: '✗', unknown: '?' };

/** Where findings are shown in a note line: the first few locations, then how many more. */
const LOCATIONS_PER_LINE = 3;

/**
 * A short evidence summary for the notes, one line per practice, at most `limit` characters as a person
 * counts them (lines that would not fit are left out, and the note says how many).
 */
export function evidenceNote(question: LensQuestion, evidence: readonly ChoiceEvidenceLike[], scan: Pick<ScanImportRecord, 'scanDate' | 'files'>, lang: Lang, limit = MAX_NOTES): string {
  const byChoice = evidenceByChoice(evidence);
  const lines: string[] = [];
  for (const choice of question.choices) {
    if (isNoneChoiceId(choice.id)) continue;
    const e = byChoice.get(choice.id);
    const status = statusOf(byChoice, choice.id);
    const counts = e ? countsText({ status, passed: e.passed, failed: e.failed, rules: e.rules, resourceTypes: e.resourceTypes }, lang) : countsText({ status: 'unknown', passed: 0, failed: 0, rules: [] }, lang);
    let line = `${MARK[status]} ${choice.title}: ${counts}`;
    const findings = e?.findings ?? [];
    if (findings.length > 0) {
      const shown = findings.slice(0, LOCATIONS_PER_LINE).map((f) => `${f.file}:${f.line} ${f.resource}`);
      if (findings.length > LOCATIONS_PER_LINE) shown.push(fill(NOTE.more![lang], { n: findings.length - LOCATIONS_PER_LINE }));
      line += ` (${shown.join(', ')})`;
    }
    lines.push(line);
  }
  const header = fill(NOTE.header![lang], { date: scan.scanDate, files: scan.files.length });
  return fitLines(header, lines, limit, (n) => fill(NOTE.cut![lang], { n }));
}

/** `header` and as many of `lines` as fit in `limit` characters; the rest replaced by `cut(count)` when that fits. */
function fitLines(header: string, lines: readonly string[], limit: number, cut: (n: number) => string): string {
  let text = countCharacters(header) <= limit ? header : '';
  let used = countCharacters(text);
  let left = 0;
  for (const line of lines) {
    const size = countCharacters(line) + 1;
    // Room is kept for the line that says what was left out.
    if (left === 0 && used + size + countCharacters(cut(lines.length)) + 1 <= limit) {
      text += `\n${line}`;
      used += size;
    } else left += 1;
  }
  if (left > 0) {
    const tail = `\n${cut(left)}`;
    if (used + countCharacters(tail) <= limit) text += tail;
  }
  return text.replace(/^\n/, '');
}

/**
 * The notes after taking a suggestion: the evidence summary (made by `summary` within the room it is given)
 * below what the person wrote; a person's own words are never cut, the summary gives way.
 */
export function notesWithSummary(existing: string, summary: (limit: number) => string, limit = MAX_NOTES): string {
  const mine = existing.trimEnd();
  if (!mine) return summary(limit);
  const room = limit - countCharacters(mine) - 2;
  const made = room > 0 ? summary(room) : '';
  if (!made || mine.includes(made)) return mine;
  return `${mine}\n\n${made}`;
}

/** `suggested`: unanswered with something to take; `nothing`: unanswered, nothing to take; `confirmed`: the answer is the suggestion; `answered`: otherwise. */
export type SuggestionState = 'suggested' | 'nothing' | 'confirmed' | 'answered';

const sameChoices = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** The state of a question's suggestion against its answer. */
export function suggestionState(answer: { selectedChoices: readonly string[]; notApplicable: boolean }, suggestion: Pick<Suggestion, 'selectedChoices'>): SuggestionState {
  if (!isAnswered({ selectedChoices: answer.selectedChoices, isApplicable: !answer.notApplicable })) return suggestion.selectedChoices.length ? 'suggested' : 'nothing';
  return !answer.notApplicable && sameChoices(answer.selectedChoices, suggestion.selectedChoices) ? 'confirmed' : 'answered';
}
