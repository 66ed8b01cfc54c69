// Risk of an answer named by ids, with clear errors for ids the lens does not have.
import { UserError } from '../util/errors.js';
import { evaluateRisk, type RiskResult } from './risk.js';
import { findQuestion, type Lens } from './types.js';

export function answerRisk(lens: Lens, questionId: string, choiceIds: readonly string[]): RiskResult {
  const found = findQuestion(lens, questionId);
  if (!found) {
    const known = lens.pillars.flatMap((p) => p.questions.map((q) => q.id)).join(', ');
    throw new UserError('unknown-question', `lens "${lens.name}" has no question "${questionId}" (questions: ${known})`);
  }
  const known = new Set(found.question.choices.map((c) => c.id));
  const unknown = choiceIds.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new UserError('unknown-choice', `question ${questionId} has no choice ${unknown.map((u) => `"${u}"`).join(', ')} (choices: ${[...known].join(', ')})`);
  return evaluateRisk(found.question, choiceIds);
}
