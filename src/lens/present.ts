// Plain views of a lens for the `lens show` and `lens risk` commands.
import type { Lens } from './types.js';
import type { RiskResult } from './risk.js';

export interface LensOutline {
  name: string;
  pillars: { id: string; name: string; questions: { id: string; title: string; choices: { id: string; title: string }[] }[] }[];
}

export function outlineLens(lens: Lens): LensOutline {
  return {
    name: lens.name,
    pillars: lens.pillars.map((p) => ({
      id: p.id,
      name: p.name,
      questions: p.questions.map((q) => ({ id: q.id, title: q.title, choices: q.choices.map((c) => ({ id: c.id, title: c.title })) })),
    })),
  };
}

export function outlineText(outline: LensOutline): string {
  const questions = outline.pillars.reduce((n, p) => n + p.questions.length, 0);
  const choices = outline.pillars.reduce((n, p) => n + p.questions.reduce((m, q) => m + q.choices.length, 0), 0);
  const lines = [outline.name, `${outline.pillars.length} pillars, ${questions} questions, ${choices} choices`, ''];
  for (const pillar of outline.pillars) {
    lines.push(`${pillar.name} [${pillar.id}] — ${pillar.questions.length} question(s)`);
    for (const question of pillar.questions) {
      lines.push(`  ${question.id}  ${question.title} (${question.choices.length} choices)`);
      for (const choice of question.choices) lines.push(`    - ${choice.id}  ${choice.title}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function riskText(questionId: string, selected: readonly string[], result: RiskResult): string {
  const chosen = selected.length ? selected.join(', ') : '(nothing selected)';
  const rule = result.matchedCondition === null ? 'no rule matched' : `matched: ${result.matchedCondition}`;
  return `${questionId}: ${chosen}\nrisk: ${result.risk} (${rule})`;
}
