// History: what changed in an answer, a workload or a share, by whom and when. A change is the fields that
// differ between the state before and after a write, each as [before, after]; a write that changed nothing
// records nothing.
import { randomBytes } from 'node:crypto';
import type { ChangeRecord } from '../store/history.js';
import type { Store } from '../store/store.js';
import type { Caller } from './access.js';

export type ChangeKind = 'answer' | 'workload' | 'share';

export interface ChangeView {
  kind: ChangeKind;
  lensAlias: string | null;
  subject: string;
  who: string;
  at: string;
  changes: Record<string, [unknown, unknown]>;
  /** The review template the change came from (its update, apply or reset), else null. */
  fromTemplate: { id: string; name: string } | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields of `fields` that differ between two states (a missing state counts as null for every field). */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: readonly string[]): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const f of fields) {
    const b = before?.[f] ?? null;
    const a = after?.[f] ?? null;
    if (!same(b, a)) out[f] = [b, a];
  }
  return out;
}

export const ANSWER_FIELDS = ['selectedChoices', 'isApplicable', 'reason', 'notes'] as const;
export const WORKLOAD_FIELDS = ['workloadName', 'description', 'environment', 'awsRegions', 'accountIds', 'reviewOwner', 'architecturalDesign', 'industry', 'pillarPriorities', 'lenses'] as const;

/** Records a change when something did change. `who` is the caller (a user, a service token or "local"). */
export async function recordChange(
  store: Store,
  who: Caller & { id: string },
  change: { workloadId: string; kind: ChangeKind; lensAlias?: string | null; subject: string; what: Record<string, [unknown, unknown]>; fromTemplate?: { id: string; name: string } },
  at: string,
): Promise<void> {
  if (Object.keys(change.what).length === 0) return;
  const record: ChangeRecord = {
    id: Date.parse(at).toString(36).padStart(9, '0') + randomBytes(6).toString('hex'),
    workloadId: change.workloadId,
    kind: change.kind,
    lensAlias: change.lensAlias ?? null,
    subject: change.subject,
    whoId: who.userId ?? who.id,
    whoName: who.name,
    at,
    what: change.what,
    fromTemplate: change.fromTemplate ?? null,
  };
  await store.insertChange(record);
}

export async function listHistory(store: Store, workloadId: string, filter: { kind?: ChangeKind; subject?: string; lensAlias?: string } = {}): Promise<ChangeView[]> {
  const rows = await store.listChanges(workloadId, filter);
  return rows.map((r) => ({ kind: r.kind as ChangeKind, lensAlias: r.lensAlias, subject: r.subject, who: r.whoName, at: r.at, changes: r.what, fromTemplate: r.fromTemplate ?? null }));
}
