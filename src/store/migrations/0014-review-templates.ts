// Migration 0014_review_templates; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/**
 * Review templates: answers and notes for questions many workloads share, and per answer of a workload the template
 * it came from and whether the workload overrode it (gone with the answer, or with the template: the answer then
 * stays as a plain answer). A change the history records can name the template it came from.
 */
export const reviewTemplates: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('review_templates')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull())
      .addColumn('lens_aliases', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('review_template_answers')
      .addColumn('template_id', 'varchar(32)', (c) => c.notNull().references('review_templates.id').onDelete('cascade'))
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull())
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('selected_choices', 'text', (c) => c.notNull())
      .addColumn('is_applicable', 'integer', (c) => c.notNull())
      .addColumn('reason', 'varchar(32)')
      .addColumn('notes', 'text', (c) => c.notNull())
      .addColumn('na_choices', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('review_template_answers_pk', ['template_id', 'lens_alias', 'question_id'])
      .execute();
    await db.schema
      .createTable('answer_templates')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull())
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('template_id', 'varchar(32)', (c) => c.notNull().references('review_templates.id').onDelete('cascade'))
      .addColumn('overridden', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('answer_templates_pk', ['workload_id', 'lens_alias', 'question_id'])
      .addForeignKeyConstraint('answer_templates_answer_fk', ['workload_id', 'lens_alias', 'question_id'], 'answers', ['workload_id', 'lens_alias', 'question_id'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();
    await db.schema.createIndex('answer_templates_template').on('answer_templates').column('template_id').execute();
    await db.schema.alterTable('changes').addColumn('from_template', 'text').execute();
  },
};
