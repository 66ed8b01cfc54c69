// Commander writes its usage errors in English; with `--lang ja` they are given in Japanese as well as the
// rest of the CLI's messages. Unknown patterns pass through unchanged, so nothing is ever hidden.
import type { Lang } from '../util/i18n.js';

const JA: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^error: required option '(.+)' not specified$/, (o) => `エラー: 必須のオプション '${o}' が指定されていません`],
  [/^error: missing required argument '(.+)'$/, (a) => `エラー: 必須の引数 '${a}' がありません`],
  [/^error: unknown option '(.+)'$/, (o) => `エラー: 不明なオプション '${o}' です`],
  [/^error: unknown command '(.+)'$/, (c) => `エラー: 不明なコマンド '${c}' です`],
  [/^error: option '(.+)' argument missing$/, (o) => `エラー: オプション '${o}' に値がありません`],
  [/^error: too many arguments for '(.+)'\. Expected (\d+) arguments? but got (\d+)\.$/, (c, n, got) => `エラー: '${c}' の引数が多すぎます（${n} 個のところ ${got} 個）`],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, (n, got) => `エラー: 引数が多すぎます（${n} 個のところ ${got} 個）`],
  [/^\(Did you mean (.+)\?\)$/, (s) => `（${s} のことですか？）`],
];

export function localizeUsageError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, say] of JA) {
        const m = pattern.exec(line);
        if (m) return say(...m.slice(1));
      }
      return line;
    })
    .join('\n');
}
