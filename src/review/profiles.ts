// Profiles: a name, a description and answers to the profile template (profile-template.ts), versioned like answers
// (a stale version is a 409). Who may see one: its creator and admins (admin service tokens, the local user).
// Attaching one to a workload lives in profile-link.ts.
import { randomBytes } from 'node:crypto';
import * as P from '../store/profiles.js';
import { isUniqueViolation } from '../store/store.js';
import { pick, type Lang, type Localized } from '../util/i18n.js';
import { conflict, invalid, notFound, say, type FieldMessage } from './errors.js';
import { PROFILE_TEMPLATE, prioritizedQuestionIds } from './profile-template.js';
import type { ReviewService } from './service.js';
import { textProblem } from './validate.js';

export const PROFILE_LIMITS = { name: [3, 100], description: 250 } as const;

/** Who asks: a signed-in user (userId), a service token (id, role) or the local user ("local", admin). */
export interface ProfileCaller {
  id: string;
  userId: string | null;
  role: string;
}

/** The CLI works on the database as its owner. */
export const LOCAL_CALLER: ProfileCaller = { id: 'local', userId: null, role: 'admin' };

export interface ProfileAnswer {
  questionId: string;
  selectedChoiceIds: string[];
}

export interface ProfileInput {
  profileName?: string;
  description?: string;
  answers?: ProfileAnswer[];
  /** The version the caller last read (updates); omitted only by one-shot callers such as the CLI. */
  version?: number;
}

export interface ProfileView {
  profileId: string;
  profileName: string;
  description: string;
  version: number;
  /** One entry per template question, in template order (unanswered: no choice ids). */
  answers: ProfileAnswer[];
  /** The built-in lens's questions these answers make a priority. */
  prioritizedQuestions: string[];
  createdAt: string;
  updatedAt: string;
}

const MSG = {
  name: { en: 'A profile name needs {min} to {max} characters; this one has {count}.', ja: 'プロファイル名は{min}〜{max}文字で入力してください（いまは{count}文字です）。' },
  description: { en: 'A description can have at most {max} characters; this one has {count}.', ja: '説明は{max}文字以内で入力してください（いまは{count}文字です）。' },
  question: { en: 'the profile template has no question "{value}" (its questions: {known})', ja: 'プロファイルのテンプレートに質問「{value}」はありません（質問: {known}）' },
  choice: { en: 'question {question} has no choice "{value}" (its choices: {known})', ja: '質問 {question} に選択肢「{value}」はありません（選択肢: {known}）' },
  tooMany: { en: 'question {question} takes at most {max} choice(s); {count} were given', ja: '質問 {question} で選べる選択肢は{max}個までです（{count}個あります）' },
  tooFew: { en: 'question {question} needs at least {min} choice(s)', ja: '質問 {question} では選択肢を{min}個以上選んでください' },
  twice: { en: 'question {question} is answered twice', ja: '質問 {question} に2回回答しています' },
  taken: { en: 'A profile named "{name}" already exists; choose another name.', ja: 'プロファイル「{name}」は既にあります。別の名前にしてください。' },
  notFound: { en: 'no profile with id or name "{ref}"', ja: 'ID または名前が「{ref}」のプロファイルはありません' },
  stale: {
    en: 'profile "{name}" was changed by someone else (you had version {expected}, it is now version {current}); reload it and apply your change again',
    ja: 'プロファイル「{name}」は他の人が変更しました（読み込んだ版は{expected}、現在は{current}です）。読み込み直してから、もう一度変更してください',
  },
  inUse: { en: 'profile "{name}" is attached to workloads ({workloads}); detach it first', ja: 'プロファイル「{name}」はワークロード（{workloads}）に割り当てられています。先に割り当てを外してください' },
} as const satisfies Record<string, Localized>;

