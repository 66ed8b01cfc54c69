// UpdateAnswer's choice rules without a server: SelectedChoices replaces, ChoiceUpdates adjusts one choice,
// not applicable is kept with its reason, extras are stored per choice, and bad ids are named in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyChoiceUpdates } from '../../src/wa/choice-updates.js';
import { OFFICIAL_IDS } from '../../src/wa/id-map.js';

const base = {
  questionId: 'OPS2',
  ownChoices: ['ops2_iac_stages', 'ops2_temporary_environments', 'ops2_rollout_deployments', 'OPS2_no'],
  extraChoices: ['ops_ops_q2_a4'],
  currentSelected: ['ops2_iac_stages'],
  currentStates: [],
  applicable: true,
  apiId: (id: string) => OFFICIAL_IDS.choice(OFFICIAL_IDS.question(id)),
};

test('ChoiceUpdates on top of the current selection: select, unselect, not applicable with a reason, extras', () => {
  const out = applyChoiceUpdates({
    ...base,
    choiceUpdates: {
      a: { id: 'ops2_temporary_environments', update: { Status: 'NOT_APPLICABLE', Reason: 'OUT_OF_SCOPE', Notes: 'n/a here' } },
      b: { id: 'ops2_rollout_deployments', update: { Status: 'SELECTED' } },
      c: { id: 'ops_ops_q2_a4', update: { Status: 'SELECTED' } },
    },
  });
  assert.deepEqual(out.problems, []);
  assert.deepEqual(out.selected, ['ops2_iac_stages', 'ops2_rollout_deployments']);
  assert.deepEqual(out.states, [
    { choiceId: 'ops2_temporary_environments', status: 'NOT_APPLICABLE', reason: 'OUT_OF_SCOPE', notes: 'n/a here' },
    { choiceId: 'ops_ops_q2_a4', status: 'SELECTED', reason: null, notes: '' },
  ]);
  // Selecting a not-applicable choice again makes it applicable; SelectedChoices replaces the extra too.
  const again = applyChoiceUpdates({ ...base, currentStates: out.states, currentSelected: out.selected, selectedChoices: ['ops2_temporary_environments'] });
  assert.deepEqual(again.selected, ['ops2_temporary_environments']);
  assert.deepEqual(again.states, [{ choiceId: 'ops2_temporary_environments', status: 'SELECTED', reason: null, notes: 'n/a here' }]);
  // A question that does not apply selects nothing, and keeps per-choice not applicable.
  const off = applyChoiceUpdates({ ...base, currentStates: out.states, currentSelected: out.selected, applicable: false });
  assert.deepEqual(off.selected, []);
  assert.deepEqual(off.states.map((s) => s.status), ['NOT_APPLICABLE']);
});

test('unknown choices and a not-applicable "None of these" are refused with the official ids', () => {
  const out = applyChoiceUpdates({
    ...base,
    selectedChoices: ['nope'],
    choiceUpdates: { OPS2_no: { id: 'OPS2_no', update: { Status: 'NOT_APPLICABLE' } }, x: { id: 'x', update: { Status: 'SELECTED' } } },
  });
  assert.equal(out.problems.length, 3);
  assert.match(out.problems[0]!.message.en, /SelectedChoices names "nope", which question ops_q2 does not have \(its choices: ops_ops_q2_a1, /);
  assert.match(out.problems[0]!.message.ja, /質問 ops_q2 にない選択肢です/);
  assert.match(out.problems[1]!.message.ja, /NOT_APPLICABLE にできません/);
  assert.equal(out.problems[2]!.field, 'ChoiceUpdates.x');
});
