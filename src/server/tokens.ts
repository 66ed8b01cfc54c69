// API tokens: high-entropy bearer secrets, stored only as SHA-256 hashes, with a role each.
import { createHash, randomBytes } from 'node:crypto';
import { conflict, invalid, notFound, say } from '../review/errors.js';
import type { TokenRecord } from '../store/records.js';
import { isUniqueViolation, type Store } from '../store/store.js';
import type { Localized } from '../util/i18n.js';
import type { SiteAuth } from './pages/session.js';
import type { UserRecord } from '../store/users.js';
import { checkPassword } from './users.js';

export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
const TOKEN_PREFIX = 'slens_';
const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u;

const MSG = {
  name: { en: 'a token name is 1 to 64 letters, digits, spaces or ". _ @ -" (got "{value}")', ja: 'トークン名は英数字・空白・「. _ @ -」の1〜64文字です（「{value}」）' },
  role: { en: 'must be admin, editor or viewer (got "{value}")', ja: 'admin、editor、viewer のいずれかを指定してください（「{value}」）' },
  taken: { en: 'a token named "{value}" already exists', ja: 'トークン「{value}」は既に存在します' },
  unknown: { en: 'no active token named "{value}"', ja: '有効なトークン「{value}」はありません' },
  header: { en: 'the Authorization header must be "Bearer <token>"', ja: 'Authorization ヘッダーは「Bearer <トークン>」の形式にしてください' },
  badToken: { en: 'the token is unknown or revoked', ja: 'トークンが不明か、失効しています' },
  needed: {
    en: 'this server needs an API token: send "Authorization: Bearer <token>" (create one with "slens token create")',
    ja: 'このサーバーには API トークンが必要です。「Authorization: Bearer <トークン>」を送ってください（「slens token create」で作成できます）',
  },
} as const;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a token; the secret is returned once and never stored. */
export async function createToken(store: Store, name: string, role: string, now: string): Promise<{ token: string; record: TokenRecord }> {
  const trimmed = name.trim();
  if (!NAME_PATTERN.test(trimmed)) throw invalid([{ field: 'name', message: say(MSG.name, { value: name }) }]);
  if (!(ROLES as readonly string[]).includes(role)) throw invalid([{ field: 'role', message: say(MSG.role, { value: role }) }]);
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const record: TokenRecord = { id: randomBytes(8).toString('hex'), name: trimmed, role, createdAt: now, revokedAt: null };
  try {
    await store.transaction((tx) => tx.insertToken(record, hashToken(token)));
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('token-name-taken', say(MSG.taken, { value: trimmed }));
    throw error;
  }
  return { token, record };
}

export async function revokeToken(store: Store, nameOrId: string, now: string): Promise<void> {
  const done = await store.transaction((tx) => tx.revokeToken(nameOrId, now));
  if (!done) throw notFound(say(MSG.unknown, { value: nameOrId }));
}

export interface Principal {
  /** The token's id, the user's id, or "local" for the loopback single user. */
  id: string;
  name: string;
  role: Role;
  /** A signed-in user (their access is per workload), or null for a service token or the loopback user. */
  userId: string | null;
}

export const LOCAL_USER: Principal = { id: 'local', name: 'local', role: 'admin', userId: null };

/** Sign-in is needed once any active token or enabled user exists (and always off loopback). */
export async function hasCredentials(store: Store): Promise<boolean> {
  return (await store.hasActiveTokens()) || (await store.hasEnabledUsers());
}

/** A bearer secret's principal: a service token with its role, or a user (an editor, limited by shares). */
async function principalOf(store: Store, secret: string): Promise<Principal | undefined> {
  const hash = hashToken(secret);
  const token = await store.findActiveToken(hash);
  if (token) return { id: token.id, name: token.name, role: token.role as Role, userId: null };
  const user = await store.findUserByTokenHash(hash);
  return user && { id: user.id, name: user.name, role: 'editor', userId: user.id };
}

export type AuthResult = { ok: true; principal: Principal } | { ok: false; status: 401; message: Localized };

/**
 * Who is asking. A bearer token must be valid and not revoked. Without one, only an open server (loopback
 * with no active token) lets the request in, as the single local user.
 */
export async function authenticate(store: Store, authorization: string | undefined, loopback: boolean): Promise<AuthResult> {
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) return { ok: false, status: 401, message: MSG.header };
    const principal = await principalOf(store, match[1]);
    if (!principal) return { ok: false, status: 401, message: MSG.badToken };
    return { ok: true, principal };
  }
  if (loopback && !(await hasCredentials(store))) return { ok: true, principal: LOCAL_USER };
  return { ok: false, status: 401, message: MSG.needed };
}

export function canWrite(principal: Principal): boolean {
  return principal.role === 'admin' || principal.role === 'editor';
}

/** 127.0.0.0/8, ::1 and localhost are loopback; anything else (0.0.0.0 included) is reachable from outside. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** The same access rules for the web pages: whether a token is needed, and whose a token is. */
export function siteAuth(store: Store, loopback: boolean): SiteAuth {
  const identity = (p: Principal | undefined) => p && { ...p, subject: p.userId ? `user:${p.userId}` : `token:${p.id}` };
  const ofToken = (t: TokenRecord | undefined) => t && { id: t.id, name: t.name, role: t.role as Role, userId: null };
  const ofUser = (u: UserRecord | undefined) => u && { id: u.id, name: u.name, role: 'editor' as const, userId: u.id };
  return {
    required: async () => !loopback || (await hasCredentials(store)),
    verify: async (token: string) => identity(await principalOf(store, token.trim())),
    verifyPassword: async (name: string, password: string) => identity(ofUser(await checkPassword(store, name, password))),
    resolve: async (subject: string) => {
      if (subject.startsWith('token:')) return identity(ofToken(await store.findTokenById(subject.slice('token:'.length))));
      if (subject.startsWith('user:')) return identity(ofUser(await store.findUser(subject.slice('user:'.length))));
      return undefined;
    },
  };
}
