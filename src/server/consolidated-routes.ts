// GET /api/consolidatedReport: every workload the caller may see, as the W-A Tool's GetConsolidatedReport
// `Metrics` plus our richer sections (per pillar, per question, missing practices, item status, trend), or CSV.
import { z } from 'zod';
import { loadConsolidated } from '../review/consolidated-load.js';
import { renderConsolidatedCsv } from '../report/consolidated/csv.js';
import { consolidatedJson } from '../wa/consolidated-shape.js';
import { route, type RouteDef } from './route.js';

export const consolidatedQuery = z.object({
  lang: z.enum(['en', 'ja']).optional().describe('language of lens texts (default: Accept-Language)'),
  format: z.enum(['json', 'csv']).optional().describe('json (default) or csv (one row per workload, then one per question at risk)'),
  environment: z.enum(['PRODUCTION', 'PREPRODUCTION']).optional().describe('only workloads of this environment'),
  lens: z.string().min(1).max(128).optional().describe('only reviews of this lens alias'),
  includeShared: z.enum(['true', 'false']).optional().describe('for a signed-in user: false keeps only the workloads they own (default true)'),
});

export const CONSOLIDATED_ROUTES: RouteDef[] = [
  route({
    method: 'get', path: '/api/consolidatedReport', operationId: 'GetConsolidatedReport', tag: 'reports',
    summary: 'Every workload the caller may see: W-A GetConsolidatedReport metrics plus risks per pillar and question, missing best practices, item status and the milestone trend (JSON or CSV)',
    query: consolidatedQuery,
    handler: async ({ service, principal, query, lang }) => {
      const report = await loadConsolidated(service.store, principal, query.lang ?? lang, {
        filter: { environment: query.environment, lens: query.lens },
        includeShared: query.includeShared !== 'false',
      });
      if (query.format === 'csv')
        return new Response(renderConsolidatedCsv(report), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="consolidated-report.csv"' } });
      return consolidatedJson(report);
    },
  }),
];
