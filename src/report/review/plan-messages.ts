// The strings of the tracked improvement plan (plan page, overview, reports), in English and Japanese.
import type { ImprovementStatus } from '../../review/model.js';
import { fill, type Lang, type Localized } from '../../util/i18n.js';

export const PLAN_UI = {
  status: { en: 'Status', ja: 'ステータス' },
  owner: { en: 'Owner', ja: '担当者' },
  due: { en: 'Due', ja: '期限' },
  reason: { en: "Reason (needed for won't do)", ja: '理由（対応しない場合は必須）' },
  save: { en: 'Save', ja: '保存' },
  firstStep: { en: 'First step', ja: '最初の一歩' },
  fullGuidance: { en: 'Full guidance', ja: 'ガイダンス全文' },
  highRiskGroup: { en: 'High risk', ja: '高リスク' },
  mediumRiskGroup: { en: 'Medium risk', ja: '中リスク' },
  filter: { en: 'Filter', ja: '絞り込み' },
  allPillars: { en: 'All pillars', ja: 'すべての柱' },
  allRisks: { en: 'High and medium', ja: '高と中' },
  pillar: { en: 'Pillar', ja: '柱' },
  risk: { en: 'Risk', ja: 'リスク' },
  apply: { en: 'Apply', ja: '適用' },
  doneButUnticked: { en: 'Marked done, but the choice is still unticked in the review', ja: '完了になっていますが、レビューではまだ選択されていません' },
  doneButUntickedCount: { en: '{n} done item(s) whose choice is still unticked', ja: '完了なのに選択されていない項目が {n} 件あります' },
  statusCounts: { en: 'Plan items by status', ja: 'ステータス別の改善項目' },
  andMore: { en: 'and {n} more', ja: 'ほか {n} 件' },
  saved: { en: 'Saved {choice}.', ja: '{choice} を保存しました。' },
  staleItem: { en: 'Someone else changed this item meanwhile; the form shows the current values. Apply your change again.', ja: 'この項目は他の人によって変更されました。現在の値を表示しています。変更し直してください。' },
  showing: { en: 'Showing {shown} of {total} items', ja: '{total} 件中 {shown} 件を表示' },
  noMatch: { en: 'No item matches this filter.', ja: 'この条件に合う項目はありません。' },
} as const satisfies Record<string, Localized>;

export const STATUS_LABELS: Record<ImprovementStatus, Localized> = {
  OPEN: { en: 'Open', ja: '未着手' },
  IN_PROGRESS: { en: 'In progress', ja: '対応中' },
  DONE: { en: 'Done', ja: '完了' },
  WONT_DO: { en: "Won't do", ja: '対応しない' },
};

export function pt(lang: Lang, key: keyof typeof PLAN_UI, values?: Readonly<Record<string, string | number>>): string {
  const text = PLAN_UI[key][lang];
  return values ? fill(text, values) : text;
}

export function statusLabel(lang: Lang, status: ImprovementStatus): string {
  return STATUS_LABELS[status][lang];
}
