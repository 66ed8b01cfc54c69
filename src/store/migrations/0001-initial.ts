// Migration 0001_initial; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('lenses')
      .addColumn('alias', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('lens_versions')
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull().references('lenses.alias').onDelete('cascade'))
      .addColumn('version', 'varchar(32)', (c) => c.notNull())
      .addColumn('label', 'text')
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('document_ja', 'text')
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('lens_versions_pk', ['lens_alias', 'version'])
      .execute();
    await db.schema
      .createTable('workloads')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('environment', 'varchar(16)', (c) => c.notNull())
      .addColumn('aws_regions', 'text', (c) => c.notNull())
      .addColumn('account_ids', 'text', (c) => c.notNull())
      .addColumn('review_owner', 'text', (c) => c.notNull())
      .addColumn('architectural_design', 'text', (c) => c.notNull())
      .addColumn('industry', 'text', (c) => c.notNull())
      .addColumn('pillar_priorities', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('lens_reviews')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull().references('workloads.id').onDelete('cascade'))
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull().references('lenses.alias'))
      .addColumn('lens_version', 'varchar(32)', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('lens_reviews_pk', ['workload_id', 'lens_alias'])
      .execute();
    await db.schema
      .createTable('answers')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull())
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull())
      .addColumn('question_id', 'varchar(128)', (c) => c.notNull())
      .addColumn('selected_choices', 'text', (c) => c.notNull())
      .addColumn('is_applicable', 'integer', (c) => c.notNull())
      .addColumn('reason', 'varchar(32)')
      .addColumn('notes', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('answers_pk', ['workload_id', 'lens_alias', 'question_id'])
      .addForeignKeyConstraint('answers_review_fk', ['workload_id', 'lens_alias'], 'lens_reviews', ['workload_id', 'lens_alias'], (c) =>
        c.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createTable('milestones')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull().references('workloads.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('milestones_pk', ['workload_id', 'number'])
      .addUniqueConstraint('milestones_name_unique', ['workload_id', 'name'])
      .execute();
    await db.schema
      .createTable('tokens')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'varchar(16)', (c) => c.notNull())
      .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('revoked_at', 'varchar(32)')
      .execute();
  },
};
