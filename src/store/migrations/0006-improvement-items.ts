// Migration 0006_improvement_items; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/** The improvement plan's items as a team tracks them: status, owner, due date per missing choice; gone with the review. */
export const improvementItems: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('improvement_items')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull())
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('choice_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('due', 'varchar(10)', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('improvement_items_pk', ['workload_id', 'lens_alias', 'question_id', 'choice_id'])
      .addForeignKeyConstraint('improvement_items_review_fk', ['workload_id', 'lens_alias'], 'lens_reviews', ['workload_id', 'lens_alias'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();
  },
};
