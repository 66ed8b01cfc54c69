// API tokens: high-entropy bearer secrets, stored only as SHA-256 hashes, with a role each.
import { createHash, randomBytes } from 'node:crypto';
import { conflict, invalid, notFound, say } from '../review/errors.js';
import type { TokenRecord } from '../store/records.js';
import { isUniqueViolation, type Store } from '../store/store.js';
import type { Localized } from '../util/i18n.js';
import type { SiteAuth } from './pages/session.js';

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
  /** The token's id, or "local" for the loopback single user. */
  id: string;
  name: string;
  role: Role;
}

export const LOCAL_USER: Principal = { id: 'local', name: 'local', role: 'admin' };

export type AuthResult = { ok: true; principal: Principal } | { ok: false; status: 401; message: Localized };

/**
 * Who is asking. A bearer token must be valid and not revoked. Without one, only an open server (loopback
 * with no active token) lets the request in, as the single local user.
 */
export async function authenticate(store: Store, authorization: string | undefined, loopback: boolean): Promise<AuthResult> {
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) return { ok: false, status: 401, message: MSG.header };
    const found = await store.findActiveToken(hashToken(match[1]));
    if (!found) return { ok: false, status: 401, message: MSG.badToken };
    return { ok: true, principal: { id: found.id, name: found.name, role: found.role as Role } };
  }
  if (loopback && !(await store.hasActiveTokens())) return { ok: true, principal: LOCAL_USER };
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
  const identity = (found: TokenRecord | undefined) => found && { id: found.id, name: found.name, role: found.role as Role, subject: `token:${found.id}` };
  return {
    required: async () => !loopback || (await store.hasActiveTokens()),
    verify: async (token: string) => identity(await store.findActiveToken(hashToken(token.trim()))),
    resolve: async (subject: string) => (subject.startsWith('token:') ? identity(await store.findTokenById(subject.slice('token:'.length))) : undefined),
  };
}
