// The text of a load error in the report's language. Loaders write English messages and, where a message
// has parts (a size, a limit, a reason), the parts as `data`; the Japanese text is built from those parts.
// Parts that only exist in English (a YAML parser's reason, an OS error code) are quoted as they are.
import { fill, type Lang } from '../util/i18n.js';
import type { ScanError } from './types.js';

/** Japanese text per error code; `{name}` placeholders are filled from the error's data. */
const JA: Readonly<Record<string, string>> = {
  'yaml-syntax': 'YAML/JSON の構文エラーです: {reason}',
  'too-deep': '入れ子が {limit} 階層を超えているため、読み込みを中止しました。',
  'alias-limit': 'YAML のエイリアスを展開すると {limit} ノードを超えるため、読み込みません (エイリアス爆弾の可能性があります)。',
  'too-large': 'ファイルが {size} バイトあります。{limit} バイトを超えるファイルは読み込みません。',
  'not-utf8': 'ファイルが有効な UTF-8 テキストではありません。',
  binary: 'ファイルに NUL バイトが含まれています。テンプレートではなくバイナリデータです。',
  'not-a-template': 'ドキュメントがマッピングではありません。テンプレートは Resources セクションを持つマッピングです。',
  'bad-resources': 'Resources は論理 ID からリソースへのマッピングでなければなりません。',
  'bad-resource': 'リソース {id} はマッピングで、文字列の Type を持つ必要があります。',
  unreadable: 'ファイルを読み込めません: {reason}',
  'not-a-file': '通常のファイルではありません。',
  'not-found': 'ファイルまたはフォルダーがありません。',
  'module-loop': 'モジュール {module}（{file}）が指す {target} は、モジュール {otherModule}（{other}）を通じてすでに読み込み中です。ループのため、たどりません。',
  'link-outside-root': 'スキャンするフォルダーの外にある {target} へのリンクのため、読み込みません。',
  'module-outside-root': 'モジュール {module}（{file}）: {source} はスキャンするフォルダー {root} の外にある {target} を指すため、読み込みません。',
  'module-too-deep': 'モジュール {module}（{file}）: ローカルモジュールの入れ子が {limit} 階層を超えるため、{source} は読み込みません。',
  'hcl-syntax': 'HCL の構文エラーです: {reason}',
  'remote-module': 'モジュール {module} の取得元 {source} はリモートのため、スキャンしません。',
  'module-missing': 'モジュール {module}: フォルダー {source} がありません。',
  'load-failed': 'テンプレートの読み込み中に slens の内部エラーが発生しました: {reason}',
  'rule-failed': 'ルール {rule} が {resource} の検査中に失敗しました: {reason}',
};

/** Used when a code has no Japanese text of its own, or its data is missing. */
const JA_FALLBACK = 'ファイルを読み込めません: {message}';

export function errorText(error: ScanError, lang: Lang): string {
  if (error.localized) return error.localized[lang];
  if (lang === 'en') return error.message;
  const template = JA[error.code];
  const values = { ...(error.data ?? {}), message: error.message };
  const needs = template ? [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string) : [];
  if (template && needs.every((name) => name in values)) return fill(template, values);
  return fill(JA_FALLBACK, values);
}
