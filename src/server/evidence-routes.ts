// Scan evidence over the API: POST the JSON report of `slens scan --format json`, or an archive or template
// files for the server to scan with the CLI's code, to store its evidence in a workload's Serverless Lens review
// (answers untouched); GET it back beside the answers and suggestions, and the analysis evidence (logs, tuning).
import { z } from 'zod';
import { evidenceReview, importScanEvidence } from '../review/scan-evidence.js';
import { analysisEvidenceReview } from '../review/analysis-evidence.js';
import { route, type RouteDef } from './route.js';
import { importUpload } from './upload/import-upload.js';
import { UPLOAD_LIMITS } from './upload/limits.js';
import { evidenceOfReport, scanReportSchema } from './upload/scan-report.js';
import * as S from './schemas.js';

const PATH = '/api/workloads/{workloadId}/lensReviews/{lensAlias}/evidence';
/** An archive of the largest allowed size, base64-encoded, with room for the JSON around it. */
export const UPLOAD_BODY_LIMIT = Math.ceil((UPLOAD_LIMITS.uploadBytes * 4) / 3) + 64 * 1024;
const PARAMS = { workloadId: S.workloadIdParam, lensAlias: S.lensAliasParam };

export const archiveBody = z
  .object({
    archive: z
      .object({
        name: z.string().min(1).max(1024).describe('file name, e.g. repo.zip (the kind is read from the bytes)'),
        data: z.string().max(UPLOAD_BODY_LIMIT).regex(/^[A-Za-z0-9+/\s]*={0,2}\s*$/, 'must be base64').describe('the .zip, .tar or .tar.gz, base64-encoded'),
      })
      .strict(),
    scanDate: scanReportSchema.shape.scanDate,
  })
  .strict();

export const templatesBody = z
  .object({
    templates: z
      .array(z.object({ path: z.string().min(1).max(1024).describe('relative path, e.g. infra/template.yaml'), content: z.string().describe('the file as UTF-8 text') }).strict())
      .min(1)
      .max(UPLOAD_LIMITS.files),
    scanDate: scanReportSchema.shape.scanDate,
  })
  .strict();

/** A scan report, an archive of a repository, or template files: the server scans the last two itself. */
const evidenceBody = z.union([scanReportSchema, archiveBody, templatesBody]);

export const EVIDENCE_ROUTES: RouteDef[] = [
  route({
    method: 'get', path: '/api/workloads/{workloadId}/lensReviews/{lensAlias}/analysisEvidence', operationId: 'GetLensReviewAnalysisEvidence', tag: 'reviews',
    summary: 'Analysis evidence (logs, power tuning) per choice, in lens order (Serverless Lens only)',
    params: PARAMS, query: S.langQuery,
    handler: async ({ service, params, query, lang }) => {
      // The same checks as the scan evidence: a known workload, and the built-in lens (400 for another).
      await evidenceReview(service, params.workloadId, params.lensAlias, query.lang ?? lang);
      return analysisEvidenceReview(service, params.workloadId, query.lang ?? lang);
    },
  }),
  route({
    method: 'get', path: PATH, operationId: 'GetLensReviewEvidence', tag: 'reviews',
    summary: 'Scan evidence per choice beside each answer, with the suggested answer (Serverless Lens only)',
    params: PARAMS, query: S.langQuery,
    handler: ({ service, params, query, lang }) => evidenceReview(service, params.workloadId, params.lensAlias, query.lang ?? lang),
  }),
  route({
    method: 'post', path: PATH, operationId: 'ImportScanEvidence', tag: 'reviews', bodyLimit: UPLOAD_BODY_LIMIT,
    summary:
      'Store scan evidence; answers are never changed. Send a "slens scan --format json" report, or {"archive": {"name", "data": base64 .zip/.tar/.tar.gz}}, or {"templates": [{"path", "content"}]} for the server to scan (bounded size and file count; links, devices, paths leaving the upload and binary files are refused)',
    params: PARAMS, query: S.langQuery, body: evidenceBody,
    handler: async ({ service, params, query, body, lang }) => {
      const language = query.lang ?? lang;
      // The path's lens must be the built-in one; evidenceReview refuses any other with a 400.
      await evidenceReview(service, params.workloadId, params.lensAlias, language);
      const today = body.scanDate ?? service.now().slice(0, 10);
      if ('evidence' in body) return importScanEvidence(service, params.workloadId, evidenceOfReport(body, today), language);
      const parts =
        'archive' in body
          ? [{ name: body.archive.name, bytes: Buffer.from(body.archive.data, 'base64') }]
          : body.templates.map((f) => ({ name: f.path, bytes: Buffer.from(f.content, 'utf8') }));
      const result = await importUpload(service, params.workloadId, parts, language, { today });
      return { ...result.evidence, upload: { kind: result.kind, unpacked: result.unpacked, files: result.files, errors: result.errors.map((e) => ({ file: e.file, line: e.line, message: e.message[language] })) } };
    },
  }),
];
