// DATABASE_URL parsing and opening: defaults, PostgreSQL schemas, refusals, and migrations that run once.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { connect, describeTarget, parseDatabaseUrl } from '../../src/store/connect.js';
import { dbTest, sqliteDb } from '../helpers/db.js';
import { tablesOf } from '../helpers/released-db.js';

test('DATABASE_URL names a SQLite file or a PostgreSQL database (with an optional schema)', () => {
  assert.deepEqual(parseDatabaseUrl(undefined, '/srv'), { kind: 'sqlite', path: join('/srv', '.slens', 'slens.db') });
  assert.deepEqual(parseDatabaseUrl('  ', '/srv'), { kind: 'sqlite', path: join('/srv', '.slens', 'slens.db') });
  assert.deepEqual(parseDatabaseUrl('sqlite:data/r.db', '/srv'), { kind: 'sqlite', path: '/srv/data/r.db' });
  assert.deepEqual(parseDatabaseUrl('sqlite:///abs/r.db', '/srv'), { kind: 'sqlite', path: '/abs/r.db' });
  assert.deepEqual(parseDatabaseUrl('postgres://u:secret@db:5432/reviews?schema=team_a'), { kind: 'postgres', url: 'postgres://u:secret@db:5432/reviews', schema: 'team_a' });
  assert.equal(parseDatabaseUrl('postgresql://db/reviews').kind, 'postgres');
  assert.equal(describeTarget(parseDatabaseUrl('postgres://u:secret@db/reviews?schema=team_a')), 'postgres://u:***@db/reviews (schema team_a)');
});

test('a bad DATABASE_URL is a user error that names the problem', () => {
  for (const [url, message] of [
    ['mysql://db/x', /must start with sqlite: or postgres:\/\//],
    ['sqlite:', /needs a file path/],
    ['postgres://db/x?schema=Robert%27);DROP', /schema must be/],
    ['postgres://[bad', /not a valid/],
  ] as const) {
    assert.throws(() => parseDatabaseUrl(url), (e: Error & { code?: string }) => e.code === 'bad-database-url' && message.test(e.message), url);
  }
});

test('an unreachable database is a user error, not a crash', async (t) => {
  const db = sqliteDb();
  t.after(() => db.cleanup());
  const file = join(db.dir, 'a-file');
  writeFileSync(file, 'not a folder');
  await assert.rejects(connect(`sqlite:${join(file, 'x.db')}`), (e: Error & { code?: string }) => e.code === 'database-unavailable');
  await assert.rejects(connect(`sqlite:${file}`), (e: Error & { code?: string }) => e.code === 'database-unavailable');
  await assert.rejects(connect('postgres://postgres@127.0.0.1:1/test'), (e: Error & { code?: string }) => e.code === 'database-unavailable');
});

dbTest('migrations run on first open and are not repeated', async (db) => {
  const first = await connect(db.url);
  const second = await connect(db.url);
  try {
    const tables = (await tablesOf(first.db, db.url)).sort();
    for (const name of ['answers', 'lens_reviews', 'lens_versions', 'lenses', 'milestones', 'tokens', 'workloads', 'scan_evidence', 'scan_imports', 'analysis_evidence', 'choice_states', 'aws_access_keys', 'sessions', 'server_secrets', 'signin_failures', 'users', 'workload_shares', 'lens_shares', 'changes', 'wa_sync_answers', 'client_requests', 'improvement_items', 'upload_jobs', 'user_access_keys', 'profiles', 'workload_profiles', 'review_templates', 'review_template_answers', 'answer_templates']) assert.ok(tables.includes(name), name);
    const ran = await first.db.selectFrom('kysely_migration' as never).select('name' as never).orderBy('name' as never).execute();
    assert.deepEqual(ran, [{ name: '0001_initial' }, { name: '0002_scan_evidence' }, { name: '0003_analysis_evidence' }, { name: '0004_choice_states' }, { name: '0005_aws_access_keys' }, { name: '0006_improvement_items' }, { name: '0007_sessions' }, { name: '0008_users_shares' }, { name: '0009_history' }, { name: '0011_wa_sync' }, { name: '0012_evidence_passes' }, { name: '0013_profiles' }, { name: '0014_review_templates' }, { name: '0015_upload_jobs' }, { name: '0016_user_access_keys' }]);
  } finally {
    await first.db.destroy();
    await second.db.destroy();
  }
});

test('on PostgreSQL the store sees only its own schema, so other schemas changing cannot break its start', async (t) => {
  const { freshDb } = await import('../helpers/db.js');
  const mine = await freshDb('postgres', t);
  const other = await freshDb('postgres', t);
  if (!mine || !other) return;
  const theirs = await connect(other.url);
  other.defer(() => theirs.close());
  const ours = await connect(mine.url);
  mine.defer(() => ours.close());
  const schemas = new Set((await ours.db.introspection.getTables({ withInternalKyselyTables: true })).map((x) => x.schema));
  assert.deepEqual([...schemas], [new URL(mine.url).searchParams.get('schema')]);
  // Their tables go away while ours opens again: nothing of theirs is looked at.
  await Promise.all([theirs.db.schema.dropTable('scan_evidence').execute(), connect(mine.url).then((c) => c.close())]);
});
