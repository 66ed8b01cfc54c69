// W-A profiles (GetProfileTemplate, CreateProfile, GetProfile, ListProfiles, UpdateProfile, DeleteProfile,
// AssociateProfiles, DisassociateProfiles) over slens profiles: the same template, visibility and versions.
// A profile is named by its ARN (arn:aws:wellarchitected:<region>:000000000000:profile/<id>) or by its id.
import { attachProfile, detachProfile } from '../../review/profile-link.js';
import { PROFILE_TEMPLATE, PROFILE_TEMPLATE_NAME, PROFILE_TEMPLATE_VERSION } from '../../review/profile-template.js';
import { createProfile, deleteProfile, getProfile, listProfiles, resolveProfile, updateProfile, type ProfileCaller, type ProfileView } from '../../review/profiles.js';
import type { Localized } from '../../util/i18n.js';
import * as W from '../../wa/api-shapes.js';
import { AwsError } from './errors.js';
import type { AwsCall } from './review-adapter.js';

const MSG = {
  oneProfile: { en: 'a workload has at most one profile; give one ProfileArn', ja: 'ワークロードに割り当てられるプロファイルは1つだけです。ProfileArn を1つ指定してください' },
  notAttached: { en: 'profile {arn} is not attached to this workload', ja: 'プロファイル {arn} はこのワークロードに割り当てられていません' },
} as const satisfies Record<string, Localized>;

interface QuestionUpdate {
  QuestionId?: string;
  SelectedChoiceIds?: string[];
}

/** The profile id an ARN (or a bare id) names. */
export function profileIdOf(ref: string): string {
  return /^arn:[^:]+:wellarchitected:[^:]*:[^:]*:profile\/(.+)$/.exec(ref)?.[1] ?? ref;
}

function callerOf(call: AwsCall): ProfileCaller {
  return call.caller as unknown as ProfileCaller;
}

function profileShape(p: ProfileView, call: AwsCall) {
  const chosen = new Map(p.answers.map((a) => [a.questionId, a.selectedChoiceIds]));
  return {
    ProfileArn: W.profileArn(call.region, p.profileId),
    ProfileVersion: String(p.version),
    ProfileName: W.clip(p.profileName, 100),
    // The model's descriptions have 3 to 100 characters; a shorter one (slens allows it) is left out.
    ProfileDescription: [...p.description].length >= 3 ? W.clip(p.description, 100) : undefined,
    ProfileQuestions: PROFILE_TEMPLATE.map((q) => ({
      ...questionShape(q, call),
      SelectedChoiceIds: chosen.get(q.id) ?? [],
    })),
    Owner: W.LOCAL_ACCOUNT,
    CreatedAt: W.epochSeconds(p.createdAt),
    UpdatedAt: W.epochSeconds(p.updatedAt),
  };
}

function questionShape(q: (typeof PROFILE_TEMPLATE)[number], call: AwsCall) {
  return {
    QuestionId: q.id,
    QuestionTitle: q.title[call.lang],
    QuestionDescription: q.description[call.lang],
    QuestionChoices: q.choices.map((c) => ({ ChoiceId: c.id, ChoiceTitle: c.title[call.lang], ChoiceDescription: c.description[call.lang] })),
    MinSelectedChoices: q.min,
    MaxSelectedChoices: q.max,
  };
}

function answersOf(questions: readonly QuestionUpdate[] | undefined) {
  return questions?.map((q) => ({ questionId: q.QuestionId ?? '', selectedChoiceIds: q.SelectedChoiceIds ?? [] }));
}

export function profileTemplate(call: AwsCall) {
  const at = W.epochSeconds(`${PROFILE_TEMPLATE_VERSION}T00:00:00Z`);
  return { ProfileTemplate: { TemplateName: PROFILE_TEMPLATE_NAME[call.lang], TemplateQuestions: PROFILE_TEMPLATE.map((q) => questionShape(q, call)), CreatedAt: at, UpdatedAt: at } };
}

export async function createProfileShape(call: AwsCall, body: { ProfileName: string; ProfileDescription: string; ProfileQuestions: QuestionUpdate[] }) {
  const p = await createProfile(call.service, callerOf(call), { profileName: body.ProfileName, description: body.ProfileDescription, answers: answersOf(body.ProfileQuestions) });
  return { ProfileArn: W.profileArn(call.region, p.profileId), ProfileVersion: String(p.version) };
}

export async function getProfileShape(call: AwsCall, ref: string) {
  return { Profile: profileShape(await getProfile(call.service, callerOf(call), profileIdOf(ref)), call) };
}

export async function listProfileShapes(call: AwsCall, prefix: string | undefined, ownerType: string | undefined) {
  // Profiles are never shared here: every profile a caller sees is their own (SELF) or, for admins, the account's.
  if (ownerType === 'SHARED') return [];
  const all = await listProfiles(call.service, callerOf(call));
  return all
    .filter((p) => !prefix || p.profileName.toLowerCase().startsWith(prefix.toLowerCase()))
    .map((p) => {
      const { ProfileQuestions: _questions, ...summary } = profileShape(p, call);
      return summary;
    });
}

export async function updateProfileShape(call: AwsCall, ref: string, body: { ProfileDescription?: string; ProfileQuestions?: QuestionUpdate[] }) {
  const p = await updateProfile(call.service, callerOf(call), profileIdOf(ref), { description: body.ProfileDescription, answers: answersOf(body.ProfileQuestions) });
  return { Profile: profileShape(p, call) };
}

export async function deleteProfileShape(call: AwsCall, ref: string): Promise<void> {
  await deleteProfile(call.service, callerOf(call), profileIdOf(ref));
}

export async function associateProfiles(call: AwsCall, workloadRef: string, arns: string[]): Promise<void> {
  const ids = [...new Set(arns.map(profileIdOf))];
  if (ids.length !== 1) throw new AwsError('ValidationException', MSG.oneProfile, { Reason: 'OTHER' });
  await attachProfile(call.service, callerOf(call), workloadRef, ids[0]!);
}

export async function disassociateProfiles(call: AwsCall, workloadRef: string, arns: string[]): Promise<void> {
  const w = await call.service.getWorkload(workloadRef);
  for (const arn of arns) {
    // The profile must exist for the caller; one the workload does not have is a 404 as on AWS.
    const p = await resolveProfile(call.service, callerOf(call), profileIdOf(arn)).catch(() => undefined);
    if (!p || w.profile?.profileId !== p.id) throw new AwsError('ResourceNotFoundException', { en: MSG.notAttached.en.replace('{arn}', arn), ja: MSG.notAttached.ja.replace('{arn}', arn) }, { ResourceId: arn, ResourceType: 'PROFILE' });
  }
  await detachProfile(call.service, w.workloadId);
}
