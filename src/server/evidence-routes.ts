// Scan evidence over the API: POST the JSON report of `slens scan --format json` to store its evidence in a
// workload's Serverless Lens review (answers untouched); GET it back beside the answers and suggestions.
// Analysis evidence (what `slens review import-analysis` stored from logs and tuning) is read back too.
import { z } from 'zod';
import { evidenceReview, importScanEvidence } from '../review/scan-evidence.js';
import { analysisEvidenceReview } from '../review/analysis-evidence.js';
import { LARGE_BODY_LIMIT, route, type RouteDef } from './route.js';
import * as S from './schemas.js';

const PATH = '/api/workloads/{workloadId}/lensReviews/{lensAlias}/evidence';
const PARAMS = { workloadId: S.workloadIdParam, lensAlias: S.lensAliasParam };

/** The parts of the scan JSON report (docs/scan.md) the review stores; other fields are ignored. */
const scanReportBody = z.object({
  files: z.array(z.string().max(4096)).max(100_000),
  findings: z.array(z.object({ ruleId: z.string(), severity: z.string(), file: z.string(), line: z.number().int(), column: z.number().int(), resource: z.string(), message: z.string() })).max(200_000),
  evidence: z
    .array(
      z.object({
        question: z.string().max(128),
        choice: z.string().max(128),
        status: z.enum(['supported', 'contradicted', 'unknown']),
        passed: z.number().int().min(0),
        failed: z.number().int().min(0),
        findings: z.array(z.number().int().min(0)),
        rules: z.array(z.string().max(128)),
      }),
    )
    .max(1000),
  scanDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('the scan date (YYYY-MM-DD); default: today'),
});

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
    method: 'post', path: PATH, operationId: 'ImportScanEvidence', tag: 'reviews', bodyLimit: LARGE_BODY_LIMIT,
    summary: 'Store the evidence of a "slens scan --format json" report; answers are never changed',
    params: PARAMS, query: S.langQuery, body: scanReportBody,
    handler: async ({ service, params, query, body, lang }) => {
      const choices = body.evidence.map((e) => ({
        questionId: e.question,
        choiceId: e.choice,
        status: e.status,
        passed: e.passed,
        failed: e.failed,
        rules: e.rules,
        findings: e.findings.flatMap((i) => {
          const f = body.findings[i];
          return f ? [{ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line, column: f.column, resource: f.resource, message: { en: f.message, ja: f.message } }] : [];
        }),
      }));
      const scanDate = body.scanDate ?? service.now().slice(0, 10);
      // The path's lens must be the built-in one; evidenceReview refuses any other with a 400.
      await evidenceReview(service, params.workloadId, params.lensAlias, query.lang ?? lang);
      return importScanEvidence(service, params.workloadId, { files: body.files, scanDate, choices }, query.lang ?? lang);
    },
  }),
];
