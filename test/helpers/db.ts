// Real databases for tests: a SQLite file in a fresh temp folder, and a fresh schema on the PostgreSQL
// server at 127.0.0.1:5432 (db "test", user postgres), dropped afterwards so parallel runs never collide.
// Without PostgreSQL the PG variant is skipped on a laptop, and fails when CI=true.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import pg from 'pg';

export type DbKind = 'sqlite' | 'postgres';
export const DB_KINDS: readonly DbKind[] = ['sqlite', 'postgres'];

export const PG_BASE_URL = process.env.SLENS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb {
  kind: DbKind;
  /** A DATABASE_URL for this database only. */
  url: string;
  /** The temp folder (SQLite) — also handy for other files a test writes. */
  dir: string;
  /** Closes what was deferred (newest first), then removes the database. */
  cleanup: () => Promise<void>;
  /** Runs `close` before the database is removed (servers and services opened on it). */
  defer: (close: () => Promise<void>) => void;
}

/** Wraps a removal so everything deferred on the database closes first, newest first. */
function withDefer(kind: DbKind, url: string, dir: string, remove: () => Promise<void>): TestDb {
  const closers: (() => Promise<void>)[] = [];
  return {
    kind,
    url,
    dir,
    defer: (close) => closers.push(close),
    cleanup: async () => {
      for (const close of closers.splice(0).reverse()) await close();
      await remove();
    },
  };
}

async function withPg<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_BASE_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let pgReachable: Promise<string | null> | undefined;

/** null when PostgreSQL answers, else why not. */
function pgProblem(): Promise<string | null> {
  pgReachable ??= withPg((c) => c.query('SELECT 1')).then(
    () => null,
    (error: Error) => `PostgreSQL at ${PG_BASE_URL} is unreachable: ${error.message}`,
  );
  return pgReachable;
}

export function sqliteDb(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'slens-db-'));
  return withDefer('sqlite', `sqlite:${join(dir, 'slens.db')}`, dir, async () => rmSync(dir, { recursive: true, force: true }));
}

export async function postgresDb(): Promise<TestDb> {
  const problem = await pgProblem();
  if (problem) throw new Error(problem);
  const schema = `slens_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'slens-pg-'));
  const url = `${PG_BASE_URL}${PG_BASE_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  return withDefer('postgres', url, dir, async () => {
    rmSync(dir, { recursive: true, force: true });
    await withPg((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  });
}

/**
 * A fresh database of `kind`, cleaned up when the test ends. Returns undefined (the test is then skipped)
 * only when PostgreSQL is missing outside CI; with CI=true a missing PostgreSQL fails the test.
 */
export async function freshDb(kind: DbKind, t: TestContext): Promise<TestDb | undefined> {
  if (kind === 'postgres') {
    const problem = await pgProblem();
    if (problem && process.env.CI !== 'true') {
      t.skip(`${problem} (set CI=true to make this a failure)`);
      return undefined;
    }
  }
  const db = kind === 'sqlite' ? sqliteDb() : await postgresDb();
  t.after(() => db.cleanup());
  return db;
}

/** Defines `name` once per database kind: "name [sqlite]" and "name [postgres]". */
export function dbTest(name: string, fn: (db: TestDb, t: TestContext) => Promise<void>, options: { timeout?: number } = {}): void {
  for (const kind of DB_KINDS) {
    test(`${name} [${kind}]`, { timeout: options.timeout ?? 60_000 }, async (t) => {
      const db = await freshDb(kind, t);
      if (db) await fn(db, t);
    });
  }
}

/** The review service on a test database, closed when the test ends. */
export async function openService(db: TestDb, _t?: TestContext, options: { now?: () => string } = {}) {
  const { openReviewService } = await import('../../src/review/open.js');
  const opened = await openReviewService(db.url, options);
  db.defer(() => opened.close());
  return opened.service;
}

/** The CLI reads DATABASE_URL: points it at the test database for this test only. */
export function useDb(db: TestDb, t: TestContext): void {
  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = db.url;
  t.after(() => {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  });
}
