// The review of one lens as people read it: risk per question from the lens's risk rules, progress and risk
// counts per pillar and overall, and the improvement plan. A pure function of the lens and the answers (and of
// the questions the workload's profile makes a priority: counted apart, and first in the plan).
import { evaluateRisk, API_RISK_ORDER, toApiRisk, type ApiRisk } from '../lens/risk.js';
import { isNoneChoiceId, type Lens, type LensChoice, type LensQuestion } from '../lens/types.js';

export type RiskCounts = Record<ApiRisk, number>;

export interface AnswerState {
  selectedChoices: string[];
  isApplicable: boolean;
  reason: string | null;
  notes: string;
  version: number;
}

export interface QuestionView {
  id: string;
  pillarId: string;
  title: string;
  risk: ApiRisk;
  selectedChoices: string[];
  notApplicable: boolean;
  reason: string | null;
  notes: string;
  version: number;
  /** The workload's profile makes this question a priority. */
  prioritized: boolean;
}

export interface PillarView {
  id: string;
  name: string;
  answered: number;
  total: number;
  riskCounts: RiskCounts;
  /** The same counts over the prioritized questions only. */
  prioritizedRiskCounts: RiskCounts;
}

export interface ImprovementItem {
  choiceId: string;
  title: string;
  text: string;
  url: string | null;
}

export interface ImprovementView {
  pillarId: string;
  questionId: string;
  title: string;
  risk: ApiRisk;
  prioritized: boolean;
  improvements: ImprovementItem[];
}

export interface ReviewSummary {
  riskCounts: RiskCounts;
  prioritizedRiskCounts: RiskCounts;
  pillars: PillarView[];
  questions: QuestionView[];
  improvementPlan: ImprovementView[];
}

export function emptyCounts(): RiskCounts {
  return { HIGH: 0, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 0 };
}

export const UNANSWERED_STATE: AnswerState = { selectedChoices: [], isApplicable: true, reason: null, notes: '', version: 0 };

/** The AWS API's risk name for an answer: a question that does not apply is NOT_APPLICABLE whatever is selected. */
export function answerApiRisk(question: LensQuestion, answer: AnswerState): ApiRisk {
  if (!answer.isApplicable) return 'NOT_APPLICABLE';
  return toApiRisk(evaluateRisk(question, answer.selectedChoices).risk);
}

function improvementOf(question: LensQuestion, choice: LensChoice): ImprovementItem {
  const text = choice.improvementPlan?.displayText || choice.helpfulResource?.displayText || choice.description || choice.title;
  const url = choice.improvementPlan?.url ?? choice.helpfulResource?.url ?? question.helpfulResource?.url ?? null;
  return { choiceId: choice.id, title: choice.title, text, url };
}

/**
 * Questions at HIGH or MEDIUM risk with the best practices not yet selected: prioritized questions first, then
 * highest risk, then the workload's pillar priorities (listed pillars first, in their order), then lens order.
 */
export function improvementPlan(lens: Lens, questions: readonly QuestionView[], pillarPriorities: readonly string[]): ImprovementView[] {
  const pillarRank = new Map<string, number>();
  pillarPriorities.forEach((id, i) => pillarRank.set(id, i));
  lens.pillars.forEach((p, i) => {
    if (!pillarRank.has(p.id)) pillarRank.set(p.id, pillarPriorities.length + i);
  });
  const byId = new Map(lens.pillars.flatMap((p) => p.questions.map((q) => [q.id, q] as const)));
  const items: { view: ImprovementView; order: number }[] = [];
  questions.forEach((view, order) => {
    if (view.risk !== 'HIGH' && view.risk !== 'MEDIUM') return;
    const question = byId.get(view.id);
    if (!question) return;
    const selected = new Set(view.selectedChoices);
    const improvements = question.choices.filter((c) => !selected.has(c.id) && !isNoneChoiceId(c.id)).map((c) => improvementOf(question, c));
    items.push({ view: { pillarId: view.pillarId, questionId: view.id, title: view.title, risk: view.risk, prioritized: view.prioritized, improvements }, order });
  });
  const riskRank = (r: ApiRisk): number => API_RISK_ORDER.indexOf(r);
  items.sort(
    (a, b) =>
      Number(b.view.prioritized) - Number(a.view.prioritized) ||
      riskRank(a.view.risk) - riskRank(b.view.risk) ||
      (pillarRank.get(a.view.pillarId) ?? 0) - (pillarRank.get(b.view.pillarId) ?? 0) ||
      a.order - b.order,
  );
  return items.map((i) => i.view);
}

/** Summarises a lens review. Answers for questions the lens does not have are ignored. */
export function summarizeReview(
  lens: Lens,
  answers: ReadonlyMap<string, AnswerState>,
  pillarPriorities: readonly string[] = [],
  prioritizedQuestions: ReadonlySet<string> = new Set(),
): ReviewSummary {
  const riskCounts = emptyCounts();
  const prioritizedRiskCounts = emptyCounts();
  const pillars: PillarView[] = [];
  const questions: QuestionView[] = [];
  for (const pillar of lens.pillars) {
    const counts = emptyCounts();
    const prioritizedCounts = emptyCounts();
    let answered = 0;
    for (const question of pillar.questions) {
      const answer = answers.get(question.id) ?? UNANSWERED_STATE;
      const risk = answerApiRisk(question, answer);
      const prioritized = prioritizedQuestions.has(question.id);
      counts[risk]++;
      riskCounts[risk]++;
      if (prioritized) {
        prioritizedCounts[risk]++;
        prioritizedRiskCounts[risk]++;
      }
      if (risk !== 'UNANSWERED') answered++;
      questions.push({
        id: question.id,
        pillarId: pillar.id,
        title: question.title,
        risk,
        selectedChoices: [...answer.selectedChoices],
        notApplicable: !answer.isApplicable,
        reason: answer.isApplicable ? null : answer.reason,
        notes: answer.notes,
        version: answer.version,
        prioritized,
      });
    }
    pillars.push({ id: pillar.id, name: pillar.name, answered, total: pillar.questions.length, riskCounts: counts, prioritizedRiskCounts: prioritizedCounts });
  }
  return { riskCounts, prioritizedRiskCounts, pillars, questions, improvementPlan: improvementPlan(lens, questions, pillarPriorities) };
}
