// Users: a token hash and, optionally, a password hash each; disabled users stay listed.
import type { Db } from './db.js';
import type { Database } from './schema.js';

export interface UserRecord {
  id: string;
  name: string;
  hasPassword: boolean;
  createdAt: string;
  disabledAt: string | null;
}

function userRecord(r: Database['users']): UserRecord {
  return { id: r.id, name: r.name, hasPassword: r.password_hash !== null, createdAt: r.created_at, disabledAt: r.disabled_at };
}

export async function insertUser(db: Db, u: { id: string; name: string; createdAt: string }, tokenHash: string, passwordHash: string | null): Promise<void> {
  await db
    .insertInto('users')
    .values({ id: u.id, name: u.name, name_key: u.name.toLowerCase(), token_hash: tokenHash, password_hash: passwordHash, created_at: u.createdAt, disabled_at: null })
    .execute();
}

export async function listUsers(db: Db): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('name_key').execute();
  return rows.map(userRecord);
}

/** An enabled user by id or (case-insensitive) name. */
export async function findUser(db: Db, ref: string): Promise<UserRecord | undefined> {
  const r = await db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', ref), eb('name_key', '=', ref.trim().toLowerCase())]))
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  return r && userRecord(r);
}

export async function findUserByTokenHash(db: Db, tokenHash: string): Promise<UserRecord | undefined> {
  const r = await db.selectFrom('users').selectAll().where('token_hash', '=', tokenHash).where('disabled_at', 'is', null).executeTakeFirst();
  return r && userRecord(r);
}

/** The stored password hash of an enabled user (null: none set), or undefined for no such user. */
export async function userPasswordHash(db: Db, name: string): Promise<{ user: UserRecord; hash: string | null } | undefined> {
  const r = await db.selectFrom('users').selectAll().where('name_key', '=', name.trim().toLowerCase()).where('disabled_at', 'is', null).executeTakeFirst();
  return r && { user: userRecord(r), hash: r.password_hash };
}

export async function hasEnabledUsers(db: Db): Promise<boolean> {
  const r = await db.selectFrom('users').select('id').where('disabled_at', 'is', null).limit(1).executeTakeFirst();
  return r !== undefined;
}

/** Disables by name or id; the disabled user's id, or undefined when no enabled user matches. */
export async function disableUser(db: Db, ref: string, at: string): Promise<string | undefined> {
  const found = await findUser(db, ref);
  if (!found) return undefined;
  await db.updateTable('users').set({ disabled_at: at }).where('id', '=', found.id).execute();
  return found.id;
}
