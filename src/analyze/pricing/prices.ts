// The one pricing data file of slens: every price the analyzers use, with the date it was gathered and
// where it comes from. Prices change: update `asOf` and the sources together with any figure. USD.

export const PRICES_AS_OF = '2026-11-25';

export const PRICE_SOURCES = {
  lambdaCalculator: 'https://calculator.aws/pricing/2.0/meteredUnitMaps/lambda/USD/current/lambda.json (AWS Pricing Calculator data: Lambda Duration, Duration-ARM, Requests, Storage-Duration, Provisioned-Concurrency, Duration-Provisioned per region)',
  lambdaPricing: 'https://aws.amazon.com/lambda/pricing/ (1 ms billing, free tier, tiered duration pricing, Arm provisioned concurrency in us-east-1)',
  lambdaTiers: 'https://aws.amazon.com/about-aws/whats-new/2022/08/aws-lambda-tiered-pricing/ and the Lambda FAQ "How does tiered pricing work?"',
  savingsPlans: 'https://aws.amazon.com/savingsplans/compute-pricing/ and the Lambda FAQ (Compute Savings Plans: up to 17% off duration and provisioned concurrency, not requests)',
  apiGateway: 'https://aws.amazon.com/api-gateway/pricing/ and the AWS whitepaper "Best Practices for Designing Amazon API Gateway Private APIs" (cost table); Tokyo per the AWS Price List (usage types APN1-ApiGatewayRequest, APN1-ApiGatewayHttpRequest)',
  cloudWatchLogs: 'https://aws.amazon.com/cloudwatch/pricing/ (Logs: Standard class ingestion and archive storage)',
  lambdaLogsTiers: 'https://aws.amazon.com/cloudwatch/pricing/ (Vended Logs, Lambda logs delivered to CloudWatch Logs Standard: tiered since 2025-05-01, AWS What\'s New "AWS Lambda introduces tiered pricing for Amazon CloudWatch logs and additional logging destinations"); us-east-1 $0.50, $0.25, $0.10, $0.05 per GB for the first 10 TB, next 20 TB, next 20 TB, over 50 TB; cross-checked with the worked example 60 TB → $12,500 (duckbillgroup.com, May 2025)',
  xray: 'https://aws.amazon.com/xray/pricing/',
} as const;

export type Arch = 'x86_64' | 'arm64';
export const ARCHS: readonly Arch[] = ['x86_64', 'arm64'];

export interface LambdaArchPrices {
  /** On-demand duration, first tier, per GB-second. */
  gbSecond: number;
  /** Per request. */
  request: number;
  /** Provisioned concurrency configured, per GB-second (undefined: not published in our sources). */
  provisionedGbSecond?: number;
  /** Duration while provisioned concurrency serves, per GB-second. */
  provisionedDurationGbSecond?: number;
}

export interface LambdaRegionPrices {
  x86_64: LambdaArchPrices;
  arm64: LambdaArchPrices;
  /** Ephemeral storage above the free 512 MB, per GB-second (same for both architectures). */
  storageGbSecond: number;
}

const STD_X86 = 0.0000166667;
const STD_ARM = 0.0000133334;

function region(x86: number, arm: number, request: number, storage: number, pc: number, pcDuration: number, armPc?: [number, number]): LambdaRegionPrices {
  const armPrices: LambdaArchPrices = { gbSecond: arm, request };
  if (armPc) {
    armPrices.provisionedGbSecond = armPc[0];
    armPrices.provisionedDurationGbSecond = armPc[1];
  }
  return { x86_64: { gbSecond: x86, request, provisionedGbSecond: pc, provisionedDurationGbSecond: pcDuration }, arm64: armPrices, storageGbSecond: storage };
}

