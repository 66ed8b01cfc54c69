// Per-choice answers (W-A API ChoiceUpdates) beside an answer: one row per choice that has a state to keep.
import type { Store } from './store.js';

export interface ChoiceStateRecord {
  choiceId: string;
  status: string;
  reason: string | null;
  notes: string;
}

export async function listChoiceStates(store: Store, workloadId: string, lensAlias: string): Promise<Map<string, ChoiceStateRecord[]>> {
  const rows = await store.db
    .selectFrom('choice_states')
    .selectAll()
    .where('workload_id', '=', workloadId)
    .where('lens_alias', '=', lensAlias)
    .orderBy('question_id')
    .orderBy('choice_id')
    .execute();
  const out = new Map<string, ChoiceStateRecord[]>();
  for (const r of rows) {
    const list = out.get(r.question_id) ?? [];
    list.push({ choiceId: r.choice_id, status: r.status, reason: r.reason, notes: r.notes });
    out.set(r.question_id, list);
  }
  return out;
}

/** Replaces the choice states of one question (call inside the transaction that writes the answer). */
export async function replaceChoiceStates(store: Store, workloadId: string, lensAlias: string, questionId: string, states: readonly ChoiceStateRecord[]): Promise<void> {
  await store.db.deleteFrom('choice_states').where('workload_id', '=', workloadId).where('lens_alias', '=', lensAlias).where('question_id', '=', questionId).execute();
  if (states.length === 0) return;
  await store.db
    .insertInto('choice_states')
    .values(states.map((s) => ({ workload_id: workloadId, lens_alias: lensAlias, question_id: questionId, choice_id: s.choiceId, status: s.status, reason: s.reason, notes: s.notes })))
    .execute();
}
