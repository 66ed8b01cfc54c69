// The consolidated page in a real browser (Chromium, headless), in English on a desktop and in Japanese on a
// phone: charts drawn, the filter form works, nothing wider than the screen but the scrolling tables and charts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchChromium } from '../../../src/report/pdf.js';
import { listen } from '../../helpers/pages.js';
import { consolidatedPages } from './consolidated-harness.js';

test('Chromium: the consolidated page in English and in Japanese on a phone, with charts and working filters', { timeout: 120_000 }, async () => {
  const h = await consolidatedPages();
  const server = await listen(h.app);
  const browser = await launchChromium();
  try {
    for (const run of [
      { lang: 'en', locale: 'en-GB', viewport: { width: 1280, height: 900 }, signIn: 'Sign in', apply: 'Apply', env: 'Production', title: 'Consolidated report' },
      { lang: 'ja', locale: 'ja-JP', viewport: { width: 390, height: 844 }, signIn: 'サインイン', apply: '適用', env: '本番', title: '統合レポート' },
    ]) {
      const context = await browser.newContext({ locale: run.locale, viewport: run.viewport, extraHTTPHeaders: { 'accept-language': run.lang } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${server.url}/consolidated`);
      await page.waitForURL(/\/signin/);
      await page.locator('#token').fill(h.users.ana.token);
      await page.getByRole('button', { name: run.signIn }).click();
      await page.waitForURL(/\/consolidated/);
      assert.equal(await page.locator('h1').innerText(), run.title);
      await page.getByRole('link', { name: run.title }).first().waitFor();
      // Every chart is drawn with a size; the per-workload chart names both of ana's workloads.
      for (const id of ['#workload-chart svg', '#pillar-chart svg', '#missing-chart svg', '#status-chart svg', '#trend-chart svg']) {
        const box = await page.locator(id).boundingBox();
        assert.ok(box && box.width > 100 && box.height > 40, `${run.lang} ${id}: ${JSON.stringify(box)}`);
        assert.ok(box.width <= run.viewport.width, `${run.lang} ${id} fits the screen`);
      }
      assert.match(await page.locator('#workload-chart').innerText(), /Alpha[\s\S]*Beta|Beta[\s\S]*Alpha/);
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      assert.ok(overflow <= 1, `${run.lang}: the page scrolls sideways by ${overflow}px`);
      // The filter form narrows the report to production workloads.
      await page.locator('#cr-environment').selectOption('PRODUCTION');
      await page.getByRole('button', { name: run.apply, exact: true }).click();
      await page.waitForURL(/environment=PRODUCTION/);
      assert.match(await page.locator('#consolidated-filtered').innerText(), new RegExp(run.env));
      assert.equal(await page.locator('#consolidated-workloads tbody tr').count(), 1);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await h.db.cleanup();
  }
});
