// The consolidated report as one CSV file (RFC 4180, CRLF): a `workload` row per workload with its totals, then a
// `question` row per workload × lens × pillar × question at HIGH or MEDIUM risk with the best practices missing.
// Column names are fixed (a contract for spreadsheets and scripts); titles are in the report's language.
import type { ConsolidatedReport } from '../../review/consolidated.js';

export const CSV_COLUMNS = [
  'row_type',
  'workload_id',
  'workload_name',
  'environment',
  'lens_alias',
  'pillar_id',
  'question_id',
  'question_title',
  'risk',
  'missing_choice_ids',
  'missing_choice_titles',
  'high',
  'medium',
  'none',
  'not_applicable',
  'unanswered',
  'prioritized_high',
  'prioritized_medium',
  'items_open',
  'items_in_progress',
  'items_done',
  'items_wont_do',
  'updated_at',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

/** Quoted when needed; text a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with ' so it stays text. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderConsolidatedCsv(report: ConsolidatedReport): string {
  const rows: Row[] = [];
  for (const w of report.workloads) {
    const base = { workload_id: w.workloadId, workload_name: w.workloadName, environment: w.environment };
    rows.push({
      row_type: 'workload',
      ...base,
      lens_alias: w.lenses.map((l) => l.alias).join(' '),
      high: w.riskCounts.HIGH,
      medium: w.riskCounts.MEDIUM,
      none: w.riskCounts.NONE,
      not_applicable: w.riskCounts.NOT_APPLICABLE,
      unanswered: w.riskCounts.UNANSWERED,
      prioritized_high: w.prioritizedRiskCounts.HIGH,
      prioritized_medium: w.prioritizedRiskCounts.MEDIUM,
      items_open: w.improvementStatus.OPEN,
      items_in_progress: w.improvementStatus.IN_PROGRESS,
      items_done: w.improvementStatus.DONE,
      items_wont_do: w.improvementStatus.WONT_DO,
      updated_at: w.updatedAt,
    });
  }
  for (const w of report.workloads)
    for (const l of w.lenses)
      for (const p of l.pillars)
        for (const q of p.questions) {
          if (q.risk !== 'HIGH' && q.risk !== 'MEDIUM') continue;
          rows.push({
            row_type: 'question',
            workload_id: w.workloadId,
            workload_name: w.workloadName,
            environment: w.environment,
            lens_alias: l.alias,
            pillar_id: p.pillarId,
            question_id: q.questionId,
            question_title: q.title,
            risk: q.risk,
            missing_choice_ids: q.missing.map((c) => c.choiceId).join(' '),
            missing_choice_titles: q.missing.map((c) => c.title).join('\n'),
          });
        }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
