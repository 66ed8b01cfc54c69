// The consolidated report's sums over workloads: overall, per pillar, per question, the most common missing best
// practices (titles in both languages), and the trend from milestones. Pure functions of the per-workload metrics.
import type { Lang, Localized } from '../util/i18n.js';
import { emptyStatusCounts } from './improvement-items.js';
import { IMPROVEMENT_STATUSES } from './model.js';
import { addCounts } from './service.js';
import { emptyCounts, type RiskCounts } from './summary.js';
import type { ConsolidatedInput, MissingPractice, PillarTotal, QuestionTotal, TrendPoint, WorkloadMetric } from './consolidated.js';

/** The most common missing best practices kept in the report. */
export const TOP_MISSING = 20;

export const key = (...parts: string[]): string => parts.join('\u0000');

/** Per day with milestones: each workload at its latest milestone so far, summed; then the current answers. */
export function trendOf(workloads: readonly WorkloadMetric[]): TrendPoint[] {
  const events = workloads.flatMap((w) => w.milestones.map((m) => ({ workloadId: w.workloadId, day: m.recordedAt.slice(0, 10), at: m.recordedAt, counts: m.riskCounts })));
  events.sort((a, b) => a.at.localeCompare(b.at) || a.workloadId.localeCompare(b.workloadId));
  const latest = new Map<string, RiskCounts>();
  const points: TrendPoint[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as (typeof events)[number];
    latest.set(e.workloadId, e.counts);
    if (events[i + 1]?.day === e.day) continue;
    const riskCounts = emptyCounts();
    for (const counts of latest.values()) addCounts(riskCounts, counts);
    points.push({ at: e.day, workloads: latest.size, riskCounts });
  }
  const current = emptyCounts();
  for (const w of workloads) addCounts(current, w.riskCounts);
  points.push({ at: 'current', workloads: workloads.length, riskCounts: current });
  return points;
}

/** The sums over workloads: overall, per pillar, per question, and the missing best practices. */
export function totalsOf(input: ConsolidatedInput, workloads: readonly WorkloadMetric[]) {
  const riskCounts = emptyCounts();
  const prioritizedRiskCounts = emptyCounts();
  const improvementStatus = emptyStatusCounts();
  const pillars = new Map<string, PillarTotal>();
  const questions = new Map<string, QuestionTotal & { order: number }>();
  const missing = new Map<string, MissingPractice & { order: number; version: string }>();
  let order = 0;
  for (const w of workloads) {
    addCounts(riskCounts, w.riskCounts);
    addCounts(prioritizedRiskCounts, w.prioritizedRiskCounts);
    for (const s of IMPROVEMENT_STATUSES) improvementStatus[s] += w.improvementStatus[s];
    for (const l of w.lenses) {
      for (const p of l.pillars) {
        const pk = key(l.alias, p.pillarId);
        const total = pillars.get(pk) ?? { lensAlias: l.alias, pillarId: p.pillarId, name: p.name, riskCounts: emptyCounts() };
        addCounts(total.riskCounts, p.riskCounts);
        pillars.set(pk, total);
        for (const q of p.questions) {
          const qk = key(l.alias, q.questionId);
          if (!questions.has(qk)) questions.set(qk, { lensAlias: l.alias, pillarId: p.pillarId, questionId: q.questionId, title: q.title, high: 0, medium: 0, order: order++ });
          const qt = questions.get(qk) as QuestionTotal;
          if (q.risk === 'HIGH') qt.high++;
          if (q.risk === 'MEDIUM') qt.medium++;
          for (const c of q.missing) {
            const mk = key(l.alias, q.questionId, c.choiceId);
            const m = missing.get(mk) ?? { lensAlias: l.alias, questionId: q.questionId, choiceId: c.choiceId, title: { en: c.title, ja: c.title }, workloads: 0, order: order++, version: l.version };
            m.workloads++;
            missing.set(mk, m);
          }
        }
      }
    }
  }
  const questionTotals = [...questions.values()]
    .filter((q) => q.high + q.medium > 0)
    .sort((a, b) => b.high - a.high || b.medium - a.medium || a.order - b.order)
    .map(({ order: _o, ...q }) => q);
  const missingPractices = [...missing.values()]
    .sort((a, b) => b.workloads - a.workloads || a.order - b.order)
    .slice(0, TOP_MISSING)
    .map(({ order: _o, version, ...m }) => ({ ...m, title: titlesOf(input, m.lensAlias, version, m.questionId, m.choiceId) }));
  return { workloadCount: workloads.length, riskCounts, prioritizedRiskCounts, improvementStatus, pillars: [...pillars.values()], questions: questionTotals, missingPractices };
}

/** A choice's title in both languages (the lens's own text where it has no Japanese). */
function titlesOf(input: ConsolidatedInput, alias: string, version: string, questionId: string, choiceId: string): Localized {
  const title = (lang: Lang): string => {
    const lens = input.lensOf(alias, version, lang);
    const q = lens?.pillars.flatMap((p) => p.questions).find((x) => x.id === questionId);
    return q?.choices.find((c) => c.id === choiceId)?.title ?? choiceId;
  };
  return { en: title('en'), ja: title('ja') };
}
