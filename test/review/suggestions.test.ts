// Suggestions, conflicts and the evidence note, on the built-in lens's questions: what the evidence suggests
// (supported practices; "None of these" when all are contradicted; nothing when it cannot decide), which choices
// conflict with an answer, and a note that always fits the 2,084-character limit — with hostile and huge input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadBuiltinLens } from '../../src/lens/builtin.js';
import type { LensQuestion } from '../../src/lens/types.js';
import { conflictsOf, evidenceNote, notesWithSummary, suggestFor, suggestionState, type ChoiceEvidenceLike } from '../../src/review/suggestions.js';
import { planTake } from '../../src/review/take-suggestions.js';
import type { QuestionEvidence } from '../../src/review/question-evidence.js';
import { countCharacters } from '../../src/util/text.js';

const lens = loadBuiltinLens('en');
const question = (id: string): LensQuestion => {
  const q = lens.pillars.flatMap((p) => p.questions).find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q;
};
const OPS1 = question('OPS1');
const scan = { scanDate: '2026-11-25', files: ['template.yaml'] };

function ev(choiceId: string, status: string, failed = 0, passed = 0, findings: ChoiceEvidenceLike['findings'] = []): ChoiceEvidenceLike {
  return { choiceId, status, passed, failed, rules: ['lambda-tracing'], findings };
}
const finding = (file: string, line: number, resource = 'Fn') => ({ ruleId: 'lambda-tracing', severity: 'warning', file, line, column: 1, resource, message: { en: 'no tracing', ja: 'トレースなし' } });

test('the suggestion selects supported practices, in lens order, with the risk the lens gives', () => {
  const s = suggestFor(OPS1, [ev('ops1_structured_logging', 'supported', 0, 2), ev('ops1_managed_metrics', 'supported', 0, 3), ev('ops1_tracing', 'contradicted', 1)]);
  assert.deepEqual(s.selectedChoices, ['ops1_managed_metrics', 'ops1_structured_logging']);
  assert.equal(s.basis, 'supported');
  assert.equal(s.risk, 'MEDIUM');
  assert.deepEqual(s.counts, { practices: 4, supported: 2, contradicted: 1, unknown: 1 });
});

test('every practice contradicted suggests "None of these" at high risk; a partial picture suggests nothing', () => {
  const all = OPS1.choices.filter((c) => c.id !== 'OPS1_no').map((c) => ev(c.id, 'contradicted', 2));
  const s = suggestFor(OPS1, all);
  assert.deepEqual(s.selectedChoices, ['OPS1_no']);
  assert.equal(s.basis, 'all-contradicted');
  assert.equal(s.risk, 'HIGH');
  const partial = suggestFor(OPS1, all.slice(1));
  assert.deepEqual(partial.selectedChoices, []);
  assert.equal(partial.basis, 'none');
  assert.equal(partial.risk, 'UNANSWERED');
  // Unknown statuses and evidence for choices the question does not have are ignored, not trusted.
  const odd = suggestFor(OPS1, [ev('ops1_tracing', 'maybe'), ev('nope_choice', 'supported', 0, 5), ev('OPS1_no', 'supported', 0, 1)]);
  assert.deepEqual(odd.selectedChoices, []);
  assert.deepEqual(odd.counts, { practices: 4, supported: 0, contradicted: 0, unknown: 4 });
});

test('conflicts: ticked but contradicted, unticked but supported; none for unanswered or not applicable questions', () => {
  const evidence = [ev('ops1_managed_metrics', 'contradicted', 1), ev('ops1_tracing', 'supported', 0, 1), ev('ops1_structured_logging', 'supported', 0, 1)];
  const c = conflictsOf({ selectedChoices: ['ops1_managed_metrics', 'ops1_structured_logging'], isApplicable: true }, evidence);
  assert.deepEqual([...c], [['ops1_managed_metrics', 'ticked-contradicted'], ['ops1_tracing', 'unticked-supported']]);
  assert.equal(conflictsOf({ selectedChoices: [], isApplicable: true }, evidence).size, 0);
  assert.equal(conflictsOf({ selectedChoices: [], isApplicable: false }, evidence).size, 0);
  // "None of these" ticked: every supported practice is a conflict.
  assert.deepEqual([...conflictsOf({ selectedChoices: ['OPS1_no'], isApplicable: true }, evidence).keys()], ['ops1_tracing', 'ops1_structured_logging']);
});

test('suggestion states: suggested, nothing, confirmed (same choices in any order), answered', () => {
  const s = { selectedChoices: ['a', 'b'] };
  assert.equal(suggestionState({ selectedChoices: [], notApplicable: false }, s), 'suggested');
  assert.equal(suggestionState({ selectedChoices: [], notApplicable: false }, { selectedChoices: [] }), 'nothing');
  assert.equal(suggestionState({ selectedChoices: ['b', 'a'], notApplicable: false }, s), 'confirmed');
  assert.equal(suggestionState({ selectedChoices: ['a'], notApplicable: false }, s), 'answered');
  assert.equal(suggestionState({ selectedChoices: [], notApplicable: true }, s), 'answered');
});

