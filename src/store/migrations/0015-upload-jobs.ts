// Migration 0015_upload_jobs; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/**
 * Upload scan jobs where every server process sees them: the process that received an upload runs it and writes
 * its phase and a heartbeat here; any process shows it, and marks it failed once the heartbeat stops.
 */
export const uploadJobs: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('upload_jobs')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull().references('workloads.id').onDelete('cascade'))
      .addColumn('owner_subject', 'varchar(64)', (c) => c.notNull())
      .addColumn('owner_name', 'text', (c) => c.notNull())
      .addColumn('worker', 'varchar(160)', (c) => c.notNull())
      .addColumn('state', 'varchar(16)', (c) => c.notNull())
      .addColumn('phase', 'varchar(16)', (c) => c.notNull())
      .addColumn('files', 'integer', (c) => c.notNull())
      .addColumn('result', 'text')
      .addColumn('error_code', 'varchar(32)')
      .addColumn('error', 'text')
      .addColumn('started_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('heartbeat_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('finished_at', 'varchar(32)')
      .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('upload_jobs_expires').on('upload_jobs').column('expires_at').execute();
  },
};
