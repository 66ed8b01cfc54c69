// The built-in lens seen through the W-A API has exactly the official lens's ids: every question and choice
// maps, both ways, one to one; the totals match the W-A Tool's (9 questions, 38 best practices, 9 "None").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadBuiltinLens } from '../../src/lens/builtin.js';
import { choiceShapes } from '../../src/wa/api-shapes.js';
import { idMapFor, OFFICIAL_IDS, OWN_IDS } from '../../src/wa/id-map.js';

test('every question and choice of the built-in lens has its official id, and back', () => {
  for (const lang of ['en', 'ja'] as const) {
    const lens = loadBuiltinLens(lang);
    const questions = lens.pillars.flatMap((p) => p.questions);
    assert.deepEqual(questions.map((q) => OFFICIAL_IDS.question(q.id)), ['ops_q1', 'ops_q2', 'sec_q1', 'sec_q2', 'sec_q3', 'rel_q1', 'rel_q2', 'perf_q1', 'cost_q1']);
    const choices = questions.flatMap((q) => choiceShapes(q, OFFICIAL_IDS, lang).map((c) => c.ChoiceId));
    assert.equal(choices.filter((id) => id.endsWith('_no')).length, 9);
    assert.equal(choices.filter((id) => !id.endsWith('_no')).length, 38);
    assert.ok(choices.every((id) => /^(ops|sec|rel|perf|cost)_\1_q\d_(a\d|no)$/.test(id)), choices.join(' '));
    assert.equal(new Set(choices).size, choices.length);
    for (const q of questions) {
      assert.equal(OFFICIAL_IDS.questionFrom(OFFICIAL_IDS.question(q.id)), q.id);
      for (const c of q.choices) assert.equal(OFFICIAL_IDS.choiceFrom(OFFICIAL_IDS.choice(c.id)), c.id);
    }
    const extra = choiceShapes(questions[1]!, OFFICIAL_IDS, lang).find((c) => c.ChoiceId === 'ops_ops_q2_a4');
    assert.match(extra?.Title ?? '', lang === 'en' ? /CI\/CD/ : /CI\/CD.*使用する/);
  }
});

test('a custom lens keeps its own ids', () => {
  assert.equal(idMapFor('my-lens'), OWN_IDS);
  assert.equal(idMapFor('serverless'), OFFICIAL_IDS);
  assert.equal(OWN_IDS.choice('OPS1_no'), 'OPS1_no');
  assert.deepEqual(OWN_IDS.extras('OPS2'), []);
});
