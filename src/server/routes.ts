// The REST API: AWS Well-Architected API operations (names and semantics) on plain REST paths.
import { z } from 'zod';
import { deleteLens, exportLens, getLens, importLens, listLenses } from '../review/catalog.js';
import { compareMilestones, createMilestone, deleteMilestone, getMilestone, listMilestones, renameMilestone } from '../review/milestones.js';
import { choiceStatesOf } from '../review/choice-states.js';
import type { ReviewService } from '../review/service.js';
import { exportWorkload, importWorkload } from '../review/transfer.js';
import { LARGE_BODY_LIMIT, route, type RouteDef } from './route.js';
import { EVIDENCE_ROUTES } from './evidence-routes.js';
import { UPLOAD_ROUTES } from './upload-routes.js';
import { HISTORY_ROUTES } from './history-routes.js';
import { SHARE_ROUTES } from './share-routes.js';
import { TEMPLATE_ROUTES } from './template-routes.js';
import { PROFILE_ROUTES } from './profile-routes.js';
import { SUGGESTION_ROUTES } from './suggestion-routes.js';
import { PLAN_ROUTES } from './plan-routes.js';
import { CHOICE_STATE_ROUTES, choiceStatesFor } from './choice-state-routes.js';
import { CONSOLIDATED_ROUTES } from './consolidated-routes.js';
import * as S from './schemas.js';

const W = { workloadId: S.workloadIdParam };
const WL = { ...W, lensAlias: S.lensAliasParam };
const REVIEW = '/api/workloads/{workloadId}/lensReviews/{lensAlias}';

/** An answer view with its per-choice states. */
async function withChoiceStates<A extends object>(service: ReviewService, p: { workloadId: string; lensAlias: string; questionId: string }, answer: A): Promise<A & { choiceStates: unknown[] }> {
  return { ...answer, choiceStates: await choiceStatesFor(service, p.workloadId, p.lensAlias, p.questionId) };
}

const lensRoutes: RouteDef[] = [
  route({
    method: 'get', path: '/api/lenses', operationId: 'ListLenses', tag: 'lenses', summary: 'List the built-in and imported lenses with their versions',
    handler: ({ service }) => listLenses(service).then((lenses) => ({ lenses })),
  }),
  route({
    method: 'post', path: '/api/lenses', operationId: 'ImportLens', tag: 'lenses', status: 201, bodyLimit: LARGE_BODY_LIMIT,
    summary: 'Import a custom lens (AWS custom-lens JSON); the same content again is the same version',
    body: S.importLensBody,
    handler: ({ service, body, lang }) => importLens(service, body.jsonString ?? JSON.stringify(body.lens), { alias: body.lensAlias, file: 'request body', lang }),
  }),
  route({
    method: 'get', path: '/api/lenses/{lensAlias}', operationId: 'GetLens', tag: 'lenses', summary: 'A lens document (latest version unless ?version=) in the requested language',
    params: { lensAlias: S.lensAliasParam }, query: S.lensQuery,
    handler: ({ service, params, query, lang }) => getLens(service, params.lensAlias, query.lang ?? lang, query.version),
  }),
  route({
    method: 'delete', path: '/api/lenses/{lensAlias}', operationId: 'DeleteLens', tag: 'lenses',
    summary: 'Delete an imported lens with all its versions; refused (409, naming the workloads) while a review or a milestone uses it',
    params: { lensAlias: S.lensAliasParam },
    handler: ({ service, params }) => deleteLens(service, params.lensAlias),
  }),
  route({
    method: 'get', path: '/api/lenses/{lensAlias}/export', operationId: 'ExportLens', tag: 'lenses', summary: 'The lens as AWS custom-lens JSON, importable into the WA Tool',
    params: { lensAlias: S.lensAliasParam }, query: S.lensQuery,
    handler: async ({ service, params, query, lang }) =>
      new Response(await exportLens(service, params.lensAlias, query.lang ?? lang, query.version), { headers: { 'content-type': 'application/json; charset=utf-8' } }),
  }),
];

