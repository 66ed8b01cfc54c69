// Every string the web pages show, in English and Japanese. Lens texts come from the lens itself.
import { fill, type Lang, type Localized } from '../../util/i18n.js';
import type { ApiRisk } from '../../lens/risk.js';

export const UI = {
  appName: { en: 'slens — Serverless Lens reviews', ja: 'slens — サーバーレスレンズ レビュー' },
  skipToContent: { en: 'Skip to content', ja: '本文へ移動' },
  navWorkloads: { en: 'Workloads', ja: 'ワークロード' },
  navLenses: { en: 'Lenses', ja: 'レンズ' },
  navApi: { en: 'API', ja: 'API' },
  language: { en: 'Language', ja: '言語' },
  signIn: { en: 'Sign in', ja: 'サインイン' },
  signOut: { en: 'Sign out', ja: 'サインアウト' },
  signInIntro: { en: 'Sign in with an API token (create one with "slens token create --name <name>").', ja: 'API トークンでサインインしてください（「slens token create --name <名前>」で作成できます）。' },
  token: { en: 'API token', ja: 'API トークン' },
  badToken: { en: 'This token is unknown or revoked.', ja: 'このトークンは不明か、失効しています。' },
  badCsrf: { en: 'This form has expired (the page was open too long or the session changed). Reload the page and try again.', ja: 'このフォームは期限切れです（ページを長く開いていたか、セッションが変わりました）。ページを再読み込みしてもう一度お試しください。' },
  forbidden: { en: 'Your token is a viewer token: it cannot change anything.', ja: 'このトークンは閲覧者用のため、変更できません。' },
  notFound: { en: 'Not found', ja: '見つかりません' },
  errorTitle: { en: 'Something went wrong', ja: '問題が発生しました' },
  back: { en: 'Back', ja: '戻る' },
  // Workloads
  workloads: { en: 'Workloads', ja: 'ワークロード' },
  noWorkloads: { en: 'No workloads yet. Create one below.', ja: 'ワークロードはまだありません。下のフォームで作成してください。' },
  name: { en: 'Name', ja: '名前' },
  description: { en: 'Description', ja: '説明' },
  environment: { en: 'Environment', ja: '環境' },
  production: { en: 'Production', ja: '本番' },
  preproduction: { en: 'Pre-production', ja: '本番前' },
  regions: { en: 'AWS Regions', ja: 'AWS リージョン' },
  accounts: { en: 'AWS account IDs', ja: 'AWS アカウント ID' },
  commaSeparated: { en: 'Separate entries with commas.', ja: 'カンマで区切って入力してください。' },
  reviewOwner: { en: 'Review owner', ja: 'レビュー責任者' },
  architecture: { en: 'Architecture diagram link', ja: 'アーキテクチャ図のリンク' },
  industry: { en: 'Industry', ja: '業種' },
  pillarPriorities: { en: 'Pillar priorities', ja: '柱の優先順位' },
  pillarPrioritiesHelp: { en: 'Pillar ids in order of priority, separated by commas (e.g. security, reliability).', ja: '優先する柱の ID を順にカンマ区切りで入力します（例: security, reliability）。' },
  lensesToApply: { en: 'Lenses to apply', ja: '適用するレンズ' },
  createWorkload: { en: 'Create workload', ja: 'ワークロードを作成' },
  newWorkload: { en: 'New workload', ja: '新しいワークロード' },
  high: { en: 'High', ja: '高' },
  medium: { en: 'Medium', ja: '中' },
  lastUpdate: { en: 'Last update', ja: '最終更新' },
  risks: { en: 'Risks', ja: 'リスク' },
  fixErrors: { en: 'Please correct the fields marked below.', ja: '以下の項目を修正してください。' },
  // Overview
  overview: { en: 'Overview', ja: '概要' },
  review: { en: 'Review', ja: 'レビュー' },
  improvementPlan: { en: 'Improvement plan', ja: '改善計画' },
  milestones: { en: 'Milestones', ja: 'マイルストーン' },
  report: { en: 'Report', ja: 'レポート' },
  progress: { en: 'Progress', ja: '進捗' },
  pillar: { en: 'Pillar', ja: '柱' },
  answered: { en: 'Answered', ja: '回答済み' },
  riskChartTitle: { en: 'Risks per pillar', ja: '柱ごとのリスク' },
  overall: { en: 'Overall', ja: '全体' },
  applyLens: { en: 'Apply a lens', ja: 'レンズを適用' },
  apply: { en: 'Apply', ja: '適用' },
  appliedLenses: { en: 'Applied lenses', ja: '適用済みのレンズ' },
  noLensApplied: { en: 'No lens is applied yet.', ja: 'レンズはまだ適用されていません。' },
  startReview: { en: 'Start or continue the review', ja: 'レビューを開始・続行' },
  details: { en: 'Details', ja: '詳細' },
  // Risks
  riskHIGH: { en: 'High risk', ja: '高リスク' },
  riskMEDIUM: { en: 'Medium risk', ja: '中リスク' },
  riskNONE: { en: 'No risk', ja: 'リスクなし' },
  riskNOT_APPLICABLE: { en: 'Not applicable', ja: '該当なし' },
  riskUNANSWERED: { en: 'Unanswered', ja: '未回答' },
  currentRisk: { en: 'Risk', ja: 'リスク' },
  // Review
  questionOf: { en: 'Question {n} of {total}', ja: '質問 {n} / {total}' },
  choices: { en: 'Choices', ja: '選択肢' },
  info: { en: 'Info', ja: '詳細情報' },
  helpfulResource: { en: 'Helpful resource', ja: '参考リソース' },
  doesNotApply: { en: 'This question does not apply to this workload', ja: 'この質問はこのワークロードには該当しません' },
  reason: { en: 'Reason', ja: '理由' },
  reasonNone: { en: 'Choose a reason', ja: '理由を選択' },
  reasonOUT_OF_SCOPE: { en: 'Out of scope', ja: '対象範囲外' },
  reasonBUSINESS_PRIORITIES: { en: 'Business priorities', ja: 'ビジネス上の優先事項' },
  reasonARCHITECTURE_CONSTRAINTS: { en: 'Architecture constraints', ja: 'アーキテクチャ上の制約' },
  reasonOTHER: { en: 'Other', ja: 'その他' },
  reasonNONE: { en: 'None', ja: 'なし' },
  notes: { en: 'Notes', ja: 'メモ' },
  charsLeft: { en: '{n} characters left', ja: '残り {n} 文字' },
  charsOver: { en: '{n} characters too many', ja: '{n} 文字超過しています' },
  save: { en: 'Save', ja: '保存' },
  saveAndNext: { en: 'Save and next', ja: '保存して次へ' },
  saved: { en: 'Saved.', ja: '保存しました。' },
  unsavedWarning: { en: 'You have unsaved changes.', ja: '保存されていない変更があります。' },
  conflictTitle: { en: 'Someone else changed this answer', ja: 'この回答は他の人によって変更されました' },
  conflictExplain: {
    en: 'While you were editing, this answer was saved by someone else (version {current}). Your changes are still in the form below. Compare, then save again to keep yours, or reload to take theirs.',
    ja: '編集中に、この回答は他の人によって保存されました（版 {current}）。あなたの変更は下のフォームに残っています。比べてから、あなたの内容を残すには再度保存し、相手の内容を採用するには再読み込みしてください。',
  },
  theirs: { en: 'Their answer (saved)', ja: '相手の回答（保存済み）' },
  yours: { en: 'Your answer (not saved)', ja: 'あなたの回答（未保存）' },
  takeTheirs: { en: 'Discard mine and load theirs', ja: '自分の変更を破棄して相手の回答を読み込む' },
  keepMine: { en: 'Save mine over theirs', ja: '自分の回答で上書き保存' },
  nothingSelected: { en: '(nothing selected)', ja: '（選択なし）' },
  reviewComplete: { en: 'Every question of this pillar is answered.', ja: 'この柱の質問にはすべて回答しました。' },
  // Improvement plan
  noImprovements: { en: 'No high or medium risks: nothing to improve yet.', ja: '高リスク・中リスクはありません。' },
  improvementsFor: { en: 'Best practices to adopt', ja: '取り入れるべきベストプラクティス' },
  answerQuestion: { en: 'Go to the question', ja: '質問へ移動' },
  // Milestones
  noMilestones: { en: 'No milestones yet.', ja: 'マイルストーンはまだありません。' },
  milestoneName: { en: 'Milestone name', ja: 'マイルストーン名' },
  createMilestone: { en: 'Save a milestone', ja: 'マイルストーンを保存' },
  number: { en: 'No.', ja: '番号' },
  created: { en: 'Created', ja: '作成日時' },
  compare: { en: 'Compare', ja: '比較' },
  compareTwo: { en: 'Compare two milestones', ja: '2つのマイルストーンを比較' },
  from: { en: 'From', ja: '比較元' },
  to: { en: 'To', ja: '比較先' },
  current: { en: 'Current review', ja: '現在のレビュー' },
  improved: { en: 'Improved', ja: '改善' },
  regressed: { en: 'Regressed', ja: '悪化' },
  unchanged: { en: 'Unchanged', ja: '変化なし' },
  choicesAdded: { en: 'Choices added', ja: '追加された選択肢' },
  choicesDropped: { en: 'Choices dropped', ja: '外された選択肢' },
  question: { en: 'Question', ja: '質問' },
  compareChartTitle: { en: 'High and medium risks, before and after', ja: '高・中リスクの比較' },
  noChanges: { en: 'No risk changed between these two.', ja: 'この2つの間でリスクの変化はありません。' },
  // Report
  reportTitle: { en: 'Well-Architected review report', ja: 'Well-Architected レビュー レポート' },
  summary: { en: 'Summary', ja: 'サマリー' },
  downloadPdf: { en: 'Download PDF', ja: 'PDF をダウンロード' },
  downloadMarkdown: { en: 'Download Markdown', ja: 'Markdown をダウンロード' },
  print: { en: 'Print', ja: '印刷' },
  selectedChoices: { en: 'Selected', ja: '選択済み' },
  lens: { en: 'Lens', ja: 'レンズ' },
  lensVersion: { en: 'Lens version', ja: 'レンズのバージョン' },
  generated: { en: 'Generated', ja: '作成日時' },
  pdfUnavailable: { en: 'PDF printing needs Chromium: {message}', ja: 'PDF の作成には Chromium が必要です: {message}' },
  // Lenses
  lenses: { en: 'Lenses', ja: 'レンズ' },
  alias: { en: 'Alias', ja: 'エイリアス' },
  version: { en: 'Version', ja: 'バージョン' },
  builtin: { en: 'Built-in', ja: '組み込み' },
  custom: { en: 'Custom', ja: 'カスタム' },
  export: { en: 'Export JSON', ja: 'JSON をエクスポート' },
  importLens: { en: 'Import a custom lens', ja: 'カスタムレンズをインポート' },
  lensFile: { en: 'Lens JSON file', ja: 'レンズの JSON ファイル' },
  lensText: { en: 'or paste the JSON', ja: 'または JSON を貼り付け' },
  aliasHelp: { en: '2 to 64 lower-case letters, digits, "-" or "_".', ja: '英小文字・数字・「-」・「_」で2〜64文字。' },
  import: { en: 'Import', ja: 'インポート' },
  imported: { en: 'Imported lens "{alias}" version {version}.', ja: 'レンズ「{alias}」バージョン {version} をインポートしました。' },
  lensErrors: { en: 'The lens was not imported: {count} error(s).', ja: 'レンズはインポートされませんでした: エラー {count} 件。' },
  line: { en: 'line', ja: '行' },
  path: { en: 'path', ja: 'パス' },
  noLensInput: { en: 'Choose a file or paste the lens JSON.', ja: 'ファイルを選ぶか、レンズの JSON を貼り付けてください。' },
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
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
}
