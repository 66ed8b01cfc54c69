// Sharing a workload or a lens with a user: owner, contributor or readonly (the W-A Tool's workload shares).
// Who may change shares is decided by the access guard before these run (owners and service callers). A change
// is recorded in the workload's history in its own transaction, and the last owner can be neither removed nor
// made less than owner (someone must be able to share the workload, or the lens, again).
import type { Store } from '../store/store.js';
import { conflict, invalid, notFound, say } from './errors.js';
import { isAccess, type Access } from './access.js';
import { diff, recordIn } from './history.js';
import type { ReviewService } from './service.js';

const MSG = {
  access: { en: 'access must be owner, contributor or readonly (got "{value}")', ja: 'アクセス権は owner、contributor、readonly のいずれかです（「{value}」）' },
  noUser: { en: 'no enabled user named "{value}"', ja: '有効なユーザー「{value}」はいません' },
  noShare: { en: '"{value}" has no share of this workload', ja: '「{value}」にはこのワークロードの共有がありません' },
  noLensShare: { en: '"{value}" has no share of the lens "{alias}"', ja: '「{value}」にはレンズ「{alias}」の共有がありません' },
  noLens: { en: 'no imported lens "{value}" (the built-in lens is shared with everyone)', ja: 'インポートしたレンズ「{value}」はありません（組み込みのレンズは全員に共有されています）' },
  lastOwner: {
    en: '"{value}" is the last owner of the workload "{subject}": share it with another owner first, then remove or change "{value}"',
    ja: '「{value}」はワークロード「{subject}」の最後の所有者です。先に別のユーザーを所有者として共有してから、「{value}」を削除または変更してください',
  },
  lastLensOwner: {
    en: '"{value}" is the last owner of the lens "{subject}": share it with another owner first, then remove or change "{value}"',
    ja: '「{value}」はレンズ「{subject}」の最後の所有者です。先に別のユーザーを所有者として共有してから、「{value}」を削除または変更してください',
  },
} as const;

export interface ShareView {
  userName: string;
  access: Access;
  sharedAt: string;
  /** A disabled user's share stays listed (it can be ended) but gives no access. */
  disabled: boolean;
}

function accessOf(value: string): Access {
  if (!isAccess(value)) throw invalid([{ field: 'access', message: say(MSG.access, { value: value.slice(0, 40) }) }]);
  return value;
}

async function userOf(store: Store, name: string) {
  const user = await store.findUser(name);
  if (!user) throw invalid([{ field: 'userName', message: say(MSG.noUser, { value: name.slice(0, 80) }) }]);
  return user;
}

const viewsOf = (shares: { userName: string; access: string; createdAt: string; disabled: boolean }[]): ShareView[] => shares.map((s) => ({ userName: s.userName, access: s.access as Access, sharedAt: s.createdAt, disabled: s.disabled }));
const accessByName = (shares: { userName: string; access: string }[]) => Object.fromEntries(shares.map((s) => [s.userName, s.access]));

export async function listWorkloadShares(service: ReviewService, ref: string): Promise<ShareView[]> {
  const w = await service.resolveWorkload(ref);
  return viewsOf(await service.store.listWorkloadShares(w.id));
}

/**
 * Changes a workload's shares in one transaction: locks the workload (its row is touched first, so two owners
 * changing shares at once take turns), applies `change`, refuses a result without an owner when it had one, and
 * records the change. Returns the shares after.
 */
async function changeWorkloadShares(service: ReviewService, ref: string, userName: string, change: (tx: Store, workloadId: string) => Promise<void>): Promise<ShareView[]> {
  return service.store.transaction(async (tx) => {
    const w = await service.resolveWorkload(ref, tx);
    const now = service.now();
    await tx.touchWorkload(w.id, now);
    const before = await tx.listWorkloadShares(w.id);
    await change(tx, w.id);
    const after = await tx.listWorkloadShares(w.id);
    if (before.some((s) => s.access === 'owner') && !after.some((s) => s.access === 'owner')) throw conflict('last-owner', say(MSG.lastOwner, { value: userName.slice(0, 80), subject: w.name }));
    const was = accessByName(before);
    const is = accessByName(after);
    const names = [...new Set([...Object.keys(was), ...Object.keys(is)])].sort();
    await recordIn(tx, { workloadId: w.id, kind: 'share', subject: 'shares', what: diff(was, is, names) }, now);
    return viewsOf(after);
  });
}

