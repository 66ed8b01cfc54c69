// Upload scan jobs as rows, so every server process sees the same job: the process running one writes its phase
// and heartbeat, any process reads it. Times are ISO strings (they order as text).
import type { Db } from './db.js';
import type { UploadJobTable } from './schema.js';

export type UploadJobRow = UploadJobTable;

export async function insertUploadJob(db: Db, row: UploadJobRow): Promise<void> {
  await db.insertInto('upload_jobs').values(row).execute();
}

export async function getUploadJobRow(db: Db, id: string): Promise<UploadJobRow | undefined> {
  return db.selectFrom('upload_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Progress of a running job (never revives one already finished or given up on). */
export async function touchUploadJob(db: Db, id: string, set: { phase?: string; files?: number; heartbeatAt: string; expiresAt: string }): Promise<void> {
  await db
    .updateTable('upload_jobs')
    .set({ ...(set.phase !== undefined ? { phase: set.phase } : {}), ...(set.files !== undefined ? { files: set.files } : {}), heartbeat_at: set.heartbeatAt, expires_at: set.expiresAt })
    .where('id', '=', id)
    .where('state', '=', 'running')
    .execute();
}

/** The job's end, written by the process that ran it: its outcome stands even over an earlier "lost". */
export async function finishUploadJob(
  db: Db,
  id: string,
  end: { state: 'done' | 'failed'; result: string | null; errorCode: string | null; error: string | null; finishedAt: string; expiresAt: string },
): Promise<void> {
  await db
    .updateTable('upload_jobs')
    .set({ state: end.state, result: end.result, error_code: end.errorCode, error: end.error, finished_at: end.finishedAt, heartbeat_at: end.finishedAt, expires_at: end.expiresAt })
    .where('id', '=', id)
    .execute();
}

/**
 * Marks a running job failed when its heartbeat is older than `staleBefore` (its process is gone); true when
 * this call did it. The condition is in the update, so two processes reading at once mark it once.
 */
export async function failStaleUploadJob(db: Db, id: string, staleBefore: string, end: { errorCode: string; error: string; finishedAt: string; expiresAt: string }): Promise<boolean> {
  const r = await db
    .updateTable('upload_jobs')
    .set({ state: 'failed', error_code: end.errorCode, error: end.error, finished_at: end.finishedAt, expires_at: end.expiresAt })
    .where('id', '=', id)
    .where('state', '=', 'running')
    .where('heartbeat_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Forgets jobs whose time is up. */
export async function pruneUploadJobs(db: Db, now: string): Promise<void> {
  await db.deleteFrom('upload_jobs').where('expires_at', '<', now).execute();
}
