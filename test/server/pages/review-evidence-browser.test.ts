// Evidence where answers are made, in a real browser (Chromium, headless), in English and Japanese, over the
// sample workload of `slens serve --demo` with its scan of examples/orders-careless: the overview counts the
// conflicts, the review flags OPS1's ticked choices the scan contradicts, the proof opens with file:line and
// rule links, a suggestion is taken (one, or all after a confirmation), "None of these" can be undone, a
// keyboard-only review of all nine questions is counted, the page fits a 390 px phone with the question
// first, and a custom lens shows its titles, its own order and its own "None of these".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../src/report/pdf.js';
import { importLens } from '../../../src/review/catalog.js';
import { ensureDemoWorkload } from '../../../src/review/demo.js';
import { scanEvidenceFor } from '../../../src/scan/evidence-input.js';
import type { Lang } from '../../../src/util/i18n.js';
import { listen, openPagesHarness, seedWorkload, type PagesHarness } from '../../helpers/pages.js';
import { fixture, repoRoot } from '../../helpers/repo.js';

const artifacts = join(repoRoot, 'test-artifacts');

const WORDS = {
  en: {
    conflicts: 'Conflicts between answers and evidence: 3',
    ticked: 'Ticked, but the evidence contradicts it',
    proof: 'Proof: Understand, analyze, and alert on metrics provided out of the box',
    noSuggestion: 'No suggestion: 3 practice(s) contradicted, 1 without evidence.',
    take: 'Take this suggestion',
    took: 'The suggestion was taken and saved.',
    notes: /^Evidence from the scan of \d{4}-\d{2}-\d{2} \(1 template\(s\)\):/,
    takeAll: /Take the suggestions of the 1 unanswered question/,
    confirm: 'Take 1 suggestion(s)',
    taken: '1 suggestion(s) taken and saved.',
    undo: 'Undo',
    rel2Suggested: '1 of 4 practices supported: High risk (Orchestrate long-running transactions)',
    replace: 'Replace my answer with this suggestion',
    none: 'None of these',
  },
  ja: {
    conflicts: '回答とエビデンスの矛盾: 3 件',
    ticked: '選択されていますが、エビデンスと矛盾します',
    proof: '根拠: 面倒な設定なしで与えられるメトリクスを理解し, 分析し, アラートを出す',
    noSuggestion: '提案なし: 反証あり 3 件、エビデンスなし 1 件。この質問はエビデンスからは判断できません。',
    take: 'この提案を採用',
    took: '提案を採用して保存しました。',
    notes: /^\d{4}-\d{2}-\d{2} のスキャン（テンプレート 1 件）のエビデンス:/,
    takeAll: /未回答の質問 1 件の提案を採用/,
    confirm: '提案 1 件を採用',
    taken: '提案 1 件を採用して保存しました。',
    undo: '元に戻す',
    rel2Suggested: '4 件中 1 件の実践に裏付けあり: 高リスク（長時間実行のトランザクションを調整する）',
    replace: '回答をこの提案に置き換える',
    none: 'いずれも該当しません',
  },
} as const;

async function demo(h: PagesHarness, lang: Lang): Promise<string> {
  const { workload } = await ensureDemoWorkload(h.service, { scan: () => scanEvidenceFor([join(repoRoot, 'examples', 'orders-careless')], { cwd: repoRoot }), lang });
  return workload.workloadId;
}

async function withBrowser(fn: (browser: Browser, h: PagesHarness, url: string) => Promise<void>): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  const h = await openPagesHarness();
  const server = await listen(h.app);
  const browser = await launchChromium();
  try {
    await fn(browser, h, server.url);
  } finally {
    await browser.close();
    await server.close();
    await h.close();
  }
}

