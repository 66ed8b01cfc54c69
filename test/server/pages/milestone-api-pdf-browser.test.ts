// Milestones, the API page and the PDF in Chromium, in English and Japanese: a milestone opens read-only with
// its answers and plan and can be renamed; compare warns when the base is newer than the target and offers the
// other way round; the API page renders the OpenAPI document from files served here, under the strict CSP;
// the PDF link says it is preparing the file, and the Japanese report warns when no Japanese font is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../../src/report/pdf.js';
import { createMilestone } from '../../../src/review/milestones.js';
import { API_ROUTES } from '../../../src/server/routes.js';
import { listen, openPagesHarness } from '../../helpers/pages.js';

const WORDS = {
  en: {
    readOnly: /^A frozen copy of the review, recorded .+\. It cannot be changed/,
    answer: 'OPS1',
    rename: 'Rename this milestone',
    renameButton: 'Rename',
    renamed: 'The milestone is now named "Launch day".',
    inverted: 'The base (#2 After fixes) is newer than the target (#1 Launch day), so improvements show as regressions.',
    swap: 'Compare the other way round',
    preparing: 'Preparing the PDF… this takes a few seconds.',
    ready: 'The PDF is ready and is being downloaded.',
    risks: /High risk\s+Medium risk/,
  },
  ja: {
    readOnly: /^.+ に記録したレビューの凍結コピーです。変更はできません。/,
    answer: 'OPS1',
    rename: 'このマイルストーンの名前を変更',
    renameButton: '名前を変更',
    renamed: 'マイルストーンの名前を「Launch day」に変更しました。',
    inverted: '比較元（#2 After fixes）が比較先（#1 Launch day）より新しいため、改善が悪化として表示されます。',
    swap: '逆向きに比較する',
    preparing: 'PDF を作成しています… 数秒かかります。',
    ready: 'PDF ができました。ダウンロードしています。',
    risks: /高リスク\s+中リスク/,
  },
} as const;

const FAKE_PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

test('milestones open read-only and compare warns when inverted; the API page; the PDF state and the font warning', async () => {
  const warnings: string[] = [];
  // The PDF is held until the test has seen the link's progress, then printed: a fixed delay (it was 800 ms)
  // could pass on a loaded machine before the test looked, and "preparing" was never seen.
  let printNow: () => void = () => undefined;
  let printed = Promise.resolve();
  const holdPrinting = (): void => {
    printed = new Promise((resolve) => (printNow = resolve));
  };
  const h = await openPagesHarness({
    printPdf: async () => {
      await printed;
      return FAKE_PDF;
    },
    cjkFonts: () => Promise.resolve('missing'),
    warn: (message) => warnings.push(message),
  });
  const server = await listen(h.app);
  const browser = await launchChromium();
  try {
    const w = await h.service.createWorkload({ workloadName: 'Orders API', awsRegions: ['ap-northeast-1'], lenses: ['serverless'] });
    await h.service.updateAnswer(w.workloadId, 'serverless', 'OPS1', { selectedChoices: ['OPS1_no'], notes: 'no alarms yet' });
    await createMilestone(h.service, w.workloadId, 'Before launch');
    await h.service.updateAnswer(w.workloadId, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics', 'ops1_tracing'] });
    await createMilestone(h.service, w.workloadId, 'After fixes');
    const base = `${server.url}/workloads/${w.workloadId}`;
    for (const lang of ['en', 'ja'] as const) {
      const words = WORDS[lang];
      const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-GB', extraHTTPHeaders: { 'accept-language': lang }, viewport: { width: 1100, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const refused: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
      });

      // The list links each milestone; #1 opens read-only with its frozen answer (OPS1 high) and notes.
      await page.goto(`${base}/milestones`);
      // Risk counts as frozen: #1 had OPS1 at high risk, #2 at medium.
      const list = await page.locator('#milestone-list').innerText();
      assert.match(list, /1\s+(Before launch|Launch day)\s+1\s+0\s/);
      assert.match(list, /2\s+After fixes\s+0\s+1\s/);
      assert.match(list, words.risks);
      await page.locator('#milestone-list a').first().click();
      assert.match(await page.locator('#milestone-readonly').innerText(), words.readOnly);
      const report = await page.locator('article.report').innerText();
      assert.match(report, /no alarms yet/);
      assert.equal(await page.locator('#answer-form').count(), 0, 'nothing to answer on a milestone');
      if (lang === 'en') {
        await page.getByText(words.rename).click();
        await page.locator('#milestone-rename').fill('Launch day');
        await page.getByRole('button', { name: words.renameButton, exact: true }).click();
        await page.waitForLoadState('load');
        assert.equal(await page.locator('#notice').innerText(), words.renamed);
      }

      // Compare #2 → #1: warned, with the way round; #1 → #2 is not.
      await page.goto(`${base}/compare?base=2&target=1`);
      assert.equal((await page.locator('#compare-inverted').innerText()).replace(` ${words.swap}`, ''), words.inverted);
      await page.getByRole('link', { name: words.swap }).click();
      await page.waitForLoadState('load');
      assert.match(page.url(), /base=1&target=2$/);
      assert.equal(await page.locator('#compare-inverted').count(), 0);
      await page.goto(`${base}/compare?base=current&target=2`);
      assert.equal(await page.locator('#compare-inverted').count(), 1, 'now is newer than any milestone');

      // The report: no Japanese font → a warning on the Japanese page only; the PDF link shows its progress.
      await page.goto(`${base}/report`);
      assert.equal(await page.locator('#no-cjk-font').count(), lang === 'ja' ? 1 : 0);
      holdPrinting();
      const download = page.waitForEvent('download');
      await page.locator('#download-pdf').click();
      await page.locator('#pdf-status', { hasText: words.preparing }).waitFor();
      assert.equal(await page.locator('#download-pdf').getAttribute('aria-busy'), 'true');
      printNow();
      const file = await download;
      assert.equal(file.suggestedFilename(), 'Orders API-report.pdf');
      await page.locator('#pdf-status', { hasText: words.ready }).waitFor();

      // The API page: Swagger UI from this server renders every operation; the JSON is one click away.
      await page.goto(`${server.url}/api-docs`);
      await page.locator('#swagger-ui .opblock').first().waitFor();
      assert.equal(await page.locator('#swagger-ui .opblock').count(), API_ROUTES.length);
      assert.equal(await page.locator('#openapi-json').getAttribute('href'), '/api/openapi.json');
      assert.deepEqual(refused, [], 'nothing was refused by the content security policy');
      await context.close();
    }
    assert.equal(warnings.length, 1, 'the missing font is logged once, at the first Japanese PDF');
    assert.match(warnings[0] ?? '', /no Japanese \(CJK\) font is installed/);
  } finally {
    await browser.close();
    await server.close();
    await h.close();
  }
});
