// A database as an earlier release left it: only the migrations named, run on a SQLite file or a PostgreSQL schema,
// so a test can fill it with the old code's data and then open it with this release.
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { parseDatabaseUrl } from '../../src/store/connect.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import type { Database } from '../../src/store/schema.js';

/** Every migration name before `first` (e.g. the release before "0014_review_templates"). */
export function migrationsBefore(first: string): string[] {
  return Object.keys(MIGRATIONS).filter((name) => name < first);
}

export async function databaseAt(url: string, names: readonly string[]): Promise<Kysely<Database>> {
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
  const chosen = Object.fromEntries(names.map((name) => [name, MIGRATIONS[name]!]));
  const migrator = new Migrator({ db, provider: { getMigrations: async () => chosen }, ...(target.kind === 'postgres' ? { migrationTableSchema: target.schema } : {}) });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return db;
}

/** The tables of this test's database only: on PostgreSQL, other tests' schemas in the same database are left out. */
export async function ownTables(db: Kysely<Database>, url: string): Promise<string[]> {
  const target = parseDatabaseUrl(url);
  const schema = target.kind === 'postgres' ? target.schema : undefined;
  return (await db.introspection.getTables()).filter((t) => schema === undefined || t.schema === schema).map((t) => t.name);
}
