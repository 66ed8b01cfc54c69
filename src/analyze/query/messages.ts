// Every error of the query language, in English and Japanese: the lexer (lexer.ts), expressions
// (parse-expr.ts), commands (parser.ts) and aggregates (aggregates.ts). Each is thrown by `queryError` with
// the line and column of the problem.
// The English texts are a contract (tests and users' scripts compare them): change them only on purpose.
// Command and function names, field names, operators and quoted user input appear unchanged in the Japanese.
import type { Localized } from '../../util/i18n.js';

/** What `{what}` of `expected`/`expectedOp` names; a phrase differs by language, so it is a pair too. */
export const QUERY_NOUNS = {
  closeParen: { en: 'to close "("', ja: '"(" を閉じる' },
  closeList: { en: 'to close the list', ja: 'リストを閉じる' },
  closeIndex: { en: 'to close the index', ja: 'インデックスを閉じる' },
  /** `{name}` is the function as written. */
  closeCall: { en: 'to close {name}(', ja: '{name}( を閉じる' },
  nameAfterAs: { en: 'a name after "as"', ja: '"as" の後の名前' },
  dedupField: { en: 'a field to dedup on', ja: 'dedup の対象のフィールド' },
  fieldName: { en: 'a field name', ja: 'フィールド名' },
} as const satisfies Record<string, Localized>;

/** What an `expected … found {found}` message found instead: the end of the query, or a token as written (quoted). */
export const QUERY_FOUND = {
  end: { en: 'the end of the query', ja: 'クエリが終わっています' },
  token: { en: '{token}', ja: '{token} があります' },
} as const satisfies Record<string, Localized>;

