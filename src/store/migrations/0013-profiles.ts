// Migration 0013_profiles; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/** Profiles (business context that marks lens questions prioritized) and the one profile a workload may have. */
export const profiles: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('profiles')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('owner', 'varchar(64)', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('workload_profiles')
      .addColumn('workload_id', 'varchar(32)', (c) => c.primaryKey().references('workloads.id').onDelete('cascade'))
      .addColumn('profile_id', 'varchar(32)', (c) => c.notNull().references('profiles.id'))
      .addColumn('attached_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('workload_profiles_profile').on('workload_profiles').column('profile_id').execute();
  },
};
