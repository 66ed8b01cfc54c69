// Milestone comparison: per lens, which questions' risks went down or up and which choices were added or dropped.
import type { ApiRisk } from '../lens/risk.js';
import type { QuestionView, RiskCounts } from './summary.js';

/** How bad a risk is, for "went down/up": an unanswered question counts as unknown, between MEDIUM and NONE. */
export const RISK_SEVERITY: Readonly<Record<ApiRisk, number>> = { HIGH: 3, MEDIUM: 2, UNANSWERED: 1, NONE: 0, NOT_APPLICABLE: 0 };

export type RiskChange = 'improved' | 'regressed' | 'unchanged';

export interface QuestionChange {
  id: string;
  pillarId: string;
  title: string;
  baseRisk: ApiRisk;
  targetRisk: ApiRisk;
  change: RiskChange;
  choicesAdded: string[];
  choicesDropped: string[];
}

export interface LensSide {
  alias: string;
  name: string;
  riskCounts: RiskCounts;
  questions: readonly QuestionView[];
}

export interface LensComparison {
  alias: string;
  name: string;
  base: RiskCounts | null;
  target: RiskCounts | null;
  improved: number;
  regressed: number;
  changes: QuestionChange[];
}

function riskChange(base: ApiRisk, target: ApiRisk): RiskChange {
  const delta = RISK_SEVERITY[target] - RISK_SEVERITY[base];
  return delta < 0 ? 'improved' : delta > 0 ? 'regressed' : 'unchanged';
}

/** Compares one lens between two points; only questions whose risk or choices changed are listed. */
export function compareLens(base: LensSide | undefined, target: LensSide | undefined): LensComparison {
  const any = (target ?? base) as LensSide;
  const before = new Map((base?.questions ?? []).map((q) => [q.id, q]));
  const changes: QuestionChange[] = [];
  const order = target ? target.questions : (base?.questions ?? []);
  const ids = [...order.map((q) => q.id), ...(base?.questions ?? []).map((q) => q.id).filter((id) => !order.some((q) => q.id === id))];
  const after = new Map((target?.questions ?? []).map((q) => [q.id, q]));
  for (const id of ids) {
    const b = before.get(id);
    const t = after.get(id);
    const q = (t ?? b) as QuestionView;
    const baseRisk = b?.risk ?? 'UNANSWERED';
    const targetRisk = t?.risk ?? 'UNANSWERED';
    const baseChoices = new Set(b?.selectedChoices ?? []);
    const targetChoices = new Set(t?.selectedChoices ?? []);
    const choicesAdded = [...targetChoices].filter((c) => !baseChoices.has(c));
    const choicesDropped = [...baseChoices].filter((c) => !targetChoices.has(c));
    const change = riskChange(baseRisk, targetRisk);
    if (baseRisk === targetRisk && choicesAdded.length === 0 && choicesDropped.length === 0) continue;
    changes.push({ id, pillarId: q.pillarId, title: q.title, baseRisk, targetRisk, change, choicesAdded, choicesDropped });
  }
  return {
    alias: any.alias,
    name: any.name,
    base: base?.riskCounts ?? null,
    target: target?.riskCounts ?? null,
    improved: changes.filter((c) => c.change === 'improved').length,
    regressed: changes.filter((c) => c.change === 'regressed').length,
    changes,
  };
}
