// Profiles and the workload each is attached to: rows only; what an answer means lives in review/profiles.ts.
import type { Store } from './store.js';

export interface ProfileRecord {
  id: string;
  name: string;
  description: string;
  /** Selected choice ids by template question id. */
  answers: Record<string, string[]>;
  owner: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

type Row = { id: string; name: string; description: string; answers: string; owner: string; version: number; created_at: string; updated_at: string };

const recordOf = (r: Row): ProfileRecord => ({
  id: r.id,
  name: r.name,
  description: r.description,
  answers: JSON.parse(r.answers) as Record<string, string[]>,
  owner: r.owner,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMNS = ['id', 'name', 'description', 'answers', 'owner', 'version', 'created_at', 'updated_at'] as const;

export async function insertProfile(store: Store, p: ProfileRecord): Promise<void> {
  await store.db
    .insertInto('profiles')
    .values({ id: p.id, name: p.name, name_key: p.name.toLowerCase(), description: p.description, answers: JSON.stringify(p.answers), owner: p.owner, version: p.version, created_at: p.createdAt, updated_at: p.updatedAt })
    .execute();
}

/** Writes name, description and answers when the row is still at `expectedVersion`; the new version, or undefined when stale. */
export async function updateProfile(store: Store, p: ProfileRecord, expectedVersion: number): Promise<number | undefined> {
  const r = await store.db
    .updateTable('profiles')
    .set({ name: p.name, name_key: p.name.toLowerCase(), description: p.description, answers: JSON.stringify(p.answers), version: expectedVersion + 1, updated_at: p.updatedAt })
    .where('id', '=', p.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1 ? expectedVersion + 1 : undefined;
}

export async function deleteProfile(store: Store, id: string): Promise<boolean> {
  const r = await store.db.deleteFrom('profiles').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function getProfile(store: Store, id: string): Promise<ProfileRecord | undefined> {
  const r = await store.db.selectFrom('profiles').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r && recordOf(r);
}

export async function getProfileByName(store: Store, name: string): Promise<ProfileRecord | undefined> {
  const r = await store.db.selectFrom('profiles').select(COLUMNS).where('name_key', '=', name.toLowerCase()).executeTakeFirst();
  return r && recordOf(r);
}

/** Every profile (by name), or those of one owner. */
export async function listProfiles(store: Store, owner?: string): Promise<ProfileRecord[]> {
  let q = store.db.selectFrom('profiles').select(COLUMNS).orderBy('name_key');
  if (owner !== undefined) q = q.where('owner', '=', owner);
  return (await q.execute()).map(recordOf);
}

/** The profile attached to a workload, if any. */
export async function workloadProfile(store: Store, workloadId: string): Promise<ProfileRecord | undefined> {
  const r = await store.db
    .selectFrom('workload_profiles')
    .innerJoin('profiles', 'profiles.id', 'workload_profiles.profile_id')
    .select(COLUMNS.map((c) => `profiles.${c}` as const))
    .where('workload_profiles.workload_id', '=', workloadId)
    .executeTakeFirst();
  return r && recordOf(r);
}

/** Every workload's profile, by workload id (one read for a list of workloads). */
export async function allWorkloadProfiles(store: Store): Promise<Map<string, ProfileRecord>> {
  const rows = await store.db
    .selectFrom('workload_profiles')
    .innerJoin('profiles', 'profiles.id', 'workload_profiles.profile_id')
    .select(['workload_profiles.workload_id', ...COLUMNS.map((c) => `profiles.${c}` as const)])
    .execute();
  return new Map(rows.map((r) => [r.workload_id, recordOf(r)]));
}

/** Attaches a profile to a workload, replacing the one it had. */
export async function attachProfile(store: Store, workloadId: string, profileId: string, now: string): Promise<void> {
  await store.db
    .insertInto('workload_profiles')
    .values({ workload_id: workloadId, profile_id: profileId, attached_at: now })
    .onConflict((oc) => oc.column('workload_id').doUpdateSet({ profile_id: profileId, attached_at: now }))
    .execute();
}

export async function detachProfile(store: Store, workloadId: string): Promise<boolean> {
  const r = await store.db.deleteFrom('workload_profiles').where('workload_id', '=', workloadId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The workloads (id and name, by name) a profile is attached to. */
export async function workloadsWithProfile(store: Store, profileId: string): Promise<{ id: string; name: string }[]> {
  return store.db
    .selectFrom('workload_profiles')
    .innerJoin('workloads', 'workloads.id', 'workload_profiles.workload_id')
    .select(['workloads.id', 'workloads.name'])
    .where('workload_profiles.profile_id', '=', profileId)
    .orderBy('workloads.name_key')
    .execute();
}
