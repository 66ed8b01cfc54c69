// The W-A API operations slens serves: the model's method and path for each (API 2020-03-31, restJson1),
// input checked against the model's members and limits, and the call into the review adapter.
import { z } from 'zod';
import * as A from './review-adapter.js';
import * as L from './lens-adapter.js';
import * as P from './profile-adapter.js';
import { page } from './paging.js';
import { getConsolidatedReport } from './consolidated.js';

export interface OperationInput<Q = unknown, B = unknown> {
  call: A.AwsCall;
  params: Record<string, string>;
  query: Q;
  body: B;
}

export interface AwsOperation {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Hono path under /aws. */
  path: string;
  /** Changes something: needs an admin or editor. */
  write: boolean;
  /** A create whose ClientRequestToken makes a repeat return the first response (see app.ts). */
  idempotent?: boolean;
  /** What a 404/409 is about (the model's ResourceType) and the path parameter naming it. */
  resource: { type: string; param?: string };
  query?: z.ZodType;
  body?: z.ZodType;
  /** The response body; undefined for the operations whose output is empty. */
  run: (input: OperationInput) => Promise<unknown>;
}

type Empty = z.ZodType<Record<string, never>>;

/** An operation whose handler sees its query and body as their schemas type them. */
function op<Q extends z.ZodType = Empty, B extends z.ZodType = Empty>(
  def: Omit<AwsOperation, 'query' | 'body' | 'run'> & { query?: Q; body?: B; run: (input: OperationInput<z.output<Q>, z.output<B>>) => Promise<unknown> },
): AwsOperation {
  return def as AwsOperation;
}

const text = (min: number, max: number) => z.string().min(min).max(max);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const environment = z.enum(['PRODUCTION', 'PREPRODUCTION']);
const reason = z.enum(['OUT_OF_SCOPE', 'BUSINESS_PRIORITIES', 'ARCHITECTURE_CONSTRAINTS', 'OTHER', 'NONE']);
const paging = (max: number) => ({ NextToken: z.string().optional(), MaxResults: int(1, max).optional() });
const milestoneQuery = z.object({ MilestoneNumber: int(1, 100).optional() });
const tags = z.record(z.string(), z.string()).optional();

