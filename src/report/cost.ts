// The monthly cost estimate as text, in English or Japanese: a row per function, the API Gateway line with
// the saving of an HTTP API, the adjustments, the total, and the assumptions behind the figures.
import type { CostEstimate, CostInputs } from '../analyze/cost/estimate.js';
import { fill, type Lang, type Localized } from '../util/i18n.js';

const TEXT = {
  title: { en: 'Monthly cost estimate: {region}, prices as of {asOf} (USD)', ja: '月額コストの見積もり: {region}、料金 {asOf} 時点（USD）' },
  basis: {
    en: '{requests} requests per function per month, {duration} ms each, {logBytes} log bytes per request',
    ja: '関数ごとに月 {requests} リクエスト、1 回 {duration} ms、リクエストあたりログ {logBytes} バイト',
  },
  fn: { en: 'Function', ja: '関数' },
  memory: { en: 'MB', ja: 'MB' },
  arch: { en: 'Arch', ja: 'アーキテクチャ' },
  requests: { en: 'Requests', ja: 'リクエスト' },
  duration: { en: 'Duration', ja: '実行時間' },
  provisioned: { en: 'Provisioned', ja: 'プロビジョンド' },
  logsIn: { en: 'Logs ingest', ja: 'ログ取り込み' },
  logsStored: { en: 'Logs stored', ja: 'ログ保存' },
  xray: { en: 'X-Ray', ja: 'X-Ray' },
  total: { en: 'Total', ja: '合計' },
  api: { en: 'API Gateway ({type} API, {requests} requests): {monthly}', ja: 'API Gateway（{type} API、{requests} リクエスト）: {monthly}' },
  apiSaving: { en: '  an HTTP API would cost {http}: {saving} less a month', ja: '  HTTP API なら {http}: 月 {saving} の節約' },
  freeTier: { en: 'Free tier: -{value}', ja: '無料利用枠: -{value}' },
  tiers: { en: 'Tiered duration pricing: -{value}', ja: '実行時間の段階料金: -{value}' },
  logsTiers: { en: 'Tiered pricing of Lambda logs ingestion (since May 2025): -{value}', ja: 'Lambda ログ取り込みの段階料金（2025 年 5 月から）: -{value}' },
  savingsPlan: { en: 'Compute Savings Plan ({rate}%): -{value}', ja: 'Compute Savings Plans（{rate}%）: -{value}' },
  grandTotal: { en: 'Total: {value} USD a month', ja: '合計: 月 {value} USD' },
  notes: { en: 'Assumptions:', ja: '前提:' },
  noteLogs: {
    en: '- log storage is counted before compression (an upper bound); log groups that never expire are counted after {months} months',
    ja: '- ログ保存量は圧縮前で計算（上限値）。保持期間なしのロググループは {months} か月分を計上',
  },
  noteXray: { en: '- X-Ray records {rate}% of the requests of traced functions', ja: '- X-Ray はトレース有効な関数のリクエストの {rate}% を記録' },
  notePc: {
    en: '- provisioned concurrency runs all month and serves the average concurrency it covers',
    ja: '- プロビジョンド同時実行は月中稼働し、カバーできる平均同時実行分を処理',
  },
  noteApprox: { en: '- no {what} prices for this region in the data file: us-east-1 prices used', ja: '- このリージョンの {what} 料金がデータにないため us-east-1 の料金を使用' },
} satisfies Record<string, Localized>;

export function money(value: number): string {
  if (value === 0) return '0.00';
  return Math.abs(value) < 0.01 ? '<0.01' : value.toFixed(2);
}

const count = (n: number): string => Math.round(n).toLocaleString('en-US');

function table(header: string[], rows: string[][], rightFrom: number): string {
  const width = (s: string): number => [...s].reduce((w, ch) => w + ((ch.codePointAt(0) as number) > 0x2e80 ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] as string))));
  const pad = (c: string, i: number): string => (i >= rightFrom ? ' '.repeat((widths[i] as number) - width(c)) + c : c + ' '.repeat((widths[i] as number) - width(c)));
  const line = (cells: string[]): string => cells.map(pad).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatCostText(e: CostEstimate, inputs: CostInputs, lang: Lang, asOf: string): string {
  const t = (key: keyof typeof TEXT): string => TEXT[key][lang];
  const lines = [
    fill(t('title'), { region: e.region, asOf }),
    fill(t('basis'), { requests: count(inputs.requests), duration: inputs.durationMs, logBytes: count(inputs.logBytesPerRequest) }),
    '',
    table(
      [t('fn'), t('memory'), t('arch'), t('requests'), t('duration'), t('provisioned'), t('logsIn'), t('logsStored'), t('xray'), t('total')],
      e.functions.map((f) => [f.name, String(f.memoryMb), f.arch, money(f.lambdaRequests), money(f.lambdaDuration), money(f.provisionedConcurrency), money(f.logsIngestion), money(f.logsStorage), money(f.xray), money(f.total)]),
      3,
    ),
    '',
  ];
  if (e.api) {
    lines.push(fill(t('api'), { type: e.api.type.toUpperCase(), requests: count(e.api.requests), monthly: money(e.api.monthly) }));
    if (e.api.httpMonthly !== null && e.api.saving !== null) lines.push(fill(t('apiSaving'), { http: money(e.api.httpMonthly), saving: money(e.api.saving) }));
  }
  if (e.adjustments.freeTier > 0) lines.push(fill(t('freeTier'), { value: money(e.adjustments.freeTier) }));
  if (e.adjustments.durationTiers > 0) lines.push(fill(t('tiers'), { value: money(e.adjustments.durationTiers) }));
  if (e.adjustments.logsTiers > 0) lines.push(fill(t('logsTiers'), { value: money(e.adjustments.logsTiers) }));
  if (inputs.savingsPlan > 0) lines.push(fill(t('savingsPlan'), { rate: Math.round(inputs.savingsPlan * 1000) / 10, value: money(e.adjustments.savingsPlan) }));
  lines.push(fill(t('grandTotal'), { value: money(e.total) }), '', t('notes'), fill(t('noteLogs'), { months: 12 }));
  if (e.functions.some((f) => f.tracing)) lines.push(fill(t('noteXray'), { rate: Math.round(inputs.xraySampling * 1000) / 10 }));
  if (e.functions.some((f) => f.provisioned > 0)) lines.push(t('notePc'));
  for (const what of e.approximated) lines.push(fill(t('noteApprox'), { what }));
  return lines.join('\n');
}
