// Milestones: numbered snapshots of a workload, never changed once written.
import type { Db } from './db.js';
import type { MilestoneRecord } from './records.js';

export async function nextMilestoneNumber(db: Db, workloadId: string): Promise<number> {
  const top = await db.selectFrom('milestones').select((eb) => eb.fn.max('number').as('n')).where('workload_id', '=', workloadId).executeTakeFirst();
  return Number(top?.n ?? 0) + 1;
}

export async function insertMilestone(db: Db, m: MilestoneRecord): Promise<void> {
  await db
    .insertInto('milestones')
    .values({ workload_id: m.workloadId, number: m.number, name: m.name, snapshot: m.snapshot, created_at: m.createdAt })
    .execute();
}

export async function listMilestones(db: Db, workloadId: string): Promise<Omit<MilestoneRecord, 'snapshot'>[]> {
  const rows = await db.selectFrom('milestones').select(['workload_id', 'number', 'name', 'created_at']).where('workload_id', '=', workloadId).orderBy('number').execute();
  return rows.map((r) => ({ workloadId: r.workload_id, number: Number(r.number), name: r.name, createdAt: r.created_at }));
}

export async function getMilestone(db: Db, workloadId: string, number: number): Promise<MilestoneRecord | undefined> {
  const r = await db.selectFrom('milestones').selectAll().where('workload_id', '=', workloadId).where('number', '=', number).executeTakeFirst();
  return r && { workloadId: r.workload_id, number: Number(r.number), name: r.name, snapshot: r.snapshot, createdAt: r.created_at };
}

export async function getMilestoneByName(db: Db, workloadId: string, name: string): Promise<MilestoneRecord | undefined> {
  const r = await db.selectFrom('milestones').selectAll().where('workload_id', '=', workloadId).where('name', '=', name).executeTakeFirst();
  return r && { workloadId: r.workload_id, number: Number(r.number), name: r.name, snapshot: r.snapshot, createdAt: r.created_at };
}

export async function renameMilestone(db: Db, workloadId: string, number: number, name: string): Promise<void> {
  await db.updateTable('milestones').set({ name }).where('workload_id', '=', workloadId).where('number', '=', number).execute();
}

export async function deleteMilestone(db: Db, workloadId: string, number: number): Promise<boolean> {
  const result = await db.deleteFrom('milestones').where('workload_id', '=', workloadId).where('number', '=', number).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * The workloads (id and name) whose milestones may hold a review of `lensAlias`: the snapshot text is searched,
 * so the caller parses the snapshots returned to be sure.
 */
export async function listMilestonesMentioning(db: Db, lensAlias: string): Promise<{ workloadId: string; workloadName: string; number: number; snapshot: string }[]> {
  const rows = await db
    .selectFrom('milestones')
    .innerJoin('workloads', 'workloads.id', 'milestones.workload_id')
    .select(['milestones.workload_id as workloadId', 'workloads.name as workloadName', 'milestones.number as number', 'milestones.snapshot as snapshot'])
    .where('milestones.snapshot', 'like', `%${lensAlias}%`)
    .orderBy('workloads.name_key')
    .orderBy('milestones.number')
    .execute();
  return rows.map((r) => ({ workloadId: r.workloadId, workloadName: r.workloadName, number: Number(r.number), snapshot: r.snapshot }));
}
