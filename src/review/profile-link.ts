// The profile attached to a workload (at most one, as in the W-A Tool) and the questions it makes a priority.
// Attaching needs a contributor share of the workload (the route guard) and a profile the caller may see.
import { BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import * as P from '../store/profiles.js';
import type { Store } from '../store/store.js';
import { prioritizedQuestionIds } from './profile-template.js';
import { resolveProfile, selectedOf, type ProfileCaller } from './profiles.js';
import type { ReviewService } from './service.js';
import { diff, recordIn } from './history.js';

/** What a workload shows of its profile (readers of the workload see this much, not the profile's answers). */
export interface WorkloadProfileRef {
  profileId: string;
  profileName: string;
  version: number;
}

const NONE: ReadonlySet<string> = new Set();

/** The questions of a lens review a profile makes a priority (only the built-in lens has a mapping). */
export function prioritizedOf(profile: P.ProfileRecord | undefined, lensAlias: string): ReadonlySet<string> {
  return profile && lensAlias === BUILTIN_LENS_ALIAS ? prioritizedQuestionIds(selectedOf(profile)) : NONE;
}

/** The questions of a workload's lens review its profile makes a priority. */
export async function prioritizedFor(store: Store, workloadId: string, lensAlias: string): Promise<ReadonlySet<string>> {
  if (lensAlias !== BUILTIN_LENS_ALIAS) return NONE;
  return prioritizedOf(await P.workloadProfile(store, workloadId), lensAlias);
}

export function profileRefOf(p: P.ProfileRecord | undefined): WorkloadProfileRef | null {
  return p ? { profileId: p.id, profileName: p.name, version: p.version } : null;
}

export interface WorkloadProfileOf {
  ref: WorkloadProfileRef | null;
  prioritized: (lensAlias: string) => ReadonlySet<string>;
}

function profileOf(p: P.ProfileRecord | undefined): WorkloadProfileOf {
  return { ref: profileRefOf(p), prioritized: (lensAlias) => prioritizedOf(p, lensAlias) };
}

/** The workload's profile and, per lens alias, what it prioritizes: one read for a whole workload. */
export async function workloadProfileOf(store: Store, workloadId: string): Promise<WorkloadProfileOf> {
  return profileOf(await P.workloadProfile(store, workloadId));
}

/** The same for every workload at once (one read for a list). */
export async function allWorkloadProfilesOf(store: Store): Promise<(workloadId: string) => WorkloadProfileOf> {
  const all = await P.allWorkloadProfiles(store);
  return (workloadId) => profileOf(all.get(workloadId));
}

/** The workload's history notes which profile it had before and after, in the change's own transaction. */
async function recordProfileChange(tx: Store, workloadId: string, before: WorkloadProfileRef | null, after: WorkloadProfileRef | null, now: string): Promise<void> {
  const name = (ref: WorkloadProfileRef | null) => ref && { profileId: ref.profileId, profileName: ref.profileName };
  await recordIn(tx, { workloadId, kind: 'workload', subject: 'workload', what: diff({ profile: name(before) }, { profile: name(after) }, ['profile']) }, now);
}

/** Attaches a profile to a workload, replacing the one it had. */
export async function attachProfile(service: ReviewService, caller: ProfileCaller, workloadRef: string, profileRef: string): Promise<{ workloadId: string; profile: WorkloadProfileRef }> {
  const w = await service.resolveWorkload(workloadRef);
  const profile = await resolveProfile(service, caller, profileRef);
  await service.store.transaction(async (tx) => {
    const before = profileRefOf(await P.workloadProfile(tx, w.id));
    await P.attachProfile(tx, w.id, profile.id, service.now());
    await tx.touchWorkload(w.id, service.now());
    await recordProfileChange(tx, w.id, before, profileRefOf(profile), service.now());
  });
  return { workloadId: w.id, profile: { profileId: profile.id, profileName: profile.name, version: profile.version } };
}

/** Detaches the workload's profile; detaching when none is attached changes nothing (detached: false), as a repeated DELETE does. */
export async function detachProfile(service: ReviewService, workloadRef: string): Promise<{ workloadId: string; profile: null; detached: boolean }> {
  const w = await service.resolveWorkload(workloadRef);
  const detached = await service.store.transaction(async (tx) => {
    const before = profileRefOf(await P.workloadProfile(tx, w.id));
    const done = await P.detachProfile(tx, w.id);
    if (done) await tx.touchWorkload(w.id, service.now());
    await recordProfileChange(tx, w.id, before, null, service.now());
    return done;
  });
  return { workloadId: w.id, profile: null, detached };
}
