// The consolidated report in the W-A API's GetConsolidatedReport shape: one WORKLOAD metric per workload with
// its risks per lens and pillar, and per question at risk the best practices still missing (official ids for
// the built-in lens, as every other W-A response).
import type { ConsolidatedReport, WorkloadMetric } from '../review/consolidated.js';
import { clip, epochSeconds, lensArn, riskCounts, workloadArn } from './api-shapes.js';
import { idMapFor, type IdMap } from './id-map.js';

/** The ids to speak for a lens review (its alias and pinned version). */
export type IdsFor = (alias: string, version: string) => IdMap;

export function workloadMetric(w: WorkloadMetric, region: string, idsFor: IdsFor) {
  return {
    MetricType: 'WORKLOAD' as const,
    RiskCounts: riskCounts(w.riskCounts),
    WorkloadId: w.workloadId,
    WorkloadName: w.workloadName,
    WorkloadArn: workloadArn(region, w.workloadId),
    UpdatedAt: epochSeconds(w.updatedAt),
    Lenses: w.lenses.map((l) => {
      const ids = idsFor(l.alias, l.version);
      return {
        LensArn: lensArn(region, l.alias, l.builtin),
        RiskCounts: riskCounts(l.riskCounts),
        Pillars: l.pillars.map((p) => ({
          PillarId: p.pillarId,
          RiskCounts: riskCounts(p.riskCounts),
          Questions: p.questions
            .filter((q) => q.risk === 'HIGH' || q.risk === 'MEDIUM')
            .map((q) => ({
              QuestionId: ids.question(q.questionId),
              Risk: q.risk,
              BestPractices: q.missing.map((c) => ({ ChoiceId: ids.choice(c.choiceId), ChoiceTitle: clip(c.title, 512) ?? c.choiceId })),
            })),
        })),
      };
    }),
    LensesAppliedCount: w.lenses.length,
  };
}

export type ConsolidatedMetric = ReturnType<typeof workloadMetric>;

export function consolidatedMetrics(report: ConsolidatedReport, region: string, idsFor: IdsFor): ConsolidatedMetric[] {
  return report.workloads.map((w) => workloadMetric(w, region, idsFor));
}

/** Our JSON of the report (API and CLI): the W-A `Metrics` (ARNs in the W-A Tool's default region) beside our sections. */
export function consolidatedJson(report: ConsolidatedReport) {
  return { Metrics: consolidatedMetrics(report, 'us-east-1', (alias) => idMapFor(alias)), ...report };
}
