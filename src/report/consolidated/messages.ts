// The strings of the consolidated report (page, HTML, PDF, Markdown, CSV headers), in English and Japanese.
import { fill, type Lang, type Localized } from '../../util/i18n.js';

export const CR = {
  title: { en: 'Consolidated report', ja: '統合レポート' },
  intro: {
    en: '{n} workload(s) you may see, side by side: risks, the best practices most often missing, improvement items and the trend from milestones.',
    ja: '閲覧できる {n} 件のワークロードをまとめて示します。リスク、よく欠けているベストプラクティス、改善項目、マイルストーンからの推移です。',
  },
  filters: { en: 'Filters', ja: '絞り込み' },
  environment: { en: 'Environment', ja: '環境' },
  lens: { en: 'Lens', ja: 'レンズ' },
  all: { en: 'All', ja: 'すべて' },
  apply: { en: 'Apply', ja: '適用' },
  filteredBy: { en: 'Filtered by: {what}', ja: '絞り込み条件: {what}' },
  PRODUCTION: { en: 'Production', ja: '本番' },
  PREPRODUCTION: { en: 'Pre-production', ja: '本番前' },
  noWorkloads: { en: 'No workload to show: none is shared with you, or none matches the filters.', ja: '表示するワークロードはありません。共有されているものがないか、条件に合うものがありません。' },
  riskSummary: { en: 'Risks in total', ja: 'リスクの合計' },
  prioritized: { en: 'Prioritized risks', ja: '優先リスク' },
  prioritizedNote: {
    en: 'High {high} · Medium {medium} on questions a profile marks prioritized',
    ja: 'プロファイルで優先とされた質問で 高 {high}・中 {medium}',
  },
  perWorkload: { en: 'Risks per workload', ja: 'ワークロードごとのリスク' },
  perWorkloadTop: { en: 'The {n} workloads with the most high risks are charted; the table lists all.', ja: '高リスクの多い {n} 件をグラフに示し、表にはすべてを載せています。' },
  perPillar: { en: 'Risks per pillar', ja: '柱ごとのリスク' },
  questionsAtRisk: { en: 'Questions at risk', ja: 'リスクのある質問' },
  workloadsHigh: { en: 'Workloads at high risk', ja: '高リスクのワークロード' },
  workloadsMedium: { en: 'Workloads at medium risk', ja: '中リスクのワークロード' },
  noQuestionsAtRisk: { en: 'No question is at high or medium risk.', ja: '高リスク・中リスクの質問はありません。' },
  missing: { en: 'Most common missing best practices', ja: 'よく欠けているベストプラクティス' },
  missingWorkloads: { en: 'Workloads missing it', ja: '欠けているワークロード数' },
  bestPractice: { en: 'Best practice', ja: 'ベストプラクティス' },
  question: { en: 'Question', ja: '質問' },
  noMissing: { en: 'No best practice is missing on a question at risk.', ja: 'リスクのある質問で欠けているベストプラクティスはありません。' },
  itemStatus: { en: 'Improvement items by status', ja: 'ステータス別の改善項目' },
  trend: { en: 'Trend from milestones', ja: 'マイルストーンからの推移' },
  trendNote: {
    en: 'Each day with milestones sums every workload at its latest milestone so far; the last point is the current answers.',
    ja: 'マイルストーンのある日ごとに、各ワークロードのその時点で最新のマイルストーンを合計しています。最後の点は現在の回答です。',
  },
  noTrend: { en: 'No milestone yet: the trend starts with the first milestone.', ja: 'マイルストーンはまだありません。推移は最初のマイルストーンから始まります。' },
  current: { en: 'Now', ja: '現在' },
  day: { en: 'Day', ja: '日付' },
  riskCount: { en: 'Questions', ja: '質問数' },
  workloads: { en: 'Workloads', ja: 'ワークロード' },
  workload: { en: 'Workload', ja: 'ワークロード' },
  lenses: { en: 'Lenses', ja: 'レンズ' },
  updated: { en: 'Updated', ja: '更新日' },
  items: { en: 'Items', ja: '改善項目' },
  downloadCsv: { en: 'Download CSV', ja: 'CSV をダウンロード' },
  downloadJson: { en: 'Download JSON', ja: 'JSON をダウンロード' },
  downloadPdf: { en: 'Download PDF', ja: 'PDF をダウンロード' },
  downloadHtml: { en: 'Download HTML', ja: 'HTML をダウンロード' },
  downloadMarkdown: { en: 'Download Markdown', ja: 'Markdown をダウンロード' },
} as const satisfies Record<string, Localized>;

export type CrKey = keyof typeof CR;

export function ct(lang: Lang, key: CrKey, values?: Readonly<Record<string, string | number>>): string {
  const text = CR[key][lang];
  return values ? fill(text, values) : text;
}

/** "Production", "serverless" … as the report says what it was filtered by; empty when nothing. */
export function filterText(lang: Lang, filter: { environment?: string; lens?: string }, lensName?: string): string {
  const parts: string[] = [];
  if (filter.environment === 'PRODUCTION' || filter.environment === 'PREPRODUCTION') parts.push(`${ct(lang, 'environment')}: ${ct(lang, filter.environment)}`);
  if (filter.lens) parts.push(`${ct(lang, 'lens')}: ${lensName ?? filter.lens}`);
  return parts.join(lang === 'ja' ? '、' : ', ');
}
