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

/**
 * What a server process used to hold in memory, so that N processes on one database behave as one: signed-in
 * browser sessions (only a hash of each id is kept), secrets every process must share (the key anonymous CSRF
 * tokens are derived with), and failed sign-ins counted per key and window (the sign-in throttle).
 */
const sessions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('csrf', 'varchar(64)', (c) => c.notNull())
      .addColumn('subject', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();
    await db.schema.createIndex('sessions_subject').on('sessions').column('subject').execute();
    await db.schema
      .createTable('server_secrets')
      .addColumn('name', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('value', 'varchar(128)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('signin_failures')
      .addColumn('key', 'varchar(160)', (c) => c.notNull())
      .addColumn('window_start', 'varchar(32)', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('signin_failures_pk', ['key', 'window_start'])
      .execute();
  },
};

/**
 * People and sharing: users (signing in with a token or a password, both stored only as hashes) and per-workload
 * and per-lens access (owner, contributor, readonly), gone with the workload, the lens or the user.
 */
const usersShares: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text')
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('disabled_at', 'varchar(32)')
      .execute();
    await db.schema
      .createTable('workload_shares')
      .addColumn('workload_id', 'varchar(32)', (c) => c.notNull().references('workloads.id').onDelete('cascade'))
      .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('access', 'varchar(16)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('workload_shares_pk', ['workload_id', 'user_id'])
      .execute();
    await db.schema.createIndex('workload_shares_user').on('workload_shares').column('user_id').execute();
    await db.schema
      .createTable('lens_shares')
      .addColumn('lens_alias', 'varchar(64)', (c) => c.notNull().references('lenses.alias').onDelete('cascade'))
      .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('access', 'varchar(16)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addPrimaryKeyConstraint('lens_shares_pk', ['lens_alias', 'user_id'])
      .execute();
  },
};

/** Every change to an answer, a workload or a share: who, when, and each changed field before and after. */
const history: Migration = {
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

/**
 * Syncing with the AWS W-A Tool: per question, the answer as slens and as the W-A Tool had it at the last push or
 * pull (to tell who changed what since); and the responses to create requests by ClientRequestToken (idempotency).
 */
const waSync: Migration = {
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

/** Scan evidence names its passing resources (bounded per choice) and the types of the judged resources; older rows keep null. */
const evidencePasses: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('scan_evidence').addColumn('passes', 'text').execute();
    await db.schema.alterTable('scan_evidence').addColumn('resource_types', 'text').execute();
  },
};

/**
 * Upload scan jobs where every server process sees them: the process that received an upload runs it and writes
 * its phase and a heartbeat here; any process shows it, and marks it failed once the heartbeat stops.
 */
const uploadJobs: Migration = {
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

/** SigV4 access key pairs held by users (a key acts as its user, with their shares); revoked keys stay listed. */
const userAccessKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('user_access_keys')
      .addColumn('access_key_id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('user_id', 'varchar(32)', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('secret', 'varchar(64)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('revoked_at', 'varchar(32)')
      .execute();
    await db.schema.createIndex('user_access_keys_user').on('user_access_keys').column('user_id').execute();
  },
};

/** Profiles (business context that marks lens questions prioritized) and the one profile a workload may have. */
const profiles: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('profiles')
      .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('owner', 'varchar(64)', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('workload_profiles')
      .addColumn('workload_id', 'varchar(32)', (c) => c.primaryKey().references('workloads.id').onDelete('cascade'))
      .addColumn('profile_id', 'varchar(32)', (c) => c.notNull().references('profiles.id'))
      .addColumn('attached_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('workload_profiles_profile').on('workload_profiles').column('profile_id').execute();
  },
};

/**
 * Review templates: answers and notes for questions many workloads share, and per answer of a workload the template
 * it came from and whether the workload overrode it (gone with the answer, or with the template: the answer then
 * stays as a plain answer). A change the history records can name the template it came from.
 */
const reviewTemplates: Migration = {
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

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_scan_evidence': scanEvidence,
  '0003_analysis_evidence': analysisEvidence,
  '0004_choice_states': choiceStates,
  '0005_aws_access_keys': awsAccessKeys,
  '0006_improvement_items': improvementItems,
  '0007_sessions': sessions,
  '0008_users_shares': usersShares,
  '0009_history': history,
  '0011_wa_sync': waSync,
  '0012_evidence_passes': evidencePasses,
  '0013_profiles': profiles,
  '0014_review_templates': reviewTemplates,
  '0015_upload_jobs': uploadJobs,
  '0016_user_access_keys': userAccessKeys,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
