// Every message of lens validation, in English and Japanese: the format checks (validate.ts), the file-level
// failures (parse.ts), risk-rule condition syntax (condition.ts) and the `slens lens validate` report.
// The English texts are a contract (tests and users' scripts compare them): change them only on purpose.
// Ids, JSON keys, limits and quoted values appear unchanged in the Japanese texts.
import type { Localized } from '../util/i18n.js';

/** Nouns that messages name through `{what}`; a noun differs by language, so it is a pair too. */
export const LENS_NOUNS = {
  lens: { en: 'a lens', ja: 'レンズ' },
  pillar: { en: 'a pillar', ja: '柱' },
  question: { en: 'a question', ja: '質問' },
  choice: { en: 'a choice', ja: '選択肢' },
  riskRule: { en: 'a risk rule', ja: 'リスクルール' },
  additionalResource: { en: 'an additional resource', ja: '追加リソース' },
  contentItem: { en: 'a content item', ja: 'コンテンツ項目' },
  pillars: { en: 'pillars', ja: '柱' },
  questions: { en: 'questions', ja: '質問' },
  choices: { en: 'choices', ja: '選択肢' },
  riskRules: { en: 'risk rules', ja: 'リスクルール' },
  contentItems: { en: 'content items', ja: 'コンテンツ項目' },
  additionalResources: { en: 'additional resources', ja: '追加リソース' },
  pillarId: { en: 'pillar', ja: '柱' },
  questionId: { en: 'question', ja: '質問' },
  choiceId: { en: 'choice', ja: '選択肢' },
  /** A field named by its key; in Japanese a space sets the quoted key apart from the particle after it. */
  field: { en: '"{key}"', ja: '"{key}" ' },
} as const satisfies Record<string, Localized>;

/** Messages of the format checks; `{what}` is one of LENS_NOUNS. */
export const VALIDATE_MESSAGES = {
  notObject: { en: '{what} must be a JSON object', ja: '{what}は JSON オブジェクトで指定してください' },
  required: { en: '"{key}" is required', ja: '"{key}" は必須です' },
  notArray: { en: '"{key}" must be an array', ja: '"{key}" は配列で指定してください' },
  tooFewOne: { en: 'the list of {what} is empty; add at least one', ja: '{what}が1つもありません。1つ以上追加してください' },
  tooFew: { en: 'at least {min} {what} are required', ja: '{what}が{min}個以上必要です' },
  tooMany: { en: 'at most {max} {what} are allowed (found {count})', ja: '{what}は{max}個までです（{count}個あります）' },
  notString: { en: '"{key}" must be a string', ja: '"{key}" は文字列で指定してください' },
  empty: { en: '"{key}" must not be empty', ja: '"{key}" を空にすることはできません' },
  tooLong: { en: '"{key}" is {length} characters long; at most {max} are allowed', ja: '"{key}" が{length}文字あります。{max}文字以内にしてください' },
  apiTooLong: {
    en: '"{key}" is {length} characters long; the WA Tool API returns at most {max}',
    ja: '"{key}" が{length}文字あります。WA Tool の API が返すのは{max}文字までです',
  },
  restricted: {
    en: `"{key}" contains "{char}", which the WA Tool rejects on import (allowed: letters, digits, spaces and - _ . , : / ( ) @ ! & # + ' ?)`,
    ja: `"{key}" に WA Tool がインポート時に受け付けない文字 "{char}" が含まれています（使える文字: 英字、数字、空白と - _ . , : / ( ) @ ! & # + ' ?）`,
  },
  idLength: { en: '{what} id "{id}" must be {min} to {max} characters long', ja: '{what}の ID "{id}" は{min}〜{max}文字にしてください' },
  idApiLong: {
    en: '{what} id "{id}" is longer than the {max} characters the WA Tool API returns',
    ja: '{what}の ID "{id}" は WA Tool の API が返す{max}文字を超えています',
  },
  idPattern: { en: '{what} id "{id}" may contain only letters, digits and "_"', ja: '{what}の ID "{id}" に使えるのは英字、数字と "_" だけです' },
  urlEmpty: { en: '"{key}" is empty; no link will be shown', ja: '"{key}" が空です。リンクは表示されません' },
  urlTooLong: { en: '"{key}" is longer than {max} characters', ja: '"{key}" が{max}文字を超えています' },
  urlInvalid: { en: '"{key}" is not a valid URL: "{value}"', ja: '"{key}" が正しい URL ではありません: "{value}"' },
  urlScheme: { en: '"{key}" must be an http or https URL: "{value}"', ja: '"{key}" には http または https の URL を指定してください: "{value}"' },
  idTwice: { en: '{what} id "{id}" is used twice (first at index {first})', ja: '{what}の ID "{id}" が重複しています（最初はインデックス {first}）' },
  resourceType: {
    en: '"type" must be HELPFUL_RESOURCE or IMPROVEMENT_PLAN',
    ja: '"type" には HELPFUL_RESOURCE または IMPROVEMENT_PLAN を指定してください',
  },
  resourceTypeTwice: { en: 'only one additional resource of type {type} is allowed', ja: '種類が {type} の追加リソースは1つしか指定できません' },
  risk: { en: '"risk" must be one of {levels}', ja: '"risk" には {levels} のいずれかを指定してください' },
  riskTwice: { en: 'risk {risk} is used by more than one rule', ja: 'リスク {risk} が複数のルールで使われています' },
  conditionSyntax: { en: 'condition "{condition}", column {column}: {message}', ja: '条件 "{condition}" の{column}列目: {message}' },
  defaultTwice: { en: 'only one rule may be "default"', ja: '"default" にできるルールは1つだけです' },
  afterDefault: { en: 'this rule comes after "default" and can never match', ja: 'このルールは "default" の後にあるため、一致することはありません' },
  unknownChoice: {
    en: 'condition names "{id}" (column {column}), which is not a choice of this question',
    ja: '条件にある "{id}"（{column}列目）は、この質問の選択肢ではありません',
  },
  noDefault: {
    en: 'no "default" rule: some answers will match no rule and get no risk',
    ja: '"default" のルールがありません。どのルールにも一致せず、リスクが決まらない回答があります',
  },
  noneTwice: {
    en: 'a question may have only one "None of these" choice (id ending in "_no")',
    ja: '"None of these"（いずれも該当しません）の選択肢（ID が "_no" で終わるもの）は、1つの質問に1つだけです',
  },
  onlyNone: {
    en: 'a question needs at least one choice besides "None of these"',
    ja: '質問には "None of these"（いずれも該当しません）以外の選択肢が1つ以上必要です',
  },
  schemaVersion: { en: '"schemaVersion" must be "{expected}" (found {found})', ja: '"schemaVersion" は "{expected}" にしてください（現在の値: {found}）' },
  questionIdTwice: { en: 'question id "{id}" is used twice in this lens', ja: '質問 ID "{id}" がこのレンズの中で重複しています' },
} as const satisfies Record<string, Localized>;