/** Lambda prices per region (source: lambdaCalculator; arm64 provisioned concurrency for us-east-1: lambdaPricing). */
export const LAMBDA_PRICES: Readonly<Record<string, LambdaRegionPrices>> = {
  'us-east-1': region(STD_X86, STD_ARM, 0.0000002, 0.0000000309, 0.0000041667, 0.0000097222, [0.0000033334, 0.0000077778]),
  'us-east-2': region(STD_X86, STD_ARM, 0.0000002, 0.0000000309, 0.0000041667, 0.0000097222),
  'us-west-1': region(STD_X86, STD_ARM, 0.0000002, 0.000000037, 0.0000049041, 0.000011443),
  'us-west-2': region(STD_X86, STD_ARM, 0.0000002, 0.0000000309, 0.0000041667, 0.0000097222),
  'ca-central-1': region(STD_X86, STD_ARM, 0.0000002, 0.000000034, 0.000004646, 0.0000108407),
  'sa-east-1': region(STD_X86, STD_ARM, 0.0000002, 0.0000000586, 0.0000066372, 0.0000154867),
  'eu-west-1': region(STD_X86, STD_ARM, 0.0000002, 0.000000034, 0.000004646, 0.0000108407),
  'eu-west-2': region(STD_X86, STD_ARM, 0.0000002, 0.0000000358, 0.0000048304, 0.0000112709),
  'eu-west-3': region(STD_X86, STD_ARM, 0.0000002, 0.0000000358, 0.0000048673, 0.0000113569),
  'eu-central-1': region(STD_X86, STD_ARM, 0.0000002, 0.0000000367, 0.0000050147, 0.0000117011),
  'eu-central-2': region(0.0000183334, 0.0000146667, 0.00000022, 0.0000000441, 0.0000055162, 0.0000128712),
  'eu-north-1': region(STD_X86, STD_ARM, 0.0000002, 0.0000000323, 0.0000044248, 0.0000103245),
  'eu-south-1': region(0.0000195172, 0.0000156138, 0.00000023, 0.0000000357, 0.0000048783, 0.0000113827),
  'af-south-1': region(0.0000221, 0.00001768, 0.00000027, 0.0000000404, 0.00000553, 0.0000129),
  'ap-east-1': region(0.00002292, 0.0000183, 0.00000028, 0.0000000407, 0.0000057153, 0.0000133358),
  'ap-south-1': region(STD_X86, STD_ARM, 0.0000002, 0.0000000352, 0.0000044985, 0.0000104966),
  'ap-northeast-1': region(STD_X86, STD_ARM, 0.0000002, 0.000000037, 0.0000053835, 0.0000125615),
  'ap-northeast-2': region(STD_X86, STD_ARM, 0.0000002, 0.0000000352, 0.0000051254, 0.0000119592),
  // Osaka, settled from the calculator data (rate codes HQWXQQHHTTTVSUH2.JRTCKXETXF.CUKFZ388N3 Duration,
  // 92C8Z466WVKPRP7S.JRTCKXETXF.6NBUNBXSC3 Duration-ARM, 89U8ZQR2ZV45HXWY.JRTCKXETXF.6YS6EN2CT7 Requests,
  // 8ZQGQZJZS48NB28R… Provisioned-Concurrency, UZWTTB7ZV7B2GMG5… Duration-Provisioned): the same as Tokyo.
  'ap-northeast-3': region(STD_X86, STD_ARM, 0.0000002, 0.000000037, 0.0000053835, 0.0000125615),
  'ap-southeast-1': region(STD_X86, STD_ARM, 0.0000002, 0.000000037, 0.0000051991, 0.0000121313),
  'ap-southeast-2': region(STD_X86, STD_ARM, 0.0000002, 0.000000037, 0.000005236, 0.0000122173),
  'ap-southeast-4': region(STD_X86, STD_ARM, 0.0000002, 0.000000037, 0.000005236, 0.0000122173),
  'ap-southeast-5': region(0.000015, 0.000012, 0.00000018, 0.0000000333, 0.0000046791, 0.0000109181),
};

/**
 * Regions whose Lambda prices are not settled from an AWS source in this file: asking for them is an error
 * that says so, rather than an estimate at another region's price. The Middle East regions are absent from the
 * calculator data copy we have; a secondary source (an open-source cost tool quoting the Lambda pricing page)
 * gives $0.0000206667 (x86) and $0.0000165334 (arm64) per GB-second for me-south-1 and me-central-1, with no
 * request, storage or provisioned prices, so they stay unknown until an AWS source confirms them.
 */
export const LAMBDA_PRICES_UNSETTLED: Readonly<Record<string, string>> = {
  'me-south-1': 'Middle East (Bahrain)',
  'me-central-1': 'Middle East (UAE)',
  'il-central-1': 'Israel (Tel Aviv)',
};

