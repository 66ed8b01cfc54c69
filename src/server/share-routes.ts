// Workload and lens shares over the API (the W-A Tool's workload shares): who may see or change what.
import { z } from 'zod';
import { ACCESS_LEVELS } from '../review/access.js';
import { listLensShares, listWorkloadShares, shareLens, shareWorkload, unshareLens, unshareWorkload } from '../review/shares.js';
import { route, type RouteDef } from './route.js';
import * as S from './schemas.js';

const W = { workloadId: S.workloadIdParam };
const shareBody = z
  .object({
    userName: z.string().min(1).max(64).describe('the user to share with'),
    access: z.enum(ACCESS_LEVELS).describe('owner (everything, shares included), contributor (answers, milestones, evidence) or readonly'),
  })
  .strict();

export const SHARE_ROUTES: RouteDef[] = [
  route({
    method: 'get', path: '/api/workloads/{workloadId}/shares', operationId: 'ListWorkloadShares', tag: 'sharing', summary: 'Who the workload is shared with, and their access', params: W,
    handler: ({ service, params }) => listWorkloadShares(service, params.workloadId).then((shares) => ({ shares })),
  }),
  route({
    method: 'post', path: '/api/workloads/{workloadId}/shares', operationId: 'CreateWorkloadShare', tag: 'sharing', status: 201,
    summary: 'Share the workload with a user, or change their access (owners only)', params: W, body: shareBody,
    handler: ({ service, params, body }) => shareWorkload(service, params.workloadId, body.userName, body.access).then((shares) => ({ shares })),
  }),
  route({
    method: 'delete', path: '/api/workloads/{workloadId}/shares/{userName}', operationId: 'DeleteWorkloadShare', tag: 'sharing',
    summary: "End a user's share of the workload (owners only; the last owner stays)", params: { ...W, userName: z.string().min(1).max(64).describe('user name') },
    handler: ({ service, params }) => unshareWorkload(service, params.workloadId, params.userName).then((shares) => ({ shares })),
  }),
  route({
    method: 'post', path: '/api/lenses/{lensAlias}/shares', operationId: 'CreateLensShare', tag: 'sharing', status: 201,
    summary: 'Share an imported lens with a user (owners of the lens only)', params: { lensAlias: S.lensAliasParam }, body: shareBody,
    handler: ({ service, params, body }) => shareLens(service, params.lensAlias, body.userName, body.access),
  }),
  route({
    method: 'get', path: '/api/lenses/{lensAlias}/shares', operationId: 'ListLensShares', tag: 'sharing',
    summary: 'Who an imported lens is shared with, and their access', params: { lensAlias: S.lensAliasParam },
    handler: ({ service, params }) => listLensShares(service, params.lensAlias).then((shares) => ({ shares })),
  }),
  route({
    method: 'delete', path: '/api/lenses/{lensAlias}/shares/{userName}', operationId: 'DeleteLensShare', tag: 'sharing',
    summary: "End a user's share of an imported lens (owners of the lens only; the last owner stays)", params: { lensAlias: S.lensAliasParam, userName: z.string().min(1).max(64).describe('user name') },
    handler: ({ service, params }) => unshareLens(service, params.lensAlias, params.userName).then((shares) => ({ shares })),
  }),
];
