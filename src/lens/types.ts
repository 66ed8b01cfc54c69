// The AWS Well-Architected Tool custom-lens format (schemaVersion "2021-11-01").
// Unknown extra fields (`_version`, `_teams`, …) are kept: the index signatures carry them through.

export const LENS_SCHEMA_VERSION = '2021-11-01';

/** Risk levels as a lens's risk rules name them. */
export const RISK_LEVELS = ['HIGH_RISK', 'MEDIUM_RISK', 'NO_RISK'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The AWS pillar ids that map a lens pillar onto a Framework pillar. */
export const AWS_PILLAR_IDS = [
  'operationalExcellence',
  'security',
  'reliability',
  'performance',
  'costOptimization',
  'sustainability',
] as const;

export interface LensResource {
  displayText: string;
  url?: string;
  [extra: string]: unknown;
}

export interface LensAdditionalResources {
  type: 'HELPFUL_RESOURCE' | 'IMPROVEMENT_PLAN';
  content: LensResource[];
  [extra: string]: unknown;
}

export interface LensChoice {
  id: string;
  title: string;
  description?: string;
  helpfulResource?: LensResource;
  improvementPlan?: LensResource;
  additionalResources?: LensAdditionalResources[];
  [extra: string]: unknown;
}

export interface LensRiskRule {
  condition: string;
  risk: RiskLevel;
  [extra: string]: unknown;
}

export interface LensQuestion {
  id: string;
  title: string;
  description: string;
  helpfulResource?: LensResource;
  choices: LensChoice[];
  riskRules: LensRiskRule[];
  [extra: string]: unknown;
}

export interface LensPillar {
  id: string;
  name: string;
  questions: LensQuestion[];
  [extra: string]: unknown;
}

export interface Lens {
  schemaVersion: string;
  name: string;
  description: string;
  pillars: LensPillar[];
  [extra: string]: unknown;
}

/**
 * What evidence needs of a lens (src/scan/evidence.ts): pillar, question and choice ids in order and each
 * question's risk rules, without the text. A whole Lens is one too.
 */
export interface LensOutline {
  pillars: readonly { id: string; questions: readonly { id: string; choices: readonly { id: string }[]; riskRules: readonly LensRiskRule[] }[] }[];
}

/** The outline of a lens: a projection of its ids and risk rules, in its order. */
export function lensOutline(lens: LensOutline): LensOutline {
  return {
    pillars: lens.pillars.map((p) => ({
      id: p.id,
      questions: p.questions.map((q) => ({ id: q.id, choices: q.choices.map((c) => ({ id: c.id })), riskRules: q.riskRules.map((r) => ({ condition: r.condition, risk: r.risk })) })),
    })),
  };
}

/** A "None of these" choice is the one whose id ends in `_no` (the convention AWS and public lenses follow). */
export function isNoneChoiceId(choiceId: string): boolean {
  return choiceId.endsWith('_no');
}

export function noneChoiceOf(question: LensQuestion): LensChoice | undefined {
  return question.choices.find((c) => isNoneChoiceId(c.id));
}

export function findQuestion(lens: Lens, questionId: string): { pillar: LensPillar; question: LensQuestion } | undefined {
  for (const pillar of lens.pillars) {
    const question = pillar.questions.find((q) => q.id === questionId);
    if (question) return { pillar, question };
  }
  return undefined;
}