/** The owner string stored with what a caller creates. */
export function ownerOf(caller: ProfileCaller): string {
  if (caller.userId !== null) return `user:${caller.userId}`;
  return caller.id === 'local' ? 'local' : `token:${caller.id}`;
}

export function isProfileAdmin(caller: ProfileCaller): boolean {
  return caller.userId === null && caller.role === 'admin';
}

export function canSeeProfile(caller: ProfileCaller, profile: P.ProfileRecord): boolean {
  return isProfileAdmin(caller) || profile.owner === ownerOf(caller);
}

/** The answers checked against the template: known questions and choices, within each question's bounds. */
export function checkedAnswers(answers: readonly ProfileAnswer[], field = 'answers'): Record<string, string[]> {
  const problems: FieldMessage[] = [];
  const out: Record<string, string[]> = {};
  const known = PROFILE_TEMPLATE.map((q) => q.id).join(', ');
  answers.forEach((a, index) => {
    const at = `${field}.${index}`;
    const question = PROFILE_TEMPLATE.find((q) => q.id === a.questionId);
    if (!question) return problems.push({ field: `${at}.questionId`, message: say(MSG.question, { value: a.questionId.slice(0, 80), known }) });
    if (out[question.id]) return problems.push({ field: `${at}.questionId`, message: say(MSG.twice, { question: question.id }) });
    const ids = question.choices.map((c) => c.id);
    const chosen = [...new Set(a.selectedChoiceIds)];
    const unknown = chosen.find((id) => !ids.includes(id));
    if (unknown !== undefined) return problems.push({ field: `${at}.selectedChoiceIds`, message: say(MSG.choice, { question: question.id, value: unknown.slice(0, 80), known: ids.join(', ') }) });
    if (chosen.length > question.max) return problems.push({ field: `${at}.selectedChoiceIds`, message: say(MSG.tooMany, { question: question.id, max: question.max, count: chosen.length }) });
    out[question.id] = ids.filter((id) => chosen.includes(id));
  });
  for (const question of PROFILE_TEMPLATE)
    if ((out[question.id]?.length ?? 0) < question.min) problems.push({ field, message: say(MSG.tooFew, { question: question.id, min: question.min }) });
  if (problems.length > 0) throw invalid(problems);
  for (const [id, chosen] of Object.entries(out)) if (chosen.length === 0) delete out[id];
  return out;
}

function checkedText(input: { profileName: string; description: string }): { profileName: string; description: string } {
  const profileName = input.profileName.trim();
  const description = input.description.trim();
  const problems: FieldMessage[] = [];
  const nameProblem = textProblem(profileName, PROFILE_LIMITS.name[1], say(MSG.name, { min: PROFILE_LIMITS.name[0] }), PROFILE_LIMITS.name[0]);
  if (nameProblem) problems.push({ field: 'profileName', message: nameProblem });
  const descriptionProblem = textProblem(description, PROFILE_LIMITS.description, MSG.description);
  if (descriptionProblem) problems.push({ field: 'description', message: descriptionProblem });
  if (problems.length > 0) throw invalid(problems);
  return { profileName, description };
}

export function selectedOf(record: Pick<P.ProfileRecord, 'answers'>): Map<string, string[]> {
  return new Map(Object.entries(record.answers));
}

