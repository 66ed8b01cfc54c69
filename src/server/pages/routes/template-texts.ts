// The review-template pages' texts, in English and Japanese, and where a template's page lives.
import { fill, type Lang, type Localized } from '../../../util/i18n.js';

export const TX = {
  nav: { en: 'Templates', ja: 'テンプレート' },
  title: { en: 'Review templates', ja: 'レビューテンプレート' },
  intro: {
    en: 'Answers and notes for questions many workloads share, such as the platform\'s CI/CD and runtime policy. A workload created from a template, or one it is applied to, takes its answers; they change when the template changes, unless the workload changed them.',
    ja: 'プラットフォームの CI/CD や実行環境の方針など、多くのワークロードに共通する質問の回答とメモです。テンプレートから作成した、またはテンプレートを適用したワークロードはその回答を引き継ぎ、ワークロード側で変更しない限り、テンプレートの変更に追従します。',
  },
  none: { en: 'No review templates yet.', ja: 'レビューテンプレートはまだありません。' },
  lenses: { en: 'Lenses', ja: 'レンズ' },
  answered: { en: 'Questions answered', ja: '回答した質問' },
  linked: { en: 'Workloads', ja: 'ワークロード' },
  updated: { en: 'Last changed', ja: '最終変更' },
  create: { en: 'New review template', ja: '新しいレビューテンプレート' },
  createButton: { en: 'Create template', ja: 'テンプレートを作成' },
  name: { en: 'Name', ja: '名前' },
  description: { en: 'Description', ja: '説明' },
  notes: { en: 'Notes for the whole template', ja: 'テンプレート全体のメモ' },
  copyFrom: { en: 'Copy the answered questions of a workload (optional)', ja: 'ワークロードの回答済みの質問をコピー（任意）' },
  copyNone: { en: '(start empty)', ja: '（空で始める）' },
  save: { en: 'Save template', ja: 'テンプレートを保存' },
  saved: { en: 'The template was saved; workloads that use it were updated.', ja: 'テンプレートを保存しました。使用しているワークロードも更新しました。' },
  changedBy: { en: 'Version {version}, changed by {by} on {date}. Used by {n} workload(s).', ja: 'バージョン {version}。{date} に {by} が変更。{n} 件のワークロードが使用中。' },
  questions: { en: 'Questions of {lens}', ja: '{lens} の質問' },
  notInTemplate: { en: 'Not in the template', ja: 'テンプレートに含まれません' },
  editAnswer: { en: 'Edit', ja: '編集' },
  doesNotApply: { en: 'Does not apply: {reason}', ja: '該当しない: {reason}' },
  answerTitle: { en: '{question} in template "{name}"', ja: 'テンプレート「{name}」の {question}' },
  saveAnswer: { en: 'Save answer in the template', ja: 'テンプレートに回答を保存' },
  removeAnswer: { en: 'Remove this question from the template', ja: 'この質問をテンプレートから外す' },
  back: { en: 'Back to the template', ja: 'テンプレートに戻る' },
  deleteTemplate: { en: 'Delete this template', ja: 'このテンプレートを削除' },
  deleteHint: { en: 'Answers that came from it stay in their workloads, as plain answers.', ja: 'このテンプレートから来た回答は、通常の回答としてワークロードに残ります。' },
  deleted: { en: 'Template "{name}" was deleted.', ja: 'テンプレート「{name}」を削除しました。' },
  stale: { en: 'Someone changed this template since you opened it; it is shown as it is now. Make your change again.', ja: 'このテンプレートは開いた後に変更されました。現在の内容を表示しています。もう一度変更してください。' },
  picker: { en: 'Review templates to apply', ja: '適用するレビューテンプレート' },
  pickerHint: { en: 'Their lenses are applied too.', ja: 'テンプレートのレンズも適用されます。' },
  apply: { en: 'Apply a review template', ja: 'レビューテンプレートを適用' },
  applyHint: { en: "The template's answers replace this workload's answers to the same questions.", ja: 'テンプレートの回答で、このワークロードの同じ質問の回答を置き換えます。' },
  applyButton: { en: 'Apply template', ja: 'テンプレートを適用' },
  applied: { en: 'Template "{name}" answered {n} question(s).', ja: 'テンプレート「{name}」で {n} 問に回答しました。' },
  skipped: { en: 'This workload does not review {lenses}: apply the lens first to take those answers.', ja: 'このワークロードは {lenses} をレビューしていません。その回答を使うには先にレンズを適用してください。' },
  fromTemplate: { en: 'From template "{name}"', ja: 'テンプレート「{name}」から' },
  overridden: { en: 'changed for this workload: the template\'s changes no longer reach it', ja: 'このワークロードで変更済み。テンプレートの変更は反映されません' },
  reset: { en: 'Reset to template', ja: 'テンプレートの回答に戻す' },
} as const satisfies Record<string, Localized>;

export const x = (lang: Lang, key: keyof typeof TX, values: Record<string, string | number> = {}) => fill(TX[key][lang], values);

export const templatePath = (id: string, rest = '') => `/templates/${encodeURIComponent(id)}${rest}`;
