// AWS-style access key pairs for the W-A API, each tied to an API token (its role, its revocation). SigV4 needs
// the secret itself to check a signature, so it is stored as is — as AWS stores it — unlike bearer tokens.
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
