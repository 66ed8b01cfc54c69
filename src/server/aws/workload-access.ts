// Shares on the W-A API: a user's access key or token sees only the workloads shared with them (others are a
// 404 ResourceNotFoundException, as an unknown id), changes answers and milestones as a contributor, the workload
// itself as an owner, and sees imported lenses only when shared; service keys keep their global role.
import { canSeeLens, loadWorkloadFor, onlyVisible, type Access, type Caller } from '../../review/access.js';
import { notFound, ReviewError, say } from '../../review/errors.js';
import type { ReviewService } from '../../review/service.js';
import type { Localized } from '../../util/i18n.js';
import { aliasOf } from '../../wa/api-shapes.js';

/** W-A operations on a workload only its owners may do (as OWNER_OPERATIONS on /api). */
const OWNER_OPERATIONS = new Set(['UpdateWorkload', 'DeleteWorkload', 'AssociateLenses', 'DisassociateLenses', 'UpgradeLensReview']);

const MSG = {
  noLens: { en: 'no lens "{alias}"', ja: 'レンズ「{alias}」はありません' },
  notLensOwner: { en: 'only an owner of the lens "{alias}" may import a new version of it', ja: 'レンズ「{alias}」の新しい版のインポートは、その所有者だけが行えます' },
} as const satisfies Record<string, Localized>;

/** What an operation on a workload needs; on a lens alone, CreateLensVersion needs an owner of the lens, reads a share. */
export function operationAccessNeeded(name: string, write: boolean, onLens = false): Access {
  if (onLens) return name === 'CreateLensVersion' ? 'owner' : 'readonly';
  return OWNER_OPERATIONS.has(name) ? 'owner' : write ? 'contributor' : 'readonly';
}

/** Before an operation runs: the workload or lens its path names must be the caller's to see (404) and to change (403). */
export async function guardOperation(name: string, write: boolean, caller: Caller, params: Record<string, string>, service: ReviewService): Promise<void> {
  if (caller.userId === null) return;
  const need = operationAccessNeeded(name, write);
  if (params.WorkloadId !== undefined) await loadWorkloadFor(service, caller, params.WorkloadId, need);
  else if (params.LensAlias !== undefined) {
    const alias = aliasOf(params.LensAlias);
    await requireLens(service, caller, alias);
    if (name === 'CreateLensVersion') await requireLensOwner(service, caller, alias);
  }
}

/** A lens the caller may not see does not exist for them. */
export async function requireLens(service: ReviewService, caller: Caller, alias: string): Promise<void> {
  const lens = await service.store.getLens(alias);
  if (lens && !(await canSeeLens(service.store, caller, alias, lens.builtin))) throw notFound(say(MSG.noLens, { alias }));
}

/** A new version of an imported lens comes only from its owners. */
export async function requireLensOwner(service: ReviewService, caller: Caller, alias: string): Promise<void> {
  if (caller.userId === null) return;
  const lens = await service.store.getLens(alias);
  if (!lens || lens.builtin) return;
  if ((await service.store.lensAccessOf(alias, caller.userId)) !== 'owner') throw new ReviewError('forbidden', 403, say(MSG.notLensOwner, { alias }));
}

/** Keeps the workloads the caller may see. */
export function visibleTo<T>(service: ReviewService, caller: Caller, items: readonly T[], idOf: (item: T) => string): Promise<T[]> {
  return onlyVisible(service.store, caller, items, idOf);
}
