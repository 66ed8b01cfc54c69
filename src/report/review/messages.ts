// The strings the review reports show (and the pages with them), in English and Japanese; strings only the
// pages show live in server/pages/messages.ts. Lens texts come from the lens itself.
import { DATE_LOCALE, fill, type Lang, type Localized } from '../../util/i18n.js';
import type { ApiRisk } from '../../lens/risk.js';

export const UI = {
  appName: { en: 'slens — Serverless Lens reviews', ja: 'slens — サーバーレスレンズ レビュー' },
  language: { en: 'Language', ja: '言語' },
  back: { en: 'Back', ja: '戻る' },
  // Workloads
  description: { en: 'Description', ja: '説明' },
  environment: { en: 'Environment', ja: '環境' },
  production: { en: 'Production', ja: '本番' },
  preproduction: { en: 'Pre-production', ja: '本番前' },
  regions: { en: 'AWS Regions', ja: 'AWS リージョン' },
  accounts: { en: 'AWS account IDs', ja: 'AWS アカウント ID' },
  reviewOwner: { en: 'Review owner', ja: 'レビュー責任者' },
  architecture: { en: 'Architecture diagram link', ja: 'アーキテクチャ図のリンク' },
  industry: { en: 'Industry', ja: '業種' },
  high: { en: 'High', ja: '高' },
  medium: { en: 'Medium', ja: '中' },
  lastUpdate: { en: 'Last update', ja: '最終更新' },
  risks: { en: 'Risks', ja: 'リスク' },
  // Overview
  improvementPlan: { en: 'Improvement plan', ja: '改善計画' },
  pillar: { en: 'Pillar', ja: '柱' },
  answered: { en: 'Answered', ja: '回答済み' },
  riskChartTitle: { en: 'Risks per pillar', ja: '柱ごとのリスク' },
  overall: { en: 'Overall', ja: '全体' },
  appliedLenses: { en: 'Applied lenses', ja: '適用済みのレンズ' },
  details: { en: 'Details', ja: '詳細' },
  // Risks
  riskHIGH: { en: 'High risk', ja: '高リスク' },
  riskMEDIUM: { en: 'Medium risk', ja: '中リスク' },
  riskNONE: { en: 'No risk', ja: 'リスクなし' },
  riskNOT_APPLICABLE: { en: 'Not applicable', ja: '該当なし' },
  riskUNANSWERED: { en: 'Unanswered', ja: '未回答' },
  currentRisk: { en: 'Risk', ja: 'リスク' },
  prioritized: { en: 'Prioritized', ja: '優先' },
  prioritizedRisks: { en: 'Prioritized risks', ja: '優先するリスク' },
  profile: { en: 'Profile', ja: 'プロファイル' },
  prioritizedHighMedium: { en: 'Prioritized (high / medium)', ja: '優先（高 / 中）' },
  // Review
  reason: { en: 'Reason', ja: '理由' },
  reasonNone: { en: 'Choose a reason', ja: '理由を選択' },
  reasonOUT_OF_SCOPE: { en: 'Out of scope', ja: '対象範囲外' },
  reasonBUSINESS_PRIORITIES: { en: 'Business priorities', ja: 'ビジネス上の優先事項' },
  reasonARCHITECTURE_CONSTRAINTS: { en: 'Architecture constraints', ja: 'アーキテクチャ上の制約' },
  reasonOTHER: { en: 'Other', ja: 'その他' },
  reasonNONE: { en: 'None', ja: 'なし' },
  notes: { en: 'Notes', ja: 'メモ' },
  conflictExplain: {
    en: 'While you were editing, this answer was saved by someone else (version {current}). Your changes are still in the form below. Compare, then save again to keep yours, or reload to take theirs.',
    ja: '編集中に、この回答は他の人によって保存されました（版 {current}）。あなたの変更は下のフォームに残っています。比べてから、あなたの内容を残すには再度保存し、相手の内容を採用するには再読み込みしてください。',
  },
  nothingSelected: { en: '(nothing selected)', ja: '（選択なし）' },
  answerNotSavedExpired: {
    en: 'Your answer was not saved: the form had expired (the session changed or the server restarted). Your changes are still in the form below; check them and save again.',
    ja: 'フォームの期限が切れていたため、回答は保存されていません（セッションが変わったか、サーバーが再起動しました）。変更内容は下のフォームに残っています。確認してもう一度保存してください。',
  },
  reviewComplete: { en: 'Every question of this pillar is answered.', ja: 'この柱の質問にはすべて回答しました。' },
  // Improvement plan
  noImprovements: { en: 'No high or medium risks: nothing to improve yet.', ja: '高リスク・中リスクはありません。' },
  answerQuestion: { en: 'Go to the question', ja: '質問へ移動' },
  // Milestones
  // Report
  reportTitle: { en: 'Well-Architected review report', ja: 'Well-Architected レビュー レポート' },
  summary: { en: 'Summary', ja: 'サマリー' },
  selectedChoices: { en: 'Selected', ja: '選択済み' },
  lens: { en: 'Lens', ja: 'レンズ' },
  lensVersion: { en: 'Lens version', ja: 'レンズのバージョン' },
  generated: { en: 'Generated', ja: '作成日時' },
  // Lenses
  path: { en: 'path', ja: 'パス' },
  improvementGuide: { en: 'Improvement guidance', ja: '改善ガイダンス' },
  progress: { en: 'Progress', ja: '進捗' },
} as const satisfies Record<string, Localized>;

export type MessageKey = keyof typeof UI;

/** A UI string in the page's language, with `{placeholders}` filled. */
export function t(lang: Lang, key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
  const text = UI[key][lang];
  return values ? fill(text, values) : text;
}

export function riskLabel(lang: Lang, risk: ApiRisk): string {
  return t(lang, `risk${risk}`);
}

/** Dates as people in each language read them, in UTC so every viewer sees the same text. */
export function formatDate(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
}
