// UpdateAnswer's choice semantics as a pure function: SelectedChoices replaces the selection, then each
// ChoiceUpdates entry sets one choice SELECTED, UNSELECTED or NOT_APPLICABLE (with a reason and notes).
// Ids here are slens ids (an extra official choice keeps its official id).
import { isNoneChoiceId } from '../lens/types.js';
import { fillLater, type Localized } from '../util/i18n.js';
import type { ChoiceState, ChoiceStatus } from './api-shapes.js';

export interface ChoiceUpdate {
  Status: ChoiceStatus;
  Reason?: string;
  Notes?: string;
}

export interface ChoiceProblem {
  field: string;
  message: Localized;
}

export interface ChoiceOutcome {
  /** The lens's own choices now selected (in lens order). */
  selected: string[];
  /** What to store per choice: not applicable ones, selected extras, and any with notes. */
  states: ChoiceState[];
  problems: ChoiceProblem[];
}

const MSG = {
  unknown: {
    en: 'ChoiceUpdates names "{id}", which question {question} does not have (its choices: {known})',
    ja: 'ChoiceUpdates の「{id}」は質問 {question} にない選択肢です（選択肢: {known}）',
  },
  unknownSelected: {
    en: 'SelectedChoices names "{id}", which question {question} does not have (its choices: {known})',
    ja: 'SelectedChoices の「{id}」は質問 {question} にない選択肢です（選択肢: {known}）',
  },
  noneNotApplicable: {
    en: '"{id}" is "None of these" and cannot be marked NOT_APPLICABLE',
    ja: '「{id}」は「いずれにも該当しない」なので NOT_APPLICABLE にできません',
  },
} as const;

/**
 * Applies the request to the current state. `ownChoices` are the lens's choice ids in order, `extraChoices`
 * the ones only the API lists; `apiId` turns an id back into the caller's for messages.
 */
export function applyChoiceUpdates(input: {
  questionId: string;
  ownChoices: readonly string[];
  extraChoices: readonly string[];
  currentSelected: readonly string[];
  currentStates: readonly ChoiceState[];
  selectedChoices?: readonly string[];
  choiceUpdates?: Readonly<Record<string, { id: string; update: ChoiceUpdate }>>;
  applicable: boolean;
  apiId: (id: string) => string;
}): ChoiceOutcome {
  const known = new Set([...input.ownChoices, ...input.extraChoices]);
  const states = new Map(input.currentStates.map((s) => [s.choiceId, { ...s }]));
  const selection = new Set(input.currentSelected);
  for (const s of input.currentStates) if (s.status === 'SELECTED') selection.add(s.choiceId);
  if (input.selectedChoices) {
    selection.clear();
    for (const id of input.selectedChoices) selection.add(id);
  }
  const problems: ChoiceProblem[] = [];
  const knownList = () => [...known].map(input.apiId).join(', ');
  for (const id of input.selectedChoices ?? [])
    if (!known.has(id)) problems.push({ field: 'SelectedChoices', message: fillLater(MSG.unknownSelected, { id: input.apiId(id), question: input.apiId(input.questionId), known: knownList() }) });
  for (const [key, { id, update }] of Object.entries(input.choiceUpdates ?? {})) {
    if (!known.has(id)) {
      problems.push({ field: `ChoiceUpdates.${key}`, message: fillLater(MSG.unknown, { id: key, question: input.apiId(input.questionId), known: knownList() }) });
      continue;
    }
    if (update.Status === 'NOT_APPLICABLE' && isNoneChoiceId(id)) {
      problems.push({ field: `ChoiceUpdates.${key}`, message: fillLater(MSG.noneNotApplicable, { id: key }) });
      continue;
    }
    const state = states.get(id) ?? { choiceId: id, status: 'UNSELECTED' as ChoiceStatus, reason: null, notes: '' };
    state.status = update.Status;
    state.reason = update.Status === 'NOT_APPLICABLE' ? (update.Reason ?? 'NONE') : null;
    if (update.Notes !== undefined) state.notes = update.Notes;
    states.set(id, state);
    if (update.Status === 'SELECTED') selection.add(id);
    else selection.delete(id);
  }
  // A choice chosen again is no longer not applicable; a question that does not apply selects nothing.
  if (!input.applicable) selection.clear();
  for (const [id, state] of states) {
    if (selection.has(id)) {
      state.status = 'SELECTED';
      state.reason = null;
    } else if (state.status === 'SELECTED') state.status = 'UNSELECTED';
  }
  const extras = new Set(input.extraChoices);
  const kept = [...states.values()]
    .filter((s) => s.status === 'NOT_APPLICABLE' || (extras.has(s.choiceId) && s.status === 'SELECTED') || s.notes !== '')
    .filter((s) => known.has(s.choiceId));
  for (const id of selection) if (extras.has(id) && !states.has(id)) kept.push({ choiceId: id, status: 'SELECTED', reason: null, notes: '' });
  kept.sort((a, b) => (a.choiceId < b.choiceId ? -1 : a.choiceId > b.choiceId ? 1 : 0));
  return { selected: input.ownChoices.filter((id) => selection.has(id)), states: kept, problems };
}
