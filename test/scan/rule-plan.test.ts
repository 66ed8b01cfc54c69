import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEMPLATE_PARAMETER } from '../../src/iac/types.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import { rulePlans } from '../../src/scan/rule-plan.js';

test('each rule of the catalog gets a plan in its order, with its id, types and advice as the rule says', () => {
  const plans = rulePlans(RULES);
  assert.equal(plans.length, RULES.length);
  plans.forEach((plan, i) => {
    const rule = RULES[i] as Rule;
    assert.equal(plan.rule, rule);
    assert.equal(plan.id, rule.id);
    assert.deepEqual(plan.types, [...rule.resourceTypes]);
    assert.equal(plan.single, rule.resourceTypes.length === 1 ? rule.resourceTypes[0] : undefined);
    assert.equal(plan.withParameters, rule.resourceTypes.includes(TEMPLATE_PARAMETER));
    assert.equal(plan.advice, rule.advice === true);
  });
  assert.ok(plans.some((plan) => plan.withParameters), 'the catalog has a rule that judges parameters');
  assert.ok(plans.some((plan) => plan.single === undefined), 'the catalog has a rule of several types');
  assert.ok(plans.some((plan) => plan.advice), 'the catalog has an advice rule');
  // Every plan has the same properties in the same order (the point of planning).
  const keys = Object.keys(plans[0] as object).join();
  for (const plan of plans) assert.equal(Object.keys(plan).join(), keys);
});

test('the same list gets the same plans; a list changed after planning is planned again', () => {
  assert.equal(rulePlans(RULES), rulePlans(RULES));
  const mine: Rule[] = [RULES[0] as Rule];
  const first = rulePlans(mine);
  assert.deepEqual(first.map((p) => p.id), [(RULES[0] as Rule).id]);
  mine.push(RULES[1] as Rule);
  assert.deepEqual(rulePlans(mine).map((p) => p.id), [(RULES[0] as Rule).id, (RULES[1] as Rule).id]);
  mine[0] = RULES[2] as Rule;
  assert.deepEqual(rulePlans(mine).map((p) => p.id), [(RULES[2] as Rule).id, (RULES[1] as Rule).id]);
});
