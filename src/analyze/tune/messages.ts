// Messages of `slens tune` that the analysis raises, in English and Japanese.
import type { Localized } from '../../util/i18n.js';

export const TUNE_MESSAGES = {
  allSizesFailed: {
    en: 'every memory size has failed invocations (errors or timeouts), so none is recommended; fix the failures or pass --allow-errors',
    ja: 'どのメモリサイズにも失敗した呼び出し（エラーまたはタイムアウト）があるため、推奨できるサイズがありません。失敗を直すか、--allow-errors を指定してください',
  },
  noResults: { en: 'no REPORT lines or power-tuning results found', ja: 'REPORT 行もパワーチューニングの結果も見つかりません' },
  /** `{reason}` is the English reason from the reader of the output. */
  badOutput: { en: 'power-tuning output: {reason}', ja: 'パワーチューニングの出力を読めません: {reason}' },
  mixedInput: { en: 'give either REPORT logs or power-tuning outputs, not both', ja: 'REPORT 行のログとパワーチューニングの出力は、どちらか一方だけを指定してください' },
} as const satisfies Record<string, Localized>;
