// Kysely prepares every query again; better-sqlite3 statements can be reused, and the same few queries run
// on every request, so prepared statements are kept by their SQL text. Kysely runs one query at a time on
// the connection, so a cached statement is never in use twice at once.
// It also begins transactions IMMEDIATE, so that several processes on one file wait for each other (see below).
import type { Database as SqliteHandle, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Enough for every query the store runs; multi-row inserts of varying sizes only cycle the cache. */
const MAX_STATEMENTS = 256;

export function withStatementCache(handle: SqliteHandle): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      handle.close();
    },
    prepare: (text: string) => {
      // Kysely begins a transaction with a deferred BEGIN. Under WAL, another process's write between this
      // transaction's first read and its first write then fails it at once (SQLITE_BUSY_SNAPSHOT; the busy
      // timeout does not apply). Taking the write lock at BEGIN makes it wait for the other process instead.
      const sql = text === 'begin' ? 'begin immediate' : text;
      let statement = cache.get(sql);
      if (!statement) {
        statement = handle.prepare(sql);
        if (cache.size >= MAX_STATEMENTS) cache.clear();
        cache.set(sql, statement);
      }
      return statement;
    },
  } as SqliteDatabase;
}
