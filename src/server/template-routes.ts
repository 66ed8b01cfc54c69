// Review templates over the API (the W-A Tool's review templates): create, read, update (versioned), delete, their
// answers one by one, applying one to a workload and resetting an answer to its template. Writing a template needs
// a token or user that may write (admin or editor); applying or resetting needs a contributor of the workload.
import { z } from 'zod';
import { loadWorkloadFor } from '../review/access.js';
import { answersOfWorkload, applyTemplate, createTemplate, deleteTemplate, deleteTemplateAnswer, getTemplate, getTemplateAnswer, listTemplates, resetToTemplate, updateTemplate, updateTemplateAnswer, type AnswerGiven } from '../review/templates.js';
import { templateAnswerInputModel, templateAnswerModel, templateFieldsModel, templateModel } from '../review/template-model.js';
import type { ReviewService } from '../review/service.js';
import { route, type RouteDef } from './route.js';
import * as S from './schemas.js';
import type { Principal } from './tokens.js';

const templateIdParam = z.string().min(1).max(200).describe('review template id, or its unique name (URL-encoded)');
const T = { templateId: templateIdParam };
const TA = { ...T, lensAlias: S.lensAliasParam, questionId: S.questionIdParam };
const BASE = '/api/reviewTemplates';

const copyFields = {
  answers: z.array(templateAnswerInputModel).max(2000).optional().describe('the questions the template answers (replaces them all on update)'),
  fromWorkload: S.workloadIdParam.optional().describe('copy the answered questions of this workload (for the template\'s lenses) instead of giving answers'),
  questionIds: z.array(S.questionIdParam).max(500).optional().describe('with fromWorkload: copy only these questions'),
};

const createBody = z
  .object({ ...templateFieldsModel.partial().shape, templateName: templateFieldsModel.shape.templateName, lensAliases: templateFieldsModel.shape.lensAliases, ...copyFields })
  .strict();
const updateBody = z.object({ ...templateFieldsModel.partial().shape, ...copyFields, version: z.number().int().min(0).describe('the version last read; a stale version gets 409') }).strict();
const answerBody = templateAnswerInputModel.omit({ lensAlias: true, questionId: true }).extend({ version: z.number().int().min(0).describe('the template version last read') }).strict();
const versionQuery = z.object({ version: z.coerce.number().int().min(0).optional().describe('the template version last read; a stale version gets 409') }).strict();
const applyBody = z.object({ templateId: templateIdParam }).strict();

/** The answers to store: those given, or those copied from a workload the caller may read. */
async function answersFrom(service: ReviewService, principal: Principal, body: { answers?: AnswerGiven[]; fromWorkload?: string; questionIds?: string[]; lensAliases?: string[] }, lensAliases: string[]): Promise<AnswerGiven[] | undefined> {
  if (body.fromWorkload === undefined) return body.answers;
  const w = await loadWorkloadFor(service, principal, body.fromWorkload, 'readonly');
  return answersOfWorkload(service, w.id, body.lensAliases ?? lensAliases, body.questionIds);
}