/** The messages; `{found}` is one of QUERY_FOUND, `{what}` one of QUERY_NOUNS. */
export const QUERY_MESSAGES = {
  // The lexer.
  tooLong: { en: 'the query is longer than {max} characters', ja: 'クエリが{max}文字を超えています' },
  unterminatedField: { en: 'unterminated `quoted field`', ja: 'バッククォート（`）で囲んだフィールド名が閉じられていません' },
  unterminatedString: { en: 'unterminated string', ja: '文字列が閉じられていません' },
  unterminatedRegex: { en: 'unterminated regular expression', ja: '正規表現が閉じられていません' },
  regexFlag: {
    en: 'unknown regular expression flag in "{flags}" (use i, m or s)',
    ja: '"{flags}" に正規表現のフラグとして使えない文字があります（i、m、s のいずれかを使ってください）',
  },
  /** `{detail}` is the JavaScript engine's own text, which is English only. */
  invalidRegex: { en: 'invalid regular expression: {detail}', ja: '正規表現が正しくありません: {detail}' },
  /** `{pattern}` is the regex as written, between slashes. */
  regexBackReference: {
    en: 'the regular expression {pattern} uses a back-reference, which slens refuses: it would need a backtracking engine that can run for hours on one line',
    ja: '正規表現 {pattern} は後方参照を使っていますが、slens では使えません（1行の処理に何時間もかかりうるバックトラック型のエンジンが必要になるためです）',
  },
  regexLookaround: {
    en: 'the regular expression {pattern} uses lookahead or lookbehind, which slens refuses: it would need a backtracking engine that can run for hours on one line',
    ja: '正規表現 {pattern} は先読みまたは後読みを使っていますが、slens では使えません（1行の処理に何時間もかかりうるバックトラック型のエンジンが必要になるためです）',
  },
  /** `{detail}` is RE2's own text, which is English only. */
  regexUnsupported: {
    en: 'the regular expression {pattern} is not supported by the linear-time engine: {detail}',
    ja: '正規表現 {pattern} は線形時間のエンジンでは使えません: {detail}',
  },
  notNumber: { en: '"{text}" is not a number', ja: '"{text}" は数値ではありません' },
  /** `{ch}` is the character as a JSON string (quoted, control characters escaped). */
  character: { en: 'unexpected character {ch}', ja: '予期しない文字 {ch} があります' },

  // Expressions.
  expectedOp: { en: 'expected "{op}" {what}, found {found}', ja: '{what} "{op}" が必要ですが、{found}' },
  expected: { en: 'expected {what}, found {found}', ja: '{what}が必要ですが、{found}' },
  expectedValue: { en: 'expected a field, a value or a function, found {found}', ja: 'フィールド、値または関数が必要ですが、{found}' },
  inList: { en: '"{op}" needs a list such as [1, 2, 3]', ja: '"{op}" には [1, 2, 3] のようなリストが必要です' },
  likeOperand: {
    en: '"{op}" needs a "substring" or a /regular expression/',
    ja: '"{op}" には "部分文字列" または /正規表現/ が必要です',
  },
  tooDeep: { en: 'the expression is nested more than {max} levels deep', ja: '式の入れ子が{max}段を超えています' },
  timeUnit: {
    en: 'unknown time unit "{unit}" (use ms, s, m, h, d, w, mo, q or y, or their long names such as minutes)',
    ja: '"{unit}" は時間の単位ではありません（ms、s、m、h、d、w、mo、q、y か、minutes のような長い名前を使ってください）',
  },
  periodWhole: { en: 'a period in "{unit}" must be a whole number', ja: '"{unit}" 単位の期間は整数で指定してください' },
  periodZero: { en: 'a time period must be greater than zero', ja: '期間には 0 より大きい値を指定してください' },
  unknownFunction: { en: 'unknown function "{name}"', ja: '関数 "{name}" はありません' },
  unknownFunctionHint: { en: 'unknown function "{name}" (did you mean {hint}?)', ja: '関数 "{name}" はありません（{hint} ではありませんか？）' },
  // "argument" or "arguments" in English; Japanese needs no plural, so the pairs differ only there.
  arityOne: { en: '{name}() takes {min} argument, not {count}', ja: '{name}() の引数は{min}個ですが、{count}個指定されています' },
  arity: { en: '{name}() takes {min} arguments, not {count}', ja: '{name}() の引数は{min}個ですが、{count}個指定されています' },
  arityRangeOne: { en: '{name}() takes {min} to {max} argument, not {count}', ja: '{name}() の引数は{min}〜{max}個ですが、{count}個指定されています' },
  arityRange: { en: '{name}() takes {min} to {max} arguments, not {count}', ja: '{name}() の引数は{min}〜{max}個ですが、{count}個指定されています' },
  aggregateOutside: { en: '{name}() is an aggregate: use it in "stats"', ja: '{name}() は集計関数です。"stats" の中で使ってください' },
  nestedAggregate: { en: 'aggregates cannot be nested inside {name}()', ja: '{name}() の中に集計関数を入れ子にすることはできません' },
  binPeriod: { en: 'bin() takes a time period such as 5m or 1h', ja: 'bin() には 5m や 1h のような期間を指定してください' },
  datePeriod: { en: '{name}() takes a time period as its second argument', ja: '{name}() の2番目の引数には期間を指定してください' },

  // Commands.
  empty: { en: 'the query is empty', ja: 'クエリが空です' },
  commandBeforePipe: { en: 'expected a command before "|"', ja: '"|" の前にコマンドが必要です' },
  commandAfterPipe: { en: 'expected a command after "|"', ja: '"|" の後にコマンドが必要です' },
  pipeOrEnd: { en: 'expected "|" or the end of the query, found {found}', ja: '"|" またはクエリの終わりが必要ですが、{found}' },
  expectedCommand: { en: 'expected a command ({commands}), found {found}', ja: 'コマンド（{commands}）が必要ですが、{found}' },
  unknownCommand: { en: 'unknown command "{name}"; commands: {commands}', ja: 'コマンド "{name}" はありません。使えるコマンド: {commands}' },
  unknownCommandHint: {
    en: 'unknown command "{name}" (did you mean {hint}?); commands: {commands}',
    ja: 'コマンド "{name}" はありません（{hint} ではありませんか？）。使えるコマンド: {commands}',
  },
  exprBefore: { en: 'expected an expression before "{word}"', ja: '"{word}" の前に式が必要です' },
  notAggregate: {
    en: '"{name}" is not an aggregate such as count(*) or avg(@duration)',
    ja: '"{name}" は集計ではありません。count(*) や avg(@duration) のような集計関数を使ってください',
  },
  /** Unreachable from a query today (an item without an aggregate is refused first); kept as a guard. */
  statsNeedsAggregate: { en: 'stats needs an aggregate such as count(*)', ja: 'stats には count(*) のような集計関数が必要です' },
  unnestInto: { en: 'expected "into" and a name after the unnest list, found {found}', ja: 'unnest のリストの後に "into" と名前が必要ですが、{found}' },
  afterDedup: {
    en: '"{command}" cannot follow dedup: only limit may come after it (sort and choose fields before dedup)',
    ja: 'dedup の後に "{command}" は使えません。dedup の後に置けるのは limit だけです（sort や fields は dedup の前に置いてください）',
  },
  sourceForm: {
    en: 'SOURCE takes logGroups(namePrefix: ["/aws/lambda/name", …], class: STANDARD, accountIdentifiers: ["111122223333"])',
    ja: 'SOURCE には logGroups(namePrefix: ["/aws/lambda/name", …], class: STANDARD, accountIdentifiers: ["111122223333"]) の形で指定してください',
  },
  sourceList: { en: '{key} takes a "string" or a list of strings such as ["/aws/lambda/a", "/aws/lambda/b"]', ja: '{key} には "文字列" か ["/aws/lambda/a", "/aws/lambda/b"] のような文字列のリストを指定してください' },
  sourceKey: { en: 'unknown logGroups() argument "{name}" (use namePrefix, class or accountIdentifiers)', ja: 'logGroups() の引数 "{name}" はありません（namePrefix、class、accountIdentifiers を使ってください）' },
  sourceClass: { en: 'class is one of {classes}', ja: 'class には {classes} のいずれかを指定してください' },
  sourceInfrequent: {
    en: 'class INFREQUENT_ACCESS cannot be applied: log files do not say which log class their group is in. Give the files of the Infrequent Access groups and leave class out (without it, every file given is read)',
    ja: 'class INFREQUENT_ACCESS は使えません。ログファイルには、そのロググループのログクラスが記録されていないためです。低頻度アクセスのロググループのファイルを指定し、class を外してください（class がなければ、指定したファイルをすべて読みます）',
  },
  sourceNotFirst: { en: 'SOURCE must come before the first command', ja: 'SOURCE は最初のコマンドより前に置いてください' },
  diffPeriod: {
    en: 'diff compares with the previous period, or with previousDay, previousWeek or previousMonth; found {found}',
    ja: 'diff で比べられるのは直前の期間か previousDay、previousWeek、previousMonth です。{found}',
  },
  diffOnce: { en: 'a query can have one diff command', ja: '1つのクエリで使える diff コマンドは1つです' },
  diffAfter: {
    en: '"{command}" cannot come before diff: diff compares the events themselves (filter, parse, fields and pattern may come before it)',
    ja: 'diff の前に "{command}" は使えません。diff はイベントそのものを比べます（diff の前に置けるのは filter、parse、fields、pattern です）',
  },
  patternBeforeDiff: {
    en: 'a pattern used by diff must come just before it ("pattern msg | diff")',
    ja: 'diff で使う pattern は diff の直前に置いてください（"pattern msg | diff"）',
  },
  tooManyStats: { en: 'a query can have at most two stats commands', ja: '1つのクエリで使える stats コマンドは2つまでです' },
  limit: { en: 'limit takes a whole number from 1 to {max}', ja: 'limit には 1 から {max} までの整数を指定してください' },
  parseNoGroups: {
    en: 'a parse regular expression needs named groups such as (?<user>\\S+)',
    ja: 'parse の正規表現には (?<user>\\S+) のような名前付きグループが必要です',
  },
  parseRegexAs: {
    en: 'a parse regular expression names its fields with (?<name>…) groups, not "as"',
    ja: 'parse の正規表現では、フィールド名を "as" ではなく (?<name>…) グループで指定します',
  },
  parsePattern: {
    en: 'parse needs a "glob * pattern" or a /regular expression/, found {found}',
    ja: 'parse には "glob * パターン" または /正規表現/ が必要ですが、{found}',
  },
  parseNoStar: { en: 'a parse pattern needs at least one * to capture', ja: 'parse のパターンには、値を取り出す * が1つ以上必要です' },
  parseAsOne: { en: 'expected "as" and {count} field name after the pattern', ja: 'パターンの後に "as" と{count}個のフィールド名が必要です' },
  parseAs: { en: 'expected "as" and {count} field names after the pattern', ja: 'パターンの後に "as" と{count}個のフィールド名が必要です' },
  parseCountOne: {
    en: 'the pattern has {stars} * but {count} name follow "as"',
    ja: 'パターンには * が{stars}個ありますが、"as" の後の名前は{count}個です',
  },
  parseCount: {
    en: 'the pattern has {stars} * but {count} names follow "as"',
    ja: 'パターンには * が{stars}個ありますが、"as" の後の名前は{count}個です',
  },

  // Aggregates, when `stats` is built.
  pctRange: {
    en: 'pct() takes a percentile from 0 to 100 as its second argument, e.g. pct(@duration, 99)',
    ja: 'pct() の2番目の引数には 0 から 100 までのパーセンタイルを指定してください（例: pct(@duration, 99)）',
  },
  /** Unreachable from a query (the parser knows every aggregate); a guard for a name added to one list only. */
  unknownAggregate: { en: 'unknown aggregate {name}()', ja: '集計関数 {name}() はありません' },
} as const satisfies Record<string, Localized>;
