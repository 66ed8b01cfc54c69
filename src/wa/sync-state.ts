// One question's answer as the W-A API carries it (choices in API ids), in a canonical form both sides of a sync can
// be compared in; the notes slens sends (the person's note, then a short evidence summary after a marker line); and
// the decision per question for push and pull: write, leave alone, or conflict. Pure functions only.
import { MAX_NOTES } from '../review/model.js';

export interface ChoiceNote {
  /** API choice id. */
  id: string;
  status: 'SELECTED' | 'NOT_APPLICABLE' | 'UNSELECTED';
  reason: string | null;
  notes: string;
}

/** An answer in API ids. `notes` is the whole text as stored on the W-A Tool side (evidence block included). */
export interface WaAnswer {
  applicable: boolean;
  reason: string | null;
  selected: string[];
  /** Choices not applicable, or with notes of their own. */
  choices: ChoiceNote[];
  notes: string;
}

/** The marker that starts the evidence block slens appends to the notes; everything from it on is slens's. */
export const EVIDENCE_MARK = '[slens evidence]';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The person's part of a notes text: what comes before slens's evidence block. */
export function personNotes(notes: string): string {
  const at = notes.indexOf(EVIDENCE_MARK);
  return (at < 0 ? notes : notes.slice(0, at)).trimEnd();
}

/** Notes within the W-A Tool's 2,084 characters: the person's note whole, the evidence summary cut to fit. */
export function composeNotes(person: string, evidence: string): string {
  const note = person.trimEnd();
  if (!evidence) return note;
  const head = note ? `${note}\n\n` : '';
  const room = MAX_NOTES - [...head].length - [...EVIDENCE_MARK].length - 1;
  if (room < 20) return note;
  const points = [...evidence];
  const body = points.length <= room ? evidence : `${points.slice(0, room - 1).join('')}…`;
  return `${head}${EVIDENCE_MARK} ${body}`;
}

/** The answer in canonical form: what a person decided (evidence block left out), as sorted JSON. */
export function canonical(a: WaAnswer): string {
  const applicable = a.applicable;
  const choices = a.choices
    .filter((c) => c.status === 'NOT_APPLICABLE' || c.notes !== '')
    .map((c) => ({ id: c.id, status: c.status === 'NOT_APPLICABLE' ? 'NOT_APPLICABLE' : a.selected.includes(c.id) ? 'SELECTED' : 'UNSELECTED', reason: c.status === 'NOT_APPLICABLE' ? (c.reason ?? 'NONE') : null, notes: c.notes }))
    .sort(byId);
  return JSON.stringify({
    applicable,
    reason: applicable ? null : a.reason && a.reason !== 'NONE' ? a.reason : null,
    selected: applicable ? [...new Set(a.selected)].sort() : [],
    choices,
    notes: personNotes(a.notes),
  });
}

/** Nothing answered: no choice, no notes, applicable. */
export function isBlank(a: WaAnswer): boolean {
  return a.applicable && a.selected.length === 0 && personNotes(a.notes) === '' && a.choices.every((c) => c.status !== 'NOT_APPLICABLE' && c.notes === '');
}

/** Equal as the W-A Tool would show them, notes word for word (the evidence block included). */
export function sameExactly(a: WaAnswer, b: WaAnswer): boolean {
  return canonical(a) === canonical(b) && a.notes.trimEnd() === b.notes.trimEnd();
}

export type Decision = 'write' | 'same' | 'conflict';

/**
 * Push: write ours unless the W-A Tool's answer changed since the last sync (or, never synced, it holds an
 * answer of its own) and differs from ours; `force` writes anyway.
 */
export function decidePush(ours: WaAnswer, theirs: WaAnswer, lastRemote: string | undefined, force: boolean): Decision {
  if (sameExactly(ours, theirs)) return 'same';
  if (canonical(ours) === canonical(theirs)) return 'write';
  const changed = lastRemote === undefined ? !isBlank(theirs) : canonical(theirs) !== lastRemote;
  return changed && !force ? 'conflict' : 'write';
}