const workloadRoutes: RouteDef[] = [
  route({
    method: 'get', path: '/api/workloads', operationId: 'ListWorkloads', tag: 'workloads', summary: 'All workloads with their lenses and risk counts',
    handler: ({ service }) => service.listWorkloads().then((workloads) => ({ workloads })),
  }),
  route({
    method: 'post', path: '/api/workloads', operationId: 'CreateWorkload', tag: 'workloads', status: 201, summary: 'Create a workload and apply lenses to it',
    body: S.createWorkloadBody, response: S.workloadSchema,
    handler: ({ service, body }) => service.createWorkload(body),
  }),
  route({
    method: 'post', path: '/api/workloads/import', operationId: 'ImportWorkload', tag: 'workloads', status: 201, bodyLimit: LARGE_BODY_LIMIT,
    summary: 'Import a workload exported by GET /api/workloads/{workloadId}/export',
    query: S.importWorkloadQuery, body: z.unknown(), response: S.workloadSchema,
    handler: ({ service, body, query, principal }) => importWorkload(service, body, { name: query.name, caller: principal }),
  }),
  route({
    method: 'get', path: '/api/workloads/{workloadId}', operationId: 'GetWorkload', tag: 'workloads', summary: 'One workload', params: W, response: S.workloadSchema,
    handler: ({ service, params }) => service.getWorkload(params.workloadId),
  }),
  route({
    method: 'patch', path: '/api/workloads/{workloadId}', operationId: 'UpdateWorkload', tag: 'workloads', summary: 'Change workload fields (fields left out keep their values)',
    params: W, body: S.updateWorkloadBody, response: S.workloadSchema,
    handler: ({ service, params, body }) => service.updateWorkload(params.workloadId, body),
  }),
  route({
    method: 'delete', path: '/api/workloads/{workloadId}', operationId: 'DeleteWorkload', tag: 'workloads', summary: 'Delete a workload with its reviews and milestones', params: W,
    handler: ({ service, params }) => service.deleteWorkload(params.workloadId).then((w) => ({ workloadId: w.id, deleted: true })),
  }),
  route({
    method: 'get', path: '/api/workloads/{workloadId}/export', operationId: 'ExportWorkload', tag: 'workloads', summary: 'The whole workload as one JSON document', params: W,
    handler: ({ service, params }) => exportWorkload(service, params.workloadId),
  }),
];

const reviewRoutes: RouteDef[] = [
  route({
    method: 'get', path: '/api/workloads/{workloadId}/lensReviews', operationId: 'ListLensReviews', tag: 'reviews', summary: 'The lens reviews of a workload with risk counts',
    params: W, query: S.langQuery,
    handler: async ({ service, params, query, lang }) => {
      const w = await service.getWorkload(params.workloadId);
      const lensReviews = [];
      for (const alias of w.lenses) {
        const r = await service.getReview(w.workloadId, alias, query.lang ?? lang);
        lensReviews.push({ lens: r.lens, riskCounts: r.riskCounts, pillars: r.pillars });
      }
      return { workloadId: w.workloadId, lensReviews };
    },
  }),
  route({
    method: 'post', path: '/api/workloads/{workloadId}/lensReviews', operationId: 'AssociateLenses', tag: 'reviews', summary: 'Apply lenses to a workload',
    params: W, body: S.associateLensesBody, response: S.workloadSchema,
    handler: ({ service, params, body }) => service.applyLenses(params.workloadId, body.lensAliases),
  }),
  route({
    method: 'get', path: REVIEW, operationId: 'GetLensReview', tag: 'reviews', summary: 'The review: risk per question, progress and risk counts per pillar, improvement plan',
    params: WL, query: S.langQuery, response: S.reviewSchema,
    handler: ({ service, params, query, lang }) => service.getReview(params.workloadId, params.lensAlias, query.lang ?? lang),
  }),
  route({
    method: 'delete', path: REVIEW, operationId: 'DisassociateLenses', tag: 'reviews', summary: 'Remove a lens (and its answers) from a workload', params: WL, response: S.workloadSchema,
    handler: ({ service, params }) => service.removeLens(params.workloadId, params.lensAlias),
  }),
  route({
    method: 'post', path: `${REVIEW}/upgrade`, operationId: 'UpgradeLensReview', tag: 'reviews', summary: "Move to the lens's latest version, keeping answers whose choices still exist",
    params: WL, response: S.reviewSchema,
    handler: ({ service, params }) => service.upgradeLensReview(params.workloadId, params.lensAlias),
  }),
  route({
    method: 'get', path: `${REVIEW}/improvements`, operationId: 'ListLensReviewImprovements', tag: 'reviews', summary: 'The improvement plan: missing best practices, highest risk first',
    params: WL, query: S.langQuery,
    handler: ({ service, params, query, lang }) => service.improvementPlan(params.workloadId, params.lensAlias, query.lang ?? lang),
  }),
  route({
    method: 'get', path: `${REVIEW}/answers`, operationId: 'ListAnswers', tag: 'answers', summary: 'Every answer of a lens review, with its choices and version',
    params: WL, query: S.langQuery,
    handler: async ({ service, params, query, lang }) => {
      const answers = await service.listAnswers(params.workloadId, params.lensAlias, query.lang ?? lang);
      const states = await choiceStatesOf(service, params.workloadId, params.lensAlias);
      return { answers: answers.map((a) => ({ ...a, choiceStates: states.get(a.questionId) ?? [] })) };
    },
  }),
  route({
    method: 'get', path: `${REVIEW}/answers/{questionId}`, operationId: 'GetAnswer', tag: 'answers', summary: 'One answer with its choices, risk and version',
    params: { ...WL, questionId: S.questionIdParam }, query: S.langQuery, response: S.answerSchema,
    handler: ({ service, params, query, lang }) => service.getAnswer(params.workloadId, params.lensAlias, params.questionId, query.lang ?? lang).then((a) => withChoiceStates(service, params, a)),
  }),
  route({
    method: 'patch', path: `${REVIEW}/answers/{questionId}`, operationId: 'UpdateAnswer', tag: 'answers',
    summary: 'Update an answer; send the version you read — a stale version gets 409 with the current version',
    params: { ...WL, questionId: S.questionIdParam }, query: S.langQuery, body: S.updateAnswerBody, response: S.answerSchema,
    handler: ({ service, params, query, body, lang }) => service.updateAnswer(params.workloadId, params.lensAlias, params.questionId, body, query.lang ?? lang).then((a) => withChoiceStates(service, params, a)),
  }),
];

