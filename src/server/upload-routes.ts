// Upload jobs over the API: start scanning an archive or template files in the background (the process that
// received the upload runs it) and read the job back from any server process — its phase, then its result or
// error, or that its process stopped before finishing.
import { z } from 'zod';
import { BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import { notFound, say } from '../review/errors.js';
import { evidenceReview } from '../review/scan-evidence.js';
import { archiveBody, templatesBody, UPLOAD_BODY_LIMIT } from './evidence-routes.js';
import { route, type RouteDef } from './route.js';
import * as S from './schemas.js';
import type { Principal } from './tokens.js';
import { getUploadJob, startUploadJob, uploadJobView } from './upload/jobs.js';

const PATH = '/api/workloads/{workloadId}/lensReviews/{lensAlias}/evidence/uploads';
const PARAMS = { workloadId: S.workloadIdParam, lensAlias: S.lensAliasParam };
const jobParam = z.string().regex(/^[0-9a-f]{24}$/, 'an upload job id is 24 hexadecimal digits');

const GONE = {
  en: 'no upload job "{id}" for this workload (finished jobs are kept for 30 minutes)',
  ja: 'このワークロードにアップロードジョブ「{id}」はありません（完了したジョブは30分間保持されます）',
} as const;

/** What a session or a job records as who started it. */
export function subjectOf(p: Principal): string {
  if (p.userId !== null) return `user:${p.userId}`;
  return p.id === 'local' ? 'local' : `token:${p.id}`;
}

export const UPLOAD_ROUTES: RouteDef[] = [
  route({
    method: 'post', path: PATH, operationId: 'StartEvidenceUpload', tag: 'reviews', status: 201, bodyLimit: UPLOAD_BODY_LIMIT,
    summary:
      'Start scanning {"archive": {"name", "data": base64}} or {"templates": [{"path", "content"}]} in the background; answers the job at once (poll it from any server process)',
    params: PARAMS, query: S.langQuery, body: z.union([archiveBody, templatesBody]),
    handler: async ({ service, params, query, body, lang, principal }) => {
      const language = query.lang ?? lang;
      const view = await evidenceReview(service, params.workloadId, params.lensAlias, language);
      const parts =
        'archive' in body
          ? [{ name: body.archive.name, bytes: Buffer.from(body.archive.data, 'base64') }]
          : body.templates.map((f) => ({ name: f.path, bytes: Buffer.from(f.content, 'utf8') }));
      const job = await startUploadJob(service, view.workload.id, parts, language, { subject: subjectOf(principal), name: principal.name }, { today: body.scanDate });
      return uploadJobView(job, language);
    },
  }),
  route({
    method: 'get', path: `${PATH}/{jobId}`, operationId: 'GetEvidenceUpload', tag: 'reviews',
    summary: 'An upload job: running (with its phase), done (with the templates read), or failed (with why, e.g. its server process stopped)',
    params: { ...PARAMS, jobId: jobParam }, query: S.langQuery,
    handler: async ({ service, params, query, lang }) => {
      const language = query.lang ?? lang;
      // Polled every second or so: the workload alone is read (another lens is refused as by the evidence routes).
      const workloadId = params.lensAlias === BUILTIN_LENS_ALIAS ? (await service.resolveWorkload(params.workloadId)).id : (await evidenceReview(service, params.workloadId, params.lensAlias, language)).workload.id;
      const job = await getUploadJob(service, params.jobId, workloadId);
      if (!job) throw notFound(say(GONE, { id: params.jobId }));
      return uploadJobView(job, language);
    },
  }),
];
