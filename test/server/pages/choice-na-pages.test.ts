// Per-choice "Not applicable" on the review page, in English and Japanese: a <details> under each best practice
// (not under "None of these"), ticked and given a reason it is saved with the answer (CSRF as the answer form),
// the choice leaves the selection, the page shows the mark and its reason; unticked it is applicable again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choiceStatesOf } from '../../../src/review/choice-states.js';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';

const reviewPath = (id: string, rest = '') => `/workloads/${id}/review/serverless${rest}`;

test('choice not applicable: shown per choice, saved with the answer and a reason, cleared again, in EN and JA', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const c = h.client();
    const page = await c.get(reviewPath(id, '?q=OPS1'));
    const toggles = [...page.text.matchAll(/<input type="checkbox" id="(choice-\d)-na" name="na:([^"]+)" value="1"/g)].map((m) => m[2]);
    assert.deepEqual(toggles, ['ops1_managed_metrics', 'ops1_tracing', 'ops1_structured_logging', 'ops1_application_metrics'], 'every choice but "None of these"');
    assert.match(page.text, /<details class="choice-na"><summary aria-label="Not applicable… [^"]+">Not applicable…<\/summary>/);
    assert.match(page.text, /<select id="choice-1-na-reason" name="na-reason:ops1_tracing">/);

    const res = await c.post(reviewPath(id, '/OPS1'), {
      version: '0', choice: ['ops1_managed_metrics', 'ops1_tracing'], 'na:ops1_tracing': '1', 'na-reason:ops1_tracing': 'ARCHITECTURE_CONSTRAINTS', go: 'stay',
    });
    assert.equal(res.status, 303, res.text);
    const saved = await h.service.getAnswer(id, 'serverless', 'OPS1', 'en');
    assert.deepEqual(saved.selectedChoices, ['ops1_managed_metrics'], 'a choice marked not applicable is not selected');
    const states = (await choiceStatesOf(h.service, id, 'serverless')).get('OPS1');
    assert.deepEqual(states?.map((s) => [s.choiceId, s.status, s.reason]), [['ops1_tracing', 'NOT_APPLICABLE', 'ARCHITECTURE_CONSTRAINTS']]);
    const after = await c.follow(res);
    assert.match(after.text, /<details class="choice-na" open=""><summary aria-label="Not applicable… [^"]+">Not applicable: Architecture constraints<\/summary>/);
    assert.match(after.text, /name="na:ops1_tracing" value="1" checked=""/);
    assert.match(after.text, /<option value="ARCHITECTURE_CONSTRAINTS" selected="">Architecture constraints<\/option>/);
    const ja = await c.get(reviewPath(id, '?q=OPS1&lang=ja'));
    assert.match(textOf(ja.text), /該当しない: アーキテクチャ上の制約/);
    assert.match(ja.text, /<label for="choice-0-na">このベストプラクティスはこのワークロードには該当しません<\/label>/);

    // The report shows the mark with its reason, in both languages.
    const report = await c.get(`/workloads/${id}/report?lang=en`);
    assert.equal(report.status, 200);
    assert.match(textOf(report.text), /Not applicable: Use distributed tracing[^()]*\(Architecture constraints\)/);
    const reportJa = await c.get(`/workloads/${id}/report?lang=ja`);
    assert.match(textOf(reportJa.text), /該当しない: 分散トレースを使用し[^（]*（アーキテクチャ上の制約）/);
    // The Markdown download says the same, one line per marked practice, after the selected ones.
    const md = await c.get(`/workloads/${id}/report/markdown?lang=en`);
    assert.match(md.text, /- Understand, analyze, and alert on metrics[^\n]*\n\n- Not applicable: Use distributed tracing[^()\n]*\(Architecture constraints\)\n/);
    const mdJa = await c.get(`/workloads/${id}/report/markdown?lang=ja`);
    assert.match(mdJa.text, /\n- 該当しない: 分散トレースを使用し[^（\n]*（アーキテクチャ上の制約）\n/);
    await c.get(reviewPath(id, '?q=OPS1&lang=en'));

    // A changed reason is kept; the answer's other fields are untouched.
    const version = (await h.service.getAnswer(id, 'serverless', 'OPS1', 'en')).version;
    const again = await c.post(reviewPath(id, '/OPS1?lang=ja'), { version: String(version), choice: 'ops1_managed_metrics', 'na:ops1_tracing': '1', 'na-reason:ops1_tracing': 'OTHER', go: 'stay' });
    assert.equal(again.status, 303, again.text);
    assert.equal((await choiceStatesOf(h.service, id, 'serverless')).get('OPS1')?.[0]?.reason, 'OTHER');
    assert.match(textOf((await c.follow(again)).text), /該当しない: その他/);

    // A hostile reason is refused with a message naming it; nothing about the mark changes.
    const v2 = (await h.service.getAnswer(id, 'serverless', 'OPS1', 'en')).version;
    const notesBefore = (await h.service.getAnswer(id, 'serverless', 'OPS1', 'en')).notes;
    const bad = await c.post(reviewPath(id, '/OPS1'), { version: String(v2), choice: 'ops1_managed_metrics', 'na:ops1_tracing': '1', 'na-reason:ops1_tracing': '<script>', go: 'stay' });
    assert.equal(bad.status, 400);
    assert.doesNotMatch(bad.text, /<script>/);
    assert.match(textOf(bad.text), /選択肢 ops1_tracing: 「<script>」はこのページで選べる理由ではありません/, 'the page keeps the language chosen before');
    const answerAfter = await h.service.getAnswer(id, 'serverless', 'OPS1', 'en');
    assert.equal(answerAfter.version, v2, 'nothing was saved');
    assert.equal(answerAfter.notes, notesBefore);
    assert.equal((await choiceStatesOf(h.service, id, 'serverless')).get('OPS1')?.[0]?.reason, 'OTHER');

    // Unticked: applicable again, and it can be selected.
    const v3 = (await h.service.getAnswer(id, 'serverless', 'OPS1', 'en')).version;
    const cleared = await c.post(reviewPath(id, '/OPS1'), { version: String(v3), choice: ['ops1_managed_metrics', 'ops1_tracing'], go: 'stay' });
    assert.equal(cleared.status, 303, cleared.text);
    assert.deepEqual((await choiceStatesOf(h.service, id, 'serverless')).get('OPS1') ?? [], []);
    assert.deepEqual((await h.service.getAnswer(id, 'serverless', 'OPS1', 'en')).selectedChoices, ['ops1_managed_metrics', 'ops1_tracing']);
    assert.match((await c.follow(cleared)).text, /<details class="choice-na"><summary/);
  } finally {
    await h.close();
  }
});

test('choice not applicable: a post without the CSRF token changes nothing', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const c = h.client();
    await c.get(reviewPath(id, '?q=OPS1'));
    const res = await c.post(reviewPath(id, '/OPS1'), { _csrf: 'forged', version: '0', 'na:ops1_tracing': '1', 'na-reason:ops1_tracing': 'OTHER', go: 'stay' });
    assert.equal(res.status, 403);
    assert.equal((await choiceStatesOf(h.service, id, 'serverless')).get('OPS1'), undefined);
  } finally {
    await h.close();
  }
});
