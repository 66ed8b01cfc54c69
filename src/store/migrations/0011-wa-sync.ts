// Migration 0011_wa_sync; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/**
 * Syncing with the AWS W-A Tool: per question, the answer as slens and as the W-A Tool had it at the last push or
 * pull (to tell who changed what since); and the responses to create requests by ClientRequestToken (idempotency).
 */
export const waSync: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('wa_sync_answers')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull().references('workloads.id').onDelete('cascade'))
      .addColumn('target', 'varchar(255)', (c) => c.notNull())
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull())
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('local_state', 'text', (c) => c.notNull())
      .addColumn('remote_state', 'text', (c) => c.notNull())
      .addColumn('synced_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('wa_sync_answers_pk', ['workload_id', 'target', 'lens_alias', 'question_id'])
      .execute();
    await db.schema
      .createTable('client_requests')
      .addColumn('operation', 'varchar(64)', (c) => c.notNull())
      .addColumn('token', 'varchar(2048)', (c) => c.notNull())
      .addColumn('request', 'text', (c) => c.notNull())
      .addColumn('response', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('client_requests_pk', ['operation', 'token'])
      .execute();
  },
};
