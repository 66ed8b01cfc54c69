// Who may see and change a workload: the one place every read and write asks. Service tokens and the loopback
// user (no user id) keep their global role; a user sees a workload only through a share — owner, contributor
// (answers, milestones, evidence) or readonly — and a workload the caller may not see does not exist for them.
import type { WorkloadRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { type Localized } from '../util/i18n.js';
import { notFound, ReviewError, say } from './errors.js';
import { currentActor } from './history.js';
import { M } from './messages.js';
import type { ReviewService } from './service.js';

export const ACCESS_LEVELS = ['readonly', 'contributor', 'owner'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];
const RANK: Record<Access, number> = { readonly: 1, contributor: 2, owner: 3 };

export interface Caller {
  /** The signed-in user, or null for a service token or the loopback user (their global role decides). */
  userId: string | null;
  name: string;
}

const MSG = {
  readonly: { en: '"{name}" may read this workload but not change it', ja: '「{name}」はこのワークロードを閲覧できますが、変更はできません' },
  notOwner: { en: 'only an owner of this workload may do this ("{name}" is a contributor)', ja: 'この操作はワークロードの所有者だけが行えます（「{name}」は共同編集者です）' },
} as const satisfies Record<string, Localized>;

export function isAccess(value: unknown): value is Access {
  return typeof value === 'string' && (ACCESS_LEVELS as readonly string[]).includes(value);
}

/** The caller's access to a workload: owner for service callers, the share for users, null for none. */
export async function accessTo(store: Store, caller: Caller, workloadId: string): Promise<Access | null> {
  if (caller.userId === null) return 'owner';
  const access = await store.workloadAccessOf(workloadId, caller.userId);
  return isAccess(access) ? access : null;
}

/**
 * The workload `ref` names, loaded for the caller: 404 when it does not exist or the caller may not see it
 * (the same answer, so names of others' workloads do not leak), 403 when the caller may see it but not do `need`.
 */
export async function loadWorkloadFor(service: ReviewService, caller: Caller, ref: string, need: Access): Promise<WorkloadRecord> {
  const w = await service.resolveWorkload(ref);
  const access = await accessTo(service.store, caller, w.id);
  if (access === null) throw notFound(say(M.workloadNotFound, { ref }));
  if (RANK[access] < RANK[need]) throw new ReviewError('forbidden', 403, say(access === 'readonly' ? MSG.readonly : MSG.notOwner, { name: caller.name }));
  return w;
}

/** Which workload ids the caller may see: all (null) for service callers, the shared ones for users. */
export async function visibleWorkloadIds(store: Store, caller: Caller): Promise<Set<string> | null> {
  if (caller.userId === null) return null;
  return new Set(await store.workloadIdsOf(caller.userId));
}

/** Keeps the items of workloads the caller may see. */
export async function onlyVisible<T>(store: Store, caller: Caller, items: readonly T[], idOf: (item: T) => string): Promise<T[]> {
  const ids = await visibleWorkloadIds(store, caller);
  return ids === null ? [...items] : items.filter((item) => ids.has(idOf(item)));
}

/** Makes the acting user the owner of a workload they create or import, in its transaction (service callers need no share). */
export async function grantCreatorIn(tx: Store, workloadId: string, now: string): Promise<void> {
  const { userId } = currentActor();
  if (userId !== null) await tx.putWorkloadShare(workloadId, userId, 'owner', now);
}

/** Makes the acting user the owner of a lens they import under a new alias, in its transaction. */
export async function grantLensCreatorIn(tx: Store, alias: string, now: string): Promise<void> {
  const { userId } = currentActor();
  if (userId !== null && (await tx.lensAccessOf(alias, userId)) === undefined) await tx.putLensShare(alias, userId, 'owner', now);
}

/** Whether a lens is visible to the caller: built-in lenses to all, imported ones to service callers and to users it is shared with. */
export async function canSeeLens(store: Store, caller: Caller, alias: string, builtin: boolean): Promise<boolean> {
  if (caller.userId === null || builtin) return true;
  return (await store.lensAccessOf(alias, caller.userId)) !== undefined;
}
