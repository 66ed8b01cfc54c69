// Lambda runtime lifecycle: the one table the runtime rule reads. AWS moves these dates; update them here.
// Source: the AWS Lambda "Lambda runtimes" page (deprecated and supported runtime tables), as collected
// in ../shared/reference/rules-catalog.md section 5, as of 2026-11-25.
// `deprecated`: AWS stops security patches and support. `blockUpdate`: function updates are refused.

export const RUNTIME_TABLE_AS_OF = '2026-11-25';
export const RUNTIME_TABLE_SOURCE = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';

export interface RuntimeLifecycle {
  deprecated: string;
  blockUpdate?: string;
  successor?: string;
}

export const LAMBDA_RUNTIMES: Readonly<Record<string, RuntimeLifecycle>> = {
  // Supported runtimes with scheduled dates.
  'nodejs24.x': { deprecated: '2028-04-30', blockUpdate: '2028-07-01' },
  'nodejs22.x': { deprecated: '2027-04-30', blockUpdate: '2027-07-01', successor: 'nodejs24.x' },
  'python3.14': { deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
  'python3.13': { deprecated: '2029-06-30', blockUpdate: '2029-08-31', successor: 'python3.14' },
  'python3.12': { deprecated: '2028-10-31', blockUpdate: '2029-01-10', successor: 'python3.14' },
  'python3.11': { deprecated: '2027-06-30', blockUpdate: '2027-08-31', successor: 'python3.14' },
  'java25': { deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
  'java21': { deprecated: '2029-06-30', blockUpdate: '2029-08-31', successor: 'java25' },
  'java17': { deprecated: '2027-06-30', blockUpdate: '2027-08-31', successor: 'java21' },
  'java11': { deprecated: '2027-06-30', blockUpdate: '2027-08-31', successor: 'java21' },
  'java8.al2': { deprecated: '2027-06-30', blockUpdate: '2027-08-31', successor: 'java21' },
  'dotnet10': { deprecated: '2028-11-14', blockUpdate: '2029-01-15' },
  'ruby4.0': { deprecated: '2029-03-31', blockUpdate: '2029-05-31' },
  'ruby3.4': { deprecated: '2028-03-31', blockUpdate: '2028-05-31', successor: 'ruby4.0' },
  'ruby3.3': { deprecated: '2027-03-31', blockUpdate: '2027-05-31', successor: 'ruby3.4' },
  'provided.al2023': { deprecated: '2029-06-30', blockUpdate: '2029-08-31' },
  // Deprecated; updates still possible until the block date.
  'dotnet8': { deprecated: '2026-11-10', blockUpdate: '2027-03-03', successor: 'dotnet10' },
  'python3.10': { deprecated: '2026-10-31', blockUpdate: '2027-03-03', successor: 'python3.14' },
  'provided.al2': { deprecated: '2026-07-31', blockUpdate: '2027-03-03', successor: 'provided.al2023' },
  'nodejs20.x': { deprecated: '2026-04-30', blockUpdate: '2027-03-03', successor: 'nodejs24.x' },
  'ruby3.2': { deprecated: '2026-03-31', blockUpdate: '2027-03-03', successor: 'ruby3.4' },
  'python3.9': { deprecated: '2025-12-15', blockUpdate: '2027-03-03', successor: 'python3.14' },
  'nodejs18.x': { deprecated: '2025-09-01', blockUpdate: '2027-03-03', successor: 'nodejs24.x' },
  'dotnet6': { deprecated: '2024-12-20', blockUpdate: '2027-03-03', successor: 'dotnet10' },
  'python3.8': { deprecated: '2024-10-14', blockUpdate: '2027-03-03', successor: 'python3.14' },
  'nodejs16.x': { deprecated: '2024-06-12', blockUpdate: '2027-03-03', successor: 'nodejs24.x' },
  'java8': { deprecated: '2024-01-08', blockUpdate: '2027-03-03', successor: 'java21' },
  'go1.x': { deprecated: '2024-01-08', blockUpdate: '2027-03-03', successor: 'provided.al2023' },
  'provided': { deprecated: '2024-01-08', blockUpdate: '2027-03-03', successor: 'provided.al2023' },
  'ruby2.7': { deprecated: '2023-12-07', blockUpdate: '2027-03-03', successor: 'ruby3.4' },
  'nodejs14.x': { deprecated: '2023-12-04', blockUpdate: '2027-03-03', successor: 'nodejs24.x' },
  'python3.7': { deprecated: '2023-12-04', blockUpdate: '2027-03-03', successor: 'python3.14' },
  // Updates already blocked.
  'dotnetcore3.1': { deprecated: '2023-04-03', blockUpdate: '2023-05-03', successor: 'dotnet10' },
  'nodejs12.x': { deprecated: '2023-03-31', blockUpdate: '2023-04-30', successor: 'nodejs24.x' },
  'python3.6': { deprecated: '2022-07-18', blockUpdate: '2022-08-29', successor: 'python3.14' },
  'python2.7': { deprecated: '2021-07-15', blockUpdate: '2022-05-30', successor: 'python3.14' },
  'dotnetcore2.1': { deprecated: '2022-01-05', blockUpdate: '2022-04-13', successor: 'dotnet10' },
  'ruby2.5': { deprecated: '2021-07-30', blockUpdate: '2022-03-31', successor: 'ruby3.4' },
  'nodejs10.x': { deprecated: '2021-07-30', blockUpdate: '2022-02-14', successor: 'nodejs24.x' },
  'nodejs8.10': { deprecated: '2020-03-06', blockUpdate: '2020-03-06', successor: 'nodejs24.x' },
  'nodejs4.3': { deprecated: '2020-03-05', blockUpdate: '2020-03-05', successor: 'nodejs24.x' },
  'nodejs4.3-edge': { deprecated: '2020-03-05', blockUpdate: '2020-03-05', successor: 'nodejs24.x' },
  'nodejs6.10': { deprecated: '2019-08-12', blockUpdate: '2019-08-12', successor: 'nodejs24.x' },
  'dotnetcore2.0': { deprecated: '2019-05-30', blockUpdate: '2019-05-30', successor: 'dotnet10' },
  'dotnetcore1.0': { deprecated: '2019-06-27', blockUpdate: '2019-07-30', successor: 'dotnet10' },
  'nodejs': { deprecated: '2016-10-31', blockUpdate: '2016-10-31', successor: 'nodejs24.x' },
};

/** Days before the deprecation date from which a runtime is reported as soon deprecated. */
export const SOON_DEPRECATED_DAYS = 180;
