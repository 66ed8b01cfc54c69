// Migration 0005_aws_access_keys; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/** AWS access key pairs for SigV4-signed requests to the W-A API: each belongs to a token and has its role. */
export const awsAccessKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('aws_access_keys')
      .addColumn('access_key_id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('token_id', 'varchar(32)', (c) => c.notNull().unique().references('tokens.id').onDelete('cascade'))
      .addColumn('secret', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .execute();
  },
};
