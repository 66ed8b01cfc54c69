// The review page: question, choices with info panels, save and next, "None of these", not applicable with a
// reason, the notes limit, and a stale save explained — in English and Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';

const reviewPath = (id: string, rest = '') => `/workloads/${id}/review/serverless${rest}`;

test('question page: title, labelled choices with info panels, "None of these" marked, notes count, risk table', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const res = await h.client().get(reviewPath(id, '?q=OPS1'));
    assert.equal(res.status, 200);
    assert.match(res.text, /<h2 id="question-title" tabindex="-1">OPS1 [^<]+<\/h2>/);
    // The skip link goes to the choices; Previous is absent on the first question, Next leads to the second.
    assert.match(res.text, /<a class="skip" href="#choices">Skip to the choices<\/a>/);
    assert.match(res.text, /<fieldset id="choices" tabindex="-1"/);
    assert.doesNotMatch(res.text, /id="previous"/);
    assert.match(res.text, /<a href="[^"]+\?q=OPS2" rel="next" id="next">Next →<\/a>/);
    // Five choices, each a checkbox with its own label; the last one is exclusive.
    const boxes = [...res.text.matchAll(/<input type="checkbox" id="(choice-\d)" name="choice" value="([^"]+)"([^>]*)>\s*<label for="\1">/g)];
    assert.deepEqual(
      boxes.map((b) => b[2]),
      ['ops1_managed_metrics', 'ops1_tracing', 'ops1_structured_logging', 'ops1_application_metrics', 'OPS1_no'],
    );
    assert.match(boxes[4]?.[3] ?? '', /data-none="1"/);
    assert.doesNotMatch(boxes[0]?.[3] ?? '', /data-none/);
    assert.match(res.text, /<details><summary aria-label="Info: [^"]+">Info<\/summary>/);
    assert.match(res.text, /Helpful resource: <a href="https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/monitoring-metrics\.html" rel="noopener noreferrer" target="_blank">/);
    assert.match(textOf(res.text), /2,084 characters left/);
    assert.match(textOf(res.text), /Question 1 of 9/);
    assert.match(textOf(res.text), /Risk: Unanswered/);
    // The risk of every combination of the 5 choices: all four best practices is no risk, "None" alone is high.
    const table = /data-risks="([HMNAU]*)"/.exec(res.text)?.[1] ?? '';
    assert.equal(table.length, 32);
    assert.equal(table[0b01111], 'N');
    assert.equal(table[0b10000], 'H');
    assert.equal(table[0b00001], 'M');
    assert.equal(table[0], 'U');
    // Pillar navigation with answered counts.
    // Each question of the list with its title, after the question itself in the page.
    assert.match(textOf(res.text), /Operational Excellence 0\/2 OPS1 Unanswered How do you evaluate your Serverless application's health\? OPS2 Unanswered How do you approach application lifecycle management\? Security 0\/3/);
    assert.ok(res.text.indexOf('id="question-title"') < res.text.indexOf('class="question-list"'), 'the question comes before the question list');
    // The question link is its id alone: no underlined trailing space before the risk badge.
    assert.match(res.text, /aria-current="page">OPS1<\/a> <span class="badge risk-UNANSWERED">/);

    const ja = await h.client().get(reviewPath(id, '?q=OPS1&lang=ja'));
    const text = textOf(ja.text);
    assert.match(text, /OPS1 サーバーレスアプリケーションの状態をどのように評価しますか/);
    assert.match(text, /残り 2,084 文字/);
    assert.match(text, /質問 1 \/ 9/);
    assert.match(text, /いずれも該当しません/);
    assert.match(ja.text, /<summary aria-label="詳細情報: [^"]+">詳細情報<\/summary>/);
    assert.match(text, /この質問はこのワークロードには該当しません/);
  } finally {
    await h.close();
  }
});

