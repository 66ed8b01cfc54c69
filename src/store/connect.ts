// Opens the database that DATABASE_URL names (SQLite file by default, or PostgreSQL) and migrates it.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { UserError } from '../util/errors.js';
import { migrationProvider } from './migrations.js';
import { SchemaPostgresDialect } from './pg-schema-dialect.js';
import { withStatementCache } from './statement-cache.js';
import type { Database } from './schema.js';

export const DEFAULT_SQLITE_PATH = '.slens/slens.db';

/** PostgreSQL `schema` is taken from a `?schema=` parameter of the URL (default `public`). */
export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema: string };

const SCHEMA_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

function postgresTarget(value: string): DatabaseTarget {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new UserError('bad-database-url', { en: 'DATABASE_URL is not a valid postgres:// URL', ja: 'DATABASE_URL が正しい postgres:// URL ではありません' });
  }
  const schema = parsed.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_PATTERN.test(schema)) throw new UserError('bad-database-url', {
      en: `DATABASE_URL schema must be lower-case letters, digits or "_" (got "${schema.slice(0, 40)}")`,
      ja: `DATABASE_URL のスキーマ名は英小文字・数字・「_」で書いてください（指定値「${schema.slice(0, 40)}」）`,
    });
  parsed.searchParams.delete('schema');
  return { kind: 'postgres', url: parsed.toString(), schema };
}

/** `sqlite:<path>`, `sqlite://<path>`, a `postgres://`/`postgresql://` URL, or nothing (the default file). */
export function parseDatabaseUrl(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = url?.trim();
  if (!value) return { kind: 'sqlite', path: resolve(cwd, DEFAULT_SQLITE_PATH) };
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) return postgresTarget(value);
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) throw new UserError('bad-database-url', { en: 'DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:./.slens/slens.db', ja: 'DATABASE_URL の「sqlite:」にはファイルのパスが必要です（例: sqlite:./.slens/slens.db）' });
    return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(cwd, path) };
  }
  throw new UserError('bad-database-url', {
    en: `DATABASE_URL must start with sqlite: or postgres:// (got "${value.slice(0, 40)}")`,
    ja: `DATABASE_URL は sqlite: か postgres:// で始めてください（指定値「${value.slice(0, 40)}」）`,
  });
}

export interface Connection {
  db: Kysely<Database>;
  target: DatabaseTarget;
  /** Stops background work and closes the database (prefer it to db.destroy()). */
  close: () => Promise<void>;
}

export interface ConnectOptions {
  /**
   * SQLite only: checkpoint the WAL on a worker thread instead of inside the commit that fills it, so no
   * request waits for the checkpoint's fsync (for long-running servers; short commands do not need it).
   */
  backgroundCheckpoints?: boolean;
}

const CHECKPOINT_INTERVAL_MS = 500;

/** Runs `work` holding the database's write lock (SQLite), so processes opening one new file migrate it one at a time. */
type MigrationLock = <T>(work: () => Promise<T>) => Promise<T>;

async function sqliteDialect(path: string, options: ConnectOptions): Promise<{ dialect: SqliteDialect; stop: () => Promise<void>; lock: MigrationLock }> {
  const { default: SQLite } = await import('better-sqlite3');
  let handle;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    handle = new SQLite(path);
    // WAL lets readers work beside a writer; NORMAL sync keeps every committed write across a process crash
    // (only an OS crash or power loss can lose the last transactions); the busy timeout waits out other processes.
    handle.pragma('journal_mode = WAL');
    handle.pragma('synchronous = NORMAL');
    handle.pragma('busy_timeout = 5000');
    handle.pragma('foreign_keys = ON');
  } catch (error) {
    handle?.close();
    const reason = (error as Error).message;
    throw new UserError('database-unavailable', { en: `cannot open the SQLite database: ${reason}`, ja: `SQLite データベースを開けません: ${reason}` }, { file: path });
  }
  let stop = async () => undefined;
  if (options.backgroundCheckpoints && path !== ':memory:') {
    const { Worker } = await import('node:worker_threads');
    // '../store/' so the path holds from dist/src/store and from the bundle's chunks in dist/src/bundle.
    const worker = new Worker(new URL('../store/checkpoint-worker.js', import.meta.url), { workerData: { path, intervalMs: CHECKPOINT_INTERVAL_MS } });
    worker.unref();
    handle.pragma('wal_autocheckpoint = 0');
    stop = async () => {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.ref(); // keep the process alive until the last checkpoint is done
      worker.postMessage('stop');
      await exited;
    };
  }
  // Kysely takes no lock when it migrates SQLite (one connection per process is enough for it): a write
  // transaction held around the migrator makes a second process wait (busy timeout) and then find the tables made.
  const sqlite = handle;
  const lock: MigrationLock = async (work) => {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      sqlite.exec('COMMIT');
      return result;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  };
  return { dialect: new SqliteDialect({ database: withStatementCache(handle) }), stop, lock };
}

async function postgresDialect(url: string, schema: string): Promise<SchemaPostgresDialect> {
  const { default: pg } = await import('pg');
  // The schema is a start-up parameter of every connection, so no query can run before it is set.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
  return new SchemaPostgresDialect({ pool }, schema);
}

/** Where the data lives, for messages: the file, or the URL with any password masked. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return target.path;
  const shown = target.url.replace(/:[^:@/]*@/, ':***@');
  return target.schema === 'public' ? shown : `${shown} (schema ${target.schema})`;
}

/** Connects and runs pending migrations; a database that cannot be reached is a UserError (exit 2). */
export async function connect(url: string | undefined = process.env.DATABASE_URL, options: ConnectOptions = {}): Promise<Connection> {
  const target = parseDatabaseUrl(url);
  const opened = target.kind === 'sqlite' ? await sqliteDialect(target.path, options) : { dialect: await postgresDialect(target.url, target.schema), stop: async () => undefined, lock: undefined };
  const db = new Kysely<Database>({ dialect: opened.dialect });
  const close = async () => {
    await opened.stop();
    await db.destroy();
  };
  // On PostgreSQL the migration tables live in the same schema (created when missing), never in another one.
  // Unordered: a migration numbered below one a database already ran (merged later, e.g. 0014 after 0015) still runs once.
  const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true, ...(target.kind === 'postgres' ? { migrationTableSchema: target.schema } : {}) });
  const migrate = () => migrator.migrateToLatest();
  // PostgreSQL: Kysely's migrator takes an advisory lock itself.
  const { error } = await (opened.lock ? opened.lock(migrate) : migrate()).catch((thrown: unknown) => ({ error: thrown }));
  if (error) {
    await close();
    const where = describeTarget(target);
    const reason = (error as Error).message ?? String(error);
    throw new UserError('database-unavailable', { en: `cannot prepare the database ${where}: ${reason}`, ja: `データベース ${where} を準備できません: ${reason}` });
  }
  return { db, target, close };
}
