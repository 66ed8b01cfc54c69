// Migration 0003_analysis_evidence; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/** Evidence from log and power-tuning analyses, one set per kind of analysis, replaced by each import of that kind. */
export const analysisEvidence: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('analysis_evidence')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('choice_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('note_en', 'text', (c) => c.notNull())
      .addColumn('note_ja', 'text', (c) => c.notNull())
      .addColumn('files', 'text', (c) => c.notNull())
      .addColumn('chart', 'text')
      .addColumn('imported_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('analysis_evidence_pk', ['workload_id', 'lens_alias', 'kind', 'choice_id'])
      .addForeignKeyConstraint('analysis_evidence_review_fk', ['workload_id', 'lens_alias'], 'lens_reviews', ['workload_id', 'lens_alias'], (c) => c.onDelete('cascade'))
      .execute();
  },
};
