// The profile attached to a workload (at most one, as in the W-A Tool) and the questions it makes a priority.
// Attaching needs a contributor share of the workload (the route guard) and a profile the caller may see.
import { BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import * as P from '../store/profiles.js';
import type { Store } from '../store/store.js';
import { prioritizedQuestionIds } from './profile-template.js';
import { resolveProfile, selectedOf, type ProfileCaller } from './profiles.js';
import type { ReviewService } from './service.js';

/** What a workload shows of its profile (readers of the workload see this much, not the profile's answers). */
export interface WorkloadProfileRef {
  profileId: string;
  profileName: string;
  version: number;
}

const NONE: ReadonlySet<string> = new Set();

/** The questions of a lens review the workload's profile makes a priority (only the built-in lens has a mapping). */
export async function prioritizedFor(store: Store, workloadId: string, lensAlias: string): Promise<ReadonlySet<string>> {
  if (lensAlias !== BUILTIN_LENS_ALIAS) return NONE;
  const profile = await P.workloadProfile(store, workloadId);
  return profile ? prioritizedQuestionIds(selectedOf(profile)) : NONE;
}

export async function workloadProfileRef(store: Store, workloadId: string): Promise<WorkloadProfileRef | null> {
  const p = await P.workloadProfile(store, workloadId);
  return p ? { profileId: p.id, profileName: p.name, version: p.version } : null;
}

/** Attaches a profile to a workload, replacing the one it had. */
export async function attachProfile(service: ReviewService, caller: ProfileCaller, workloadRef: string, profileRef: string): Promise<{ workloadId: string; profile: WorkloadProfileRef }> {
  const w = await service.resolveWorkload(workloadRef);
  const profile = await resolveProfile(service, caller, profileRef);
  await service.store.transaction(async (tx) => {
    await P.attachProfile(tx, w.id, profile.id, service.now());
    await tx.touchWorkload(w.id, service.now());
  });
  return { workloadId: w.id, profile: { profileId: profile.id, profileName: profile.name, version: profile.version } };
}

/** Detaches the workload's profile; detaching when none is attached changes nothing (detached: false), as a repeated DELETE does. */
export async function detachProfile(service: ReviewService, workloadRef: string): Promise<{ workloadId: string; profile: null; detached: boolean }> {
  const w = await service.resolveWorkload(workloadRef);
  const detached = await service.store.transaction(async (tx) => {
    const done = await P.detachProfile(tx, w.id);
    if (done) await tx.touchWorkload(w.id, service.now());
    return done;
  });
  return { workloadId: w.id, profile: null, detached };
}