test('"Save and next" stores the answer and opens the next question; "Save" stays; after the last one the page says what is left', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const c = h.client({ headers: { 'accept-language': 'ja' } });
    await c.get(reviewPath(id, '?q=OPS1'));
    const res = await c.post(reviewPath(id, '/OPS1'), { version: '0', choice: ['ops1_managed_metrics', 'ops1_tracing'], notes: 'CloudWatch アラームあり', go: 'next' });
    assert.equal(res.status, 303);
    assert.equal(res.location, reviewPath(id, '?q=OPS2&saved=1'));
    const saved = await h.service.getAnswer(id, 'serverless', 'OPS1', 'en');
    assert.deepEqual(saved.selectedChoices, ['ops1_managed_metrics', 'ops1_tracing']);
    assert.equal(saved.notes, 'CloudWatch アラームあり');
    assert.equal(saved.risk, 'MEDIUM');
    const next = await c.follow(res);
    assert.match(textOf(next.text), /保存しました。/);
    assert.match(textOf(next.text), /運用上の優秀性 1\/2 OPS1 中リスク [^]*? OPS2 未回答/);
    // Focus goes to the question after "Save and next" (the script reads data-focus); Previous and Next are there.
    assert.match(next.text, /data-focus="question"/);
    assert.match(next.text, /rel="prev" id="previous">← 前へ<\/a>/);

    const stay = await c.post(reviewPath(id, '/OPS2'), { version: '0', choice: 'OPS2_no', go: 'stay' });
    assert.equal(stay.location, reviewPath(id, '?q=OPS2&saved=1'));
    const again = await c.follow(stay);
    assert.match(again.text, /value="OPS2_no" checked=""/);
    assert.match(again.text, /<input type="hidden" name="version" value="1"\/?>/);

    await c.get(reviewPath(id, '?q=COST1'));
    const last = await c.post(reviewPath(id, '/COST1'), { version: '0', choice: 'cost1_logging_retention', go: 'next' });
    // After the last question the page says what is left (here: 6 questions) instead of a bare redirect.
    assert.equal(last.location, reviewPath(id, '?q=COST1&saved=1&done=1'));
    const done = textOf((await c.follow(last)).text);
    assert.match(done, /最後の質問です。まだ回答していない質問が 6 件あります: SEC1 /);
    assert.doesNotMatch(done, /レビューが完了しました/);
  } finally {
    await h.close();
  }
});

test('"None of these" cannot be saved with another choice: 400, explained, the reviewer\'s choices kept', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    for (const lang of ['en', 'ja'] as const) {
      const c = h.client();
      await c.get(reviewPath(id, `?q=SEC1&lang=${lang}`));
      const res = await c.post(reviewPath(id, '/SEC1'), { version: '0', choice: ['sec1_authn_authz', 'SEC1_no'], notes: 'mine', go: 'next' });
      assert.equal(res.status, 400);
      const text = textOf(res.text);
      if (lang === 'en') assert.match(text, /"None of these" \(SEC1_no\) cannot be selected together with other choices \(sec1_authn_authz\)/);
      else assert.match(text, /「いずれも該当しません」（SEC1_no）は他の選択肢（sec1_authn_authz）と同時に選択できません/);
      assert.match(res.text, /value="sec1_authn_authz" checked=""/);
      assert.match(res.text, /value="SEC1_no" checked=""/);
      assert.match(res.text, />mine<\/textarea>/);
      // The page knows the form holds unsaved work (the script warns before leaving).
      assert.match(res.text, /data-dirty="1"/);
    }
    assert.equal((await h.service.getAnswer(id, 'serverless', 'SEC1', 'en')).risk, 'UNANSWERED');
  } finally {
    await h.close();
  }
});

