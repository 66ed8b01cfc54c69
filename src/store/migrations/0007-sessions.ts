// Migration 0007_sessions; its name is recorded in every database it ran on, so it never changes.
import type { Kysely, Migration } from 'kysely';

/**
 * What a server process used to hold in memory, so that N processes on one database behave as one: signed-in
 * browser sessions (only a hash of each id is kept), secrets every process must share (the key anonymous CSRF
 * tokens are derived with), and failed sign-ins counted per key and window (the sign-in throttle).
 */
export const sessions: Migration = {
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
