// Lambda price lookups and the per-invocation cost rule (1 ms billing): billed ms × memory GB × price per
// GB-second, plus the request price.
import { UserError } from '../../util/errors.js';
import { ARCHS, LAMBDA_PRICES, type Arch, type LambdaArchPrices } from './prices.js';

export const DEFAULT_REGION = 'us-east-1';

export function knownRegions(): string[] {
  return Object.keys(LAMBDA_PRICES).sort();
}

export function checkArch(value: string | undefined): Arch {
  if (value === undefined) return 'x86_64';
  if ((ARCHS as readonly string[]).includes(value)) return value as Arch;
  throw new UserError('bad-option', `--arch must be x86_64 or arm64 (got "${value}")`);
}

export function lambdaPrices(regionName: string, arch: Arch): LambdaArchPrices {
  const region = LAMBDA_PRICES[regionName];
  if (region === undefined) {
    throw new UserError('unknown-region', `no Lambda prices for region "${regionName}"; known regions: ${knownRegions().join(', ')}`);
  }
  return region[arch];
}

/** Cost of one invocation: `billedMs` is already rounded up to the millisecond by Lambda. */
export function invocationCost(billedMs: number, memoryMb: number, prices: LambdaArchPrices): number {
  return (billedMs / 1000) * (memoryMb / 1024) * prices.gbSecond + prices.request;
}