/** Monthly always-free Lambda allowance (source: lambdaPricing). */
export const LAMBDA_FREE_TIER = { requests: 1_000_000, gbSeconds: 400_000 };

/**
 * Tiered on-demand duration (source: lambdaTiers): monthly GB-seconds per architecture and region, and the
 * price of each tier relative to the first (x86: 0.0000150000 and 0.0000133334 after 0.0000166667; arm64
 * 0.0000120001 and 0.0000106667 after 0.0000133334 — both 90 % and 80 %).
 */
export const LAMBDA_DURATION_TIERS: Readonly<Record<Arch, readonly { upToGbSeconds: number; factor: number }[]>> = {
  x86_64: [
    { upToGbSeconds: 6e9, factor: 1 },
    { upToGbSeconds: 15e9, factor: 0.9 },
    { upToGbSeconds: Infinity, factor: 0.8 },
  ],
  arm64: [
    { upToGbSeconds: 7.5e9, factor: 1 },
    { upToGbSeconds: 18.75e9, factor: 0.9 },
    { upToGbSeconds: Infinity, factor: 0.8 },
  ],
};

/** Compute Savings Plans: the largest Lambda discount (3-year, all upfront); requests are not covered (source: savingsPlans). */
export const SAVINGS_PLAN_MAX_DISCOUNT = 0.17;

export interface ApiGatewayPrices {
  /** REST API requests per million, by monthly volume tier. */
  rest: readonly { upTo: number; perMillion: number }[];
  /** HTTP API requests per million (metered in 512 KB steps), by monthly volume tier. */
  http: readonly { upTo: number; perMillion: number }[];
}

/** API Gateway request prices (source: apiGateway). Tokyo lists the first tiers only; later tiers reuse the first. */
export const API_GATEWAY_PRICES: Readonly<Record<string, ApiGatewayPrices>> = {
  'us-east-1': {
    rest: [
      { upTo: 333e6, perMillion: 3.5 },
      { upTo: 1e9, perMillion: 2.8 },
      { upTo: 20e9, perMillion: 2.38 },
      { upTo: Infinity, perMillion: 1.51 },
    ],
    http: [
      { upTo: 300e6, perMillion: 1.0 },
      { upTo: Infinity, perMillion: 0.9 },
    ],
  },
  'ap-northeast-1': {
    rest: [{ upTo: Infinity, perMillion: 4.25 }],
    http: [{ upTo: Infinity, perMillion: 1.29 }],
  },
};

export interface LogsPrices {
  ingestionPerGb: number;
  storagePerGbMonth: number;
}

/** CloudWatch Logs, Standard class (source: cloudWatchLogs). The Tokyo figures are from a secondary source. */
export const CLOUDWATCH_LOGS_PRICES: Readonly<Record<string, LogsPrices>> = {
  'us-east-1': { ingestionPerGb: 0.5, storagePerGbMonth: 0.03 },
  'ap-northeast-1': { ingestionPerGb: 0.76, storagePerGbMonth: 0.033 },
};

/**
 * Lambda logs ingested into CloudWatch Logs (Standard class) are priced in monthly account-wide volume tiers
 * since 2025-05-01 (source: lambdaLogsTiers). Each tier's price relative to the region's first-tier price:
 * the us-east-1 figures are $0.50, $0.25, $0.10, $0.05. 1 TB is taken as 1024 GB. Other regions are priced
 * with the same ratios, and the estimate says it approximates when a region other than us-east-1 passes the first tier.
 */
export const LAMBDA_LOGS_TIERS: readonly { upToGb: number; factor: number }[] = [
  { upToGb: 10 * 1024, factor: 1 },
  { upToGb: 30 * 1024, factor: 0.5 },
  { upToGb: 50 * 1024, factor: 0.2 },
  { upToGb: Infinity, factor: 0.1 },
];

/** X-Ray (source: xray): traces recorded and retrieved/scanned per million; monthly free allowance. */
export const XRAY_PRICES = { recordedPerMillion: 5.0, retrievedPerMillion: 0.5, freeRecorded: 100_000, freeRetrieved: 1_000_000 };

/** Log group retention values CloudWatch accepts (PutRetentionPolicy), in days. */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;
