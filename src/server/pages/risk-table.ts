// The lens's risk rules shipped to the page as data: one letter per combination of choices, so the page shows
// the risk as it changes without re-implementing the rule language in the browser.
import { evaluateRisk, toApiRisk, type ApiRisk } from '../../lens/risk.js';
import type { LensQuestion } from '../../lens/types.js';

const LETTER: Readonly<Record<ApiRisk, string>> = { HIGH: 'H', MEDIUM: 'M', NONE: 'N', NOT_APPLICABLE: 'A', UNANSWERED: 'U' };
/** 2^12 = 4,096 letters at most; the WA Tool allows 15 choices, and beyond 12 the page shows the risk after saving. */
export const MAX_TABLE_CHOICES = 12;

const cache = new WeakMap<LensQuestion, string>();

/**
 * Entry `mask` is the risk when exactly the choices whose bits are set in `mask` are selected
 * (bit i = the question's i-th choice). Empty when the question has too many choices.
 */
export function riskTable(question: LensQuestion): string {
  const cached = cache.get(question);
  if (cached !== undefined) return cached;
  const n = question.choices.length;
  let table = '';
  if (n <= MAX_TABLE_CHOICES) {
    const letters: string[] = [];
    for (let mask = 0; mask < 1 << n; mask++) {
      const selected = question.choices.filter((_, i) => (mask & (1 << i)) !== 0).map((c) => c.id);
      letters.push(LETTER[toApiRisk(evaluateRisk(question, selected).risk)]);
    }
    table = letters.join('');
  }
  cache.set(question, table);
  return table;
}

export function riskOfLetter(letter: string): ApiRisk | undefined {
  return (Object.keys(LETTER) as ApiRisk[]).find((risk) => LETTER[risk] === letter);
}