async function newPage(browser: Browser, lang: Lang, width = 1280): Promise<Page> {
  const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-US', extraHTTPHeaders: { 'accept-language': lang }, viewport: { width, height: 860 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

const focusedId = (page: Page) => page.evaluate<string>("document.activeElement ? document.activeElement.id : ''");
const scrollWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

for (const lang of ['en', 'ja'] as const) {
  test(`evidence beside the choices in Chromium (${lang}): conflicts flagged, proof opened, a suggestion taken`, async () => {
    const w = WORDS[lang];
    await withBrowser(async (browser, h, url) => {
      const id = await demo(h, lang);
      const page = await newPage(browser, lang);

      // The overview: when the scan was imported, of what, and the conflicts.
      await page.goto(`${url}/workloads/${id}`);
      const status = await page.locator('#scan-status').innerText();
      assert.match(status, /examples\/orders-careless\/template\.yaml/);
      assert.ok(status.includes(w.conflicts), status);

      // OPS1: both ticked choices are contradicted and flagged, and the question list marks OPS1 and REL1.
      await page.goto(`${url}/workloads/${id}/review/serverless?q=OPS1`);
      const flagged = page.locator('.choice.has-conflict');
      assert.equal(await flagged.count(), 2);
      assert.ok((await flagged.first().innerText()).includes(w.ticked));
      assert.equal(await flagged.first().locator('input[name=choice]').isChecked(), true);
      const marked = await page.locator('.question-list li:has(.conflict-mark) > a').allInnerTexts();
      assert.deepEqual(marked, ['OPS1', 'REL1']);
      assert.ok((await page.locator('.suggestion').innerText()).includes(w.noSuggestion));

      // Its proof: the findings with file:line and the rule's title linking to its page.
      await page.getByLabel(w.proof, { exact: true }).click();
      const proof = page.locator('details.proof[open]');
      assert.match(await proof.innerText(), /examples\/orders-careless\/template\.yaml:\d+/);
      const link = proof.locator('a').first();
      assert.match((await link.getAttribute('href')) ?? '', /^https:\/\/github\.com\/slens-dev\/slens\/blob\/main\/docs\/rules\/[a-z0-9-]+\.md$/);
      assert.ok((await link.innerText()).length > 5);
      await page.screenshot({ path: join(artifacts, `review-evidence-${lang}.png`), fullPage: true });

      // "None of these" clears the ticked choices, and says so with an Undo.
      await page.locator('input[value=OPS1_no]').check();
      assert.equal(await page.locator('input[value=ops1_managed_metrics]').isChecked(), false);
      await page.getByRole('button', { name: w.undo }).click();
      assert.equal(await page.locator('input[value=ops1_managed_metrics]').isChecked(), true);
      assert.equal(await page.locator('input[value=ops1_structured_logging]').isChecked(), true);
      assert.equal(await page.locator('input[value=OPS1_no]').isChecked(), false);
      assert.equal(await page.locator('#none-undo').isHidden(), true);

      if (lang === 'en') {
        // Take REL2's suggestion from its button: saved, with an editable summary in the notes, focus on them.
        await page.goto(`${url}/workloads/${id}/review/serverless?q=REL2`);
        await page.getByRole('button', { name: w.take }).click();
        await page.waitForURL(/took=1/);
        assert.ok((await page.locator('main').innerText()).includes(w.took));
        assert.equal(await page.locator('input[value=rel2_orchestration]').isChecked(), true);
        assert.match(await page.locator('#notes').inputValue(), w.notes);
        assert.equal(await focusedId(page), 'notes');
      } else {
        // Take all unanswered questions' suggestions: a confirmation first, then the answers.
        await page.getByRole('button', { name: w.takeAll }).click();
        await page.waitForLoadState('load');
        assert.equal((await h.service.getAnswer(id, 'serverless', 'REL2', 'en')).selectedChoices.length, 0, 'nothing changes before the person confirms');
        await page.getByRole('button', { name: w.confirm }).click();
        await page.waitForURL(/taken=1/);
        assert.ok((await page.locator('main').innerText()).includes(w.taken));
      }
      const rel2 = await h.service.getAnswer(id, 'serverless', 'REL2', lang);
      assert.deepEqual(rel2.selectedChoices, ['rel2_orchestration']);
      assert.match(rel2.notes, w.notes);

      // The Evidence tab: "None of these" in words, the suggestion stated plainly, the same buttons.
      await page.goto(`${url}/workloads/${id}/evidence`);
      const sec1 = await page.locator('article#SEC1').innerText();
      assert.ok(sec1.includes(w.none), sec1);
      assert.ok(!sec1.includes('SEC1_no'));
      // COST1 (3 practices contradicted, 1 without evidence) has no suggestion, so nothing to replace it with.
      const cost1 = page.locator('article#COST1');
      assert.ok((await cost1.innerText()).includes(w.noSuggestion), await cost1.innerText());
      assert.equal(await cost1.getByRole('button', { name: w.replace }).count(), 0);
      // REL2, answered otherwise after the suggestion was taken: its suggestion replaces that answer.
      const before = await h.service.getAnswer(id, 'serverless', 'REL2', 'en');
      await h.service.updateAnswer(id, 'serverless', 'REL2', { selectedChoices: ['rel2_failures'], notes: before.notes, version: before.version }, 'en');
      await page.goto(`${url}/workloads/${id}/evidence`);
      const rel2Article = page.locator('article#REL2');
      assert.ok((await rel2Article.innerText()).includes(w.rel2Suggested), await rel2Article.innerText());
      await rel2Article.getByRole('button', { name: w.replace }).click();
      await page.waitForURL(/evidence\?.*took=1/);
      assert.deepEqual((await h.service.getAnswer(id, 'serverless', 'REL2', 'en')).selectedChoices, ['rel2_orchestration']);

      // On a 390 px phone: the question first, the list folded behind its disclosure, nothing scrolls sideways.
      const phone = await newPage(browser, lang, 390);
      await phone.goto(`${url}/workloads/${id}/review/serverless?q=OPS1`);
      const open = await phone.locator('details.proof').first();
      await open.locator('summary').click();
      assert.equal(await scrollWidth(phone), 390);
      assert.equal(await phone.locator('details.question-list').getAttribute('open'), null);
      const titleTop = (await phone.locator('#question-title').boundingBox())?.y ?? Infinity;
      const listTop = (await phone.locator('details.question-list').boundingBox())?.y ?? -1;
      assert.ok(titleTop < listTop, `question at ${titleTop}, list at ${listTop}`);
      assert.ok(titleTop < 860, `the question starts on the first screen (${titleTop} px)`);
      await phone.goto(`${url}/workloads/${id}/review/serverless?q=OPS1`);
      await phone.screenshot({ path: join(artifacts, `review-phone-${lang}.png`), fullPage: false });
      // With SLENS_UPDATE_SCREENSHOTS=1 the phone layout goes to docs/images/ for the README.
      if (process.env.SLENS_UPDATE_SCREENSHOTS === '1') {
        mkdirSync(join(repoRoot, 'docs', 'images'), { recursive: true });
        copyFileSync(join(artifacts, `review-phone-${lang}.png`), join(repoRoot, 'docs', 'images', `review-phone-${lang}.png`));
      }
      await phone.goto(`${url}/workloads/${id}/evidence`);
      assert.equal(await scrollWidth(phone), 390, 'the Evidence tab fits too');
    });
  });
}

test('a keyboard-only review of all nine questions in Chromium, counted; focus on the question after each save', async () => {
  await withBrowser(async (browser, h, url) => {
    const id = await seedWorkload(h.service, 'Keyboard review');
    const page = await newPage(browser, 'en');
    await page.goto(`${url}/workloads/${id}/review/serverless`);
    let keys = 0;
    const press = async (key: string) => {
      keys += 1;
      await page.keyboard.press(key);
    };
    // The skip link goes to the choices.
    await press('Tab');
    assert.equal(await page.evaluate<string>('document.activeElement && document.activeElement.textContent'), 'Skip to the choices');
    await press('Enter');
    assert.equal(await focusedId(page), 'choices');
    const order = ['OPS1', 'OPS2', 'SEC1', 'SEC2', 'SEC3', 'REL1', 'REL2', 'PERF1', 'COST1'];
    for (let n = 0; n < 9; n++) {
      // From the question (or the choices), one Tab reaches the first choice; tick it and the second one.
      await press('Tab');
      assert.equal(await focusedId(page), 'choice-0', `question ${n + 1}`);
      await press('Space');
      await press('ArrowDown');
      assert.equal(await focusedId(page), 'choice-1');
      await press('Space');
      await press('Control+Enter');
      await page.waitForURL(n < 8 ? new RegExp(`q=${order[n + 1]}&saved=1$`) : /done=1$/);
      if (n < 8) assert.equal(await focusedId(page), 'question-title', `focus after saving question ${n + 1}`);
    }
    assert.equal(await focusedId(page), 'done');
    assert.match(await page.locator('#done').innerText(), /The review is complete: all 9 questions are answered\./);
    const review = await h.service.getReview(id, 'serverless', 'en');
    assert.equal(review.riskCounts.UNANSWERED, 0);
    // 2 for the skip link, then 5 per question (Tab, Space, ↓, Space, Ctrl+Enter); it was about 17 per question.
    assert.equal(keys, 2 + 9 * 5);
    console.log(`keyboard-only review of 9 questions: ${keys} keystrokes (${(keys / 9).toFixed(1)} per question)`);
  });
});

test('a custom lens in Chromium: the lens switcher, titles in its own order, and its own "None of these" (undoable)', async () => {
  await withBrowser(async (browser, h, url) => {
    const doc = JSON.parse(readFileSync(fixture('lenses', 'DynamoDB_custom-lensddb-v1.0.json'), 'utf8'));
    const first = doc.pillars[0].questions[0];
    first.choices.push({ id: `${first.id}_no`, title: 'None of these (DynamoDB)', helpfulResource: { displayText: 'No practice in place yet.' } });
    await importLens(h.service, JSON.stringify(doc), { alias: 'ddb' });
    const id = await seedWorkload(h.service, 'Two lenses');
    await h.service.applyLenses(id, ['ddb']);
    for (const lang of ['en', 'ja'] as const) {
      const page = await newPage(browser, lang);
      await page.goto(`${url}/workloads/${id}/review/serverless`);
      await page.locator('.lens-switcher').getByRole('link', { name: doc.name }).click();
      await page.waitForURL(/\/review\/ddb/);
      const ids = await page.locator('.question-list li > a').allInnerTexts();
      const expected = doc.pillars.flatMap((p: { questions: { id: string }[] }) => p.questions.map((q) => q.id));
      assert.deepEqual(ids, expected, 'the lens\'s own order');
      assert.equal(await page.locator('.question-list .q-title').first().innerText(), first.title);
      const none = page.locator(`input[value="${first.id}_no"]`);
      assert.equal(await none.getAttribute('data-none'), '1');
      assert.equal(await page.locator(`label[for="${await none.getAttribute('id')}"]`).innerText(), 'None of these (DynamoDB)');
      await page.locator('input[name=choice]').first().check();
      await none.check();
      assert.equal(await page.locator('input[name=choice]').first().isChecked(), false);
      await page.getByRole('button', { name: WORDS[lang].undo }).click();
      assert.equal(await page.locator('input[name=choice]').first().isChecked(), true);
      assert.equal(await none.isChecked(), false);
      assert.equal(await page.locator('.suggestion').count(), 0, 'no scan evidence for a custom lens');
    }
  });
});
