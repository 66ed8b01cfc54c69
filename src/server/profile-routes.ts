// Profiles over the API (the W-A Tool's profiles): the template, create/read/update/delete (versioned), and the
// profile of a workload. A profile is seen by its creator and admins; attaching one needs a contributor share.
import { z } from 'zod';
import { attachProfile, detachProfile } from '../review/profile-link.js';
import { createProfile, deleteProfile, getProfile, listProfiles, PROFILE_LIMITS, profileTemplateView, updateProfile } from '../review/profiles.js';
import { PROFILE_TEMPLATE_VERSION } from '../review/profile-template.js';
import { route, type RouteDef } from './route.js';
import * as S from './schemas.js';

const profileParam = { profileId: z.string().min(1).max(400).describe('profile id, or its unique name (URL-encoded)') };
const answers = z
  .array(z.object({ questionId: z.string().min(1).max(128), selectedChoiceIds: z.array(z.string().min(1).max(64)).max(20) }).strict())
  .max(50)
  .describe('answers to the template questions (GET /api/profileTemplate); questions left out stay unanswered');
const name = z.string().max(PROFILE_LIMITS.name[1] * 8).describe(`${PROFILE_LIMITS.name[0]} to ${PROFILE_LIMITS.name[1]} characters, unique`);
const description = z.string().max(PROFILE_LIMITS.description * 8).describe(`at most ${PROFILE_LIMITS.description} characters`);

const createBody = z.object({ profileName: name, description: description.optional(), answers: answers.optional() }).strict();
const updateBody = z
  .object({ profileName: name.optional(), description: description.optional(), answers: answers.optional(), version: z.number().int().min(1).optional().describe('the version last read; a stale version gets 409') })
  .strict();
const attachBody = z.object({ profileId: profileParam.profileId }).strict();

const profileSchema = z.object({
  profileId: z.string(),
  profileName: z.string(),
  description: z.string(),
  version: z.number().int(),
  answers: z.array(z.object({ questionId: z.string(), selectedChoiceIds: z.array(z.string()) })),
  prioritizedQuestions: z.array(z.string()).describe('questions of the built-in lens these answers make a priority'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const PROFILE_ROUTES: RouteDef[] = [
  route({
    method: 'get', path: '/api/profileTemplate', operationId: 'GetProfileTemplate', tag: 'profiles', summary: 'The business-context questions a profile answers, each choice with the lens questions it prioritizes',
    query: S.langQuery,
    handler: ({ query, lang }) => Promise.resolve({ templateVersion: PROFILE_TEMPLATE_VERSION, questions: profileTemplateView(query.lang ?? lang) }),
  }),
  route({
    method: 'get', path: '/api/profiles', operationId: 'ListProfiles', tag: 'profiles', summary: 'The profiles the caller may see (their own; admins: all)',
    handler: ({ service, principal }) => listProfiles(service, principal).then((profiles) => ({ profiles })),
  }),
  route({
    method: 'post', path: '/api/profiles', operationId: 'CreateProfile', tag: 'profiles', status: 201, summary: 'Create a profile', body: createBody, response: profileSchema,
    handler: ({ service, principal, body }) => createProfile(service, principal, body),
  }),
  route({
    method: 'get', path: '/api/profiles/{profileId}', operationId: 'GetProfile', tag: 'profiles', summary: 'One profile with its answers and the questions they prioritize', params: profileParam, response: profileSchema,
    handler: ({ service, principal, params }) => getProfile(service, principal, params.profileId),
  }),
  route({
    method: 'patch', path: '/api/profiles/{profileId}', operationId: 'UpdateProfile', tag: 'profiles',
    summary: 'Change a profile (fields left out keep their values; answers replace all answers); send the version you read — a stale one gets 409',
    params: profileParam, body: updateBody, response: profileSchema,
    handler: ({ service, principal, params, body }) => updateProfile(service, principal, params.profileId, body),
  }),
  route({
    method: 'delete', path: '/api/profiles/{profileId}', operationId: 'DeleteProfile', tag: 'profiles', summary: 'Delete a profile no workload uses (409 naming the workloads otherwise)', params: profileParam,
    handler: ({ service, principal, params }) => deleteProfile(service, principal, params.profileId),
  }),
  route({
    method: 'put', path: '/api/workloads/{workloadId}/profile', operationId: 'AssociateProfile', tag: 'profiles',
    summary: "Attach a profile to the workload (replacing its profile): its answers mark questions prioritized (contributor share and a profile you may see)",
    params: { workloadId: S.workloadIdParam }, body: attachBody,
    handler: ({ service, principal, params, body }) => attachProfile(service, principal, params.workloadId, body.profileId),
  }),
  route({
    method: 'delete', path: '/api/workloads/{workloadId}/profile', operationId: 'DisassociateProfile', tag: 'profiles', summary: 'Detach the profile from the workload',
    params: { workloadId: S.workloadIdParam },
    handler: ({ service, params }) => detachProfile(service, params.workloadId),
  }),
];
