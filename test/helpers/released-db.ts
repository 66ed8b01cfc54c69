// A database as an earlier release left it: only the named migrations applied, opened without this release's
// migrator, so tests can fill it and then open it with today's code.
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import pg from 'pg';
import { parseDatabaseUrl } from '../../src/store/connect.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { SchemaPostgresDialect } from '../../src/store/pg-schema-dialect.js';
import type { Database } from '../../src/store/schema.js';

export async function releasedDatabase(url: string, released: readonly string[]): Promise<Kysely<Database>> {
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
    // Scoped to its own schema, as the release's connect is: the stock introspector reads every schema's tables
    // and fails when another test file running alongside drops its schema meanwhile.
    const pool = new pg.Pool({ connectionString: target.url, max: 2, options: `-c search_path=${target.schema}` });
    db = new Kysely<Database>({ dialect: new SchemaPostgresDialect({ pool }, target.schema) });
  }
  const chosen = Object.fromEntries(released.map((name) => [name, MIGRATIONS[name]!]));
  const migrator = new Migrator({ db, provider: { getMigrations: async () => chosen }, ...(target.kind === 'postgres' ? { migrationTableSchema: target.schema } : {}) });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return db;
}

/**
 * The tables of the database `url` names — on PostgreSQL only its own schema's: Kysely's introspection lists every
 * schema's, and other tests (or other test runs) hold the same tables in theirs.
 */
export async function tablesOf(db: Kysely<Database>, url: string): Promise<string[]> {
  const target = parseDatabaseUrl(url);
  const schema = target.kind === 'sqlite' ? undefined : target.schema;
  return (await db.introspection.getTables()).filter((t) => schema === undefined || t.schema === schema).map((t) => t.name);
}
