// The pure side of push and pull: notes within the W-A Tool's limit (huge, Japanese and hostile texts), the
// canonical form both sides are compared in, answers read from odd API shapes, and the push/pull decisions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonical, composeNotes, decidePull, decidePush, EVIDENCE_MARK, fromApiAnswer, isBlank, personNotes, updateAnswerInput, type WaAnswer } from '../../src/wa/sync-state.js';

const blank: WaAnswer = { applicable: true, reason: null, selected: [], choices: [], notes: '' };
const answer = (over: Partial<WaAnswer>): WaAnswer => ({ ...blank, ...over });
const chars = (s: string) => [...s].length;

test('notes: the person\'s note, then the evidence after the marker, never over 2,084 characters', () => {
  assert.equal(composeNotes('Checked.', 'scan of 2026-11-25'), `Checked.\n\n${EVIDENCE_MARK} scan of 2026-11-25`);
  assert.equal(composeNotes('', 'scan'), `${EVIDENCE_MARK} scan`);
  assert.equal(composeNotes('Only me.  ', ''), 'Only me.');
  const huge = composeNotes('n'.repeat(1000), 'e'.repeat(100_000));
  assert.equal(chars(huge), 2084);
  assert.ok(huge.endsWith('…'));
  assert.ok(huge.startsWith('n'.repeat(1000)));
  // Japanese and emoji count as one character each, as the W-A Tool counts them.
  const ja = composeNotes('確認済み👍'.repeat(300), 'エビデンス'.repeat(1000));
  assert.ok(chars(ja) <= 2084, String(chars(ja)));
  assert.ok(ja.startsWith('確認済み👍'.repeat(300)));
  // A note that leaves no room keeps the note whole and drops the evidence.
  assert.equal(composeNotes('x'.repeat(2084), 'evidence'), 'x'.repeat(2084));
  assert.equal(composeNotes('x'.repeat(2070), 'evidence'), 'x'.repeat(2070));
});

test('the person\'s part of notes is what comes before the marker, whatever follows it', () => {
  assert.equal(personNotes(`Note.\n\n${EVIDENCE_MARK} a\n${EVIDENCE_MARK} b`), 'Note.');
  assert.equal(personNotes(`${EVIDENCE_MARK}`), '');
  assert.equal(personNotes('No marker [slens evidence'), 'No marker [slens evidence');
});

test('canonical form: order, reasons and the evidence block do not matter; choices, notes and applicability do', () => {
  const a = answer({ selected: ['b', 'a'], notes: `Hi\n\n${EVIDENCE_MARK} 3 files`, choices: [{ id: 'c', status: 'NOT_APPLICABLE', reason: null, notes: '' }] });
  const b = answer({ selected: ['a', 'b'], notes: 'Hi', choices: [{ id: 'c', status: 'NOT_APPLICABLE', reason: 'NONE', notes: '' }] });
  assert.equal(canonical(a), canonical(b));
  assert.notEqual(canonical(a), canonical({ ...b, notes: 'Hello' }));
  assert.notEqual(canonical(a), canonical({ ...b, selected: ['a'] }));
  // Not applicable: the choices no longer count, the reason does.
  assert.equal(canonical(answer({ applicable: false, reason: 'OTHER', selected: ['a'] })), canonical(answer({ applicable: false, reason: 'OTHER' })));
  assert.notEqual(canonical(answer({ applicable: false, reason: 'OTHER' })), canonical(answer({ applicable: false, reason: 'OUT_OF_SCOPE' })));
  assert.ok(isBlank(answer({ notes: `${EVIDENCE_MARK} only evidence` })));
  assert.ok(!isBlank(answer({ choices: [{ id: 'c', status: 'NOT_APPLICABLE', reason: 'OTHER', notes: '' }] })));
});

test('answers read from the API tolerate missing and unexpected members', () => {
  assert.deepEqual(fromApiAnswer({}), blank);
  const odd = fromApiAnswer({
    IsApplicable: false,
    Reason: 'NONE',
    SelectedChoices: ['a'],
    ChoiceAnswers: [{ Status: 'NOT_APPLICABLE' }, { ChoiceId: 'x', Status: 'WEIRD', Notes: 'n' }, { ChoiceId: 'y', Status: 'NOT_APPLICABLE' }],
  });
  assert.deepEqual(odd, {
    applicable: false,
    reason: null,
    selected: [],
    choices: [
      { id: 'x', status: 'UNSELECTED', reason: null, notes: 'n' },
      { id: 'y', status: 'NOT_APPLICABLE', reason: 'NONE', notes: '' },
    ],
    notes: '',
  });
});

test('push writes unless the W-A Tool changed since the last sync; pull takes theirs unless slens changed', () => {
  const ours = answer({ selected: ['a'] });
  const theirs = answer({ selected: ['b'] });
  assert.equal(decidePush(ours, ours, undefined, false), 'same');
  assert.equal(decidePush(ours, blank, undefined, false), 'write', 'never synced, nothing there');
  assert.equal(decidePush(ours, theirs, undefined, false), 'conflict', 'never synced, an answer of their own');
  assert.equal(decidePush(ours, theirs, canonical(theirs), false), 'write', 'theirs is what we synced last');
  assert.equal(decidePush(ours, theirs, canonical(blank), false), 'conflict', 'theirs changed since');
  assert.equal(decidePush(ours, theirs, canonical(blank), true), 'write');
  // Only the evidence differs: written, never a conflict.
  assert.equal(decidePush(answer({ selected: ['a'], notes: `${EVIDENCE_MARK} new` }), answer({ selected: ['a'], notes: `${EVIDENCE_MARK} old` }), canonical(blank), false), 'write');
  assert.equal(decidePull(blank, theirs, undefined, false), 'write');
  assert.equal(decidePull(ours, theirs, undefined, false), 'conflict');
  assert.equal(decidePull(ours, theirs, canonical(ours), false), 'write');
  assert.equal(decidePull(ours, theirs, canonical(blank), false), 'conflict');
  assert.equal(decidePull(ours, theirs, canonical(blank), true), 'write');
  assert.equal(decidePull(ours, answer({ selected: ['a'], notes: `${EVIDENCE_MARK} x` }), undefined, false), 'same');
});

test('UpdateAnswer input: selection, not-applicable choices, choices to clear, question not applicable', () => {
  const ours = answer({ selected: ['a'], choices: [{ id: 'b', status: 'NOT_APPLICABLE', reason: 'OTHER', notes: 'why' }], notes: 'N' });
  const theirs = answer({ choices: [{ id: 'c', status: 'NOT_APPLICABLE', reason: 'OTHER', notes: '' }] });
  assert.deepEqual(updateAnswerInput(ours, theirs), {
    SelectedChoices: ['a'],
    ChoiceUpdates: { b: { Status: 'NOT_APPLICABLE', Reason: 'OTHER', Notes: 'why' }, c: { Status: 'UNSELECTED' } },
    Notes: 'N',
    IsApplicable: true,
  });
  assert.deepEqual(updateAnswerInput(answer({ applicable: false, reason: null }), undefined), { Notes: '', IsApplicable: false, Reason: 'OTHER' });
});
