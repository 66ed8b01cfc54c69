// A database made by the release before sessions and users (migrations up to 0005), filled with a workload,
// answers, a milestone and a token, then opened by this release: everything is still there and the new tables
// (sessions, users, shares) work — with no user, nothing changes for the existing token either.
import assert from 'node:assert/strict';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { getMilestone } from '../../src/review/milestones.js';
import { ReviewService } from '../../src/review/service.js';
import { authenticate, createToken } from '../../src/server/tokens.js';
import { createUser } from '../../src/server/users.js';
import { connect, parseDatabaseUrl } from '../../src/store/connect.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import type { Database } from '../../src/store/schema.js';
import { Store } from '../../src/store/store.js';
import { dbTest } from '../helpers/db.js';
import { ownTables } from '../helpers/old-database.js';

const RELEASED = ['0001_initial', '0002_scan_evidence', '0003_analysis_evidence', '0004_choice_states', '0005_aws_access_keys'];

async function releasedDatabase(url: string): Promise<Kysely<Database>> {
  const target = parseDatabaseUrl(url);
  let db: Kysely<Database>;
  if (target.kind === 'sqlite') {
    const { default: SQLite } = await import('better-sqlite3');
    const handle = new SQLite(target.path);
    handle.pragma('foreign_keys = ON');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`);
    await client.end();
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.url, max: 2, options: `-c search_path=${target.schema}` }) }) });
  }
  const released = Object.fromEntries(RELEASED.map((name) => [name, MIGRATIONS[name]!]));
  const migrator = new Migrator({ db, provider: { getMigrations: async () => released }, ...(target.kind === 'postgres' ? { migrationTableSchema: target.schema } : {}) });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return db;
}

dbTest('a database of the previous release migrates to sessions, users and shares without loss', async (db) => {
  const old = await releasedDatabase(db.url);
  const before = new ReviewService(new Store(old));
  await before.ready();
  const w = await before.createWorkload({ workloadName: 'Legacy orders', lenses: ['serverless'] });
  // The answer as the released code wrote it (today's updateAnswer also reads tables added since).
  const answer = { version: 1 };
  await old.updateTable('answers').set({ selected_choices: '["ops1_managed_metrics"]', notes: 'kept', version: answer.version }).where('workload_id', '=', w.workloadId).where('question_id', '=', 'OPS1').execute();
  // A milestone as the released code froze it (answers only): today's createMilestone reads tables added since.
  const review = await old.selectFrom('lens_reviews').select('lens_version').where('workload_id', '=', w.workloadId).executeTakeFirstOrThrow();
  const frozen = { pillarPriorities: [], lensReviews: [{ lensAlias: 'serverless', lensVersion: review.lens_version, answers: [{ questionId: 'OPS1', selectedChoices: ['ops1_managed_metrics'], isApplicable: true, reason: null, notes: 'kept' }] }] };
  await old.insertInto('milestones').values({ workload_id: w.workloadId, number: 1, name: 'Before upgrade', snapshot: JSON.stringify(frozen), created_at: before.now() }).execute();
  const { token } = await createToken(before.store, 'ci', 'editor', before.now());
  // Only this test's schema: other tests' schemas in the same PostgreSQL database have the newer tables.
  assert.ok(!(await ownTables(old, db.url)).includes('sessions'));
  await old.destroy();

  const opened = await connect(db.url);
  db.defer(() => opened.close());
  const after = new ReviewService(new Store(opened.db));
  const read = await after.getAnswer('Legacy orders', 'serverless', 'OPS1', 'en');
  assert.deepEqual([read.selectedChoices, read.notes, read.version], [['ops1_managed_metrics'], 'kept', answer.version]);
  assert.equal((await after.store.listMilestones(w.workloadId)).length, 1);
  // The old milestone still opens with today's code (no choice states, no tracked items in it).
  const milestone = await getMilestone(after, w.workloadId, '1', 'en');
  assert.equal(milestone.milestoneName, 'Before upgrade');
  const auth = await authenticate(after.store, `Bearer ${token}`, true);
  assert.ok(auth.ok && auth.principal.userId === null, 'the old token is a service token with its role');
  const names = (await opened.db.introspection.getTables()).map((t) => t.name);
  for (const table of ['sessions', 'server_secrets', 'signin_failures', 'users', 'workload_shares', 'lens_shares']) assert.ok(names.includes(table), table);
  // The new tables work on the migrated data: a user shared into the old workload sees it.
  const { user } = await createUser(after.store, 'newcomer', undefined, after.now());
  await after.store.putWorkloadShare(w.workloadId, user.id, 'readonly', after.now());
  assert.equal(await after.store.workloadAccessOf(w.workloadId, user.id), 'readonly');
});
