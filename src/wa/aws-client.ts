// The AWS Well-Architected Tool as push and pull reach it: the AWS SDK client (credentials and region from the
// standard chain, or --profile/--region/--endpoint-url), throttling retried with backoff, and every AWS error
// turned into one clear line in English and Japanese. Nothing of the credentials is kept by slens.
import { UserError } from '../util/errors.js';
import { fillLater, type Localized } from '../util/i18n.js';

export interface AwsTarget {
  region?: string;
  profile?: string;
  endpointUrl?: string;
  /** Attempts per call, the first included (throttling and transient errors are retried with backoff). */
  maxAttempts?: number;
}

/** The calls push and pull make, by W-A API operation name. */
export interface WaCaller {
  call(operation: string, input: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** The region the client signs for (in messages and the sync record). */
  region(): Promise<string>;
}

const MSG = {
  noRegion: {
    en: 'no AWS Region: give --region, or set AWS_REGION or a region in the AWS profile',
    ja: 'AWS リージョンがありません。--region を指定するか、AWS_REGION または AWS プロファイルにリージョンを設定してください',
  },
  noCredentials: {
    en: 'no AWS credentials found ({detail}): set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, give --profile, or sign in with "aws sso login"',
    ja: 'AWS の認証情報が見つかりません（{detail}）。AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定するか、--profile を指定するか、「aws sso login」でサインインしてください',
  },
  accessDenied: {
    en: 'the W-A Tool refused {operation}: access denied ({detail}); the IAM identity needs wellarchitected:{operation}',
    ja: 'W-A Tool が {operation} を拒否しました: アクセスが拒否されました（{detail}）。IAM の権限 wellarchitected:{operation} が必要です',
  },
  notFound: { en: 'the W-A Tool has no such resource for {operation}: {detail}', ja: 'W-A Tool に {operation} の対象がありません: {detail}' },
  throttled: {
    en: 'the W-A Tool is still throttling {operation} after {attempts} attempts; try again in a minute',
    ja: 'W-A Tool は {attempts} 回試しても {operation} を制限（スロットリング）しています。1 分ほど待ってからやり直してください',
  },
  invalid: { en: 'the W-A Tool refused {operation} as invalid: {detail}', ja: 'W-A Tool が {operation} を不正な要求として拒否しました: {detail}' },
  conflict: { en: 'the W-A Tool reports a conflict for {operation}: {detail}', ja: 'W-A Tool が {operation} の競合を報告しました: {detail}' },
  quota: { en: 'a W-A Tool quota stops {operation}: {detail}', ja: 'W-A Tool のクォータにより {operation} を実行できません: {detail}' },
  other: { en: 'the W-A Tool call {operation} failed: {detail}', ja: 'W-A Tool の呼び出し {operation} が失敗しました: {detail}' },
  network: {
    en: 'cannot reach the W-A Tool for {operation} ({detail}); check --endpoint-url, --region and the network',
    ja: '{operation} のために W-A Tool に接続できません（{detail}）。--endpoint-url、--region、ネットワークを確認してください',
  },
} as const satisfies Record<string, Localized>;

/** One line, whatever the AWS error (the SDK's exception name decides the wording). */
export function awsErrorLine(operation: string, error: unknown, attempts: number): Localized {
  const e = error as { name?: string; message?: string; code?: string; $metadata?: { attempts?: number } };
  const detail = (e.message ?? String(error)).replace(/\s+/g, ' ').trim().slice(0, 300) || (e.name ?? 'unknown');
  const values = { operation, detail, attempts: e.$metadata?.attempts ?? attempts };
  switch (e.name) {
    case 'AccessDeniedException':
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'ExpiredTokenException':
      return fillLater(MSG.accessDenied, values);
    case 'ResourceNotFoundException':
      return fillLater(MSG.notFound, values);
    case 'ThrottlingException':
    case 'TooManyRequestsException':
      return fillLater(MSG.throttled, values);
    case 'ValidationException':
      return fillLater(MSG.invalid, values);
    case 'ConflictException':
      return fillLater(MSG.conflict, values);
    case 'ServiceQuotaExceededException':
      return fillLater(MSG.quota, values);
    case 'CredentialsProviderError':
      return fillLater(MSG.noCredentials, values);
    default:
      if (e.code && /^(ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN)$/.test(e.code)) return fillLater(MSG.network, { ...values, detail: e.code });
      if (e.name === 'TypeError' && /fetch|connect/i.test(detail)) return fillLater(MSG.network, values);
      return fillLater(MSG.other, values);
  }
}

/** The W-A Tool through the AWS SDK (loaded on first use: it is only needed by push and pull). */
export async function sdkCaller(target: AwsTarget): Promise<WaCaller> {
  const sdk = await import('@aws-sdk/client-wellarchitected');
  const maxAttempts = target.maxAttempts ?? 8;
  const client = new sdk.WellArchitectedClient({
    ...(target.region ? { region: target.region } : {}),
    ...(target.profile ? { profile: target.profile } : {}),
    ...(target.endpointUrl ? { endpoint: target.endpointUrl } : {}),
    maxAttempts,
  });
  const commands = sdk as unknown as Record<string, new (input: Record<string, unknown>) => unknown>;
  return {
    async region() {
      try {
        return await client.config.region();
      } catch {
        throw new UserError('aws-no-region', MSG.noRegion);
      }
    },
    async call(operation, input) {
      const Command = commands[`${operation}Command`];
      if (!Command) throw new Error(`no SDK command for ${operation}`);
      try {
        const out = (await client.send(new Command(input) as never)) as unknown as Record<string, unknown>;
        return out;
      } catch (error) {
        if ((error as Error)?.message?.includes('Region is missing')) throw new UserError('aws-no-region', MSG.noRegion);
        throw new UserError('aws-error', awsErrorLine(operation, error, maxAttempts));
      }
    },
  };
}