/** Failures of the file as a whole (it cannot be read, or is no lens at all). */
export const FILE_MESSAGES = {
  tooManyCharacters: {
    en: 'the lens is {length} characters long; the WA Tool imports at most {max}',
    ja: 'レンズが{length}文字あります。WA Tool がインポートできるのは{max}文字までです',
  },
  notUtf8: { en: 'the file is not valid UTF-8 text', ja: 'ファイルが正しい UTF-8 のテキストではありません' },
  invalidLens: { en: 'invalid lens', ja: 'レンズが正しくありません' },
  /** Appended to the first error when a command refuses a lens that has more. */
  moreErrors: {
    en: ' (and {count} more error(s); run "slens lens validate {file}")',
    ja: '（ほかにエラーが {count} 件あります。「slens lens validate {file}」で確認してください）',
  },
} as const satisfies Record<string, Localized>;

/** Risk-rule condition syntax; `{found}` of `expected` is one of CONDITION_FOUND, of `unexpected` a quoted token. */
export const CONDITION_MESSAGES = {
  empty: { en: 'the condition is empty', ja: '条件が空です' },
  tooLong: { en: 'the condition is longer than 10,000 characters', ja: '条件が10,000文字を超えています' },
  doubled: { en: '"{ch}" must be doubled: use "{ch}{ch}"', ja: '"{ch}" は重ねて "{ch}{ch}" と書いてください' },
  character: { en: 'unexpected character "{ch}"', ja: '予期しない文字 "{ch}" があります' },
  unexpected: { en: 'unexpected {found}', ja: '予期しない {found} があります' },
  tooDeep: { en: 'the condition is nested more than {max} levels deep', ja: '条件の入れ子が{max}段を超えています' },
  defaultAlone: { en: '"default" must be the whole condition', ja: '"default" は単独で条件全体として書いてください' },
  expected: { en: 'expected a choice id, "!" or "(" but found {found}', ja: '選択肢の ID、"!" または "(" が必要ですが、{found}' },
  unclosed: { en: 'expected ")" to close "(" at column {column}', ja: '{column}列目の "(" を閉じる ")" が必要です' },
} as const satisfies Record<string, Localized>;

/** What `expected` found instead: a token (quoted) or the end of the text. */
export const CONDITION_FOUND = {
  end: { en: 'the end of the condition', ja: '条件が途中で終わっています' },
  token: { en: '"{text}"', ja: '"{text}" があります' },
} as const satisfies Record<string, Localized>;

/** The text report of `slens lens validate`. */
export const REPORT_MESSAGES = {
  error: { en: 'error: {message}', ja: 'エラー: {message}' },
  warning: { en: 'warning: {message}', ja: '警告: {message}' },
  valid: { en: 'valid', ja: '有効' },
  invalidOne: { en: 'invalid (1 error)', ja: '無効（エラー 1 件）' },
  invalid: { en: 'invalid ({count} errors)', ja: '無効（エラー {count} 件）' },
  warningsOne: { en: ', 1 warning', ja: '、警告 1 件' },
  warnings: { en: ', {count} warnings', ja: '、警告 {count} 件' },
  totalOne: { en: '{valid} of 1 lens file valid', ja: 'レンズファイル 1 件中 {valid} 件が有効です' },
  total: { en: '{valid} of {count} lens files valid', ja: 'レンズファイル {count} 件中 {valid} 件が有効です' },
} as const satisfies Record<string, Localized>;
