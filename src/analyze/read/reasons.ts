// Japanese for the reasons the reader gives for a skipped line or an unreadable file. The parsers word
// their reasons in English (they are also test oracles); this table rewrites each form, keeping the
// technical names (field keys, units) as they are. An unknown form is shown as is.
import type { Lang } from '../../util/i18n.js';

const JA: readonly [RegExp, string][] = [
  [/^binary data \(NUL byte\) in a text line$/, 'テキスト行にバイナリデータ（NUL バイト）があります'],
  [/^invalid JSON: (.*)$/s, 'JSON が不正です: $1'],
  [/^JSON nested deeper than (\d+) levels \(skipped\)$/, '入れ子が $1 段を超える JSON です（スキップ）'],
  [/^JSON line is not an object$/, 'JSON の行がオブジェクトではありません'],
  [/^line longer than (\d+) characters \(skipped\)$/, '$1 文字を超える行です（スキップ）'],
  [/^export event is not an object$/, 'エクスポートのイベントがオブジェクトではありません'],
  [/^export event larger than (\d+) characters$/, 'エクスポートのイベントが $1 文字を超えています'],
  [/^export ends inside an event \(truncated file\?\)$/, 'イベントの途中でエクスポートが終わっています（ファイルが切れている可能性）'],
  [/^export document is truncated$/, 'エクスポート文書が途中で切れています'],
  [/^REPORT line without "(.+)"$/, 'REPORT 行に "$1" がありません'],
  [/^REPORT "(.+)" is not a number of (\w+): (.*)$/s, 'REPORT の "$1" が $2 単位の数値ではありません: $3'],
  [/^platform\.report without a "record" object$/, 'platform.report に "record" オブジェクトがありません'],
  [/^platform\.report without "record\.metrics"$/, 'platform.report に "record.metrics" がありません'],
  [/^platform\.report metrics need numeric (.*)$/, 'platform.report の metrics には数値の $1 が必要です'],
  [/^EMF: "_aws" must be an object$/, 'EMF: "_aws" はオブジェクトでなければなりません'],
  [/^EMF: "_aws\.Timestamp" must be epoch milliseconds \(an integer\)$/, 'EMF: "_aws.Timestamp" はエポックミリ秒（整数）でなければなりません'],
  [/^EMF: "_aws\.CloudWatchMetrics" must be an array$/, 'EMF: "_aws.CloudWatchMetrics" は配列でなければなりません'],
  [/^EMF: (\S+) must be an object$/, 'EMF: $1 はオブジェクトでなければなりません'],
  [/^EMF: (\S+)\.Namespace must be a string of 1 to 255 characters$/, 'EMF: $1.Namespace は 1〜255 文字の文字列でなければなりません'],
  [/^EMF: (\S+)\.Dimensions must be an array of dimension sets$/, 'EMF: $1.Dimensions はディメンションセットの配列でなければなりません'],
  [/^EMF: (\S+) must be an array of keys$/, 'EMF: $1 はキーの配列でなければなりません'],
  [/^EMF: (\S+) has (\d+) keys \(at most (\d+)\)$/, 'EMF: $1 のキーが $2 個あります（上限 $3）'],
  [/^EMF: (\S+) keys must be strings$/, 'EMF: $1 のキーは文字列でなければなりません'],
  [/^EMF: dimension "(.+)" must be a string member of the root$/, 'EMF: ディメンション "$1" はルートの文字列メンバーでなければなりません'],
  [/^EMF: (\S+)\.Metrics must be an array$/, 'EMF: $1.Metrics は配列でなければなりません'],
  [/^EMF: (\S+)\.Metrics has (\d+) definitions \(at most (\d+)\)$/, 'EMF: $1.Metrics の定義が $2 個あります（上限 $3）'],
  [/^EMF: (\S+) needs a "Name"$/, 'EMF: $1 に "Name" が必要です'],
  [/^EMF: metric "(.+)" has an unknown unit (.*)$/, 'EMF: メトリクス "$1" の単位 $2 は不明です'],
  [/^EMF: metric "(.+)" StorageResolution must be 1 or 60$/, 'EMF: メトリクス "$1" の StorageResolution は 1 か 60 でなければなりません'],
  [/^EMF: metric "(.+)" must be a number or an array of numbers at the root$/, 'EMF: メトリクス "$1" はルートの数値または数値の配列でなければなりません'],
  [/^EMF: metric "(.+)" has (\d+) values \(at most (\d+)\)$/, 'EMF: メトリクス "$1" の値が $2 個あります（上限 $3）'],
  [/^CSV row has (\d+) fields, the header has (\d+)$/, 'CSV の行の項目数が $1 個ですが、ヘッダーは $2 個です'],
  [/^CSV row larger than (\d+) characters \(skipped\)$/, '$1 文字を超える CSV の行です（スキップ）'],
  [/^CSV ends inside a quoted field \(truncated file\?\)$/, '引用符で囲まれた項目の途中で CSV が終わっています（ファイルが切れている可能性）'],
  [/^no such file$/, 'ファイルがありません'],
  [/^is a folder, not a file$/, 'ファイルではなくフォルダです'],
  [/^gzip data is corrupt: (.*)$/s, 'gzip データが壊れています: $1'],
];

/** The reason in the user's language. */
export function localizeReason(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  for (const [pattern, ja] of JA) if (pattern.test(reason)) return reason.replace(pattern, ja);
  return reason;
}
