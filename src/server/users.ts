// Users: people who sign in with a token of their own or with a name and password. The token is a high-entropy
// secret stored as a SHA-256 hash (as API tokens are); a password is stored as a scrypt hash with its own salt.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { conflict, invalid, notFound, say } from '../review/errors.js';
import type { UserRecord } from '../store/users.js';
import { isUniqueViolation, type Store } from '../store/store.js';
import { hashToken } from './tokens.js';

const USER_TOKEN_PREFIX = 'slens_u_';
const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u;
const MIN_PASSWORD = 12;
const MAX_PASSWORD = 1024;
/** scrypt cost: N = 2^15, r = 8, p = 1 (32 MiB, tens of milliseconds a check). */
const COST = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;

const MSG = {
  name: { en: 'a user name is 1 to 64 letters, digits, spaces or ". _ @ -" (got "{value}")', ja: 'ユーザー名は英数字・空白・「. _ @ -」の1〜64文字です（「{value}」）' },
  taken: { en: 'a user named "{value}" already exists', ja: 'ユーザー「{value}」は既に存在します' },
  password: { en: 'a password is {min} to {max} characters', ja: 'パスワードは{min}〜{max}文字です' },
  unknown: { en: 'no enabled user named "{value}"', ja: '有効なユーザー「{value}」はいません' },
} as const;

function derive(password: string, salt: Buffer, cost: ScryptOptions & { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, cost, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N$r$p$salt$hash` (salt and hash in base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** True when `password` matches a stored hash; a malformed hash matches nothing. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 1 << 20 || r > 32 || p > 16) return false;
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  if (expected.length !== KEY_LENGTH || password.length > MAX_PASSWORD) return false;
  const key = await derive(password, Buffer.from(parts[4] ?? '', 'base64url'), { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  return timingSafeEqual(key, expected);
}

/** Creates a user; the sign-in token is returned once and never stored. */
export async function createUser(store: Store, name: string, password: string | undefined, now: string): Promise<{ token: string; user: UserRecord }> {
  const trimmed = name.trim();
  if (!NAME_PATTERN.test(trimmed)) throw invalid([{ field: 'name', message: say(MSG.name, { value: name.slice(0, 80) }) }]);
  if (password !== undefined && ([...password].length < MIN_PASSWORD || [...password].length > MAX_PASSWORD))
    throw invalid([{ field: 'password', message: say(MSG.password, { min: MIN_PASSWORD, max: MAX_PASSWORD }) }]);
  const token = USER_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const passwordHash = password === undefined ? null : await hashPassword(password);
  const user: UserRecord = { id: randomBytes(8).toString('hex'), name: trimmed, hasPassword: passwordHash !== null, createdAt: now, disabledAt: null };
  try {
    await store.transaction((tx) => tx.insertUser(user, hashToken(token), passwordHash));
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('user-name-taken', say(MSG.taken, { value: trimmed }));
    throw error;
  }
  return { token, user };
}

/** Disables a user: its token and password stop working and its browser sessions end at once. */
export async function disableUser(store: Store, ref: string, now: string): Promise<void> {
  await store.transaction(async (tx) => {
    const id = await tx.disableUser(ref, now);
    if (!id) throw notFound(say(MSG.unknown, { value: ref }));
    await tx.deleteSessionsOf(`user:${id}`);
  });
}

/** The enabled user a name and password belong to, or undefined. Always spends one scrypt, found or not. */
export async function checkPassword(store: Store, name: string, password: string): Promise<UserRecord | undefined> {
  const found = await store.userPasswordHash(name);
  const stored = found?.hash ?? DUMMY_HASH;
  const ok = await passwordMatches(password, stored);
  return ok && found?.hash ? found.user : undefined;
}

/** A hash no password matches in practice, checked when the user is unknown so timing does not tell. */
const DUMMY_HASH = `scrypt$${COST.N}$${COST.r}$${COST.p}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(32).toString('base64url')}`;
