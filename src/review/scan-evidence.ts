// Scan evidence in a lens review: the latest scan's evidence per choice is stored beside the review, and
// each question gets a suggested answer (its supported choices). A suggestion is never written into the
// answers by an import: it stays a suggestion until a person answers or confirms it, and a later import
// replaces the evidence without touching what people answered.
import { loadBuiltinLens } from '../lens/builtin.js';
import type { ApiRisk } from '../lens/risk.js';
import type { Lang, Localized } from '../util/i18n.js';
import { getScanImport, listScanEvidence, replaceScanEvidence, type ChoiceEvidenceRecord, type ScanImportRecord } from '../store/evidence-store.js';
import { BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import { invalid, say } from './errors.js';
import type { ReviewService } from './service.js';
import { conflictsOf, suggestFor, suggestionState, type ConflictKind, type SuggestionBasis } from './suggestions.js';

export interface ScanEvidenceInput {
  /** Templates the scan read. */
  files: string[];
  /** The scan date (YYYY-MM-DD). */
  scanDate: string;
  /** Evidence for the choices of the built-in lens, in lens order. */
  choices: ChoiceEvidenceRecord[];
}

/** `suggested`: nobody answered yet; `confirmed`: the answer selects exactly the suggestion; `answered`: a person answered otherwise. */
export type SuggestionState = 'suggested' | 'confirmed' | 'answered';

export interface EvidenceChoiceView extends Omit<ChoiceEvidenceRecord, 'questionId'> {
  title: string;
  /** Where the person's answer and this evidence disagree, or null. */
  conflict: ConflictKind | null;
}

export interface EvidenceQuestionView {
  questionId: string;
  pillarId: string;
  title: string;
  /** The person's answer, or null while the question is unanswered. */
  answer: { selectedChoices: string[]; notApplicable: boolean; risk: ApiRisk } | null;
  suggestion: {
    selectedChoices: string[];
    risk: ApiRisk;
    state: SuggestionState;
    /** Why: supported practices, every practice contradicted ("None of these"), or nothing decides it. */
    basis: SuggestionBasis;
    counts: { practices: number; supported: number; contradicted: number; unknown: number };
  };
  choices: EvidenceChoiceView[];
}

export interface EvidenceReviewView {
  workload: { id: string; name: string };
  lensAlias: string;
  /** null until a scan was imported. */
  scan: ScanImportRecord | null;
  questions: EvidenceQuestionView[];
}

const WRONG_LENS: Localized = {
  en: 'scan evidence answers the built-in Serverless Lens ("{builtin}"), not lens "{alias}"',
  ja: 'スキャンのエビデンスは組み込みの Serverless Lens（「{builtin}」）に対するもので、レンズ「{alias}」には使えません',
};

function checkLens(alias: string): void {
  if (alias !== BUILTIN_LENS_ALIAS) throw invalid([{ field: 'lensAlias', message: say(WRONG_LENS, { builtin: BUILTIN_LENS_ALIAS, alias }) }]);
}

/** Stores a scan's evidence in the workload's Serverless Lens review, replacing the previous import. */
export async function importScanEvidence(service: ReviewService, ref: string, input: ScanEvidenceInput, lang: Lang): Promise<EvidenceReviewView> {
  const alias = BUILTIN_LENS_ALIAS;
  const workloadId = await service.store.transaction(async (tx) => {
    const w = await service.resolveWorkload(ref, tx);
    await service.requireReview(w, alias, tx);
    await replaceScanEvidence(tx, w.id, alias, { files: [...input.files].sort(), scanDate: input.scanDate, importedAt: service.now() }, input.choices);
    await tx.touchWorkload(w.id, service.now());
    return w.id;
  });
  return evidenceReview(service, workloadId, alias, lang);
}

/** The stored evidence with each question's answer and suggestion, in lens order. */
export async function evidenceReview(service: ReviewService, ref: string, alias: string | undefined, lang: Lang): Promise<EvidenceReviewView> {
  const lensAlias = alias ?? BUILTIN_LENS_ALIAS;
  checkLens(lensAlias);
  const review = await service.getReview(ref, lensAlias, lang);
  const stored = await listScanEvidence(service.store, review.workload.id, lensAlias);
  const scan = (await getScanImport(service.store, review.workload.id, lensAlias)) ?? null;
  const lens = loadBuiltinLens(lang);
  const questions: EvidenceQuestionView[] = [];
  for (const pillar of lens.pillars) {
    for (const question of pillar.questions) {
      const view = review.questions.find((q) => q.id === question.id);
      const answered = view !== undefined && (view.notApplicable || view.selectedChoices.length > 0);
      const evidence = stored.filter((e) => e.questionId === question.id);
      const suggested = suggestFor(question, evidence);
      const state = view ? suggestionState(view, suggested) : 'nothing';
      const conflicts = view ? conflictsOf({ selectedChoices: view.selectedChoices, isApplicable: !view.notApplicable }, evidence) : new Map<string, ConflictKind>();
      questions.push({
        questionId: question.id,
        pillarId: pillar.id,
        title: question.title,
        answer: answered ? { selectedChoices: [...view.selectedChoices], notApplicable: view.notApplicable, risk: view.risk } : null,
        suggestion: { selectedChoices: suggested.selectedChoices, risk: suggested.risk, state: state === 'nothing' ? 'suggested' : state, basis: suggested.basis, counts: suggested.counts },
        choices: evidence.map((e) => ({
          choiceId: e.choiceId,
          title: question.choices.find((c) => c.id === e.choiceId)?.title ?? e.choiceId,
          status: e.status,
          passed: e.passed,
          failed: e.failed,
          rules: e.rules,
          findings: e.findings,
          ...(e.passes ? { passes: e.passes } : {}),
          ...(e.resourceTypes ? { resourceTypes: e.resourceTypes } : {}),
          conflict: conflicts.get(e.choiceId) ?? null,
        })),
      });
    }
  }
  return { workload: review.workload, lensAlias, scan, questions };
}

/**
 * A person confirms suggestions: each named question (all, when none is named) that is still unanswered
 * and has a non-empty suggestion gets it as its answer. Answered questions are never changed.
 */
export async function confirmSuggestions(service: ReviewService, ref: string, questionIds: readonly string[], lang: Lang): Promise<string[]> {
  const view = await evidenceReview(service, ref, BUILTIN_LENS_ALIAS, lang);
  const known = new Set(view.questions.map((q) => q.questionId));
  const unknownIds = questionIds.filter((id) => !known.has(id));
  if (unknownIds.length) throw invalid([{ field: 'questionId', message: say({ en: 'unknown question(s): {ids}', ja: '不明な質問です: {ids}' }, { ids: unknownIds.join(', ') }) }]);
  const confirmed: string[] = [];
  for (const q of view.questions) {
    if (questionIds.length && !questionIds.includes(q.questionId)) continue;
    if (q.suggestion.state !== 'suggested' || q.suggestion.selectedChoices.length === 0) continue;
    await service.updateAnswer(view.workload.id, BUILTIN_LENS_ALIAS, q.questionId, { selectedChoices: q.suggestion.selectedChoices }, lang);
    confirmed.push(q.questionId);
  }
  return confirmed;
}
