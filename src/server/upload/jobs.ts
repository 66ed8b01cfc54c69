// Uploads running in the background for the web page: each job has a random id, its phase while it runs, and
// its result or error once done. Kept in memory (a restart forgets them), at most MAX_JOBS, finished ones
// dropped after KEEP_MS.
import { randomBytes } from 'node:crypto';
import type { ReviewService } from '../../review/service.js';
import { isReviewError } from '../../review/errors.js';
import type { Lang, Localized } from '../../util/i18n.js';
import type { UploadPart } from './archive.js';
import { importUpload, type UploadPhase, type UploadResult } from './import-upload.js';

export interface UploadJob {
  id: string;
  workloadId: string;
  state: 'running' | 'done' | 'failed';
  phase: UploadPhase | 'queued';
  /** Files unpacked so far, once known. */
  files: number;
  startedAt: number;
  finishedAt?: number;
  result?: Pick<UploadResult, 'kind' | 'unpacked' | 'files' | 'errors'>;
  error?: Localized;
}

const MAX_JOBS = 200;
const KEEP_MS = 30 * 60 * 1000;
const jobs = new Map<string, UploadJob>();

const INTERNAL: Localized = { en: 'the upload could not be scanned; the server log has the details', ja: 'アップロードをスキャンできませんでした。詳細はサーバーのログにあります' };

function prune(now: number): void {
  for (const [id, job] of jobs) if (job.finishedAt !== undefined && now - job.finishedAt > KEEP_MS) jobs.delete(id);
  while (jobs.size >= MAX_JOBS) {
    const oldest = jobs.keys().next().value;
    if (oldest === undefined) break;
    jobs.delete(oldest);
  }
}

/** Starts scanning an upload; returns at once with the job to poll. */
export function startUploadJob(service: ReviewService, workloadId: string, parts: UploadPart[], lang: Lang): UploadJob {
  const now = Date.now();
  prune(now);
  const job: UploadJob = { id: randomBytes(12).toString('hex'), workloadId, state: 'running', phase: 'queued', files: 0, startedAt: now };
  jobs.set(job.id, job);
  // The request that started it is answered first; the work starts on the next turn of the event loop.
  setImmediate(() => {
    importUpload(service, workloadId, parts, lang, {
      onPhase: (phase, detail) => {
        job.phase = phase;
        if (detail.files !== undefined) job.files = detail.files;
      },
    }).then(
      (result) => {
        job.result = { kind: result.kind, unpacked: result.unpacked, files: result.files, errors: result.errors };
        job.state = 'done';
        job.finishedAt = Date.now();
      },
      (error: unknown) => {
        if (isReviewError(error)) job.error = error.localized;
        else {
          console.error(error);
          job.error = INTERNAL;
        }
        job.state = 'failed';
        job.finishedAt = Date.now();
      },
    );
  });
  return job;
}

export function getUploadJob(id: string, workloadId: string): UploadJob | undefined {
  const job = jobs.get(id);
  return job && job.workloadId === workloadId ? job : undefined;
}