/** Pull: take theirs unless slens's answer changed since the last sync (or, never synced, holds one) and differs. */
export function decidePull(ours: WaAnswer, theirs: WaAnswer, lastLocal: string | undefined, force: boolean): Decision {
  if (canonical(ours) === canonical(theirs)) return 'same';
  const changed = lastLocal === undefined ? !isBlank(ours) : canonical(ours) !== lastLocal;
  return changed && !force ? 'conflict' : 'write';
}

/** The UpdateAnswer input that turns `theirs` into `ours` (choice ids in API form). */
export function updateAnswerInput(ours: WaAnswer, theirs: WaAnswer | undefined) {
  const updates: Record<string, { Status: ChoiceNote['status']; Reason?: string; Notes?: string }> = {};
  for (const c of ours.choices) {
    if (c.status === 'NOT_APPLICABLE') updates[c.id] = { Status: 'NOT_APPLICABLE', Reason: c.reason ?? 'NONE', ...(c.notes ? { Notes: c.notes } : {}) };
    else if (c.notes !== '') updates[c.id] = { Status: ours.selected.includes(c.id) ? 'SELECTED' : 'UNSELECTED', Notes: c.notes };
  }
  for (const c of theirs?.choices ?? []) {
    if (updates[c.id] || ours.selected.includes(c.id)) continue;
    if (c.status === 'NOT_APPLICABLE' || c.notes !== '') updates[c.id] = { Status: 'UNSELECTED', ...(c.notes ? { Notes: '' } : {}) };
  }
  const sorted = Object.fromEntries(Object.entries(updates).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    ...(ours.applicable ? { SelectedChoices: [...ours.selected] } : {}),
    ...(Object.keys(sorted).length > 0 ? { ChoiceUpdates: sorted } : {}),
    Notes: ours.notes,
    IsApplicable: ours.applicable,
    ...(ours.applicable ? {} : { Reason: ours.reason ?? 'OTHER' }),
  };
}

/** An Answer of the W-A API (GetAnswer, ListAnswers, UpdateAnswer) → WaAnswer. */
export function fromApiAnswer(a: {
  SelectedChoices?: string[];
  ChoiceAnswers?: { ChoiceId?: string; Status?: string; Reason?: string; Notes?: string }[];
  ChoiceAnswerSummaries?: { ChoiceId?: string; Status?: string; Reason?: string }[];
  IsApplicable?: boolean;
  Reason?: string;
  Notes?: string;
}): WaAnswer {
  const applicable = a.IsApplicable !== false;
  const details = a.ChoiceAnswers ?? a.ChoiceAnswerSummaries ?? [];
  const choices: ChoiceNote[] = details
    .filter((c): c is typeof c & { ChoiceId: string } => typeof c.ChoiceId === 'string')
    .map((c) => ({
      id: c.ChoiceId,
      status: c.Status === 'NOT_APPLICABLE' ? 'NOT_APPLICABLE' : c.Status === 'SELECTED' ? 'SELECTED' : 'UNSELECTED',
      reason: c.Status === 'NOT_APPLICABLE' ? (c.Reason ?? 'NONE') : null,
      notes: 'Notes' in c && typeof c.Notes === 'string' ? c.Notes : '',
    }));
  return {
    applicable,
    reason: applicable ? null : a.Reason && a.Reason !== 'NONE' ? a.Reason : null,
    selected: applicable ? [...(a.SelectedChoices ?? [])] : [],
    choices: choices.filter((c) => c.status === 'NOT_APPLICABLE' || c.notes !== ''),
    notes: a.Notes ?? '',
  };
}

/** The two sides of a conflict, one line each, for a person to compare. */
export function describe(a: WaAnswer): string {
  if (!a.applicable) return `not applicable (${a.reason ?? 'OTHER'})`;
  const na = a.choices.filter((c) => c.status === 'NOT_APPLICABLE').map((c) => `${c.id}=N/A(${c.reason ?? 'NONE'})`);
  const parts = [a.selected.length ? [...a.selected].sort().join(', ') : '-', ...na];
  const notes = personNotes(a.notes);
  return notes ? `${parts.join(', ')}; notes: ${[...notes].length > 60 ? `${[...notes].slice(0, 59).join('')}…` : notes}` : parts.join(', ');
}
