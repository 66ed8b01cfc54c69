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
