// The consolidated report: every workload a caller may see, side by side — risks per workload, pillar and
// question, the best practices most often missing, prioritized risks, improvement-item status, and the trend
// from milestones. A pure function of records read in bulk (consolidated-load.ts reads them).
import type { Lens, LensQuestion } from '../lens/types.js';
import { isNoneChoiceId } from '../lens/types.js';
import type { ApiRisk } from '../lens/risk.js';
import type { BulkAnswer, BulkItem } from '../store/consolidated.js';
import type { LensReviewRecord, WorkloadRecord } from '../store/records.js';
import type { Lang, Localized } from '../util/i18n.js';
import { emptyStatusCounts, type StatusCounts } from './improvement-items.js';
import { IMPROVEMENT_STATUSES, type ImprovementStatus } from './model.js';
import { addCounts } from './service.js';
import { key, totalsOf, trendOf } from './consolidated-totals.js';
export { TOP_MISSING } from './consolidated-totals.js';
import { answerApiRisk, emptyCounts, UNANSWERED_STATE, type AnswerState, type RiskCounts } from './summary.js';

export interface ConsolidatedFilter {
  environment?: 'PRODUCTION' | 'PREPRODUCTION';
  /** Only this lens's reviews (and workloads that have one). */
  lens?: string;
}

export interface QuestionMetric {
  questionId: string;
  title: string;
  risk: ApiRisk;
  prioritized: boolean;
  /** The best practices not selected, for a HIGH or MEDIUM question (empty otherwise). */
  missing: { choiceId: string; title: string }[];
}

export interface PillarMetric {
  pillarId: string;
  name: string;
  riskCounts: RiskCounts;
  questions: QuestionMetric[];
}

export interface LensMetric {
  alias: string;
  name: string;
  version: string;
  builtin: boolean;
  riskCounts: RiskCounts;
  prioritizedRiskCounts: RiskCounts;
  pillars: PillarMetric[];
}

export interface MilestonePoint {
  number: number;
  name: string;
  recordedAt: string;
  riskCounts: RiskCounts;
}

export interface WorkloadMetric {
  workloadId: string;
  workloadName: string;
  environment: string;
  updatedAt: string;
  riskCounts: RiskCounts;
  prioritizedRiskCounts: RiskCounts;
  improvementStatus: StatusCounts;
  lenses: LensMetric[];
  milestones: MilestonePoint[];
}

export interface PillarTotal {
  lensAlias: string;
  pillarId: string;
  name: string;
  riskCounts: RiskCounts;
}

/** How many workloads have a question at HIGH and at MEDIUM risk. */
export interface QuestionTotal {
  lensAlias: string;
  pillarId: string;
  questionId: string;
  title: string;
  high: number;
  medium: number;
}

/** A best practice left unselected on a question at risk, counted over workloads. */
export interface MissingPractice {
  lensAlias: string;
  questionId: string;
  choiceId: string;
  title: Localized;
  workloads: number;
}

export interface TrendPoint {
  /** A day (YYYY-MM-DD) on which milestones were recorded, or "current" for the answers as they are. */
  at: string;
  /** Workloads counted: those with a milestone on or before that day (all of them for "current"). */
  workloads: number;
  riskCounts: RiskCounts;
}

export interface ConsolidatedReport {
  lang: Lang;
  filter: ConsolidatedFilter;
  /** What the filters may choose from: every lens and environment among the visible workloads. */
  choices: { lenses: { alias: string; name: string }[]; environments: string[] };
  workloadCount: number;
  riskCounts: RiskCounts;
  prioritizedRiskCounts: RiskCounts;
  improvementStatus: StatusCounts;
  workloads: WorkloadMetric[];
  pillars: PillarTotal[];
  questions: QuestionTotal[];
  missingPractices: MissingPractice[];
  trend: TrendPoint[];
}

/** One lens review as a milestone froze it: the answers and the lens version they were given against. */
export interface FrozenReview {
  lensAlias: string;
  lensVersion: string;
  answers: { questionId: string; selectedChoices: string[]; isApplicable: boolean }[];
}

export interface FrozenMilestone {
  workloadId: string;
  number: number;
  name: string;
  createdAt: string;
  reviews: FrozenReview[];
}

export interface ConsolidatedInput {
  /** The workloads the caller may see, in the order to show them. */
  workloads: readonly WorkloadRecord[];
  reviews: readonly LensReviewRecord[];
  answers: readonly BulkAnswer[];
  items: readonly BulkItem[];
  milestones: readonly FrozenMilestone[];
  /** A lens version in a language (undefined when the store lacks it: the review is left out). */
  lensOf: (alias: string, version: string, lang: Lang) => Lens | undefined;
  builtin: (alias: string) => boolean;
  /** The questions a workload's profile marks prioritized for a lens. */
  prioritized: (workloadId: string, lensAlias: string) => ReadonlySet<string>;
}

function group<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function riskOf(question: LensQuestion, answer: { selectedChoices: string[]; isApplicable: boolean } | undefined): ApiRisk {
  const state: AnswerState = answer ? { ...UNANSWERED_STATE, selectedChoices: answer.selectedChoices, isApplicable: answer.isApplicable } : UNANSWERED_STATE;
  return answerApiRisk(question, state);
}

/** Risk counts of answers against a lens (a milestone's frozen review). */
function countsOf(lens: Lens, answers: FrozenReview['answers']): RiskCounts {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const counts = emptyCounts();
  for (const pillar of lens.pillars) for (const q of pillar.questions) counts[riskOf(q, byQuestion.get(q.id))]++;
  return counts;
}

