// API tokens: only a hash of each is stored; revoked tokens stay listed.
import type { Db } from './db.js';
import type { TokenRecord } from './records.js';

export async function insertToken(db: Db, t: TokenRecord, tokenHash: string): Promise<void> {
  await db
    .insertInto('tokens')
    .values({ id: t.id, name: t.name, role: t.role, token_hash: tokenHash, created_at: t.createdAt, revoked_at: t.revokedAt })
    .execute();
}

export async function listTokens(db: Db): Promise<TokenRecord[]> {
  const rows = await db.selectFrom('tokens').select(['id', 'name', 'role', 'created_at', 'revoked_at']).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

export async function findActiveToken(db: Db, tokenHash: string): Promise<TokenRecord | undefined> {
  const r = await db
    .selectFrom('tokens')
    .select(['id', 'name', 'role', 'created_at', 'revoked_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return r && { id: r.id, name: r.name, role: r.role, createdAt: r.created_at, revokedAt: r.revoked_at };
}

export async function hasActiveTokens(db: Db): Promise<boolean> {
  const r = await db.selectFrom('tokens').select('id').where('revoked_at', 'is', null).limit(1).executeTakeFirst();
  return r !== undefined;
}

/** Revokes by name or id; false when no active token matches. */
export async function revokeToken(db: Db, nameOrId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('tokens')
    .set({ revoked_at: at })
    .where((eb) => eb.or([eb('name', '=', nameOrId), eb('id', '=', nameOrId)]))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** An active token by id (a signed-in session checks its token is still active). */
export async function findTokenById(db: Db, id: string): Promise<TokenRecord | undefined> {
  const r = await db.selectFrom('tokens').select(['id', 'name', 'role', 'created_at', 'revoked_at']).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return r && { id: r.id, name: r.name, role: r.role, createdAt: r.created_at, revokedAt: r.revoked_at };
}
