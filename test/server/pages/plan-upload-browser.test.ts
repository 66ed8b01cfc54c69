// In Chromium, in English and Japanese: upload a template archive and watch its evidence appear, set an
// improvement item to done, and find it in the plan (flagged: its choice is still unticked), the overview
// and the PDF report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { htmlToPdf, launchChromium } from '../../../src/report/pdf.js';
import { listen, openPagesHarness, seedWorkload } from '../../helpers/pages.js';
import { pdfText } from '../../helpers/pdf-text.js';
import { fixture } from '../../helpers/repo.js';
import { tarball } from '../../helpers/archives.js';

const WORDS = {
  en: { upload: 'Upload and scan', done: /Done: 1 templates scanned/, see: 'See the evidence', status: 'Status', owner: 'Owner', save: 'Save', flag: /Marked done, but the choice is still unticked/, counts: /Open \d+ · In progress 0 · Done 1/, guidance: 'Full guidance', doneLabel: 'Done' },
  ja: { upload: 'アップロードしてスキャン', done: /完了: 1 個のテンプレートをスキャンし/, see: 'エビデンスを見る', status: 'ステータス', owner: '担当者', save: '保存', flag: /完了になっていますが、レビューではまだ選択されていません/, counts: /未着手 \d+ · 対応中 0 · 完了 1/, guidance: 'ガイダンス全文', doneLabel: '完了' },
} as const;

test('upload a template archive, see the evidence, set a plan item done and find it in the plan, overview and PDF (EN and JA)', { timeout: 240_000 }, async () => {
  const h = await openPagesHarness({ printPdf: htmlToPdf });
  const server = await listen(h.app);
  const browser = await launchChromium();
  const archive = await tarball([{ name: 'repo/template.yaml', data: readFileSync(fixture('scan', 'findings', 'template.yaml'), 'utf8') }]);
  try {
    for (const lang of ['en', 'ja'] as const) {
      const w = WORDS[lang];
      const id = await seedWorkload(h.service, `Upload ${lang}`);
      await h.service.updateAnswer(id, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics'] }); // MEDIUM
      const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-GB', extraHTTPHeaders: { 'accept-language': lang }, acceptDownloads: true });
      const page = await context.newPage();
      const base = `${server.url}/workloads/${id}`;

      // Upload: the job page reloads itself until the evidence is stored.
      await page.goto(`${base}/upload?lang=${lang}`);
      await page.locator('#upload-files').setInputFiles({ name: 'repo.tar.gz', mimeType: 'application/gzip', buffer: archive });
      await page.getByRole('button', { name: w.upload }).click();
      await page.locator('.upload-done').waitFor({ timeout: 60_000 });
      assert.match(await page.locator('main').innerText(), w.done);
      await page.getByRole('link', { name: w.see }).click();
      await page.waitForLoadState('load');
      const evidence = await page.locator('main').innerText();
      assert.match(evidence, /✗/, `${lang}: a contradicted choice appears after the upload`);

      // The plan: set OPS1's tracing practice to done.
      await page.goto(`${base}/plan`);
      const item = page.locator('#item-OPS1-ops1_tracing');
      await item.locator('summary').click();
      await item.getByLabel(w.status).selectOption('DONE');
      await item.getByLabel(w.owner).fill('Aiko');
      await item.getByRole('button', { name: w.save }).click();
      await page.waitForLoadState('load');
      const plan = await page.locator('main').innerText();
      assert.match(plan, w.counts);
      assert.match(await page.locator('#item-OPS1-ops1_tracing').innerText(), w.flag);

      await page.goto(base);
      assert.match(await page.locator('main').innerText(), w.counts, `${lang}: the overview counts the done item`);

      const pdf = await page.request.get(`${base}/report/pdf`, { timeout: 90_000 });
      assert.equal(pdf.status(), 200);
      const text = (await pdfText(await pdf.body())).join('\n');
      assert.match(text, /Aiko/, `${lang}: the owner is in the PDF`);
      assert.match(text, w.counts, `${lang}: the status counts are in the PDF`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await h.close();
  }
});
