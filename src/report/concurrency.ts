// The concurrency hunt report: the account peak, the functions ranked by their estimated concurrency in the
// minutes before it, and a chart of both over time — in English or Japanese.
import type { ConcurrencyAnalysis } from '../analyze/concurrency/analyze.js';
import { fill, type Lang, type Localized } from '../util/i18n.js';
import { lineChart } from './charts/line-chart.js';

const TEXT = {
  peak: { en: 'Peak account concurrency: {value} at {time} UTC', ja: 'アカウント同時実行数のピーク: {value}（{time} UTC）' },
  peakFunctions: { en: 'Peak concurrency (sum of the functions): {value} at {time} UTC', ja: '同時実行数のピーク（関数の合計）: {value}（{time} UTC）' },
  peakEstimate: { en: 'Peak estimated concurrency (no ConcurrentExecutions exported): {value} at {time} UTC', ja: '推定同時実行数のピーク（ConcurrentExecutions なし）: {value}（{time} UTC）' },
  window: {
    en: 'Functions in the {minutes} minutes before the peak, by estimated concurrency (invocations x average duration / {period} s):',
    ja: 'ピーク前 {minutes} 分間の関数（推定同時実行数 = 呼び出し数 x 平均実行時間 / {period} 秒 の順）:',
  },
  none: { en: 'No function has invocations and durations in that window.', ja: 'この期間に呼び出し数と実行時間のある関数はありません。' },
  fn: { en: 'Function', ja: '関数' },
  time: { en: 'Time (UTC)', ja: '時刻 (UTC)' },
  invocations: { en: 'Invocations', ja: '呼び出し数' },
  duration: { en: 'Avg duration (ms)', ja: '平均実行時間 (ms)' },
  estimate: { en: 'Est. concurrency', ja: '推定同時実行数' },
  share: { en: 'Share of peak', ja: 'ピーク比' },
  chartTitle: { en: 'Concurrency around the peak', ja: 'ピーク前後の同時実行数' },
  account: { en: 'Account (measured)', ja: 'アカウント（実測）' },
  concurrency: { en: 'Concurrent executions', ja: '同時実行数' },
  chartSaved: { en: 'Chart: {path}', ja: 'グラフ: {path}' },
  chartHint: { en: 'Add --chart concurrency.svg to save the chart.', ja: '--chart concurrency.svg を付けるとグラフを保存します。' },
} satisfies Record<string, Localized>;

const minute = (t: number): string => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
const COLOURS = ['#0b5cad', '#c4420f', '#7a3e9d', '#8a5300', '#00838f', '#5f6670'];
/** Functions drawn besides the account line; the table lists them all. */
const CHART_FUNCTIONS = 5;

function table(header: string[], rows: string[][]): string {
  const width = (s: string): number => [...s].reduce((w, ch) => w + ((ch.codePointAt(0) as number) > 0x2e80 ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] as string))));
  const line = (cells: string[]): string => cells.map((c, i) => c + ' '.repeat((widths[i] as number) - width(c))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatConcurrencyText(a: ConcurrencyAnalysis, lang: Lang, windowMinutes: number, chartPath?: string): string {
  const t = (key: keyof typeof TEXT): string => TEXT[key][lang];
  const peakKey = a.peak.source === 'account' ? 'peak' : a.peak.source === 'functions' ? 'peakFunctions' : 'peakEstimate';
  const lines = [fill(t(peakKey), { value: a.peak.concurrency, time: minute(a.peak.timestamp) }), '', fill(t('window'), { minutes: windowMinutes, period: a.periodSeconds })];
  if (a.functions.length === 0) lines.push(t('none'));
  else {
    lines.push(
      table(
        [t('fn'), t('time'), t('invocations'), t('duration'), t('estimate'), t('share')],
        a.functions.map((f) => [f.name, minute(f.timestamp), String(f.invocations), f.avgDuration.toFixed(1), f.concurrency.toFixed(1), `${(f.share * 100).toFixed(1)}%`]),
      ),
    );
  }
  lines.push('', chartPath ? fill(t('chartSaved'), { path: chartPath }) : t('chartHint'));
  return lines.join('\n');
}

export function concurrencyChart(a: ConcurrencyAnalysis, lang: Lang): string {
  const t = (key: keyof typeof TEXT): string => TEXT[key][lang];
  const values = (xs: (number | null)[]): number[] => xs.map((x) => (x === null ? Number.NaN : x));
  const peakIndex = a.timeline.timestamps.indexOf(a.peak.timestamp);
  return lineChart({
    title: t('chartTitle'),
    categories: a.timeline.timestamps.map((ts) => minute(ts).slice(11)),
    xLabel: t('time'),
    left: { label: t('concurrency'), format: (v) => String(Math.round(v * 10) / 10) },
    series: [
      { name: a.peak.source === 'account' ? t('account') : t('concurrency'), values: values(a.timeline.account), axis: 'left', colour: COLOURS[0] as string },
      ...a.timeline.functions.slice(0, CHART_FUNCTIONS).map((f, i) => ({ name: f.name, values: values(f.values), axis: 'left' as const, colour: COLOURS[i + 1] as string })),
    ],
    highlight: { index: peakIndex, label: `${a.peak.concurrency}` },
  });
}
