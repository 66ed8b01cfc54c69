// Per-choice states (not applicable with a reason, choice notes) in a workload export: per lens review and in
// milestone snapshots, checked on import against the pinned lens like the answers they belong to.
import { z } from 'zod';
import { BUILTIN_CHOICE_RENAMES, BUILTIN_LENS_ALIAS } from '../lens/builtin.js';
import type { Lens } from '../lens/types.js';
import { listChoiceStates, replaceChoiceStates, type ChoiceStateRecord } from '../store/choice-states.js';
import type { Store } from '../store/store.js';
import { CHOICE_REASONS } from './choice-states.js';
import { MAX_UNITS_PER_CHARACTER } from './model.js';

/** The W-A Tool's limit on the notes of one choice. */
export const MAX_CHOICE_NOTES = 250;

const choiceStateSchema = z.object({
  choiceId: z.string().min(1).max(128),
  status: z.enum(['SELECTED', 'NOT_APPLICABLE', 'UNSELECTED']),
  reason: z.enum(CHOICE_REASONS).nullable(),
  notes: z.string().max(MAX_CHOICE_NOTES * MAX_UNITS_PER_CHARACTER),
});

/** By question id; absent in exports made before choice states were carried, and when a review has none. */
export const choiceStatesExportSchema = z.record(z.string().min(1).max(128), z.array(choiceStateSchema).max(50));
export type ChoiceStatesExport = z.infer<typeof choiceStatesExportSchema>;

export async function collectChoiceStates(store: Store, workloadId: string, alias: string): Promise<ChoiceStatesExport | undefined> {
  const states = await listChoiceStates(store, workloadId, alias);
  return states.size > 0 ? (Object.fromEntries(states) as ChoiceStatesExport) : undefined;
}

/** The first problem of the states against the lens (a question or choice it lacks, notes too long), or undefined. */
export function choiceStatesProblem(states: ChoiceStatesExport, lens: Lens, alias: string): string | undefined {
  const questions = new Map((lens.pillars ?? []).flatMap((p) => p.questions ?? []).map((q) => [q.id, new Set((q.choices ?? []).map((c) => c.id))]));
  const legacy = alias === BUILTIN_LENS_ALIAS ? new Set(Object.keys(BUILTIN_CHOICE_RENAMES)) : new Set<string>();
  for (const [questionId, list] of Object.entries(states)) {
    const choices = questions.get(questionId);
    if (!choices) return `choice states name question ${questionId}, which lens ${alias} does not have`;
    const seen = new Set<string>();
    for (const s of list) {
      if (!choices.has(s.choiceId) && !legacy.has(s.choiceId)) return `choice states of ${questionId} name choice ${s.choiceId}, which the question does not have`;
      if (seen.has(s.choiceId)) return `choice states of ${questionId} repeat choice ${s.choiceId}`;
      seen.add(s.choiceId);
      if ([...s.notes].length > MAX_CHOICE_NOTES) return `the notes of choice ${s.choiceId} are longer than ${MAX_CHOICE_NOTES} characters`;
      if ((s.status === 'NOT_APPLICABLE') !== (s.reason !== null)) return `choice ${s.choiceId}: a reason goes with NOT_APPLICABLE, and only with it`;
    }
  }
  return undefined;
}

/** Writes the states of a review (inside the import's transaction, after its answers). */
export async function writeChoiceStates(store: Store, workloadId: string, alias: string, states: ChoiceStatesExport): Promise<void> {
  for (const [questionId, list] of Object.entries(states)) await replaceChoiceStates(store, workloadId, alias, questionId, list as ChoiceStateRecord[]);
}
