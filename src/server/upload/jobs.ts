// Uploads scanned in the background, kept in the database so every server process shows the same job: the
// process that received the upload runs it and writes its phase and a heartbeat; any process reads it. A running
// job whose heartbeat stopped (its process died) is marked failed by the next read. Finished jobs are kept
// for KEEP_MS.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { ReviewService } from '../../review/service.js';
import { isReviewError } from '../../review/errors.js';
import { fillLater, type Lang, type Localized } from '../../util/i18n.js';
import * as Jobs from '../../store/upload-jobs.js';
import type { UploadPart } from './archive.js';
import { importUpload, type UploadFileError, type UploadOptions, type UploadPhase, type UploadResult } from './import-upload.js';

export interface UploadJob {
  id: string;
  workloadId: string;
  /** Who started it. */
  owner: { subject: string; name: string };
  /** The server process running it (host:pid). */
  worker: string;
  state: 'running' | 'done' | 'failed';
  phase: UploadPhase | 'queued';
  /** Files unpacked so far, once known. */
  files: number;
  startedAt: string;
  finishedAt?: string;
  result?: Pick<UploadResult, 'kind' | 'unpacked' | 'files' | 'errors'>;
  /** Why it failed; `lost` when its process stopped before finishing. */
  error?: Localized;
  errorCode?: string;
}

const KEEP_MS = 30 * 60 * 1000;
/** Without a heartbeat for this long, a running job's process is taken for gone (SLENS_UPLOAD_TIMEOUT, seconds). */
const DEFAULT_TIMEOUT_MS = 120 * 1000;
export const LOST_CODE = 'upload-lost';

const INTERNAL: Localized = { en: 'the upload could not be scanned; the server log has the details', ja: 'アップロードをスキャンできませんでした。詳細はサーバーのログにあります' };
const LOST: Localized = {
  en: 'the server process scanning this upload ({worker}) stopped before it finished: nothing was heard from it for {seconds} s. The evidence may not be stored; upload again',
  ja: 'このアップロードをスキャンしていたサーバープロセス（{worker}）が完了前に停止しました（{seconds} 秒間応答がありません）。エビデンスは保存されていない可能性があります。もう一度アップロードしてください',
};

export interface JobClock {
  /** Milliseconds since the epoch (default Date.now). */
  now?: () => number;
  /** Heartbeat timeout in milliseconds. */
  timeoutMs?: number;
}

/** The heartbeat timeout: SLENS_UPLOAD_TIMEOUT seconds when set to a positive number, else 120 s. */
export function uploadTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.SLENS_UPLOAD_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_TIMEOUT_MS;
}

const WORKER = `${hostname()}:${process.pid}`;
/** The uploads this process is scanning, so that stopping the server can let them finish first. */
const running = new Set<Promise<unknown>>();
const iso = (ms: number) => new Date(ms).toISOString();

function jobOf(row: Jobs.UploadJobRow): UploadJob {
  return {
    id: row.id,
    workloadId: row.workload_id,
    owner: { subject: row.owner_subject, name: row.owner_name },
    worker: row.worker,
    state: row.state as UploadJob['state'],
    phase: row.phase as UploadJob['phase'],
    files: row.files,
    startedAt: row.started_at,
    ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
    ...(row.result ? { result: JSON.parse(row.result) as UploadJob['result'] } : {}),
    ...(row.error ? { error: JSON.parse(row.error) as Localized } : {}),
    ...(row.error_code ? { errorCode: row.error_code } : {}),
  };
}

/**
 * Starts scanning an upload in this process; returns once the job is stored, with the job to poll. The work
 * begins after the request that started it is answered.
 */