test('the evidence note: one line per practice with marks, counts and the first locations', () => {
  const note = evidenceNote(OPS1, [ev('ops1_tracing', 'contradicted', 4, 0, [1, 2, 3, 4].map((n) => finding('t.yaml', n * 10, `Fn${n}`))), ev('ops1_managed_metrics', 'supported', 0, 3)], scan, 'en');
  assert.equal(
    note,
    [
      'Evidence from the scan of 2026-11-25 (1 template(s)):',
      '✓ Understand, analyze, and alert on metrics provided out of the box: 3 of 3 resources passing',
      '✗ Use distributed tracing and code is instrumented with additional context: 4 of 4 resources failing (t.yaml:10 Fn1, t.yaml:20 Fn2, t.yaml:30 Fn3, … and 1 more)',
      '? Use structured and centralized logging: no rule checks it',
      '? Use application, business, and operations metrics: no rule checks it',
    ].join('\n'),
  );
  const ja = evidenceNote(question('OPS1'), [ev('ops1_tracing', 'contradicted', 1, 0, [finding('t.yaml', 3)])], scan, 'ja');
  assert.match(ja, /^2026-11-25 のスキャン（テンプレート 1 件）のエビデンス:\n/);
});

test('the note fits its limit with huge and hostile input, and says how many lines it left out', () => {
  const longPath = `${'深い/'.repeat(1500)}template.yaml`;
  const emoji = '👨‍👩‍👧‍👦'.repeat(500);
  const evidence = OPS1.choices.filter((c) => c.id !== 'OPS1_no').map((c, i) => ev(c.id, 'contradicted', 10_000, 0, Array.from({ length: 10_000 }, (_, n) => finding(i === 0 ? longPath : `f${n}.yaml`, n + 1, i === 1 ? emoji : 'Fn'))));
  for (const limit of [2084, 500, 120, 10, 0]) {
    const note = evidenceNote(OPS1, evidence, scan, 'en', limit);
    assert.ok(countCharacters(note) <= limit, `${limit}: ${countCharacters(note)} characters`);
  }
  const note = evidenceNote(OPS1, evidence, scan, 'en');
  assert.match(note, /… \(\d+ more line\(s\) left out to fit the notes\)$/);
  assert.doesNotMatch(note, /深い\/深い/, 'the line with the 6,000-character path is left out whole, never cut mid-way');
  // Control characters and markup in file names stay text: the note is plain text, escaped where it is shown.
  const hostile = evidenceNote(OPS1, [ev('ops1_tracing', 'contradicted', 1, 0, [finding('<script>x</script>\u0000.yaml', 1)])], scan, 'en');
  assert.match(hostile, /<script>x<\/script>\u0000\.yaml:1 Fn/);
});

test('notes after taking: the person\'s words first and never cut; the summary gives way', () => {
  const make = (limit: number) => 'S'.repeat(Math.min(limit, 100));
  assert.equal(notesWithSummary('', make), 'S'.repeat(100));
  assert.equal(notesWithSummary('mine  \n', make), `mine\n\n${'S'.repeat(100)}`);
  const full = 'あ'.repeat(2084);
  assert.equal(notesWithSummary(full, make), full);
  const nearly = 'x'.repeat(2030);
  const out = notesWithSummary(nearly, make);
  assert.ok(out.startsWith(nearly));
  assert.equal(countCharacters(out), 2084);
});

test('planTake: all unanswered with a suggestion by default; named ones as asked; reasons for the rest', () => {
  const q = (id: string, state: 'suggested' | 'nothing' | 'answered' | 'confirmed', selected: string[]) =>
    [id, { question: question(id), state, suggestion: { selectedChoices: selected, risk: 'HIGH', basis: 'supported', counts: { practices: 1, supported: 1, contradicted: 0, unknown: 0 } } }] as const;
  const questions = new Map([q('OPS1', 'suggested', ['ops1_tracing']), q('OPS2', 'nothing', []), q('SEC1', 'answered', ['sec1_authn_authz'])]) as unknown as ReadonlyMap<string, QuestionEvidence>;
  const all = planTake(questions, {});
  assert.deepEqual(all.take.map((x) => x.question.id), ['OPS1']);
  assert.deepEqual(all.skipped, []);
  const named = planTake(questions, { questionIds: ['SEC1', 'OPS2'], onlyUnanswered: true });
  assert.deepEqual(named.take, []);
  assert.deepEqual(named.skipped, [{ questionId: 'OPS2', reason: 'no-suggestion' }, { questionId: 'SEC1', reason: 'answered' }]);
  assert.deepEqual(planTake(questions, { questionIds: ['SEC1'] }).take.map((x) => x.question.id), ['SEC1']);
});