test('"does not apply" with a reason: saved as not applicable; the page shows the reason and disables the choices', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const c = h.client();
    await c.get(reviewPath(id, '?q=REL1'));
    const res = await c.post(reviewPath(id, '/REL1'), { version: '0', na: '1', reason: 'BUSINESS_PRIORITIES', choice: 'rel1_throttling', go: 'stay' });
    assert.equal(res.status, 303);
    const saved = await h.service.getAnswer(id, 'serverless', 'REL1', 'en');
    assert.equal(saved.isApplicable, false);
    assert.equal(saved.reason, 'BUSINESS_PRIORITIES');
    assert.deepEqual(saved.selectedChoices, [], 'choices are dropped when the question does not apply');
    const page = await c.follow(res);
    assert.match(page.text, /<fieldset id="choices" tabindex="-1" disabled=""/);
    assert.match(page.text, /id="na" name="na" value="1" checked=""/);
    assert.match(page.text, /<option value="BUSINESS_PRIORITIES" selected="">Business priorities<\/option>/);
    // While a question applies, its reason starts disabled (the page's script enables it when the box is ticked).
    assert.match((await c.get(reviewPath(id, '?q=OPS1'))).text, /<select id="reason" name="reason" disabled="">/);
    assert.match(textOf(page.text), /Risk: Not applicable/);
    const ja = await c.get(reviewPath(id, '?q=REL1&lang=ja'));
    assert.match(ja.text, /<option value="BUSINESS_PRIORITIES" selected="">ビジネス上の優先事項<\/option>/);
    assert.match(textOf(ja.text), /リスク: 該当なし/);

    // An unknown reason is refused.
    const bad = await c.post(reviewPath(id, '/REL2'), { version: '0', na: '1', reason: 'BECAUSE', go: 'stay' });
    assert.equal(bad.status, 400);
    assert.match(textOf(bad.text), /理由は OUT_OF_SCOPE, BUSINESS_PRIORITIES, ARCHITECTURE_CONSTRAINTS, OTHER のいずれかを指定してください/);
  } finally {
    await h.close();
  }
});

test('notes: 2,084 characters (counted as people count them) are accepted, one more is refused with the count', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const c = h.client();
    await c.get(reviewPath(id, '?q=PERF1'));
    // Japanese characters and a family emoji (one character of 7 code points).
    const full = '運'.repeat(2083) + '👨‍👩‍👧';
    const ok = await c.post(reviewPath(id, '/PERF1'), { version: '0', choice: 'perf1_capacity', notes: full, go: 'stay' });
    assert.equal(ok.status, 303);
    assert.equal((await h.service.getAnswer(id, 'serverless', 'PERF1', 'en')).notes, full);
    const page = await c.follow(ok);
    assert.match(textOf(page.text), /0 characters left/);
    assert.match(page.text, /data-max="2084"/);

    const over = await c.post(reviewPath(id, '/PERF1'), { version: '1', choice: 'perf1_capacity', notes: `${full}x`, go: 'stay' });
    assert.equal(over.status, 400);
    assert.match(textOf(over.text), /notes must be at most 2084 characters \(got 2085\)/);
    assert.match(textOf(over.text), /1 characters too many/);
    assert.match(over.text, /<span id="notes-count" class="error"/);
    assert.equal((await h.service.getAnswer(id, 'serverless', 'PERF1', 'en')).version, 1, 'nothing was saved');

    const overJa = await c.post(reviewPath(id, '/PERF1?lang=ja'), { version: '1', notes: `${full}xy`, go: 'stay' });
    assert.match(textOf(overJa.text), /2 文字超過しています/);
    assert.match(textOf(overJa.text), /メモは2084文字以内で入力してください（2086文字）/);
  } finally {
    await h.close();
  }
});

