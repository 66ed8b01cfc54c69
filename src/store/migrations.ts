// Schema changes as code, applied in name order by Kysely's Migrator every time a store opens.
import { type Kysely, type Migration, type MigrationProvider } from 'kysely';

const initial: Migration = {
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

/** Scan evidence beside a lens review: replaced by each import, never touching answers; gone with the review. */
const scanEvidence: Migration = {
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

/** Evidence from log and power-tuning analyses, one set per kind of analysis, replaced by each import of that kind. */
const analysisEvidence: Migration = {
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

/**
 * Per-choice answers the W-A API carries (ChoiceUpdates): a choice not applicable with its reason, choice notes,
 * and the status of official-lens choices slens's lens lacks. Gone with the answer.
 */
const choiceStates: Migration = {
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

/** AWS access key pairs for SigV4-signed requests to the W-A API: each belongs to a token and has its role. */
const awsAccessKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('aws_access_keys')
      .addColumn('access_key_id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('token_id', 'varchar(32)', (c) => c.notNull().unique().references('tokens.id').onDelete('cascade'))
      .addColumn('secret', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .execute();
  },
};

/** The improvement plan's items as a team tracks them: status, owner, due date per missing choice; gone with the review. */
const improvementItems: Migration = {
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

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_scan_evidence': scanEvidence,
  '0003_analysis_evidence': analysisEvidence,
  '0004_choice_states': choiceStates,
  '0005_aws_access_keys': awsAccessKeys,
  '0006_improvement_items': improvementItems,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
