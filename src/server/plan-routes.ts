// The improvement plan's items over the API: read the plan with each item's status, owner and due date, and
// set one item (PUT with the version last read; a stale version is a 409 carrying the current version).
import { z } from 'zod';
import { planView, updateImprovementItem } from '../review/improvement-items.js';
import { improvementItemModel } from '../review/model.js';
import { route, type RouteDef } from './route.js';
import * as S from './schemas.js';

const PATH = '/api/workloads/{workloadId}/lensReviews/{lensAlias}/improvementItems';
const PARAMS = { workloadId: S.workloadIdParam, lensAlias: S.lensAliasParam };

const risk = z.enum(['HIGH', 'MEDIUM', 'NONE', 'NOT_APPLICABLE', 'UNANSWERED']);
const itemState = improvementItemModel.omit({ questionId: true, choiceId: true }).extend({ version: z.number().int(), updatedAt: z.string().nullable() });
const statusCounts = z.object({ OPEN: z.number().int(), IN_PROGRESS: z.number().int(), DONE: z.number().int(), WONT_DO: z.number().int() });

export const planSchema = z.object({
  workload: z.object({ id: z.string(), name: z.string() }),
  lens: z.object({ alias: z.string(), name: z.string(), version: z.string(), versionLabel: z.string().nullable(), latestVersion: z.string(), upgradeAvailable: z.boolean() }),
  entries: z.array(
    z.object({
      pillarId: z.string(),
      pillarName: z.string(),
      questionId: z.string(),
      questionTitle: z.string(),
      risk,
      choiceId: z.string(),
      choiceTitle: z.string(),
      firstStep: z.string(),
      guidance: z.string(),
      url: z.string().nullable(),
      item: itemState,
      doneButUnticked: z.boolean().describe('DONE while the choice is still not ticked in the answer'),
    }),
  ),
  counts: statusCounts,
  doneButUnticked: z.array(z.object({ questionId: z.string(), choiceId: z.string(), choiceTitle: z.string() })),
});

export const updateItemBody = improvementItemModel
  .pick({ status: true, reason: true, owner: true, due: true })
  .partial()
  .extend({ version: z.number().int().min(0).describe('the item version last read (0 for an item never written); a stale version gets 409') })
  .strict();

export const itemSchema = improvementItemModel.extend({ version: z.number().int(), updatedAt: z.string().nullable(), doneButUnticked: z.boolean() });

export const PLAN_ROUTES: RouteDef[] = [
  route({
    method: 'get', path: PATH, operationId: 'ListImprovementItems', tag: 'reviews',
    summary: "The improvement plan's items (HIGH then MEDIUM, by pillar priority) with status, owner and due date, and counts per status",
    params: PARAMS, query: S.langQuery, response: planSchema,
    handler: ({ service, params, query, lang }) => planView(service, params.workloadId, params.lensAlias, query.lang ?? lang),
  }),
  route({
    method: 'put', path: `${PATH}/{questionId}/{choiceId}`, operationId: 'UpdateImprovementItem', tag: 'reviews',
    summary: 'Set the status (OPEN, IN_PROGRESS, DONE, WONT_DO with a reason), owner and due date of one item; send the version you read',
    params: { ...PARAMS, questionId: S.questionIdParam, choiceId: z.string().min(1).max(128).describe('choice id (a best practice of the question)') },
    query: S.langQuery, body: updateItemBody, response: itemSchema,
    handler: ({ service, params, query, body, lang }) => updateImprovementItem(service, params.workloadId, params.lensAlias, params.questionId, params.choiceId, body, query.lang ?? lang),
  }),
];
