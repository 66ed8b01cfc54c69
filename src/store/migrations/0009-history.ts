// Migration 0009_history; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/** Every change to an answer, a workload or a share: who, when, and each changed field before and after. */
export const history: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('changes')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull().references('workloads.id').onDelete('cascade'))
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('lens_alias', 'varchar(64)')
      .addColumn('subject', 'varchar(128)', (c) => c.notNull())
      .addColumn('who_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('who_name', 'text', (c) => c.notNull())
      .addColumn('at', 'varchar(32)', (c) => c.notNull())
      .addColumn('what', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('changes_workload').on('changes').columns(['workload_id', 'at']).execute();
  },
};