const milestoneRoutes: RouteDef[] = [
  route({
    method: 'get', path: '/api/workloads/{workloadId}/milestones', operationId: 'ListMilestones', tag: 'milestones', summary: 'Milestones of a workload, oldest first', params: W,
    handler: ({ service, params }) => listMilestones(service, params.workloadId).then((milestones) => ({ milestones })),
  }),
  route({
    method: 'post', path: '/api/workloads/{workloadId}/milestones', operationId: 'CreateMilestone', tag: 'milestones', status: 201,
    summary: 'Freeze the current answers as the next numbered milestone', params: W, body: S.createMilestoneBody, response: S.milestoneSummarySchema,
    handler: ({ service, params, body }) => createMilestone(service, params.workloadId, body.milestoneName),
  }),
  route({
    method: 'get', path: '/api/workloads/{workloadId}/milestones/compare', operationId: 'CompareMilestones', tag: 'milestones',
    summary: 'What improved and what regressed between two milestones (or a milestone and the current answers)', params: W, query: S.compareQuery,
    handler: ({ service, params, query, lang }) => compareMilestones(service, params.workloadId, query.base, query.target, query.lang ?? lang),
  }),
  route({
    method: 'get', path: '/api/workloads/{workloadId}/milestones/{milestoneNumber}', operationId: 'GetMilestone', tag: 'milestones', summary: 'A milestone with its frozen reviews',
    params: { ...W, milestoneNumber: S.milestoneParam }, query: S.langQuery,
    handler: ({ service, params, query, lang }) => getMilestone(service, params.workloadId, params.milestoneNumber, query.lang ?? lang),
  }),
  route({
    method: 'patch', path: '/api/workloads/{workloadId}/milestones/{milestoneNumber}', operationId: 'UpdateMilestone', tag: 'milestones',
    summary: 'Rename a milestone (its frozen answers never change)', params: { ...W, milestoneNumber: S.milestoneParam }, body: S.createMilestoneBody, response: S.milestoneSummarySchema,
    handler: ({ service, params, body }) => renameMilestone(service, params.workloadId, params.milestoneNumber, body.milestoneName),
  }),
  route({
    method: 'delete', path: '/api/workloads/{workloadId}/milestones/{milestoneNumber}', operationId: 'DeleteMilestone', tag: 'milestones',
    summary: 'Delete a milestone; the other milestones keep their numbers', params: { ...W, milestoneNumber: S.milestoneParam }, response: S.milestoneSummarySchema,
    handler: ({ service, params }) => deleteMilestone(service, params.workloadId, params.milestoneNumber),
  }),
];

export const API_ROUTES: readonly RouteDef[] = [...lensRoutes, ...workloadRoutes, ...reviewRoutes, ...EVIDENCE_ROUTES, ...UPLOAD_ROUTES, ...SUGGESTION_ROUTES, ...CHOICE_STATE_ROUTES, ...PLAN_ROUTES, ...milestoneRoutes, ...SHARE_ROUTES, ...HISTORY_ROUTES, ...CONSOLIDATED_ROUTES, ...PROFILE_ROUTES, ...TEMPLATE_ROUTES];
