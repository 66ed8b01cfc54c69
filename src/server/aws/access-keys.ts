// Who is calling the W-A API: an AWS access key pair checked with SigV4 — a service key (`slens token create --aws`,
// its token's role) or a user's key (`slens user key create`, acting as that user with their shares) — a bearer
// token as on /api, or — on an open loopback server with no token at all — anyone, with any credentials.
import { randomBytes } from 'node:crypto';
import { findActiveAccessKey, findActiveUserAccessKey, insertAccessKey, insertUserAccessKey, listUserAccessKeys, revokeUserAccessKey, type UserAccessKeyRecord } from '../../store/access-keys.js';
import { notFound, say } from '../../review/errors.js';
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
  unknownKey: {
    en: 'the access key id "{id}" is unknown or its token is revoked (a user\'s key: the key is revoked or its user disabled)',
    ja: 'アクセスキー ID「{id}」は不明か、そのトークンが失効しています（ユーザーのキーの場合は、キーが失効しているか、ユーザーが無効です）',
  },
  unknownUser: { en: 'no enabled user named "{value}"', ja: '有効なユーザー「{value}」はいません' },
  noUserKey: { en: 'no active user access key "{id}"', ja: '有効なユーザーのアクセスキー「{id}」はありません' },
  needed: {
    en: 'this server needs credentials: sign requests with an access key pair from "slens token create --aws" or "slens user key create" (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)',
    ja: 'このサーバーには認証情報が必要です。「slens token create --aws」または「slens user key create」で作成したアクセスキー（AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY）でリクエストに署名してください',
  },
} as const satisfies Record<string, Localized>;

/** A user's access key pair; the secret is shown once. */
export async function createUserAccessKey(store: Store, userRef: string, now: string): Promise<{ accessKeyId: string; secretAccessKey: string; key: UserAccessKeyRecord }> {
  return store.transaction(async (tx) => {
    const user = await tx.findUser(userRef);
    if (!user) throw notFound(say(MSG.unknownUser, { value: userRef }));
    const accessKeyId = newAccessKeyId();
    const secretAccessKey = randomBytes(30).toString('base64');
    await insertUserAccessKey(tx, { accessKeyId, userId: user.id, secret: secretAccessKey, createdAt: now });
    return { accessKeyId, secretAccessKey, key: { accessKeyId, userId: user.id, userName: user.name, createdAt: now, revokedAt: null } };
  });
}

/** Users' access keys, or one enabled user's. */
export async function userAccessKeys(store: Store, userRef?: string): Promise<UserAccessKeyRecord[]> {
  if (userRef === undefined) return listUserAccessKeys(store);
  const user = await store.findUser(userRef);
  if (!user) throw notFound(say(MSG.unknownUser, { value: userRef }));
  return listUserAccessKeys(store, user.id);
}

/** Revokes a user's access key: requests signed with it are refused from now on. */
export async function revokeUserKey(store: Store, accessKeyId: string, now: string): Promise<void> {
  if (!(await store.transaction((tx) => revokeUserAccessKey(tx, accessKeyId.trim(), now)))) throw notFound(say(MSG.noUserKey, { id: accessKeyId }));
}

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
  const userKey = key ? undefined : await findActiveUserAccessKey(store, parts.accessKeyId);
  const secret = key?.secret ?? userKey?.secret;
  if (secret === undefined) return { ok: false, message: fillLater(MSG.unknownKey, { id: parts.accessKeyId }) };
  const check = verifySignature(request, parts, secret);
  if (!check.ok) return check;
  // A user's key is that user: an editor limited by their shares, as their bearer token is.
  const principal: Principal = key
    ? { id: key.tokenId, name: key.name, role: key.role as Role, userId: null }
    : { id: userKey!.userId, name: userKey!.name, role: 'editor', userId: userKey!.userId };
  return { ok: true, principal, region: parts.region };
}
