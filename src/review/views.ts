// The shapes the CLI, the API and the web pages show: stable JSON, camelCase versions of the AWS WA API names.
// Those of the review models themselves (workload, milestone) are declared in model.ts.
import type { ApiRisk } from '../lens/risk.js';
import type { LensComparison } from './compare.js';
import type { ImprovementView, PillarView, QuestionView, RiskCounts } from './summary.js';
import type { FromTemplate } from './template-model.js';
import type { ImprovementItemValues, MilestoneSummary, WorkloadView } from './model.js';

export type { MilestoneSummary, WorkloadView };

export interface LensRef {
  alias: string;
  name: string;
  version: string;
  versionLabel: string | null;
  latestVersion: string;
  upgradeAvailable: boolean;
}

export interface ReviewView {
  workload: { id: string; name: string };
  lens: LensRef;
  riskCounts: RiskCounts;
  prioritizedRiskCounts: RiskCounts;
  pillars: PillarView[];
  questions: QuestionView[];
  improvementPlan: ImprovementView[];
}

export interface AnswerView {
  questionId: string;
  pillarId: string;
  questionTitle: string;
  questionDescription: string;
  choices: { choiceId: string; title: string; description: string; helpfulResource: { displayText: string; url: string | null } | null }[];
  selectedChoices: string[];
  isApplicable: boolean;
  reason: string | null;
  notes: string;
  risk: ApiRisk;
  version: number;
  /** The workload's profile makes this question a priority. */
  prioritized: boolean;
  /** The review template the answer came from (absent in a milestone's frozen answers). */
  fromTemplate?: FromTemplate;
}

export interface MilestoneView extends MilestoneSummary {
  workload: { id: string; name: string };
  riskCounts: RiskCounts;
  /** improvementItems: the plan items as frozen with the milestone. */
  lensReviews: (Omit<ReviewView, 'workload'> & { improvementItems: ImprovementItemValues[] })[];
}

export type ComparePoint = { milestoneNumber: number; milestoneName: string } | { current: true };

export interface ComparisonView {
  workload: { id: string; name: string };
  base: ComparePoint;
  target: ComparePoint;
  improved: number;
  regressed: number;
  lenses: LensComparison[];
}

export interface LensSummaryView {
  lensAlias: string;
  lensName: string;
  builtin: boolean;
  latestVersion: string;
  latestVersionLabel: string | null;
  versions: { version: string; label: string | null; createdAt: string }[];
}
