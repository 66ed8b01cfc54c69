// Opens the database that DATABASE_URL names (SQLite file by default, or PostgreSQL) and migrates it.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { UserError } from '../util/errors.js';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';

export const DEFAULT_SQLITE_PATH = '.slens/slens.db';

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** `sqlite:<path>`, `sqlite://<path>`, a `postgres://`/`postgresql://` URL, or nothing (the default file). */
export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = url?.trim();
  if (!value) return { kind: 'sqlite', path: resolve(cwd, DEFAULT_SQLITE_PATH) };
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) return { kind: 'postgres', url: value };
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) throw new UserError('bad-database-url', 'DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./.slens/slens.db');
    return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(cwd, path) };
  }
  throw new UserError('bad-database-url', `DATABASE_URL must start with sqlite: or postgres:// (got "${value.slice(0, 40)}")`);
}

export interface Connection {
  db: Kysely<Database>;
  target: DatabaseTarget;
}

async function sqliteDialect(path: string): Promise<SqliteDialect> {
  const { default: SQLite } = await import('better-sqlite3');
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let handle;
  try {
    handle = new SQLite(path);
  } catch (error) {
    throw new UserError('database-unavailable', `cannot open the SQLite database ${path}: ${(error as Error).message}`, { file: path });
  }
  // WAL lets readers work beside a writer; NORMAL sync keeps every committed write across a process crash
  // (only an OS crash or power loss can lose the last transactions); the busy timeout waits out other processes.
  handle.pragma('journal_mode = WAL');
  handle.pragma('synchronous = NORMAL');
  handle.pragma('busy_timeout = 5000');
  handle.pragma('foreign_keys = ON');
  return new SqliteDialect({ database: handle });
}

async function postgresDialect(url: string): Promise<PostgresDialect> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return new PostgresDialect({ pool });
}

/** Connects and runs pending migrations; a database that cannot be reached is a UserError (exit 2). */
export async function connect(url: string | undefined = process.env.DATABASE_URL): Promise<Connection> {
  const target = parseDatabaseUrl(url);
  const dialect = target.kind === 'sqlite' ? await sqliteDialect(target.path) : await postgresDialect(target.url);
  const db = new Kysely<Database>({ dialect });
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const where = target.kind === 'sqlite' ? target.path : target.url.replace(/:[^:@/]*@/, ':***@');
    throw new UserError('database-unavailable', `cannot prepare the database ${where}: ${(error as Error).message ?? String(error)}`);
  }
  return { db, target };
}
