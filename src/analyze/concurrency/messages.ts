// Messages of `slens concurrency` that the analysis raises, in English and Japanese.
import type { Localized } from '../../util/i18n.js';

export const CONCURRENCY_MESSAGES = {
  /** `{series}` lists the metric names, e.g. "Invocations, Duration". */
  ignoredSeries: {
    en: 'ignored series without a function name: {series} (label per-function series "<function> <metric>", e.g. "orders Invocations")',
    ja: '関数名のない系列は無視しました: {series}（関数ごとの系列には "orders Invocations" のように "<関数名> <メトリクス名>" のラベルを付けてください）',
  },
  noPeak: {
    en: 'no ConcurrentExecutions, nor Invocations with Duration, to find a peak in',
    ja: 'ConcurrentExecutions も Invocations と Duration もありません',
  },
} as const satisfies Record<string, Localized>;