const workloadFields = {
  WorkloadName: text(3, 100),
  Description: text(3, 250),
  Environment: environment,
  AccountIds: z.array(z.string().regex(/^[0-9]{12}$/)).max(100).optional(),
  AwsRegions: z.array(text(0, 100)).max(50).optional(),
  NonAwsRegions: z.array(text(3, 25)).max(5).optional(),
  PillarPriorities: z.array(text(1, 64)).optional(),
  ArchitecturalDesign: z.string().max(2048).regex(/^(|(https?|ftp):\/\/[^\s/$.?#].[^\s]*)$/).optional(),
  ReviewOwner: text(3, 255).optional(),
  IndustryType: z.string().max(100).optional(),
  Industry: z.string().max(100).optional(),
  Notes: z.string().max(2084).optional(),
};

const createWorkloadBody = z.object({ ...workloadFields, Lenses: z.array(text(1, 128)), ClientRequestToken: text(1, 2048).optional(), Tags: tags });
const updateWorkloadBody = z.object({
  WorkloadName: workloadFields.WorkloadName.optional(),
  Description: workloadFields.Description.optional(),
  Environment: environment.optional(),
  AccountIds: workloadFields.AccountIds,
  AwsRegions: workloadFields.AwsRegions,
  NonAwsRegions: workloadFields.NonAwsRegions,
  PillarPriorities: workloadFields.PillarPriorities,
  ArchitecturalDesign: workloadFields.ArchitecturalDesign,
  ReviewOwner: workloadFields.ReviewOwner,
  IndustryType: workloadFields.IndustryType,
  Industry: workloadFields.Industry,
  Notes: workloadFields.Notes,
  IsReviewOwnerUpdateAcknowledged: z.boolean().optional(),
  ImprovementStatus: z.enum(['NOT_APPLICABLE', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'RISK_ACKNOWLEDGED']).optional(),
});
const lensAliasesBody = z.object({ LensAliases: z.array(text(1, 128)).min(1).max(10) });
const choiceUpdate = z.object({ Status: z.enum(['SELECTED', 'NOT_APPLICABLE', 'UNSELECTED']), Reason: reason.optional(), Notes: z.string().max(250).optional() });
const updateAnswerBody = z.object({
  SelectedChoices: z.array(text(1, 64)).optional(),
  ChoiceUpdates: z.record(text(1, 64), choiceUpdate).optional(),
  Notes: z.string().max(2084).optional(),
  IsApplicable: z.boolean().optional(),
  Reason: reason.optional(),
});
const profileQuestion = z.object({ QuestionId: text(1, 128).optional(), SelectedChoiceIds: z.array(text(1, 64)).max(20).optional() });
const pillarQuery = z.object({ PillarId: text(1, 64).optional(), QuestionPriority: z.enum(['PRIORITIZED', 'NONE']).optional(), MilestoneNumber: int(1, 100).optional() });

const W = ':WorkloadId';
const REVIEW = `/workloads/${W}/lensReviews/:LensAlias`;


export const OPERATIONS: readonly AwsOperation[] = [
  op({
    name: 'CreateWorkload', method: 'POST', path: '/workloads', write: true, idempotent: true, resource: { type: 'WORKLOAD' }, body: createWorkloadBody,
    run: ({ call, body }) => A.createWorkload(call, body, body.Lenses),
  }),
  op({
    name: 'ListWorkloads', method: 'POST', path: '/workloadsSummaries', write: false, resource: { type: 'WORKLOAD' },
    body: z.object({ WorkloadNamePrefix: z.string().max(100).optional(), ...paging(50) }),
    run: async ({ call, body }) => {
      const { items, NextToken } = page(await A.listWorkloads(call, body.WorkloadNamePrefix), body, 50);
      return { WorkloadSummaries: items, NextToken };
    },
  }),
  op({
    name: 'GetWorkload', method: 'GET', path: `/workloads/${W}`, write: false, resource: { type: 'WORKLOAD', param: 'WorkloadId' },
    run: ({ call, params }) => A.getWorkload(call, params.WorkloadId ?? ''),
  }),
  op({
    name: 'UpdateWorkload', method: 'PATCH', path: `/workloads/${W}`, write: true, resource: { type: 'WORKLOAD', param: 'WorkloadId' }, body: updateWorkloadBody,
    run: ({ call, params, body }) => A.updateWorkload(call, params.WorkloadId ?? '', body),
  }),
  op({
    name: 'DeleteWorkload', method: 'DELETE', path: `/workloads/${W}`, write: true, resource: { type: 'WORKLOAD', param: 'WorkloadId' },
    query: z.object({ ClientRequestToken: text(1, 2048).optional() }),
    run: ({ call, params }) => A.deleteWorkload(call, params.WorkloadId ?? ''),
  }),
  op({
    name: 'AssociateLenses', method: 'PATCH', path: `/workloads/${W}/associateLenses`, write: true, resource: { type: 'WORKLOAD', param: 'WorkloadId' }, body: lensAliasesBody,
    run: ({ call, params, body }) => A.associateLenses(call, params.WorkloadId ?? '', body.LensAliases),
  }),
  op({
    name: 'DisassociateLenses', method: 'PATCH', path: `/workloads/${W}/disassociateLenses`, write: true, resource: { type: 'WORKLOAD', param: 'WorkloadId' }, body: lensAliasesBody,
    run: ({ call, params, body }) => A.disassociateLenses(call, params.WorkloadId ?? '', body.LensAliases),
  }),
  op({
    name: 'ListLenses', method: 'GET', path: '/lenses', write: false, resource: { type: 'LENS' },
    query: z.object({
      ...paging(50),
      LensType: z.enum(['AWS_OFFICIAL', 'CUSTOM_SHARED', 'CUSTOM_SELF']).optional(),
      LensStatus: z.enum(['ALL', 'DRAFT', 'PUBLISHED']).optional(),
      LensName: text(1, 128).optional(),
    }),
    run: async ({ call, query }) => {
      const name = query.LensName?.toLowerCase();
      const all = (await L.lensSummaries(call)).filter(
        (l) => (!query.LensType || l.LensType === query.LensType) && query.LensStatus !== 'DRAFT' && (!name || l.LensName.toLowerCase().includes(name)),
      );
      const { items, NextToken } = page(all, query, 50);
      return { LensSummaries: items, NextToken };
    },
  }),
  op({
    name: 'ImportLens', method: 'PUT', path: '/importLens', write: true, idempotent: true, resource: { type: 'LENS' },
    body: z.object({ LensAlias: text(1, 128).optional(), JSONString: text(2, 500_000), ClientRequestToken: text(1, 2048).optional(), Tags: tags }),
    run: ({ call, body }) => L.importLensShape(call, body.JSONString, body.LensAlias),
  }),
  op({
    name: 'CreateLensVersion', method: 'POST', path: '/lenses/:LensAlias/versions', write: true, idempotent: true, resource: { type: 'LENS', param: 'LensAlias' },
    body: z.object({ LensVersion: text(1, 32), IsMajorVersion: z.boolean().optional(), ClientRequestToken: text(1, 2048).optional() }),
    run: ({ call, params }) => L.createLensVersionShape(call, params.LensAlias ?? ''),
  }),
  op({
    name: 'GetLens', method: 'GET', path: '/lenses/:LensAlias', write: false, resource: { type: 'LENS', param: 'LensAlias' },
    query: z.object({ LensVersion: text(1, 32).optional() }),
    run: ({ call, params, query }) => L.getLensShape(call, params.LensAlias ?? '', query.LensVersion),
  }),
  op({
    name: 'ExportLens', method: 'GET', path: '/lenses/:LensAlias/export', write: false, resource: { type: 'LENS', param: 'LensAlias' },
    query: z.object({ LensVersion: text(1, 32).optional() }),
    run: ({ call, params, query }) => L.exportLensShape(call, params.LensAlias ?? '', query.LensVersion),
  }),
  op({
    name: 'ListLensReviews', method: 'GET', path: `/workloads/${W}/lensReviews`, write: false, resource: { type: 'WORKLOAD', param: 'WorkloadId' },
    query: z.object({ ...paging(50), MilestoneNumber: int(1, 100).optional() }),
    run: async ({ call, params, query }) => {
      const found = await A.lensReviewSummaries(call, params.WorkloadId ?? '', query.MilestoneNumber);
      const { items, NextToken } = page(found.summaries, query, 50);
      return { WorkloadId: found.workloadId, MilestoneNumber: query.MilestoneNumber, LensReviewSummaries: items, NextToken };
    },
  }),
  op({
    name: 'GetLensReview', method: 'GET', path: REVIEW, write: false, resource: { type: 'LENS_REVIEW', param: 'LensAlias' }, query: milestoneQuery,
    run: ({ call, params, query }) => A.getLensReview(call, params.WorkloadId ?? '', params.LensAlias ?? '', query.MilestoneNumber),
  }),
  op({
    name: 'UpgradeLensReview', method: 'PUT', path: `${REVIEW}/upgrade`, write: true, resource: { type: 'LENS_REVIEW', param: 'LensAlias' },
    body: z.object({ MilestoneName: text(3, 100), ClientRequestToken: text(1, 2048).optional() }),
    run: ({ call, params, body }) => A.upgradeLensReview(call, params.WorkloadId ?? '', params.LensAlias ?? '', body.MilestoneName),
  }),
  op({
    name: 'ListAnswers', method: 'GET', path: `${REVIEW}/answers`, write: false, resource: { type: 'LENS_REVIEW', param: 'LensAlias' },
    query: pillarQuery.extend(paging(50)),
    run: async ({ call, params, query }) => {
      const found = await A.listAnswers(call, params.WorkloadId ?? '', params.LensAlias ?? '', query.PillarId, query.MilestoneNumber, query.QuestionPriority === 'PRIORITIZED');
      const { items, NextToken } = page(found.items, query, 50);
      return { ...found.header, AnswerSummaries: items, NextToken };
    },
  }),
  op({
    name: 'GetAnswer', method: 'GET', path: `${REVIEW}/answers/:QuestionId`, write: false, resource: { type: 'ANSWER', param: 'QuestionId' }, query: milestoneQuery,
    run: ({ call, params, query }) => A.getAnswer(call, params.WorkloadId ?? '', params.LensAlias ?? '', params.QuestionId ?? '', query.MilestoneNumber),
  }),
  op({
    name: 'UpdateAnswer', method: 'PATCH', path: `${REVIEW}/answers/:QuestionId`, write: true, resource: { type: 'ANSWER', param: 'QuestionId' }, body: updateAnswerBody,
    run: ({ call, params, body }) => A.updateAnswer(call, params.WorkloadId ?? '', params.LensAlias ?? '', params.QuestionId ?? '', body),
  }),
  op({
    name: 'ListLensReviewImprovements', method: 'GET', path: `${REVIEW}/improvements`, write: false, resource: { type: 'LENS_REVIEW', param: 'LensAlias' },
    query: pillarQuery.extend(paging(100)),
    run: async ({ call, params, query }) => {
      const found = await A.improvements(call, params.WorkloadId ?? '', params.LensAlias ?? '', query.PillarId, query.MilestoneNumber, query.QuestionPriority === 'PRIORITIZED');
      const { items, NextToken } = page(found.items, query, 100);
      return { ...found.header, ImprovementSummaries: items, NextToken };
    },
  }),
  op({
    name: 'GetLensReviewReport', method: 'GET', path: `${REVIEW}/report`, write: false, resource: { type: 'LENS_REVIEW', param: 'LensAlias' }, query: milestoneQuery,
    run: ({ call, params, query }) => A.lensReviewReport(call, params.WorkloadId ?? '', params.LensAlias ?? '', query.MilestoneNumber),
  }),
  op({
    name: 'CreateMilestone', method: 'POST', path: `/workloads/${W}/milestones`, write: true, idempotent: true, resource: { type: 'MILESTONE', param: 'WorkloadId' },
    body: z.object({ MilestoneName: text(3, 100), ClientRequestToken: text(1, 2048).optional() }),
    run: ({ call, params, body }) => A.createMilestoneShape(call, params.WorkloadId ?? '', body.MilestoneName),
  }),
  op({
    name: 'ListMilestones', method: 'POST', path: `/workloads/${W}/milestonesSummaries`, write: false, resource: { type: 'WORKLOAD', param: 'WorkloadId' },
    body: z.object(paging(50)),
    run: async ({ call, params, body }) => {
      const found = await A.milestoneSummaries(call, params.WorkloadId ?? '');
      const { items, NextToken } = page(found.items, body, 50);
      return { WorkloadId: found.workloadId, MilestoneSummaries: items, NextToken };
    },
  }),
  op({
    name: 'GetMilestone', method: 'GET', path: `/workloads/${W}/milestones/:MilestoneNumber`, write: false, resource: { type: 'MILESTONE', param: 'MilestoneNumber' },
    run: ({ call, params }) => A.getMilestoneShape(call, params.WorkloadId ?? '', Number(params.MilestoneNumber)),
  }),
  op({
    name: 'GetProfileTemplate', method: 'GET', path: '/profileTemplate', write: false, resource: { type: 'PROFILE' },
    run: ({ call }) => Promise.resolve(P.profileTemplate(call)),
  }),
  op({
    name: 'CreateProfile', method: 'POST', path: '/profiles', write: true, idempotent: true, resource: { type: 'PROFILE' },
    body: z.object({ ProfileName: text(3, 100), ProfileDescription: text(3, 100), ProfileQuestions: z.array(profileQuestion).max(50), ClientRequestToken: text(1, 2048).optional(), Tags: tags }),
    run: ({ call, body }) => P.createProfileShape(call, body),
  }),
  op({
    name: 'ListProfiles', method: 'GET', path: '/profileSummaries', write: false, resource: { type: 'PROFILE' },
    query: z.object({ ProfileNamePrefix: z.string().max(100).optional(), ProfileOwnerType: z.enum(['SELF', 'SHARED']).optional(), ...paging(50) }),
    run: async ({ call, query }) => {
      const { items, NextToken } = page(await P.listProfileShapes(call, query.ProfileNamePrefix, query.ProfileOwnerType), query, 50);
      return { ProfileSummaries: items, NextToken };
    },
  }),
  op({
    name: 'GetProfile', method: 'GET', path: '/profiles/:ProfileArn', write: false, resource: { type: 'PROFILE', param: 'ProfileArn' },
    query: z.object({ ProfileVersion: text(1, 32).optional() }),
    run: ({ call, params }) => P.getProfileShape(call, params.ProfileArn ?? ''),
  }),
  op({
    name: 'UpdateProfile', method: 'PATCH', path: '/profiles/:ProfileArn', write: true, resource: { type: 'PROFILE', param: 'ProfileArn' },
    body: z.object({ ProfileDescription: text(3, 100).optional(), ProfileQuestions: z.array(profileQuestion).max(50).optional() }),
    run: ({ call, params, body }) => P.updateProfileShape(call, params.ProfileArn ?? '', body),
  }),
  op({
    name: 'DeleteProfile', method: 'DELETE', path: '/profiles/:ProfileArn', write: true, resource: { type: 'PROFILE', param: 'ProfileArn' },
    query: z.object({ ClientRequestToken: text(1, 2048).optional() }),
    run: ({ call, params }) => P.deleteProfileShape(call, params.ProfileArn ?? ''),
  }),
  op({
    name: 'AssociateProfiles', method: 'PATCH', path: `/workloads/${W}/associateProfiles`, write: true, resource: { type: 'WORKLOAD', param: 'WorkloadId' },
    body: z.object({ ProfileArns: z.array(text(1, 2084)).min(1) }),
    run: ({ call, params, body }) => P.associateProfiles(call, params.WorkloadId ?? '', body.ProfileArns),
  }),
  op({
    name: 'DisassociateProfiles', method: 'PATCH', path: `/workloads/${W}/disassociateProfiles`, write: true, resource: { type: 'WORKLOAD', param: 'WorkloadId' },
    body: z.object({ ProfileArns: z.array(text(1, 2084)).min(1) }),
    run: ({ call, params, body }) => P.disassociateProfiles(call, params.WorkloadId ?? '', body.ProfileArns),
  }),
  op({
    name: 'GetConsolidatedReport', method: 'GET', path: '/consolidatedReport', write: false, resource: { type: 'WORKLOAD' },
    query: z.object({ Format: z.enum(['PDF', 'JSON']), IncludeSharedResources: z.enum(['true', 'false']).optional(), ...paging(15) }),
    run: ({ call, query }) => getConsolidatedReport(call, query),
  }),
];