function atRisk(risk: ApiRisk): boolean {
  return risk === 'HIGH' || risk === 'MEDIUM';
}

function statusOf(value: string | undefined): ImprovementStatus {
  return value !== undefined && (IMPROVEMENT_STATUSES as readonly string[]).includes(value) ? (value as ImprovementStatus) : 'OPEN';
}

function lensMetric(
  input: ConsolidatedInput,
  review: LensReviewRecord,
  lang: Lang,
  answers: Map<string, BulkAnswer>,
  items: Map<string, string>,
  status: StatusCounts,
): LensMetric | undefined {
  const lens = input.lensOf(review.lensAlias, review.lensVersion, lang);
  if (!lens) return undefined;
  const prioritized = input.prioritized(review.workloadId, review.lensAlias);
  const riskCounts = emptyCounts();
  const prioritizedRiskCounts = emptyCounts();
  const pillars = lens.pillars.map((pillar): PillarMetric => {
    const counts = emptyCounts();
    const questions = pillar.questions.map((q): QuestionMetric => {
      const answer = answers.get(q.id);
      const risk = riskOf(q, answer);
      counts[risk]++;
      if (prioritized.has(q.id)) prioritizedRiskCounts[risk]++;
      let missing: QuestionMetric['missing'] = [];
      if (atRisk(risk)) {
        const selected = new Set(answer?.selectedChoices ?? []);
        missing = q.choices.filter((c) => !selected.has(c.id) && !isNoneChoiceId(c.id)).map((c) => ({ choiceId: c.id, title: c.title }));
        for (const c of missing) status[statusOf(items.get(key(q.id, c.choiceId)))]++;
      }
      return { questionId: q.id, title: q.title, risk, prioritized: prioritized.has(q.id), missing };
    });
    addCounts(riskCounts, counts);
    return { pillarId: pillar.id, name: pillar.name, riskCounts: counts, questions };
  });
  return { alias: review.lensAlias, name: lens.name, version: review.lensVersion, builtin: input.builtin(review.lensAlias), riskCounts, prioritizedRiskCounts, pillars };
}

function milestonePoints(input: ConsolidatedInput, milestones: readonly FrozenMilestone[], filter: ConsolidatedFilter): MilestonePoint[] {
  return milestones.map((m) => {
    const riskCounts = emptyCounts();
    for (const r of m.reviews) {
      if (filter.lens && r.lensAlias !== filter.lens) continue;
      const lens = input.lensOf(r.lensAlias, r.lensVersion, 'en');
      if (lens) addCounts(riskCounts, countsOf(lens, r.answers));
    }
    return { number: m.number, name: m.name, recordedAt: m.createdAt, riskCounts };
  });
}

/** Builds the report for the caller's workloads, filtered, with texts in `lang`. */
export function buildConsolidated(input: ConsolidatedInput, filter: ConsolidatedFilter, lang: Lang): ConsolidatedReport {
  const reviewsOf = group(input.reviews, (r) => r.workloadId);
  const answersOf = group(input.answers, (a) => key(a.workloadId, a.lensAlias));
  const itemsOf = group(input.items, (i) => key(i.workloadId, i.lensAlias));
  const milestonesOf = group(input.milestones, (m) => m.workloadId);

  const lensChoices = new Map<string, string>();
  const environments = new Set<string>();
  for (const w of input.workloads) environments.add(w.environment);
  for (const r of input.reviews) {
    if (lensChoices.has(r.lensAlias)) continue;
    const lens = input.lensOf(r.lensAlias, r.lensVersion, lang);
    if (lens) lensChoices.set(r.lensAlias, lens.name);
  }

  const workloads: WorkloadMetric[] = [];
  for (const w of input.workloads) {
    if (filter.environment && w.environment !== filter.environment) continue;
    const reviews = (reviewsOf.get(w.id) ?? []).filter((r) => !filter.lens || r.lensAlias === filter.lens);
    if (filter.lens && reviews.length === 0) continue;
    const improvementStatus = emptyStatusCounts();
    const lenses: LensMetric[] = [];
    for (const r of reviews) {
      const answers = new Map((answersOf.get(key(w.id, r.lensAlias)) ?? []).map((a) => [a.questionId, a]));
      const items = new Map((itemsOf.get(key(w.id, r.lensAlias)) ?? []).map((i) => [key(i.questionId, i.choiceId), i.status]));
      const metric = lensMetric(input, r, lang, answers, items, improvementStatus);
      if (metric) lenses.push(metric);
    }
    const riskCounts = emptyCounts();
    const prioritizedRiskCounts = emptyCounts();
    for (const l of lenses) {
      addCounts(riskCounts, l.riskCounts);
      addCounts(prioritizedRiskCounts, l.prioritizedRiskCounts);
    }
    const milestones = milestonePoints(input, milestonesOf.get(w.id) ?? [], filter);
    workloads.push({ workloadId: w.id, workloadName: w.name, environment: w.environment, updatedAt: w.updatedAt, riskCounts, prioritizedRiskCounts, improvementStatus, lenses, milestones });
  }
  return { lang, filter, choices: { lenses: [...lensChoices].map(([alias, name]) => ({ alias, name })), environments: [...environments].sort() }, ...totalsOf(input, workloads), workloads, trend: trendOf(workloads) };
}
