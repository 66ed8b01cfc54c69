// Who is calling the W-A API: an AWS access key pair (`slens token create --aws`) checked with SigV4, a bearer
// token as on /api, or — on an open loopback server with no token at all — anyone, with any credentials.
import { randomBytes } from 'node:crypto';
import { findActiveAccessKey, insertAccessKey } from '../../store/access-keys.js';
import type { TokenRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import { fillLater, type Localized } from '../../util/i18n.js';
import { authenticate, createToken, hasCredentials, LOCAL_USER, type Principal, type Role } from '../tokens.js';
import { parseAuthorization, parseFailure, verifySignature, type SignedRequest } from './sigv4.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** An access key id in AWS's shape (20 upper-case characters), marked as slens's by its "SLNS" start. */
function newAccessKeyId(): string {
  return `SLNS${[...randomBytes(16)].map((b) => BASE32[b % 32]).join('')}`;
}

export interface CreatedAccessKey {
  accessKeyId: string;
  secretAccessKey: string;
  record: TokenRecord;
}

/** A token (name, role, revocation as any token) with an access key pair; the secret is shown once. */
export async function createAccessKey(store: Store, name: string, role: string, now: string): Promise<CreatedAccessKey> {
  return store.transaction(async (tx) => {
    const { record } = await createToken(tx, name, role, now);
    const accessKeyId = newAccessKeyId();
    const secretAccessKey = randomBytes(30).toString('base64');
    await insertAccessKey(tx, { accessKeyId, tokenId: record.id, secret: secretAccessKey, createdAt: now });
    return { accessKeyId, secretAccessKey, record };
  });
}

const MSG = {
  unknownKey: { en: 'the access key id "{id}" is unknown or its token is revoked', ja: 'アクセスキー ID「{id}」は不明か、そのトークンが失効しています' },
  needed: {
    en: 'this server needs credentials: sign requests with an access key pair from "slens token create --aws" (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)',
    ja: 'このサーバーには認証情報が必要です。「slens token create --aws」で作成したアクセスキー（AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY）でリクエストに署名してください',
  },
} as const satisfies Record<string, Localized>;

export type AwsAuth = { ok: true; principal: Principal; region?: string } | { ok: false; message: Localized };

export async function authenticateAws(store: Store, request: SignedRequest, loopback: boolean): Promise<AwsAuth> {
  const header = request.headers.get('authorization') ?? undefined;
  const parts = header ? parseAuthorization(header) : undefined;
  const open = loopback && !(await hasCredentials(store));
  if (open) return { ok: true, principal: LOCAL_USER, region: parts?.region };
  if (header && /^Bearer\s/i.test(header)) {
    const auth = await authenticate(store, header, loopback);
    return auth.ok ? { ok: true, principal: auth.principal } : { ok: false, message: auth.message };
  }
  if (!header) return { ok: false, message: MSG.needed };
  if (!parts) return { ok: false, message: parseFailure };
  const key = await findActiveAccessKey(store, parts.accessKeyId);
  if (!key) return { ok: false, message: fillLater(MSG.unknownKey, { id: parts.accessKeyId }) };
  const check = verifySignature(request, parts, key.secret);
  if (!check.ok) return check;
  return { ok: true, principal: { id: key.tokenId, name: key.name, role: key.role as Role, userId: null }, region: parts.region };
}
