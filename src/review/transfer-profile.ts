// A workload's profile in its export: the profile itself travels, so an import on another server keeps the
// prioritized questions. On import the profile is linked when the importer may see one with that id, and
// otherwise created (owned by the importer, under a free name).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import * as P from '../store/profiles.js';
import type { Store } from '../store/store.js';
import type { Localized } from '../util/i18n.js';
import { invalid, type FieldMessage } from './errors.js';
import { canSeeProfile, checkedAnswers, ownerOf, PROFILE_LIMITS, type ProfileCaller } from './profiles.js';
import { textProblem } from './validate.js';

export const profileExportSchema = z.object({
  profileId: z.string().regex(/^[a-f0-9]{32}$/),
  profileName: z.string().max(PROFILE_LIMITS.name[1] * 8),
  description: z.string().max(PROFILE_LIMITS.description * 8),
  answers: z.array(z.object({ questionId: z.string().max(128), selectedChoiceIds: z.array(z.string().max(64)).max(20) })).max(50),
});
export type ProfileExport = z.infer<typeof profileExportSchema>;

const MSG = {
  name: { en: 'a profile name needs 3 to 100 characters (it has {count})', ja: 'プロファイル名は3〜100文字です（{count}文字あります）' },
  description: { en: 'a description can have at most {max} characters (it has {count})', ja: '説明は{max}文字以内です（{count}文字あります）' },
} as const satisfies Record<string, Localized>;

export interface CheckedProfile {
  id: string;
  name: string;
  description: string;
  answers: Record<string, string[]>;
}

export async function collectProfile(store: Store, workloadId: string): Promise<ProfileExport | undefined> {
  const p = await P.workloadProfile(store, workloadId);
  if (!p) return undefined;
  return { profileId: p.id, profileName: p.name, description: p.description, answers: Object.entries(p.answers).map(([questionId, selectedChoiceIds]) => ({ questionId, selectedChoiceIds })) };
}

/** The exported profile checked like a new one (the same limits, template questions and choices). */
export function checkedProfile(doc: ProfileExport): CheckedProfile {
  const problems: FieldMessage[] = [];
  const name = doc.profileName.trim();
  const nameProblem = textProblem(name, PROFILE_LIMITS.name[1], MSG.name, PROFILE_LIMITS.name[0]);
  if (nameProblem) problems.push({ field: 'profile.profileName', message: nameProblem });
  const descriptionProblem = textProblem(doc.description.trim(), PROFILE_LIMITS.description, MSG.description);
  if (descriptionProblem) problems.push({ field: 'profile.description', message: descriptionProblem });
  if (problems.length > 0) throw invalid(problems);
  return { id: doc.profileId, name, description: doc.description.trim(), answers: checkedAnswers(doc.answers, 'profile.answers') };
}

/** A name not yet taken: the given one, else with " (2)", " (3)"… (cut to the limit). */
async function freeName(store: Store, name: string): Promise<string> {
  if (!(await P.getProfileByName(store, name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = [...name].slice(0, PROFILE_LIMITS.name[1] - suffix.length).join('') + suffix;
    if (!(await P.getProfileByName(store, candidate))) return candidate;
  }
}

/** Links the imported workload to its profile, creating the profile when the importer has none with that id. */
export async function writeProfile(tx: Store, workloadId: string, profile: CheckedProfile, caller: ProfileCaller, now: string): Promise<void> {
  const existing = await P.getProfile(tx, profile.id);
  let id = profile.id;
  if (!existing || !canSeeProfile(caller, existing)) {
    id = existing ? randomBytes(16).toString('hex') : profile.id;
    const name = await freeName(tx, profile.name);
    await P.insertProfile(tx, { id, name, description: profile.description, answers: profile.answers, owner: ownerOf(caller), version: 1, createdAt: now, updatedAt: now });
  }
  await P.attachProfile(tx, workloadId, id, now);
}