export const TEMPLATE_ROUTES: RouteDef[] = [
  route({
    method: 'get', path: BASE, operationId: 'ListReviewTemplates', tag: 'templates', summary: 'Every review template with its answers',
    handler: ({ service }) => listTemplates(service).then((reviewTemplates) => ({ reviewTemplates })),
  }),
  route({
    method: 'post', path: BASE, operationId: 'CreateReviewTemplate', tag: 'templates', status: 201, response: templateModel,
    summary: 'Create a review template: answers for questions many workloads share (given, or copied from a workload)', body: createBody,
    handler: async ({ service, body, principal }) => createTemplate(service, { ...body, answers: await answersFrom(service, principal, body, body.lensAliases) }, principal),
  }),
  route({
    method: 'get', path: `${BASE}/{templateId}`, operationId: 'GetReviewTemplate', tag: 'templates', summary: 'One review template', params: T, response: templateModel,
    handler: ({ service, params }) => getTemplate(service, params.templateId),
  }),
  route({
    method: 'patch', path: `${BASE}/{templateId}`, operationId: 'UpdateReviewTemplate', tag: 'templates', response: templateModel,
    summary: 'Change a template (send the version you read); linked workload answers not overridden change with it, in the same transaction', params: T, body: updateBody,
    handler: async ({ service, params, body, principal }) => {
      const current = await getTemplate(service, params.templateId);
      return updateTemplate(service, current.templateId, { ...body, answers: await answersFrom(service, principal, body, current.lensAliases) }, principal);
    },
  }),
  route({
    method: 'delete', path: `${BASE}/{templateId}`, operationId: 'DeleteReviewTemplate', tag: 'templates', summary: 'Delete a template; answers that came from it stay as plain answers',
    params: T, query: versionQuery,
    handler: ({ service, params, query }) => deleteTemplate(service, params.templateId, query.version),
  }),
  route({
    method: 'get', path: `${BASE}/{templateId}/answers`, operationId: 'ListReviewTemplateAnswers', tag: 'templates', summary: 'The questions a template answers', params: T,
    handler: ({ service, params }) => getTemplate(service, params.templateId).then((t) => ({ templateId: t.templateId, version: t.version, answers: t.answers })),
  }),
  route({
    method: 'get', path: `${BASE}/{templateId}/answers/{lensAlias}/{questionId}`, operationId: 'GetReviewTemplateAnswer', tag: 'templates', summary: "The template's answer to one question",
    params: TA, response: z.object({ templateId: z.string(), templateName: z.string(), version: z.number().int(), answer: templateAnswerModel }),
    handler: ({ service, params }) => getTemplateAnswer(service, params.templateId, params.lensAlias, params.questionId),
  }),
  route({
    method: 'put', path: `${BASE}/{templateId}/answers/{lensAlias}/{questionId}`, operationId: 'UpdateReviewTemplateAnswer', tag: 'templates', response: templateModel,
    summary: "Set the template's answer to one question (send the template version you read); linked workloads follow", params: TA, body: answerBody,
    handler: ({ service, params, body, principal }) => {
      const { version, ...answer } = body;
      return updateTemplateAnswer(service, params.templateId, { ...answer, lensAlias: params.lensAlias, questionId: params.questionId }, version, principal);
    },
  }),
  route({
    method: 'delete', path: `${BASE}/{templateId}/answers/{lensAlias}/{questionId}`, operationId: 'DeleteReviewTemplateAnswer', tag: 'templates', response: templateModel,
    summary: 'The template no longer answers this question; workload answers from it stay as plain answers', params: TA, query: versionQuery,
    handler: ({ service, params, query, principal }) => deleteTemplateAnswer(service, params.templateId, params.lensAlias, params.questionId, query.version, principal),
  }),
  route({
    method: 'post', path: '/api/workloads/{workloadId}/reviewTemplates', operationId: 'ApplyReviewTemplate', tag: 'templates',
    summary: "Apply a template to a workload: its answers for the lenses the workload reviews replace the workload's, and follow the template from then on",
    params: { workloadId: S.workloadIdParam }, body: applyBody,
    handler: ({ service, params, body, principal }) => applyTemplate(service, params.workloadId, body.templateId, principal),
  }),
  route({
    method: 'post', path: '/api/workloads/{workloadId}/lensReviews/{lensAlias}/answers/{questionId}/resetToTemplate', operationId: 'ResetAnswerToTemplate', tag: 'templates',
    summary: "Put an answer the workload overrode back to its template's answer", params: { workloadId: S.workloadIdParam, lensAlias: S.lensAliasParam, questionId: S.questionIdParam },
    query: S.langQuery, response: S.answerSchema.omit({ choiceStates: true }),
    handler: ({ service, params, query, lang, principal }) => resetToTemplate(service, params.workloadId, params.lensAlias, params.questionId, principal, query.lang ?? lang),
  }),
];
