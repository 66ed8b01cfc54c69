// AWS-style access key pairs for the W-A API, each tied to an API token (its role, its revocation) or to a user (their
// shares). SigV4 needs the secret itself to check a signature, so it is stored as is — as AWS stores it — unlike bearer tokens.
import type { Store } from './store.js';

export interface ActiveAccessKey {
  accessKeyId: string;
  secret: string;
  tokenId: string;
  name: string;
  role: string;
}

export async function insertAccessKey(store: Store, key: { accessKeyId: string; tokenId: string; secret: string; createdAt: string }): Promise<void> {
  await store.db.insertInto('aws_access_keys').values({ access_key_id: key.accessKeyId, token_id: key.tokenId, secret: key.secret, created_at: key.createdAt }).execute();
}

/** The key with its token, when the token is not revoked. */
export async function findActiveAccessKey(store: Store, accessKeyId: string): Promise<ActiveAccessKey | undefined> {
  const row = await store.db
    .selectFrom('aws_access_keys')
    .innerJoin('tokens', 'tokens.id', 'aws_access_keys.token_id')
    .select(['aws_access_keys.access_key_id', 'aws_access_keys.secret', 'tokens.id', 'tokens.name', 'tokens.role'])
    .where('aws_access_keys.access_key_id', '=', accessKeyId)
    .where('tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { accessKeyId: row.access_key_id, secret: row.secret, tokenId: row.id, name: row.name, role: row.role };
}

export interface UserAccessKeyRecord {
  accessKeyId: string;
  userId: string;
  userName: string;
  createdAt: string;
  revokedAt: string | null;
}

export async function insertUserAccessKey(store: Store, key: { accessKeyId: string; userId: string; secret: string; createdAt: string }): Promise<void> {
  await store.db.insertInto('user_access_keys').values({ access_key_id: key.accessKeyId, user_id: key.userId, secret: key.secret, created_at: key.createdAt, revoked_at: null }).execute();
}

/** Users' keys (one user's when `userId` is given), never their secrets; revoked ones stay listed. */
export async function listUserAccessKeys(store: Store, userId?: string): Promise<UserAccessKeyRecord[]> {
  let query = store.db
    .selectFrom('user_access_keys')
    .innerJoin('users', 'users.id', 'user_access_keys.user_id')
    .select(['user_access_keys.access_key_id', 'user_access_keys.user_id', 'users.name', 'user_access_keys.created_at', 'user_access_keys.revoked_at']);
  if (userId !== undefined) query = query.where('user_access_keys.user_id', '=', userId);
  const rows = await query.orderBy('users.name_key').orderBy('user_access_keys.created_at').orderBy('user_access_keys.access_key_id').execute();
  return rows.map((r) => ({ accessKeyId: r.access_key_id, userId: r.user_id, userName: r.name, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

/** Revokes a key not yet revoked; false when there is none by that id. */
export async function revokeUserAccessKey(store: Store, accessKeyId: string, at: string): Promise<boolean> {
  const r = await store.db.updateTable('user_access_keys').set({ revoked_at: at }).where('access_key_id', '=', accessKeyId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface ActiveUserAccessKey {
  accessKeyId: string;
  secret: string;
  userId: string;
  name: string;
}

/** A user's key, when neither the key is revoked nor the user disabled. */
export async function findActiveUserAccessKey(store: Store, accessKeyId: string): Promise<ActiveUserAccessKey | undefined> {
  const row = await store.db
    .selectFrom('user_access_keys')
    .innerJoin('users', 'users.id', 'user_access_keys.user_id')
    .select(['user_access_keys.access_key_id', 'user_access_keys.secret', 'users.id', 'users.name'])
    .where('user_access_keys.access_key_id', '=', accessKeyId)
    .where('user_access_keys.revoked_at', 'is', null)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row && { accessKeyId: row.access_key_id, secret: row.secret, userId: row.id, name: row.name };
}