export function profileView(record: P.ProfileRecord): ProfileView {
  return {
    profileId: record.id,
    profileName: record.name,
    description: record.description,
    version: record.version,
    answers: PROFILE_TEMPLATE.map((q) => ({ questionId: q.id, selectedChoiceIds: record.answers[q.id] ?? [] })),
    prioritizedQuestions: [...prioritizedQuestionIds(selectedOf(record))].sort(),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** A profile by id, or else by its unique name (case-insensitive), if the caller may see it; else 404. */
export async function resolveProfile(service: ReviewService, caller: ProfileCaller, ref: string): Promise<P.ProfileRecord> {
  const found = (await P.getProfile(service.store, ref)) ?? (await P.getProfileByName(service.store, ref.trim()));
  if (!found || !canSeeProfile(caller, found)) throw notFound(say(MSG.notFound, { ref: ref.slice(0, 100) }));
  return found;
}

export async function listProfiles(service: ReviewService, caller: ProfileCaller): Promise<ProfileView[]> {
  const all = await P.listProfiles(service.store, isProfileAdmin(caller) ? undefined : ownerOf(caller));
  return all.map(profileView);
}

export async function getProfile(service: ReviewService, caller: ProfileCaller, ref: string): Promise<ProfileView> {
  return profileView(await resolveProfile(service, caller, ref));
}

function taken(name: string) {
  return conflict('name-taken', say(MSG.taken, { name }));
}

export async function createProfile(service: ReviewService, caller: ProfileCaller, input: ProfileInput, options: { id?: string } = {}): Promise<ProfileView> {
  const text = checkedText({ profileName: input.profileName ?? '', description: input.description ?? '' });
  const now = service.now();
  const record: P.ProfileRecord = {
    id: options.id ?? randomBytes(16).toString('hex'),
    name: text.profileName,
    description: text.description,
    answers: checkedAnswers(input.answers ?? []),
    owner: ownerOf(caller),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await service.store.transaction(async (tx) => {
      if (await P.getProfileByName(tx, record.name)) throw taken(record.name);
      await P.insertProfile(tx, record);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(record.name);
    throw error;
  }
  return profileView(record);
}

/** Fields left out keep their values; `answers` replaces all answers. A stale `version` is a 409 carrying the current one. */
export async function updateProfile(service: ReviewService, caller: ProfileCaller, ref: string, input: ProfileInput): Promise<ProfileView> {
  const current = await resolveProfile(service, caller, ref);
  const stale = (expected: number, now: number) => conflict('stale-version', say(MSG.stale, { name: current.name, expected, current: now }), { currentVersion: now });
  if (input.version !== undefined && input.version !== current.version) throw stale(input.version, current.version);
  const text = checkedText({ profileName: input.profileName ?? current.name, description: input.description ?? current.description });
  const record: P.ProfileRecord = {
    ...current,
    name: text.profileName,
    description: text.description,
    answers: input.answers ? checkedAnswers(input.answers) : current.answers,
    updatedAt: service.now(),
  };
  try {
    const version = await service.store.transaction(async (tx) => {
      const other = await P.getProfileByName(tx, record.name);
      if (other && other.id !== record.id) throw taken(record.name);
      const next = await P.updateProfile(tx, record, current.version);
      if (next === undefined) throw stale(current.version, (await P.getProfile(tx, record.id))?.version ?? 0);
      return next;
    });
    return profileView({ ...record, version });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(record.name);
    throw error;
  }
}

/** Deletes a profile no workload uses (409 naming the workloads otherwise). */
export async function deleteProfile(service: ReviewService, caller: ProfileCaller, ref: string): Promise<{ profileId: string; deleted: true }> {
  const found = await resolveProfile(service, caller, ref);
  await service.store.transaction(async (tx) => {
    const users = await P.workloadsWithProfile(tx, found.id);
    if (users.length > 0) throw conflict('profile-in-use', say(MSG.inUse, { name: found.name, workloads: users.map((w) => w.name).join(', ') }));
    await P.deleteProfile(tx, found.id);
  });
  return { profileId: found.id, deleted: true };
}

/** The template in one language, as the API and the pages show it. */
export function profileTemplateView(lang: Lang) {
  return PROFILE_TEMPLATE.map((q) => ({
    questionId: q.id,
    title: pick(q.title, lang),
    description: pick(q.description, lang),
    minSelectedChoices: q.min,
    maxSelectedChoices: q.max,
    choices: q.choices.map((c) => ({ choiceId: c.id, title: pick(c.title, lang), description: pick(c.description, lang), prioritizes: [...c.prioritizes] })),
  }));
}
