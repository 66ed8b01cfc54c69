// Review templates in a real browser (Chromium, headless): create a template and answer a question in it, create a
// workload from it, see "From template" on the review page, override the answer and reset it, apply the template
// to another workload from its overview; then the same label and page in Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../../src/report/pdf.js';
import { listen, openPagesHarness, seedWorkload } from '../../helpers/pages.js';

test('Chromium: a template is made, fills a new workload, is overridden and reset, applied elsewhere; English and Japanese', async () => {
  const h = await openPagesHarness();
  const server = await listen(h.app);
  const browser = await launchChromium();
  try {
    const other = await seedWorkload(h.service, 'Billing API');
    const context = await browser.newContext({ locale: 'en-US', extraHTTPHeaders: { 'accept-language': 'en' } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);

    await page.goto(`${server.url}/templates`);
    await page.locator('#t-name').fill('Platform baseline');
    await page.locator('#t-description').fill('CI/CD and runtime policy');
    await page.getByRole('button', { name: 'Create template' }).click();
    await page.waitForURL(/\/templates\/[0-9a-f]{32}$/);
    await page.getByRole('link', { name: 'Edit OPS2' }).click();
    await page.locator('#template-answer-form input[name=choice][value="ops2_cicd"]').check();
    await page.locator('#notes').fill('Platform pipeline');
    await page.getByRole('button', { name: 'Save answer in the template' }).click();
    await page.waitForURL(/saved=1/);
    assert.match(await page.locator('#q-serverless-OPS2').innerText(), /CI\/CD|pipeline/i);

    await page.goto(`${server.url}/workloads`);
    await page.locator('#w-name').fill('Orders API');
    await page.getByLabel('Platform baseline').check();
    await page.getByRole('button', { name: 'Create workload' }).click();
    await page.waitForURL(/\/workloads\/[0-9a-f]{32}$/);
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    assert.equal((await h.service.getAnswer(id, 'serverless', 'OPS2', 'en')).notes, 'Platform pipeline');

    await page.goto(`${server.url}/workloads/${id}/review/serverless?q=OPS2`);
    assert.match(await page.locator('#from-template').innerText(), /From template "Platform baseline"/);
    assert.equal(await page.locator('#reset-to-template').count(), 0, 'nothing to reset before an override');
    await page.locator('#notes').fill('Our own pipeline');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForLoadState('load');
    await page.goto(`${server.url}/workloads/${id}/review/serverless?q=OPS2`);
    assert.match(await page.locator('#from-template').innerText(), /changed for this workload/);
    await page.locator('#reset-to-template').click();
    await page.waitForURL(/saved=1/);
    assert.equal(await page.locator('#notes').inputValue(), 'Platform pipeline');
    assert.equal((await h.service.getAnswer(id, 'serverless', 'OPS2', 'en')).fromTemplate?.overridden, false);
    await page.goto(`${server.url}/workloads/${id}/history?lens=serverless&q=OPS2`);
    assert.match(await page.locator('main').innerText(), /\(from template "Platform baseline"\)/);

    await page.goto(`${server.url}/workloads/${other}`);
    await page.getByRole('button', { name: 'Apply template' }).click();
    await page.waitForURL(/applied=/);
    assert.match(await page.locator('#notice').innerText(), /Template "Platform baseline" answered 1 question\(s\)\./);
    assert.equal((await h.service.getAnswer(other, 'serverless', 'OPS2', 'en')).fromTemplate?.name, 'Platform baseline');
    await context.close();

    const ja = await browser.newContext({ locale: 'ja-JP', extraHTTPHeaders: { 'accept-language': 'ja' } });
    const jaPage = await ja.newPage();
    jaPage.setDefaultTimeout(10_000);
    await jaPage.goto(`${server.url}/workloads/${other}/review/serverless?q=OPS2`);
    assert.match(await jaPage.locator('#from-template').innerText(), /テンプレート「Platform baseline」から/);
    await jaPage.goto(`${server.url}/templates`);
    assert.match(await jaPage.locator('h1').innerText(), /レビューテンプレート/);
    assert.match(await jaPage.locator('#template-list').innerText(), /Platform baseline/);
    await ja.close();
  } finally {
    await browser.close();
    await server.close();
    await h.close();
  }
});