/** Shares a workload with a user, or changes the access of an existing share. */
export async function shareWorkload(service: ReviewService, ref: string, userName: string, access: string): Promise<ShareView[]> {
  const level = accessOf(access);
  await service.resolveWorkload(ref);
  const user = await userOf(service.store, userName);
  return changeWorkloadShares(service, ref, user.name, (tx, id) => tx.putWorkloadShare(id, user.id, level, service.now()));
}

/** The share of `ref` (a user's name, any case, or id) in a list of shares; a disabled user's share too. */
const shareNamed = <T extends { userId: string; userName: string }>(shares: T[], ref: string): T | undefined =>
  shares.find((s) => s.userId === ref || s.userName.toLowerCase() === ref.trim().toLowerCase());

/** Ends a user's share of a workload (also of a disabled user, so their name can leave the list). */
export async function unshareWorkload(service: ReviewService, ref: string, userName: string): Promise<ShareView[]> {
  const w = await service.resolveWorkload(ref);
  const share = shareNamed(await service.store.listWorkloadShares(w.id), userName);
  return changeWorkloadShares(service, ref, share?.userName ?? userName, async (tx, id) => {
    if (!share || !(await tx.deleteWorkloadShare(id, share.userId))) throw notFound(say(MSG.noShare, { value: userName.slice(0, 80) }));
  });
}

export interface LensShareView extends ShareView {
  lensAlias: string;
}

async function importedLens(store: Store, alias: string) {
  const lens = await store.getLens(alias);
  if (!lens || lens.builtin) throw notFound(say(MSG.noLens, { value: alias }));
  return lens;
}

export async function listLensShares(service: ReviewService, alias: string): Promise<LensShareView[]> {
  await importedLens(service.store, alias);
  return viewsOf(await service.store.listLensShares(alias)).map((s) => ({ lensAlias: alias, ...s }));
}

/** Changes a lens's shares in one transaction; the last owner stays an owner (as for workloads). */
async function changeLensShares(service: ReviewService, alias: string, userName: string, change: (tx: Store) => Promise<void>): Promise<void> {
  await service.store.transaction(async (tx) => {
    await importedLens(tx, alias);
    const before = await tx.listLensShares(alias);
    await change(tx);
    const after = await tx.listLensShares(alias);
    if (before.some((s) => s.access === 'owner') && !after.some((s) => s.access === 'owner')) throw conflict('last-owner', say(MSG.lastLensOwner, { value: userName.slice(0, 80), subject: alias }));
  });
}

/** Shares an imported lens with a user (a readonly share lets them see and apply it), or changes their access. */
export async function shareLens(service: ReviewService, alias: string, userName: string, access: string): Promise<{ lensAlias: string; userName: string; access: Access }> {
  const level = accessOf(access);
  await importedLens(service.store, alias);
  const user = await userOf(service.store, userName);
  await changeLensShares(service, alias, user.name, (tx) => tx.putLensShare(alias, user.id, level, service.now()));
  return { lensAlias: alias, userName: user.name, access: level };
}

export async function unshareLens(service: ReviewService, alias: string, userName: string): Promise<LensShareView[]> {
  await importedLens(service.store, alias);
  const share = shareNamed(await service.store.listLensShares(alias), userName);
  await changeLensShares(service, alias, share?.userName ?? userName, async (tx) => {
    if (!share || !(await tx.deleteLensShare(alias, share.userId))) throw notFound(say(MSG.noLensShare, { value: userName.slice(0, 80), alias }));
  });
  return listLensShares(service, alias);
}
