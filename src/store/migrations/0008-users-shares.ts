// Migration 0008_users_shares; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/**
 * People and sharing: users (signing in with a token or a password, both stored only as hashes) and per-workload
 * and per-lens access (owner, contributor, readonly), gone with the workload, the lens or the user.
 */
export const usersShares: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text')
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('disabled_at', 'varchar(32)')
      .execute();
    await db.schema
      .createTable('workload_shares')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull().references('workloads.id').onDelete('cascade'))
      .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('access', 'varchar(16)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('workload_shares_pk', ['workload_id', 'user_id'])
      .execute();
    await db.schema.createIndex('workload_shares_user').on('workload_shares').column('user_id').execute();
    await db.schema
      .createTable('lens_shares')
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull().references('lenses.alias').onDelete('cascade'))
      .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('access', 'varchar(16)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('lens_shares_pk', ['lens_alias', 'user_id'])
      .execute();
  },
};
