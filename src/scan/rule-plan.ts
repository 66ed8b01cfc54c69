// The rule catalog as the scan runs it. Rules are object literals written one per file, so they come in many
// shapes (optional `advice`, properties in different orders); a loop that reads `rule.id`, `rule.resourceTypes`
// and `rule.check` straight from them sees a different hidden class per rule, and V8 deoptimizes and recompiles
// the scan loop while a thread warms up (issue 21). A plan holds what the loop reads in one shape for every rule,
// made once per rule list (the catalog is one array for a whole scan).
import { TEMPLATE_PARAMETER } from '../iac/types.js';
import type { Rule } from '../rules/types.js';

export interface RulePlan {
  rule: Rule;
  id: string;
  /** The resource types the rule judges, a plain array of its own (so every plan's list has one shape). */
  types: readonly string[];
  /** The type when the rule judges one (most do): the graph answers it without a rest array. */
  single: string | undefined;
  /** The rule judges template parameters too (they are not in the graph). */
  withParameters: boolean;
  advice: boolean;
}

const plans = new WeakMap<readonly Rule[], readonly RulePlan[]>();

/** The plans of a rule list, in its order; the same list gets the same plans while it holds the same rules. */
export function rulePlans(rules: readonly Rule[]): readonly RulePlan[] {
  let found = plans.get(rules);
  if (!found || !samePlans(found, rules)) plans.set(rules, (found = rules.map(planOf)));
  return found;
}

/** A list changed after it was planned (a caller's own array) is planned again. */
function samePlans(found: readonly RulePlan[], rules: readonly Rule[]): boolean {
  if (found.length !== rules.length) return false;
  for (let i = 0; i < rules.length; i++) if ((found[i] as RulePlan).rule !== rules[i]) return false;
  return true;
}

function planOf(rule: Rule): RulePlan {
  const types: string[] = [];
  for (const type of rule.resourceTypes) types.push(type);
  return {
    rule,
    id: rule.id,
    types,
    single: types.length === 1 ? types[0] : undefined,
    withParameters: types.includes(TEMPLATE_PARAMETER),
    advice: rule.advice === true,
  };
}
