// History: what changed in an answer, a workload, an improvement item or a share, by whom and when. A change is
// the fields that differ between the state before and after a write, each as [before, after]; a write that
// changed nothing records nothing. Each write records its change inside its own transaction (`recordIn`), so a
// change is in the history exactly when it is in the database. Who acts is the request's caller, set once at the
// edge (API, pages, W-A API) with `actingAs`; without one (the CLI, a script) it is "local".
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { ChangeRecord } from '../store/history.js';
import type { Store } from '../store/store.js';
import type { Caller } from './access.js';

export const CHANGE_KINDS = ['answer', 'workload', 'improvement', 'share'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

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

/** Who a change is recorded as: a user, a service token, or the loopback user / the CLI ("local"). */
export type Actor = Caller & { id: string };

const LOCAL: Actor = { id: 'local', userId: null, name: 'local' };
const acting = new AsyncLocalStorage<Actor>();

/** Runs `work` with `who` as the one whose writes are recorded (and who owns what they create). */
export function actingAs<T>(who: Actor | null | undefined, work: () => T): T {
  return who ? acting.run({ id: who.id, userId: who.userId, name: who.name }, work) : work();
}

export function currentActor(): Actor {
  return acting.getStore() ?? LOCAL;
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
export const WORKLOAD_FIELDS = ['workloadName', 'description', 'environment', 'awsRegions', 'accountIds', 'reviewOwner', 'architecturalDesign', 'industry', 'pillarPriorities', 'lenses', 'profile'] as const;
export const ITEM_FIELDS = ['status', 'reason', 'owner', 'due'] as const;

let last = { ms: -1, seq: 0 };

/**
 * A history row's id: ordered by time first (ids sort as the changes happened), then `seq`, then random. Without
 * `seq`, changes recorded by this process in the same millisecond count up, so they keep the order they happened in.
 */
export function changeId(at: string, seq?: number): string {
  const parsed = Date.parse(at);
  const ms = Number.isFinite(parsed) ? parsed : 0;
  if (seq === undefined) {
    last = ms === last.ms ? { ms, seq: last.seq + 1 } : { ms, seq: 0 };
    seq = last.seq;
  }
  return ms.toString(36).padStart(9, '0') + seq.toString(36).padStart(3, '0') + randomBytes(5).toString('hex');
}

export interface Change {
  workloadId: string;
  kind: ChangeKind;
  lensAlias?: string | null;
  subject: string;
  what: Record<string, [unknown, unknown]>;
  /** The review template the change came from (its update, apply or reset), if any. */
  fromTemplate?: { id: string; name: string };
}

/** Records a change when something did change, by the current actor. Call with the transaction of the write. */
export async function recordIn(tx: Store, change: Change, at: string): Promise<void> {
  if (Object.keys(change.what).length === 0) return;
  const who = currentActor();
  const record: ChangeRecord = {
    id: changeId(at),
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
  await tx.insertChange(record);
}

export async function listHistory(store: Store, workloadId: string, filter: { kind?: ChangeKind; subject?: string; lensAlias?: string } = {}): Promise<ChangeView[]> {
  const rows = await store.listChanges(workloadId, filter);
  return rows.map((r) => ({ kind: r.kind as ChangeKind, lensAlias: r.lensAlias, subject: r.subject, who: r.whoName, at: r.at, changes: r.what, fromTemplate: r.fromTemplate ?? null }));
}
