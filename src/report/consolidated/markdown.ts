// The consolidated report as Markdown (a wiki page): totals, workloads, pillars, questions at risk, the most
// common missing best practices, improvement items by status and the trend — the same data as the HTML and PDF.
import type { ConsolidatedReport } from '../../review/consolidated.js';
import { IMPROVEMENT_STATUSES } from '../../review/model.js';
import { CHART_RISKS } from '../charts/risk-bars.js';
import { cell } from '../markdown.js';
import { riskLabel } from '../review/messages.js';
import { statusLabel } from '../review/plan-messages.js';
import { ct, filterText } from './messages.js';

export function renderConsolidatedMarkdown(report: ConsolidatedReport): string {
  const { lang } = report;
  const out: string[] = [`# ${ct(lang, 'title')}`, '', ct(lang, 'intro', { n: report.workloadCount })];
  const filtered = filterText(lang, report.filter, report.choices.lenses.find((l) => l.alias === report.filter.lens)?.name);
  if (filtered) out.push('', ct(lang, 'filteredBy', { what: cell(filtered) }));
  out.push('', `## ${ct(lang, 'riskSummary')}`, '', CHART_RISKS.map((r) => `${riskLabel(lang, r)} ${report.riskCounts[r]}`).join(' · '));
  out.push('', `**${ct(lang, 'prioritized')}:** ${ct(lang, 'prioritizedNote', { high: report.prioritizedRiskCounts.HIGH, medium: report.prioritizedRiskCounts.MEDIUM })}`);
  out.push('', `## ${ct(lang, 'perWorkload')}`, '');
  out.push(`| ${ct(lang, 'workload')} | ${ct(lang, 'environment')} | ${CHART_RISKS.map((r) => riskLabel(lang, r)).join(' | ')} | ${IMPROVEMENT_STATUSES.map((s) => statusLabel(lang, s)).join(' | ')} |`);
  out.push(`| --- | --- |${CHART_RISKS.map(() => ' ---: |').join('')}${IMPROVEMENT_STATUSES.map(() => ' ---: |').join('')}`);
  for (const w of report.workloads)
    out.push(`| ${cell(w.workloadName)} | ${cell(w.environment)} | ${CHART_RISKS.map((r) => w.riskCounts[r]).join(' | ')} | ${IMPROVEMENT_STATUSES.map((s) => w.improvementStatus[s]).join(' | ')} |`);
  out.push('', `## ${ct(lang, 'perPillar')}`, '', `| ${ct(lang, 'lens')} | ${ct(lang, 'perPillar')} | ${CHART_RISKS.map((r) => riskLabel(lang, r)).join(' | ')} |`, `| --- | --- |${CHART_RISKS.map(() => ' ---: |').join('')}`);
  for (const p of report.pillars) out.push(`| ${cell(p.lensAlias)} | ${cell(p.name)} | ${CHART_RISKS.map((r) => p.riskCounts[r]).join(' | ')} |`);
  out.push('', `## ${ct(lang, 'questionsAtRisk')}`, '');
  if (report.questions.length === 0) out.push(ct(lang, 'noQuestionsAtRisk'));
  else {
    out.push(`| ${ct(lang, 'question')} | ${ct(lang, 'workloadsHigh')} | ${ct(lang, 'workloadsMedium')} |`, '| --- | ---: | ---: |');
    for (const q of report.questions) out.push(`| ${cell(`${q.questionId} ${q.title}`)} | ${q.high} | ${q.medium} |`);
  }
  out.push('', `## ${ct(lang, 'missing')}`, '');
  if (report.missingPractices.length === 0) out.push(ct(lang, 'noMissing'));
  else {
    out.push(`| ${ct(lang, 'bestPractice')} | ${ct(lang, 'question')} | ${ct(lang, 'missingWorkloads')} |`, '| --- | --- | ---: |');
    for (const m of report.missingPractices) out.push(`| ${cell(m.title[lang])} | ${cell(m.questionId)} | ${m.workloads} |`);
  }
  out.push('', `## ${ct(lang, 'itemStatus')}`, '', IMPROVEMENT_STATUSES.map((s) => `${statusLabel(lang, s)} ${report.improvementStatus[s]}`).join(' · '));
  out.push('', `## ${ct(lang, 'trend')}`, '');
  if (report.trend.length < 2) out.push(ct(lang, 'noTrend'));
  else {
    out.push(`| ${ct(lang, 'day')} | ${ct(lang, 'workloads')} | ${riskLabel(lang, 'HIGH')} | ${riskLabel(lang, 'MEDIUM')} |`, '| --- | ---: | ---: | ---: |');
    for (const p of report.trend) out.push(`| ${p.at === 'current' ? ct(lang, 'current') : p.at} | ${p.workloads} | ${p.riskCounts.HIGH} | ${p.riskCounts.MEDIUM} |`);
    out.push('', ct(lang, 'trendNote'));
  }
  return `${out.join('\n')}\n`;
}
