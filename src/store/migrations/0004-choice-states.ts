// Migration 0004_choice_states; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/**
 * Per-choice answers the W-A API carries (ChoiceUpdates): a choice not applicable with its reason, choice notes,
 * and the status of official-lens choices slens's lens lacks. Gone with the answer.
 */
export const choiceStates: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('choice_states')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull())
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('choice_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('reason', 'varchar(32)')
      .addColumn('notes', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('choice_states_pk', ['workload_id', 'lens_alias', 'question_id', 'choice_id'])
      .addForeignKeyConstraint('choice_states_answer_fk', ['workload_id', 'lens_alias', 'question_id'], 'answers', ['workload_id', 'lens_alias', 'question_id'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();
  },
};
