// The power tuning report: a table of time and cost per memory size with the recommendation marked, and
// the chart of both against memory (SVG), in English or Japanese.
import type { TuneAnalysis } from '../analyze/tune/analyze.js';
import { fill, type Lang, type Localized } from '../util/i18n.js';
import { lineChart } from './charts/line-chart.js';

const TEXT = {
  title: { en: 'Power tuning: time and cost by memory', ja: 'パワーチューニング: メモリごとの実行時間とコスト' },
  context: {
    en: 'Region {region}, {arch}, Lambda prices as of {asOf}; {discard}% of the fastest and of the slowest runs dropped',
    ja: 'リージョン {region}、{arch}、Lambda 料金 {asOf} 時点。最速と最遅の実行をそれぞれ {discard}% 除外',
  },
  contextAverages: {
    en: 'Region {region}, {arch}, Lambda prices as of {asOf}; averages measured by aws-lambda-power-tuning',
    ja: 'リージョン {region}、{arch}、Lambda 料金 {asOf} 時点。aws-lambda-power-tuning が測定した平均値',
  },
  memory: { en: 'Memory (MB)', ja: 'メモリ (MB)' },
  invocations: { en: 'Invocations', ja: '呼び出し数' },
  duration: { en: 'Avg duration (ms)', ja: '平均実行時間 (ms)' },
  cost: { en: 'Cost per invocation (USD)', ja: '呼び出しあたりコスト (USD)' },
  failures: { en: 'Errors / timeouts', ja: 'エラー / タイムアウト' },
  requestPrice: {
    en: 'Request price: {price} USD per invocation, not in the cost above (add it with --include-request-price)',
    ja: 'リクエスト料金: 呼び出しあたり {price} USD。上のコストには含みません（含めるには --include-request-price）',
  },
  requestPriceIncluded: { en: 'The cost above includes the request price of {price} USD per invocation', ja: '上のコストには呼び出しあたり {price} USD のリクエスト料金を含みます' },
  excluded: {
    en: 'Not recommended because some invocations failed: {sizes} MB (use --allow-errors to consider them)',
    ja: '失敗した呼び出しがあるため推奨から除外: {sizes} MB（含めるには --allow-errors）',
  },
  recommended: { en: 'Recommended for {strategy}: {memory} MB', ja: '{strategy}重視の推奨: {memory} MB' },
  chartSaved: { en: 'Chart: {path}', ja: 'グラフ: {path}' },
  chartHint: { en: 'Add --chart tune.svg to save the chart.', ja: '--chart tune.svg を付けるとグラフを保存します。' },
  unknown: { en: 'n/a', ja: '不明' },
  mark: { en: 'recommended', ja: '推奨' },
  durationSeries: { en: 'Average duration (ms)', ja: '平均実行時間 (ms)' },
  costSeries: { en: 'Cost per invocation (USD)', ja: '呼び出しあたりコスト (USD)' },
} satisfies Record<string, Localized>;

const STRATEGY_NAMES: Readonly<Record<string, Localized>> = {
  cost: { en: 'cost', ja: 'コスト' },
  speed: { en: 'speed', ja: '速度' },
  balanced: { en: 'balance', ja: 'バランス' },
};

export interface TuneReportContext {
  lang: Lang;
  region: string;
  arch: string;
  asOf: string;
  /** Fraction dropped at each end; undefined when the input held averages only. */
  discard: number | undefined;
  includeRequestPrice?: boolean;
  chartPath?: string;
}

/** Dollars with enough digits to tell sub-microdollar costs apart. */
export function formatUsd(value: number): string {
  if (value === 0) return '0';
  return value >= 0.01 ? value.toFixed(4) : value.toPrecision(4);
}

function table(header: string[], rows: string[][]): string {
  const width = (s: string): number => [...s].reduce((w, ch) => w + ((ch.codePointAt(0) as number) > 0x2e80 ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] as string))));
  const line = (cells: string[]): string => cells.map((c, i) => c + ' '.repeat((widths[i] as number) - width(c))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatTuneText(analysis: TuneAnalysis, ctx: TuneReportContext): string {
  const t = (key: keyof typeof TEXT): string => TEXT[key][ctx.lang];
  const rows = analysis.results.map((r) => [
    `${r.memory}${r.memory === analysis.recommendation.memory ? ' *' : ''}`,
    r.invocations === null ? t('unknown') : String(r.invocations),
    r.avgDuration.toFixed(2),
    formatUsd(r.costPerInvocation),
    r.errors === null || r.timeouts === null ? t('unknown') : `${r.errors} / ${r.timeouts}`,
  ]);
  const request = analysis.results[0]?.requestPrice;
  const lines = [
    t('title'),
    ctx.discard === undefined
      ? fill(t('contextAverages'), { region: ctx.region, arch: ctx.arch, asOf: ctx.asOf })
      : fill(t('context'), { region: ctx.region, arch: ctx.arch, asOf: ctx.asOf, discard: Math.round(ctx.discard * 100) }),
    '',
    table([t('memory'), t('invocations'), t('duration'), t('cost'), t('failures')], rows),
    '',
    ...(request === undefined ? [] : [fill(t(ctx.includeRequestPrice ? 'requestPriceIncluded' : 'requestPrice'), { price: formatUsd(request) })]),
    ...(analysis.excludedForErrors.length > 0 ? [fill(t('excluded'), { sizes: analysis.excludedForErrors.join(', ') })] : []),
    fill(t('recommended'), { strategy: (STRATEGY_NAMES[analysis.recommendation.strategy] as Localized)[ctx.lang], memory: analysis.recommendation.memory }),
    ctx.chartPath ? fill(t('chartSaved'), { path: ctx.chartPath }) : t('chartHint'),
  ];
  return lines.join('\n');
}

export function tuneChart(analysis: TuneAnalysis, lang: Lang): string {
  const t = (key: keyof typeof TEXT): string => TEXT[key][lang];
  const index = analysis.results.findIndex((r) => r.memory === analysis.recommendation.memory);
  return lineChart({
    title: t('title'),
    categories: analysis.results.map((r) => String(r.memory)),
    xLabel: t('memory'),
    left: { label: t('durationSeries'), format: (v) => String(Math.round(v * 100) / 100) },
    right: { label: t('costSeries'), format: (v) => String(Number(v.toPrecision(3))) },
    series: [
      { name: t('durationSeries'), values: analysis.results.map((r) => r.avgDuration), axis: 'left', colour: '#0b5cad' },
      { name: t('costSeries'), values: analysis.results.map((r) => r.costPerInvocation), axis: 'right', colour: '#c4420f' },
    ],
    highlight: { index, label: `${t('mark')}: ${analysis.recommendation.memory} MB` },
  });
}