test('a stale save (someone else saved first) is a 409 that shows both answers and lets the reviewer keep theirs', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const alice = h.client();
    const bob = h.client({ headers: { 'accept-language': 'ja' } });
    await alice.get(reviewPath(id, '?q=SEC2'));
    await bob.get(reviewPath(id, '?q=SEC2'));
    const first = await alice.post(reviewPath(id, '/SEC2'), { version: '0', choice: 'SEC2_no', notes: 'alice', go: 'stay' });
    assert.equal(first.status, 303);
    const late = await bob.post(reviewPath(id, '/SEC2'), { version: '0', choice: ['sec2_resource_policies', 'sec2_temporary_credentials'], notes: 'bob', go: 'next' });
    assert.equal(late.status, 409);
    const text = textOf(late.text);
    assert.match(text, /この回答は他の人によって変更されました/);
    assert.match(text, /版 1/);
    assert.match(text, /相手の回答（保存済み） いずれも該当しません alice/);
    assert.match(text, /あなたの回答（未保存） .+ \/ .+ bob/);
    assert.match(late.text, /value="sec2_resource_policies" checked=""/);
    assert.match(late.text, />bob<\/textarea>/);
    assert.match(late.text, /<input type="hidden" name="version" value="1"\/?>/);
    assert.match(text, /自分の回答で上書き保存/);
    assert.match(late.text, /<a href="\/workloads\/[0-9a-f]+\/review\/serverless\?q=SEC2">自分の変更を破棄して相手の回答を読み込む<\/a>/);
    assert.equal((await h.service.getAnswer(id, 'serverless', 'SEC2', 'en')).notes, 'alice', 'the first save is kept');

    // Saving again is a deliberate overwrite with the version just shown.
    const keep = await bob.post(reviewPath(id, '/SEC2'), { version: '1', choice: ['sec2_resource_policies', 'sec2_temporary_credentials'], notes: 'bob', go: 'next' });
    assert.equal(keep.status, 303);
    const now = await h.service.getAnswer(id, 'serverless', 'SEC2', 'en');
    assert.equal(now.notes, 'bob');
    assert.equal(now.risk, 'MEDIUM');
  } finally {
    await h.close();
  }
});

test('the review script and stylesheet are served with their types; unknown questions are a 404 page', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const c = h.client();
    const js = await c.get('/assets/review.js');
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(js.text, /beforeunload/);
    const css = await c.get('/assets/app.css');
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    const missing = await c.get(reviewPath(id, '?q=NOPE'));
    assert.equal(missing.status, 404);
    assert.match(textOf(missing.text), /has no question "NOPE"/);
  } finally {
    await h.close();
  }
});

test('an answer posted with an expired form (server restarted, session gone) is shown again unsaved, then saves', async () => {
  const h = await openPagesHarness();
  try {
    const id = await seedWorkload(h.service);
    const c = h.client({ headers: { 'accept-language': 'ja' } });
    await c.get(reviewPath(id, '?q=OPS1'));
    const stale = c.csrf;
    c.cookies.clear(); // what a restart does: the server no longer knows the session
    const res = await c.post(reviewPath(id, '/OPS1'), { _csrf: stale, version: '0', choice: 'ops1_tracing', notes: '長いメモ', go: 'next' });
    assert.equal(res.status, 403);
    assert.match(textOf(res.text), /フォームの期限が切れていたため、回答は保存されていません/);
    assert.match(res.text, /value="ops1_tracing" checked=""/);
    assert.match(res.text, />長いメモ<\/textarea>/);
    assert.match(res.text, /data-dirty="1"/);
    assert.equal((await h.service.getAnswer(id, 'serverless', 'OPS1', 'en')).version, 0, 'nothing was saved');
    assert.notEqual(c.csrf, stale, 'the page carries the new session\'s token');
    const again = await c.post(reviewPath(id, '/OPS1'), { version: '0', choice: 'ops1_tracing', notes: '長いメモ', go: 'next' });
    assert.equal(again.status, 303);
    assert.equal((await h.service.getAnswer(id, 'serverless', 'OPS1', 'en')).notes, '長いメモ');
    // Other forms are refused outright.
    assert.equal((await c.post('/workloads', { _csrf: stale, name: 'x y z' })).status, 403);
  } finally {
    await h.close();
  }
});
