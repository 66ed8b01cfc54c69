// A monthly cost estimate: per function, Lambda requests, duration (on demand and on provisioned
// concurrency), provisioned concurrency, CloudWatch Logs ingestion and storage, X-Ray traces; then the
// workload's API Gateway requests (with the saving of an HTTP API over a REST API), the free tier, tiered
// duration pricing and a Compute Savings Plan. Every price comes from prices.ts.
import { lambdaPrices } from '../pricing/lambda.js';
import {
  API_GATEWAY_PRICES,
  CLOUDWATCH_LOGS_PRICES,
  LAMBDA_DURATION_TIERS,
  LAMBDA_LOGS_TIERS,
  LAMBDA_FREE_TIER,
  SAVINGS_PLAN_MAX_DISCOUNT,
  XRAY_PRICES,
  type Arch,
} from '../pricing/prices.js';
import type { FunctionSpec } from './workload.js';

export const HOURS_PER_MONTH = 730;
const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
const DAYS_PER_MONTH = 365 / 12;
/** Log groups that never expire are costed after a year of accumulation. */
export const NEVER_EXPIRE_MONTHS = 12;
const GB = 1024 ** 3;

export type ApiType = 'rest' | 'http' | 'none';

export interface CostInputs {
  region: string;
  /** Requests per function per month. */
  requests: number;
  /** Average billed duration per request, ms. */
  durationMs: number;
  functions: FunctionSpec[];
  api: ApiType;
  /** API requests per month (defaults to the requests). */
  apiRequests: number;
  /** Log bytes written per invocation (Lambda's START/END/REPORT lines plus the function's own). */
  logBytesPerRequest: number;
  /** Share of traced functions' requests that X-Ray records. */
  xraySampling: number;
  freeTier: boolean;
  /** Compute Savings Plan discount (0 to SAVINGS_PLAN_MAX_DISCOUNT). */
  savingsPlan: number;
}

export interface FunctionCost {
  name: string;
  source?: string;
  memoryMb: number;
  arch: Arch;
  provisioned: number;
  retentionDays: number | null;
  tracing: boolean;
  gbSeconds: number;
  lambdaRequests: number;
  lambdaDuration: number;
  provisionedConcurrency: number;
  logsIngestion: number;
  logsStorage: number;
  xray: number;
  total: number;
}

export interface CostEstimate {
  region: string;
  functions: FunctionCost[];
  api: { type: ApiType; requests: number; monthly: number; httpMonthly: number | null; saving: number | null; approximated: boolean } | null;
  /** `logsTiers`: Lambda logs ingestion past the first 10 TB of the month, priced in tiers since May 2025. */
  adjustments: { freeTier: number; durationTiers: number; logsTiers: number; savingsPlan: number };
  /** Prices that fell back to us-east-1 because the data file has none for the region. */
  approximated: string[];
  total: number;
}

/** Sum over volume tiers (each `upTo` is cumulative). */
export function tiered(quantity: number, tiers: readonly { upTo: number; price: number }[]): number {
  let cost = 0;
  let done = 0;
  for (const tier of tiers) {
    if (quantity <= done) break;
    const here = Math.min(quantity, tier.upTo) - done;
    cost += here * tier.price;
    done += here;
  }
  return cost;
}

/** Rounded to a millionth of a dollar: stable output without float noise. */
const micro = (x: number): number => Math.round(x * 1e6) / 1e6;

type Row = FunctionCost & { onDemandGbSeconds: number; ingestedGb: number; ingestionPerGb: number };

function functionCost(f: FunctionSpec, inputs: CostInputs, approximated: Set<string>): Row {
  const prices = lambdaPrices(inputs.region, f.arch);
  const gb = f.memoryMb / 1024;
  const gbSeconds = inputs.requests * (inputs.durationMs / 1000) * gb;
  // Provisioned concurrency serves the average concurrency it covers; the rest runs on demand.
  const averageConcurrency = (inputs.requests * inputs.durationMs) / 1000 / SECONDS_PER_MONTH;
  const covered = f.provisioned > 0 && averageConcurrency > 0 ? Math.min(1, f.provisioned / averageConcurrency) : 0;
  const x86 = lambdaPrices(inputs.region, 'x86_64');
  // Arm provisioned prices are published for us-east-1 only; elsewhere they follow the Arm/x86 duration ratio.
  const ratio = f.arch === 'arm64' ? prices.gbSecond / x86.gbSecond : 1;
  const pcPrice = prices.provisionedGbSecond ?? (x86.provisionedGbSecond ?? 0) * ratio;
  const pcDurationPrice = prices.provisionedDurationGbSecond ?? (x86.provisionedDurationGbSecond ?? 0) * ratio;
  const onDemandGbSeconds = gbSeconds * (1 - covered);
  const lambdaDuration = onDemandGbSeconds * prices.gbSecond + gbSeconds * covered * pcDurationPrice;
  const provisionedConcurrency = f.provisioned * gb * SECONDS_PER_MONTH * pcPrice;
  let logs = CLOUDWATCH_LOGS_PRICES[inputs.region];
  if (!logs) {
    logs = CLOUDWATCH_LOGS_PRICES['us-east-1'] as (typeof CLOUDWATCH_LOGS_PRICES)[string];
    approximated.add('CloudWatch Logs');
  }
  const ingestedGb = (inputs.requests * inputs.logBytesPerRequest) / GB;
  const monthsKept = f.retentionDays === undefined ? NEVER_EXPIRE_MONTHS : Math.min(f.retentionDays / DAYS_PER_MONTH, NEVER_EXPIRE_MONTHS);
  const traces = f.tracing ? inputs.requests * inputs.xraySampling : 0;
  const parts = {
    lambdaRequests: inputs.requests * prices.request,
    lambdaDuration,
    provisionedConcurrency,
    logsIngestion: ingestedGb * logs.ingestionPerGb,
    logsStorage: ingestedGb * monthsKept * logs.storagePerGbMonth,
    xray: (traces / 1e6) * XRAY_PRICES.recordedPerMillion,
  };
  const total = Object.values(parts).reduce((s, x) => s + x, 0);
  const out: Row = {
    name: f.name,
    memoryMb: f.memoryMb,
    arch: f.arch,
    provisioned: f.provisioned,
    retentionDays: f.retentionDays ?? null,
    tracing: f.tracing,
    gbSeconds: micro(gbSeconds),
    ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, micro(v)])),
    total: micro(total),
    onDemandGbSeconds,
    ingestedGb,
    ingestionPerGb: logs.ingestionPerGb,
  } as Row;
  if (f.source !== undefined) out.source = f.source;
  return out;
}

