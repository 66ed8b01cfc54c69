// Workloads: the record, its one row mapper, and the queries. A new workload field is declared in
// review/model.ts, given a column (schema.ts, migrations.ts) and mapped here.
import type { Db } from './db.js';
import { parseList as list } from './db.js';
import type { Database } from './schema.js';

export interface WorkloadRecord {
  id: string;
  name: string;
  description: string;
  environment: string;
  awsRegions: string[];
  accountIds: string[];
  reviewOwner: string;
  architecturalDesign: string;
  industry: string;
  pillarPriorities: string[];
  createdAt: string;
  updatedAt: string;
}

function workloadRecord(row: Database['workloads']): WorkloadRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    environment: row.environment,
    awsRegions: list(row.aws_regions),
    accountIds: list(row.account_ids),
    reviewOwner: row.review_owner,
    architecturalDesign: row.architectural_design,
    industry: row.industry,
    pillarPriorities: list(row.pillar_priorities),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function workloadRow(w: WorkloadRecord): Database['workloads'] {
  return {
    id: w.id,
    name: w.name,
    name_key: w.name.toLowerCase(),
    description: w.description,
    environment: w.environment,
    aws_regions: JSON.stringify(w.awsRegions),
    account_ids: JSON.stringify(w.accountIds),
    review_owner: w.reviewOwner,
    architectural_design: w.architecturalDesign,
    industry: w.industry,
    pillar_priorities: JSON.stringify(w.pillarPriorities),
    created_at: w.createdAt,
    updated_at: w.updatedAt,
  };
}

export async function insertWorkload(db: Db, w: WorkloadRecord): Promise<void> {
  await db.insertInto('workloads').values(workloadRow(w)).execute();
}

export async function updateWorkload(db: Db, w: WorkloadRecord): Promise<void> {
  const { id: _id, created_at: _created, ...rest } = workloadRow(w);
  await db.updateTable('workloads').set(rest).where('id', '=', w.id).execute();
}

export async function touchWorkload(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('workloads').set({ updated_at: at }).where('id', '=', id).execute();
}

export async function getWorkload(db: Db, id: string): Promise<WorkloadRecord | undefined> {
  const row = await db.selectFrom('workloads').selectAll().where('id', '=', id).executeTakeFirst();
  return row && workloadRecord(row);
}

export async function getWorkloadByName(db: Db, name: string): Promise<WorkloadRecord | undefined> {
  const row = await db.selectFrom('workloads').selectAll().where('name_key', '=', name.toLowerCase()).executeTakeFirst();
  return row && workloadRecord(row);
}

export async function listWorkloads(db: Db): Promise<WorkloadRecord[]> {
  const rows = await db.selectFrom('workloads').selectAll().orderBy('name_key').execute();
  return rows.map(workloadRecord);
}

export async function deleteWorkload(db: Db, id: string): Promise<boolean> {
  // Children first: not every database enforces the cascades declared in the schema the same way.
  await db.deleteFrom('answers').where('workload_id', '=', id).execute();
  await db.deleteFrom('lens_reviews').where('workload_id', '=', id).execute();
  await db.deleteFrom('milestones').where('workload_id', '=', id).execute();
  const result = await db.deleteFrom('workloads').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