export async function startUploadJob(
  service: ReviewService,
  workloadId: string,
  parts: UploadPart[],
  lang: Lang,
  owner: { subject: string; name: string },
  options: JobClock & Pick<UploadOptions, 'today'> = {},
): Promise<UploadJob> {
  const clock = options.now ?? Date.now;
  const timeout = options.timeoutMs ?? uploadTimeoutMs();
  const db = service.store.db;
  const start = clock();
  await Jobs.pruneUploadJobs(db, iso(start));
  const row: Jobs.UploadJobRow = {
    id: randomBytes(12).toString('hex'),
    workload_id: workloadId,
    owner_subject: owner.subject,
    owner_name: owner.name,
    worker: WORKER,
    state: 'running',
    phase: 'queued',
    files: 0,
    result: null,
    error_code: null,
    error: null,
    started_at: iso(start),
    heartbeat_at: iso(start),
    finished_at: null,
    expires_at: iso(start + KEEP_MS),
  };
  await Jobs.insertUploadJob(db, row);
  // Writes in order, each failure logged: the job's row is only a view of the work.
  let writes: Promise<void> = Promise.resolve();
  const write = (work: () => Promise<void>) => {
    writes = writes.then(work).catch((error: unknown) => console.error(error));
    return writes;
  };
  const touch = (set: { phase?: string; files?: number } = {}) => {
    const now = clock();
    return write(() => Jobs.touchUploadJob(db, row.id, { ...set, heartbeatAt: iso(now), expiresAt: iso(now + KEEP_MS) }));
  };
  const finish = (end: { state: 'done' | 'failed'; result?: UploadJob['result']; error?: Localized; errorCode?: string }) => {
    const now = clock();
    return write(() =>
      Jobs.finishUploadJob(db, row.id, {
        state: end.state,
        result: end.result ? JSON.stringify(end.result) : null,
        errorCode: end.errorCode ?? null,
        error: end.error ? JSON.stringify(end.error) : null,
        finishedAt: iso(now),
        expiresAt: iso(now + KEEP_MS),
      }),
    );
  };
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  running.add(settled);
  setImmediate(() => {
    // A heartbeat a few times per timeout, while the work runs.
    const beat = setInterval(() => void touch(), Math.max(250, Math.floor(timeout / 4)));
    beat.unref();
    importUpload(service, workloadId, parts, lang, {
      today: options.today,
      onPhase: (phase, detail) => void touch({ phase, ...(detail.files !== undefined ? { files: detail.files } : {}) }),
    })
      .then(
        (result) => finish({ state: 'done', result: { kind: result.kind, unpacked: result.unpacked, files: result.files, errors: result.errors } }),
        (error: unknown) => {
          if (isReviewError(error)) return finish({ state: 'failed', error: error.localized, errorCode: error.code });
          console.error(error);
          return finish({ state: 'failed', error: INTERNAL, errorCode: 'internal' });
        },
      )
      .finally(() => {
        clearInterval(beat);
        running.delete(settled);
        settle();
      });
  });
  return jobOf(row);
}

/** Waits (at most `ms`) for the uploads this process is scanning to finish and store their outcome. */
export async function settleUploadJobs(ms: number): Promise<void> {
  if (running.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([Promise.all([...running]), limit]);
  clearTimeout(timer);
}

/**
 * The job `id` of the workload, from whichever process runs it; a running one whose heartbeat is older than the
 * timeout is marked failed first (its process is gone). Undefined when unknown or expired.
 */
export async function getUploadJob(service: ReviewService, id: string, workloadId: string, options: JobClock = {}): Promise<UploadJob | undefined> {
  const clock = options.now ?? Date.now;
  const timeout = options.timeoutMs ?? uploadTimeoutMs();
  const db = service.store.db;
  const now = clock();
  let row = await Jobs.getUploadJobRow(db, id);
  if (!row || row.workload_id !== workloadId || row.expires_at < iso(now)) return undefined;
  if (row.state === 'running' && row.heartbeat_at < iso(now - timeout)) {
    const error = fillLater(LOST, { worker: row.worker, seconds: Math.round(timeout / 1000) });
    await Jobs.failStaleUploadJob(db, id, iso(now - timeout), { errorCode: LOST_CODE, error: JSON.stringify(error), finishedAt: iso(now), expiresAt: iso(now + KEEP_MS) });
    row = (await Jobs.getUploadJobRow(db, id)) ?? row;
  }
  return jobOf(row);
}

/** A job as the API returns it, in one language. */
export function uploadJobView(job: UploadJob, lang: Lang) {
  const message = (e: UploadFileError) => ({ file: e.file, line: e.line, message: e.message[lang] });
  return {
    jobId: job.id,
    workloadId: job.workloadId,
    state: job.state,
    phase: job.phase,
    files: job.files,
    startedBy: job.owner.name,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt ?? null,
    result: job.result ? { kind: job.result.kind, unpacked: job.result.unpacked, files: job.result.files, errors: job.result.errors.map(message) } : null,
    error: job.error ? { code: job.errorCode ?? 'failed', message: job.error[lang] } : null,
  };
}
