// The history of writes: one row per change, oldest first, gone with its workload.
import type { Db } from './db.js';

export interface ChangeRecord {
  id: string;
  workloadId: string;
  kind: string;
  lensAlias: string | null;
  subject: string;
  whoId: string;
  whoName: string;
  at: string;
  what: Record<string, [unknown, unknown]>;
  /** The review template the change came from (its update, apply or reset), if any. */
  fromTemplate?: { id: string; name: string } | null;
}

export async function insertChange(db: Db, c: ChangeRecord): Promise<void> {
  await db
    .insertInto('changes')
    .values({ id: c.id, workload_id: c.workloadId, kind: c.kind, lens_alias: c.lensAlias, subject: c.subject, who_id: c.whoId, who_name: c.whoName, at: c.at, what: JSON.stringify(c.what), from_template: c.fromTemplate ? JSON.stringify(c.fromTemplate) : null })
    .execute();
}

export async function listChanges(db: Db, workloadId: string, filter: { kind?: string; subject?: string; lensAlias?: string } = {}): Promise<ChangeRecord[]> {
  let q = db.selectFrom('changes').selectAll().where('workload_id', '=', workloadId);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.subject) q = q.where('subject', '=', filter.subject);
  if (filter.lensAlias) q = q.where('lens_alias', '=', filter.lensAlias);
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    workloadId: r.workload_id,
    kind: r.kind,
    lensAlias: r.lens_alias,
    subject: r.subject,
    whoId: r.who_id,
    whoName: r.who_name,
    at: r.at,
    what: JSON.parse(r.what) as Record<string, [unknown, unknown]>,
    fromTemplate: r.from_template ? (JSON.parse(r.from_template) as { id: string; name: string }) : null,
  }));
}
