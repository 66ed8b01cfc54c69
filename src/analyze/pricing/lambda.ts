// Lambda price lookups and the per-invocation cost rule (1 ms billing): billed ms × memory GB × price per
// GB-second, plus the request price.
import { UserError } from '../../util/errors.js';
import { fillLater, type Localized } from '../../util/i18n.js';
import { ARCHS, LAMBDA_PRICES, LAMBDA_PRICES_UNSETTLED, type Arch, type LambdaArchPrices } from './prices.js';

export const DEFAULT_REGION = 'us-east-1';

export function knownRegions(): string[] {
  return Object.keys(LAMBDA_PRICES).sort();
}

const BAD_ARCH: Localized = {
  en: '--arch must be x86_64 or arm64 (got "{value}")',
  ja: '--arch には x86_64 か arm64 を指定してください（指定値「{value}」）',
};
const UNKNOWN_REGION: Localized = {
  en: 'no Lambda prices for region "{region}"; known regions: {known}',
  ja: 'リージョン「{region}」の Lambda 料金はありません。料金のあるリージョン: {known}',
};

const UNSETTLED_REGION: Localized = {
  en: 'Lambda prices for region "{region}" ({name}) are not settled from an AWS source yet, so no estimate is given; known regions: {known}',
  ja: 'リージョン「{region}」（{name}）の Lambda 料金は AWS の出典で確認できていないため、見積もりません。料金のあるリージョン: {known}',
};

export function checkArch(value: string | undefined): Arch {
  if (value === undefined) return 'x86_64';
  if ((ARCHS as readonly string[]).includes(value)) return value as Arch;
  throw new UserError('bad-option', fillLater(BAD_ARCH, { value }));
}

export function lambdaPrices(regionName: string, arch: Arch): LambdaArchPrices {
  const region = LAMBDA_PRICES[regionName];
  const unsettled = LAMBDA_PRICES_UNSETTLED[regionName];
  if (region === undefined && unsettled !== undefined) {
    throw new UserError('unknown-region', fillLater(UNSETTLED_REGION, { region: regionName, name: unsettled, known: knownRegions().join(', ') }));
  }
  if (region === undefined) {
    throw new UserError('unknown-region', fillLater(UNKNOWN_REGION, { region: regionName, known: knownRegions().join(', ') }));
  }
  return region[arch];
}

/** Cost of one invocation: `billedMs` is already rounded up to the millisecond by Lambda. */
export function invocationCost(billedMs: number, memoryMb: number, prices: LambdaArchPrices): number {
  return (billedMs / 1000) * (memoryMb / 1024) * prices.gbSecond + prices.request;
}
