// Migration 0002_scan_evidence; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/** Scan evidence beside a lens review: replaced by each import, never touching answers; gone with the review. */
export const scanEvidence: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('scan_imports')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull())
      .addColumn('files', 'text', (c) => c.notNull())
      .addColumn('scan_date', 'varchar(32)', (c) => c.notNull())
      .addColumn('imported_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('scan_imports_pk', ['workload_id', 'lens_alias'])
      .addForeignKeyConstraint('scan_imports_review_fk', ['workload_id', 'lens_alias'], 'lens_reviews', ['workload_id', 'lens_alias'], (c) => c.onDelete('cascade'))
      .execute();
    await db.schema
      .createTable('scan_evidence')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull())
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('choice_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('passed', 'integer', (c) => c.notNull())
      .addColumn('failed', 'integer', (c) => c.notNull())
      .addColumn('rules', 'text', (c) => c.notNull())
      .addColumn('findings', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('scan_evidence_pk', ['workload_id', 'lens_alias', 'choice_id'])
      .addForeignKeyConstraint('scan_evidence_review_fk', ['workload_id', 'lens_alias'], 'lens_reviews', ['workload_id', 'lens_alias'], (c) => c.onDelete('cascade'))
      .execute();
  },
};
