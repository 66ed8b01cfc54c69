// A workload's history in its export: every recorded change, oldest first, so moving a workload to another server
// (or restoring it) keeps who changed what and when. On import the changes get new ids in the same order; an export
// without history imports as before.
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { CHANGE_KINDS, changeId } from './history.js';

export const historyExportSchema = z
  .array(
    z.object({
      kind: z.enum(CHANGE_KINDS),
      lensAlias: z.string().min(1).max(64).nullable(),
      subject: z.string().min(1).max(128),
      /** The id of the user or token on the server that recorded it (kept as found; it names nobody here). */
      whoId: z.string().min(1).max(32),
      who: z.string().max(200),
      at: z.iso.datetime({ offset: true }),
      changes: z.record(z.string().max(200), z.tuple([z.unknown(), z.unknown()])),
      // The review template a change came from; absent in older exports and for other changes.
      fromTemplate: z.object({ id: z.string().min(1).max(64), name: z.string().max(800) }).optional(),
    }),
  )
  .max(200_000);

export type HistoryExport = z.infer<typeof historyExportSchema>;

export async function collectHistory(store: Store, workloadId: string): Promise<HistoryExport> {
  const rows = await store.listChanges(workloadId);
  return rows.map((r) => ({ kind: r.kind as HistoryExport[number]['kind'], lensAlias: r.lensAlias, subject: r.subject, whoId: r.whoId, who: r.whoName, at: r.at, changes: r.what, ...(r.fromTemplate ? { fromTemplate: r.fromTemplate } : {}) }));
}

/** Stores the changes of an imported workload (inside the import's transaction), keeping their order. */
export async function writeHistory(tx: Store, workloadId: string, history: HistoryExport): Promise<void> {
  const seen = new Map<string, number>();
  for (const c of history) {
    const ms = String(Date.parse(c.at));
    const seq = seen.get(ms) ?? 0;
    seen.set(ms, seq + 1);
    await tx.insertChange({ id: changeId(c.at, seq), workloadId, kind: c.kind, lensAlias: c.lensAlias, subject: c.subject, whoId: c.whoId, whoName: c.who, at: c.at, what: c.changes as Record<string, [unknown, unknown]>, fromTemplate: c.fromTemplate ?? null });
  }
}
