// Kysely prepares every query again; better-sqlite3 statements can be reused, and the same few queries run
// on every request, so prepared statements are kept by their SQL text. Kysely runs one query at a time on
// the connection, so a cached statement is never in use twice at once.
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
    prepare: (sql: string) => {
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
