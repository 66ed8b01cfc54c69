// Risk of an answer: the question's risk rules in order, first true condition wins.
import { evaluateCondition, parseCondition, type Condition } from './condition.js';
import type { LensRiskRule, RiskLevel } from './types.js';

/** A lens-rule risk, or UNANSWERED when nothing is selected or no rule matches. */
export type EvaluatedRisk = RiskLevel | 'UNANSWERED';

/** Risk names as the AWS Well-Architected API reports them. */
export type ApiRisk = 'HIGH' | 'MEDIUM' | 'NONE' | 'NOT_APPLICABLE' | 'UNANSWERED';

export interface RiskResult {
  risk: EvaluatedRisk;
  matchedCondition: string | null;
}

/** Only a question's risk rules are read: the outline of a lens (types.ts) has them too. */
interface RiskRules {
  readonly riskRules: readonly LensRiskRule[];
}

const compiled = new WeakMap<RiskRules, (Condition | null)[]>();

function compiledRules(question: RiskRules): (Condition | null)[] {
  let rules = compiled.get(question);
  if (!rules) {
    rules = question.riskRules.map((rule) => {
      const parsed = parseCondition(rule.condition);
      return parsed.ok ? parsed.condition : null;
    });
    compiled.set(question, rules);
  }
  return rules;
}

/**
 * Evaluates a question's risk for a selection. Nothing selected is UNANSWERED (as in the WA Tool).
 * A malformed rule (which validation reports) never matches, so evaluation never throws.
 */
export function evaluateRisk(question: RiskRules, selectedChoiceIds: readonly string[]): RiskResult {
  if (selectedChoiceIds.length === 0) return { risk: 'UNANSWERED', matchedCondition: null };
  const selected = new Set(selectedChoiceIds);
  const rules = compiledRules(question);
  for (let i = 0; i < rules.length; i++) {
    const condition = rules[i];
    const rule = question.riskRules[i];
    if (condition && rule && evaluateCondition(condition, selected)) return { risk: rule.risk, matchedCondition: rule.condition };
  }
  return { risk: 'UNANSWERED', matchedCondition: null };
}

export function toApiRisk(risk: EvaluatedRisk): ApiRisk {
  switch (risk) {
    case 'HIGH_RISK':
      return 'HIGH';
    case 'MEDIUM_RISK':
      return 'MEDIUM';
    case 'NO_RISK':
      return 'NONE';
    default:
      return 'UNANSWERED';
  }
}

/** Order used by improvement plans: highest risk first. */
export const API_RISK_ORDER: readonly ApiRisk[] = ['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED'];
