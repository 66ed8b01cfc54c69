import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateRisk, toApiRisk } from '../../src/lens/risk.js';
import type { LensQuestion } from '../../src/lens/types.js';

const question: LensQuestion = {
  id: 'Q1',
  title: 'Question',
  description: 'A question',
  choices: ['c1', 'c2', 'c3', 'Q1_no'].map((id) => ({ id, title: id })),
  riskRules: [
    { condition: 'c1 && c2 && c3 && !Q1_no', risk: 'NO_RISK' },
    { condition: 'c1 && !Q1_no', risk: 'MEDIUM_RISK' },
    { condition: 'default', risk: 'HIGH_RISK' },
  ],
};

test('rules are evaluated in order and the first match wins', () => {
  assert.deepEqual(evaluateRisk(question, ['c1', 'c2', 'c3']), { risk: 'NO_RISK', matchedCondition: 'c1 && c2 && c3 && !Q1_no' });
  assert.deepEqual(evaluateRisk(question, ['c1', 'c3']), { risk: 'MEDIUM_RISK', matchedCondition: 'c1 && !Q1_no' });
  assert.deepEqual(evaluateRisk(question, ['c2', 'c3']), { risk: 'HIGH_RISK', matchedCondition: 'default' });
  assert.equal(evaluateRisk(question, ['c1', 'c2', 'c3', 'Q1_no']).risk, 'HIGH_RISK');
});

test('nothing selected is unanswered, not high risk', () => {
  assert.deepEqual(evaluateRisk(question, []), { risk: 'UNANSWERED', matchedCondition: null });
});

test('no matching rule (no default) leaves the answer unrated', () => {
  const noDefault: LensQuestion = { ...question, riskRules: [{ condition: 'c1', risk: 'NO_RISK' }] };
  assert.deepEqual(evaluateRisk(noDefault, ['c2']), { risk: 'UNANSWERED', matchedCondition: null });
});

test('a malformed rule never matches and never throws', () => {
  const broken: LensQuestion = {
    ...question,
    riskRules: [
      { condition: 'c1 &&', risk: 'NO_RISK' },
      { condition: 'default', risk: 'MEDIUM_RISK' },
    ],
  };
  assert.equal(evaluateRisk(broken, ['c1']).risk, 'MEDIUM_RISK');
});

test('lens risks map to the API risk names', () => {
  assert.equal(toApiRisk('HIGH_RISK'), 'HIGH');
  assert.equal(toApiRisk('MEDIUM_RISK'), 'MEDIUM');
  assert.equal(toApiRisk('NO_RISK'), 'NONE');
  assert.equal(toApiRisk('UNANSWERED'), 'UNANSWERED');
});
