// Sharing a workload or a lens with a user: owner, contributor or readonly (the W-A Tool's workload shares).
// Who may change shares is decided by the access guard before these run (owners and service callers).
import { invalid, notFound, say } from './errors.js';
import { isAccess, type Access } from './access.js';
import type { ReviewService } from './service.js';

const MSG = {
  access: { en: 'access must be owner, contributor or readonly (got "{value}")', ja: 'アクセス権は owner、contributor、readonly のいずれかです（「{value}」）' },
  noUser: { en: 'no enabled user named "{value}"', ja: '有効なユーザー「{value}」はいません' },
  noShare: { en: '"{value}" has no share of this workload', ja: '「{value}」にはこのワークロードの共有がありません' },
  noLens: { en: 'no imported lens "{value}" (the built-in lens is shared with everyone)', ja: 'インポートしたレンズ「{value}」はありません（組み込みのレンズは全員に共有されています）' },
} as const;

export interface ShareView {
  userName: string;
  access: Access;
  sharedAt: string;
}

function accessOf(value: string): Access {
  if (!isAccess(value)) throw invalid([{ field: 'access', message: say(MSG.access, { value: value.slice(0, 40) }) }]);
  return value;
}

async function userOf(service: ReviewService, name: string) {
  const user = await service.store.findUser(name);
  if (!user) throw invalid([{ field: 'userName', message: say(MSG.noUser, { value: name.slice(0, 80) }) }]);
  return user;
}

export async function listWorkloadShares(service: ReviewService, ref: string): Promise<ShareView[]> {
  const w = await service.resolveWorkload(ref);
  const shares = await service.store.listWorkloadShares(w.id);
  return shares.map((s) => ({ userName: s.userName, access: s.access as Access, sharedAt: s.createdAt }));
}

/** Shares a workload with a user, or changes the access of an existing share. */
export async function shareWorkload(service: ReviewService, ref: string, userName: string, access: string): Promise<ShareView[]> {
  const level = accessOf(access);
  const w = await service.resolveWorkload(ref);
  const user = await userOf(service, userName);
  await service.store.transaction((tx) => tx.putWorkloadShare(w.id, user.id, level, service.now()));
  return listWorkloadShares(service, w.id);
}

export async function unshareWorkload(service: ReviewService, ref: string, userName: string): Promise<ShareView[]> {
  const w = await service.resolveWorkload(ref);
  const user = await service.store.findUser(userName);
  const removed = user ? await service.store.transaction((tx) => tx.deleteWorkloadShare(w.id, user.id)) : false;
  if (!removed) throw notFound(say(MSG.noShare, { value: userName.slice(0, 80) }));
  return listWorkloadShares(service, w.id);
}

/** Shares an imported lens with a user (a readonly share lets them see and apply it). */
export async function shareLens(service: ReviewService, alias: string, userName: string, access: string): Promise<{ lensAlias: string; userName: string; access: Access }> {
  const level = accessOf(access);
  const lens = await service.store.getLens(alias);
  if (!lens || lens.builtin) throw notFound(say(MSG.noLens, { value: alias }));
  const user = await userOf(service, userName);
  await service.store.transaction((tx) => tx.putLensShare(alias, user.id, level, service.now()));
  return { lensAlias: alias, userName: user.name, access: level };
}
