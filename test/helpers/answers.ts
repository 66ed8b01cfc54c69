// Deterministic varied answers for a lens, and the risk the lens's own rules give each one: the oracle the
// review tests compare the stored, served and printed risks with.
import { readFileSync } from 'node:fs';
import { evaluateRisk, toApiRisk, type ApiRisk } from '../../src/lens/risk.js';
import { isNoneChoiceId, type Lens } from '../../src/lens/types.js';
import { fixture } from './repo.js';

export const FIXTURE_LENSES = [
  'ApiGwLambda_custom-lens-apigw-lambda-v0.1.json',
  'DynamoDB_custom-lensddb-v1.0.json',
  'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json',
] as const;

export function fixtureLensText(file: string): string {
  return readFileSync(fixture('lenses', file), 'utf8');
}

export function fixtureLens(file: string): Lens {
  return JSON.parse(fixtureLensText(file)) as Lens;
}

/** mulberry32: a tiny seeded generator, so every run answers the same way. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PlannedAnswer {
  questionId: string;
  pillarId: string;
  selectedChoices: string[];
  isApplicable: boolean;
  reason: string | null;
  expected: ApiRisk;
}

/**
 * One answer per question: some unanswered, some not applicable, some "None of these", the rest random
 * subsets (all choices now and then, so every risk level shows up). `expected` comes from evaluateRisk.
 */
export function planAnswers(lens: Lens, seed = 1): PlannedAnswer[] {
  const random = seeded(seed);
  return lens.pillars.flatMap((pillar) =>
    pillar.questions.map((q): PlannedAnswer => {
      const roll = random();
      const regular = q.choices.filter((c) => !isNoneChoiceId(c.id)).map((c) => c.id);
      const none = q.choices.find((c) => isNoneChoiceId(c.id))?.id;
      let selectedChoices: string[] = [];
      let isApplicable = true;
      if (roll < 0.1) isApplicable = false;
      else if (roll < 0.2) selectedChoices = [];
      else if (roll < 0.3 && none) selectedChoices = [none];
      else if (roll < 0.5) selectedChoices = regular;
      else selectedChoices = regular.filter(() => random() < 0.6);
      const expected: ApiRisk = !isApplicable ? 'NOT_APPLICABLE' : toApiRisk(evaluateRisk(q, selectedChoices).risk);
      return { questionId: q.id, pillarId: pillar.id, selectedChoices, isApplicable, reason: isApplicable ? null : 'ARCHITECTURE_CONSTRAINTS', expected };
    }),
  );
}

/** Risk counts the plan should produce, overall and per pillar. */
export function expectedCounts(plan: readonly PlannedAnswer[]) {
  const empty = () => ({ HIGH: 0, MEDIUM: 0, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 0 });
  const total = empty();
  const pillars = new Map<string, ReturnType<typeof empty>>();
  for (const a of plan) {
    total[a.expected]++;
    const p = pillars.get(a.pillarId) ?? empty();
    p[a.expected]++;
    pillars.set(a.pillarId, p);
  }
  return { total, pillars };
}
