// Per-choice states of a question over the API (the W-A Tool's ChoiceUpdates): read them, and mark choices not
// applicable with a reason (or applicable again), each with an optional note. Unknown choices, "None of these",
// unknown reasons, over-long notes and control characters are a 400 naming the field.
import { z } from 'zod';
import { CHOICE_REASONS, choiceStatesOf, markChoices, MAX_CHOICE_NOTES } from '../review/choice-states.js';
import { MAX_UNITS_PER_CHARACTER } from '../review/model.js';
import type { ReviewService } from '../review/service.js';
import { countCharacters } from '../util/text.js';
import { route, type RouteDef } from './route.js';
import * as S from './schemas.js';

const PATH = '/api/workloads/{workloadId}/lensReviews/{lensAlias}/answers/{questionId}/choiceStates';
const PARAMS = { workloadId: S.workloadIdParam, lensAlias: S.lensAliasParam, questionId: S.questionIdParam };

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const choiceStatesSchema = z.object({ questionId: z.string(), choiceStates: z.array(S.choiceStateSchema) });

export const updateChoiceStatesBody = z
  .object({
    choices: z
      .array(
        z
          .object({
            choiceId: z.string().min(1).max(128).refine((s) => !CONTROL.test(s), { message: 'must not contain control characters' }),
            reason: z.enum(CHOICE_REASONS).nullable().describe('a reason marks the choice not applicable; null makes it applicable again'),
            notes: z
              .string()
              .max(MAX_CHOICE_NOTES * MAX_UNITS_PER_CHARACTER)
              .refine((s) => countCharacters(s) <= MAX_CHOICE_NOTES, { message: `at most ${MAX_CHOICE_NOTES} characters` })
              .refine((s) => !CONTROL.test(s), { message: 'must not contain control characters' })
              .optional()
              .describe(`the choice's note, at most ${MAX_CHOICE_NOTES} characters; kept as it was when absent`),
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();

type State = z.infer<typeof S.choiceStateSchema>;

/** The per-choice states of one question (empty when none is kept). */
export async function choiceStatesFor(service: ReviewService, ref: string, alias: string, questionId: string): Promise<State[]> {
  return ((await choiceStatesOf(service, ref, alias)).get(questionId) ?? []) as State[];
}

export const CHOICE_STATE_ROUTES: RouteDef[] = [
  route({
    method: 'get', path: PATH, operationId: 'GetChoiceStates', tag: 'answers',
    summary: 'Per-choice states of an answer: choices marked not applicable with their reason, and choice notes',
    params: PARAMS, response: choiceStatesSchema,
    handler: async ({ service, params }) => {
      await service.getAnswer(params.workloadId, params.lensAlias, params.questionId, 'en'); // 404 for an unknown question
      return { questionId: params.questionId, choiceStates: await choiceStatesFor(service, params.workloadId, params.lensAlias, params.questionId) };
    },
  }),
  route({
    method: 'put', path: PATH, operationId: 'UpdateChoiceStates', tag: 'answers',
    summary: 'Mark choices not applicable with a reason (OUT_OF_SCOPE, BUSINESS_PRIORITIES, ARCHITECTURE_CONSTRAINTS, OTHER, NONE), or applicable again with null; a choice marked so is no longer selected',
    params: PARAMS, body: updateChoiceStatesBody, response: choiceStatesSchema,
    handler: async ({ service, params, body }) => {
      const kept = await markChoices(service, params.workloadId, params.lensAlias, params.questionId, body.choices);
      return { questionId: params.questionId, choiceStates: kept as State[] };
    },
  }),
];
