// Migration 0016_user_access_keys; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/** SigV4 access key pairs held by users (a key acts as its user, with their shares); revoked keys stay listed. */
export const userAccessKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('user_access_keys')
      .addColumn('access_key_id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('secret', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('revoked_at', 'varchar(32)')
      .execute();
    await db.schema.createIndex('user_access_keys_user').on('user_access_keys').column('user_id').execute();
  },
};
