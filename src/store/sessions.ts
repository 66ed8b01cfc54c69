// What a server process used to keep in memory, kept in the database so every process sees the same:
// signed-in sessions (by the hash of their id), shared secrets, and failed sign-ins per key and window.
import { sql } from 'kysely';
import type { Db } from './db.js';

export interface SessionRecord {
  idHash: string;
  csrf: string;
  subject: string;
  createdAt: string;
  expiresAt: string;
}

export async function insertSession(db: Db, s: SessionRecord): Promise<void> {
  await db.insertInto('sessions').values({ id_hash: s.idHash, csrf: s.csrf, subject: s.subject, created_at: s.createdAt, expires_at: s.expiresAt }).execute();
}

/** The session with this id hash, when it has not expired at `now`. */
export async function findSession(db: Db, idHash: string, now: string): Promise<SessionRecord | undefined> {
  const r = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).where('expires_at', '>', now).executeTakeFirst();
  return r && { idHash: r.id_hash, csrf: r.csrf, subject: r.subject, createdAt: r.created_at, expiresAt: r.expires_at };
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a subject (a disabled user, a revoked token). */
export async function deleteSessionsOf(db: Db, subject: string): Promise<number> {
  const r = await db.deleteFrom('sessions').where('subject', '=', subject).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function countSessions(db: Db): Promise<number> {
  const r = await db.selectFrom('sessions').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Makes room for one more session: expired ones go, then (when still `max` or more) the oldest quarter. */
export async function pruneSessions(db: Db, now: string, max: number): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  const count = await countSessions(db);
  if (count < max) return;
  const drop = Math.max(1, count - max + Math.ceil(max / 4));
  const oldest = db.selectFrom('sessions').select('id_hash').orderBy('created_at').orderBy('id_hash').limit(drop);
  await db.deleteFrom('sessions').where('id_hash', 'in', oldest).execute();
}

/**
 * The shared secret `name`: the first process to ask stores its candidate, every process (that one included)
 * then reads the one stored value.
 */
export async function sharedSecret(db: Db, name: string, candidate: string, now: string): Promise<string> {
  await db
    .insertInto('server_secrets')
    .values({ name, value: candidate, created_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const r = await db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return r.value;
}

/** Counts one failed sign-in for `key` in the window starting at `windowStart`; returns the window's count. */
export async function addSigninFailure(db: Db, key: string, windowStart: string): Promise<number> {
  await db
    .insertInto('signin_failures')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql<number>`signin_failures.count + 1` }))
    .execute();
  return signinFailures(db, key, windowStart);
}

export async function signinFailures(db: Db, key: string, windowStart: string): Promise<number> {
  const r = await db.selectFrom('signin_failures').select('count').where('key', '=', key).where('window_start', '=', windowStart).executeTakeFirst();
  return r?.count ?? 0;
}

/** Forgets failures of windows before `before` (any key). */
export async function pruneSigninFailures(db: Db, before: string): Promise<void> {
  await db.deleteFrom('signin_failures').where('window_start', '<', before).execute();
}
