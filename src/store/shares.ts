// Who may see and change which workload (and lens): one row per user and workload (or lens).
import type { Db } from './db.js';

export interface ShareRecord {
  userId: string;
  userName: string;
  access: string;
  createdAt: string;
  /** The user is disabled: the share stays (and can be ended) but gives no access. */
  disabled: boolean;
}

/** Grants or changes a user's access to a workload. */
export async function putWorkloadShare(db: Db, workloadId: string, userId: string, access: string, now: string): Promise<void> {
  await db
    .insertInto('workload_shares')
    .values({ workload_id: workloadId, user_id: userId, access, created_at: now })
    .onConflict((oc) => oc.columns(['workload_id', 'user_id']).doUpdateSet({ access }))
    .execute();
}

export async function deleteWorkloadShare(db: Db, workloadId: string, userId: string): Promise<boolean> {
  const r = await db.deleteFrom('workload_shares').where('workload_id', '=', workloadId).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** A user's access to a workload, or undefined (a disabled user has none). */
export async function workloadAccessOf(db: Db, workloadId: string, userId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('workload_shares')
    .innerJoin('users', 'users.id', 'workload_shares.user_id')
    .select('workload_shares.access')
    .where('workload_shares.workload_id', '=', workloadId)
    .where('workload_shares.user_id', '=', userId)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return r?.access;
}

/** The ids of the workloads shared with a user. */
export async function workloadIdsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('workload_shares').select('workload_id').where('user_id', '=', userId).orderBy('workload_id').execute();
  return rows.map((r) => r.workload_id);
}

export async function listWorkloadShares(db: Db, workloadId: string): Promise<ShareRecord[]> {
  const rows = await db
    .selectFrom('workload_shares')
    .innerJoin('users', 'users.id', 'workload_shares.user_id')
    .select(['workload_shares.user_id', 'users.name', 'workload_shares.access', 'workload_shares.created_at', 'users.disabled_at'])
    .where('workload_shares.workload_id', '=', workloadId)
    .orderBy('users.name_key')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, userName: r.name, access: r.access, createdAt: r.created_at, disabled: r.disabled_at !== null }));
}

export async function putLensShare(db: Db, lensAlias: string, userId: string, access: string, now: string): Promise<void> {
  await db
    .insertInto('lens_shares')
    .values({ lens_alias: lensAlias, user_id: userId, access, created_at: now })
    .onConflict((oc) => oc.columns(['lens_alias', 'user_id']).doUpdateSet({ access }))
    .execute();
}

export async function lensAccessOf(db: Db, lensAlias: string, userId: string): Promise<string | undefined> {
  const r = await db.selectFrom('lens_shares').select('access').where('lens_alias', '=', lensAlias).where('user_id', '=', userId).executeTakeFirst();
  return r?.access;
}

export async function lensAliasesOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('lens_shares').select('lens_alias').where('user_id', '=', userId).orderBy('lens_alias').execute();
  return rows.map((r) => r.lens_alias);
}

export async function listLensShares(db: Db, lensAlias: string): Promise<ShareRecord[]> {
  const rows = await db
    .selectFrom('lens_shares')
    .innerJoin('users', 'users.id', 'lens_shares.user_id')
    .select(['lens_shares.user_id', 'users.name', 'lens_shares.access', 'lens_shares.created_at', 'users.disabled_at'])
    .where('lens_shares.lens_alias', '=', lensAlias)
    .orderBy('users.name_key')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, userName: r.name, access: r.access, createdAt: r.created_at, disabled: r.disabled_at !== null }));
}

export async function deleteLensShare(db: Db, lensAlias: string, userId: string): Promise<boolean> {
  const r = await db.deleteFrom('lens_shares').where('lens_alias', '=', lensAlias).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
