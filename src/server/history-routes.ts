// The history of a workload over the API: every recorded change, oldest first, filtered by question or kind.
import { z } from 'zod';
import { CHANGE_KINDS, listHistory } from '../review/history.js';
import { route, type RouteDef } from './route.js';
import * as S from './schemas.js';

const historyQuery = z
  .object({
    kind: z.enum(CHANGE_KINDS).optional().describe('only changes of this kind'),
    lensAlias: S.lensAliasParam.optional().describe('only changes of answers in this lens review'),
    questionId: S.questionIdParam.optional().describe('only changes of this question\'s answer'),
  })
  .strict();

export const HISTORY_ROUTES: RouteDef[] = [
  route({
    method: 'get', path: '/api/workloads/{workloadId}/history', operationId: 'ListWorkloadHistory', tag: 'history',
    summary: 'Every change to the workload, its answers, improvement items and shares: who, when, each field before and after', params: { workloadId: S.workloadIdParam }, query: historyQuery,
    handler: async ({ service, params, query }) => {
      const w = await service.resolveWorkload(params.workloadId);
      const filter = { kind: query.questionId ? 'answer' as const : query.kind, subject: query.questionId, lensAlias: query.lensAlias };
      return { workloadId: w.id, changes: await listHistory(service.store, w.id, filter) };
    },
  }),
];
