// The evidence of a lens review read for the places answers are made: per question its choices' scan
// evidence, analysis evidence, the suggested answer and the conflicts with the person's answer. Only the
// built-in Serverless Lens has evidence; for any other lens the view says so (scan null, no questions).
import { BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import type { LensQuestion } from '../lens/types.js';
import { listAnalysisEvidence, type AnalysisEvidenceRecord } from '../store/analysis-evidence-store.js';
import { getScanImport, listScanEvidence, type ChoiceEvidenceRecord, type ScanImportRecord } from '../store/evidence-store.js';
import type { Lang } from '../util/i18n.js';
import type { ReviewService } from './service.js';
import { conflictsOf, suggestFor, suggestionState, type ConflictKind, type Suggestion, type SuggestionState } from './suggestions.js';
import type { QuestionView } from './summary.js';

export interface QuestionEvidence {
  question: LensQuestion;
  answer: QuestionView;
  /** Scan evidence per choice, in lens order (choices the scan has nothing on are absent). */
  evidence: ChoiceEvidenceRecord[];
  /** Analysis evidence (logs, tuning) of the question's choices. */
  analysis: AnalysisEvidenceRecord[];
  suggestion: Suggestion;
  state: SuggestionState;
  conflicts: Map<string, ConflictKind>;
}

export interface ReviewEvidence {
  workload: { id: string; name: string };
  lensAlias: string;
  /** null until a scan was imported (always null for a lens other than the built-in one). */
  scan: ScanImportRecord | null;
  /** By question id, in lens order; empty without a scan or analysis. */
  questions: Map<string, QuestionEvidence>;
  /** Choices in conflict over the whole review. */
  conflictCount: number;
}

/** Reads the evidence of one lens review of a workload (the workload by id or name). */
export async function reviewEvidence(service: ReviewService, ref: string, alias: string, lang: Lang): Promise<ReviewEvidence> {
  const w = await service.resolveWorkload(ref);
  const review = await service.requireReview(w, alias);
  const base = { workload: { id: w.id, name: w.name }, lensAlias: review.lensAlias };
  if (review.lensAlias !== BUILTIN_LENS_ALIAS) return { ...base, scan: null, questions: new Map(), conflictCount: 0 };
  const [scan, stored, analysis, answers, pinned] = await Promise.all([
    getScanImport(service.store, w.id, review.lensAlias),
    listScanEvidence(service.store, w.id, review.lensAlias),
    listAnalysisEvidence(service.store, w.id, review.lensAlias),
    service.getReview(w.id, review.lensAlias, lang),
    service.lensRef(review, lang),
  ]);
  const questions = new Map<string, QuestionEvidence>();
  if (!scan && analysis.length === 0) return { ...base, scan: null, questions, conflictCount: 0 };
  const byQuestion = new Map<string, ChoiceEvidenceRecord[]>();
  for (const e of stored) {
    const list = byQuestion.get(e.questionId);
    if (list) list.push(e);
    else byQuestion.set(e.questionId, [e]);
  }
  let conflictCount = 0;
  for (const pillar of pinned.lens.pillars) {
    for (const question of pillar.questions) {
      const answer = answers.questions.find((q) => q.id === question.id);
      if (!answer) continue;
      const evidence = byQuestion.get(question.id) ?? [];
      const suggestion = suggestFor(question, evidence);
      const conflicts = conflictsOf({ selectedChoices: answer.selectedChoices, isApplicable: !answer.notApplicable }, evidence);
      conflictCount += conflicts.size;
      questions.set(question.id, {
        question,
        answer,
        evidence,
        analysis: analysis.filter((a) => a.questionId === question.id),
        suggestion,
        state: suggestionState(answer, suggestion),
        conflicts,
      });
    }
  }
  return { ...base, scan: scan ?? null, questions, conflictCount };
}