function apiCost(type: 'rest' | 'http', requests: number, region: string): { monthly: number; approximated: boolean } {
  const prices = API_GATEWAY_PRICES[region];
  const table = (prices ?? API_GATEWAY_PRICES['us-east-1'])?.[type] ?? [];
  return { monthly: tiered(requests, table.map((t) => ({ upTo: t.upTo, price: t.perMillion / 1e6 }))), approximated: prices === undefined };
}

export function estimateCost(inputs: CostInputs): CostEstimate {
  const approximated = new Set<string>();
  const rows = inputs.functions.map((f) => functionCost(f, inputs, approximated));
  // Free tier: 1M requests and 400,000 GB-s a month across the account, shared by the functions pro rata.
  let freeTier = 0;
  let freeDuration = 0;
  if (inputs.freeTier) {
    const totalRequests = inputs.requests * rows.length;
    const totalGbs = rows.reduce((s, r) => s + r.onDemandGbSeconds, 0);
    for (const r of rows) {
      const prices = lambdaPrices(inputs.region, r.arch);
      if (totalRequests > 0) freeTier += (Math.min(totalRequests, LAMBDA_FREE_TIER.requests) * prices.request * inputs.requests) / totalRequests;
      if (totalGbs > 0) freeDuration += ((Math.min(totalGbs, LAMBDA_FREE_TIER.gbSeconds) * r.onDemandGbSeconds) / totalGbs) * prices.gbSecond;
    }
    const traces = rows.filter((r) => r.tracing).length * inputs.requests * inputs.xraySampling;
    freeTier += freeDuration + (Math.min(traces, XRAY_PRICES.freeRecorded) / 1e6) * XRAY_PRICES.recordedPerMillion;
  }
  // Tiered duration: the monthly on-demand GB-seconds of each architecture past the first tier cost less.
  let durationTiers = 0;
  for (const arch of ['x86_64', 'arm64'] as const) {
    const gbs = rows.filter((r) => r.arch === arch).reduce((s, r) => s + r.onDemandGbSeconds, 0);
    const price = lambdaPrices(inputs.region, arch).gbSecond;
    let done = 0;
    for (const tier of LAMBDA_DURATION_TIERS[arch]) {
      const here = Math.max(0, Math.min(gbs, tier.upToGbSeconds) - done);
      durationTiers += here * price * (1 - tier.factor);
      done += here;
    }
  }
  // Lambda logs ingestion: the account's monthly GB past the first tier cost less (tiers since May 2025).
  let logsTiers = 0;
  const ingested = rows.reduce((s, r) => s + r.ingestedGb, 0);
  const firstPrice = rows[0]?.ingestionPerGb ?? 0;
  let doneGb = 0;
  for (const tier of LAMBDA_LOGS_TIERS) {
    const here = Math.max(0, Math.min(ingested, tier.upToGb) - doneGb);
    logsTiers += here * firstPrice * (1 - tier.factor);
    doneGb += here;
  }
  if (logsTiers > 0 && inputs.region !== 'us-east-1') approximated.add('CloudWatch Logs tiers for Lambda logs');
  const lambdaCompute = rows.reduce((s, r) => s + r.lambdaDuration + r.provisionedConcurrency, 0);
  const rate = Math.min(Math.max(inputs.savingsPlan, 0), SAVINGS_PLAN_MAX_DISCOUNT);
  const savingsPlan = rate * Math.max(0, lambdaCompute - durationTiers - freeDuration);

  let api: CostEstimate['api'] = null;
  if (inputs.api !== 'none') {
    const mine = apiCost(inputs.api, inputs.apiRequests, inputs.region);
    const http = inputs.api === 'rest' ? apiCost('http', inputs.apiRequests, inputs.region).monthly : null;
    if (mine.approximated) approximated.add('API Gateway');
    api = { type: inputs.api, requests: inputs.apiRequests, monthly: micro(mine.monthly), httpMonthly: http === null ? null : micro(http), saving: http === null ? null : micro(mine.monthly - http), approximated: mine.approximated };
  }
  const functions: FunctionCost[] = rows.map(({ onDemandGbSeconds: _drop, ingestedGb: _gb, ingestionPerGb: _price, ...rest }) => rest);
  const total = functions.reduce((s, f) => s + f.total, 0) + (api?.monthly ?? 0) - freeTier - durationTiers - logsTiers - savingsPlan;
  return {
    region: inputs.region,
    functions,
    api,
    adjustments: { freeTier: micro(freeTier), durationTiers: micro(durationTiers), logsTiers: micro(logsTiers), savingsPlan: micro(savingsPlan) },
    approximated: [...approximated].sort(),
    total: micro(Math.max(0, total)),
  };
}
