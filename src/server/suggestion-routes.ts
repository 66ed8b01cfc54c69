// Suggestions taken over the API: a person (through a client) takes the suggested answers of named questions,
// or of every unanswered question, and each taken answer gets an evidence summary in its notes.
import { z } from 'zod';
import { takeSuggestions } from '../review/take-suggestions.js';
import { route, type RouteDef } from './route.js';
import * as S from './schemas.js';

const takeBody = z.object({
  questionIds: z.array(z.string().min(1).max(128)).max(1000).optional().describe('questions to take; omitted or empty: every unanswered question with a suggestion'),
  onlyUnanswered: z.boolean().optional().describe('skip named questions that already have an answer (default false: a named question is answered with its suggestion)'),
  versions: z.record(z.string().max(128), z.number().int().min(0)).optional().describe('answer versions read, by question id: a stale one is a 409'),
});

const takeResponse = z.object({
  taken: z.array(z.object({ questionId: z.string(), selectedChoices: z.array(z.string()), risk: z.string(), notes: z.string() })),
  skipped: z.array(z.object({ questionId: z.string(), reason: z.enum(['answered', 'no-suggestion']) })),
});

export const SUGGESTION_ROUTES: RouteDef[] = [
  route({
    method: 'post', path: '/api/workloads/{workloadId}/lensReviews/{lensAlias}/suggestions', operationId: 'TakeSuggestedAnswers', tag: 'reviews',
    summary: 'Answer questions with the answers their scan evidence suggests, with an evidence summary in the notes (Serverless Lens only)',
    params: { workloadId: S.workloadIdParam, lensAlias: S.lensAliasParam }, query: S.langQuery, body: takeBody, response: takeResponse,
    handler: ({ service, params, query, body, lang }) => takeSuggestions(service, params.workloadId, params.lensAlias, body, query.lang ?? lang),
  }),
];
