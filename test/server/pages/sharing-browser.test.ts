// Sharing in a real browser (Chromium, headless): a user signs in with name and password in Japanese, sees only
// the workload shared with them, saves an answer as a contributor, and an unshared workload is not found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../../src/report/pdf.js';
import { createUser } from '../../../src/server/users.js';
import { listen, openPagesHarness, seedWorkload } from '../../helpers/pages.js';

test('Chromium: password sign-in in Japanese, only shared workloads listed, a contributor saves, an outsider URL is 404', async () => {
  const h = await openPagesHarness();
  const server = await listen(h.app);
  const browser = await launchChromium();
  try {
    const now = h.service.now();
    const shared = await seedWorkload(h.service, '共有された注文');
    const hidden = await seedWorkload(h.service, '見えない給与');
    const { user } = await createUser(h.service.store, '佐藤', 'とても長いパスワードです123', now);
    await h.service.store.putWorkloadShare(shared, user.id, 'contributor', now);

    const context = await browser.newContext({ locale: 'ja-JP', extraHTTPHeaders: { 'accept-language': 'ja' } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/workloads`);
    await page.waitForURL(/\/signin/);
    await page.getByLabel('ユーザー名', { exact: true }).fill('佐藤');
    await page.getByLabel('パスワード', { exact: true }).fill('とても長いパスワードです123');
    await page.getByRole('button', { name: 'サインイン' }).click();
    await page.waitForURL(/\/workloads$/);
    const list = await page.locator('main').innerText();
    assert.match(list, /共有された注文/);
    assert.doesNotMatch(list, /見えない給与/);

    await page.goto(`${server.url}/workloads/${shared}/review/serverless?q=OPS1`);
    await page.locator('#answer-form input[name=choice][value="ops1_managed_metrics"]').check();
    await page.getByRole('button', { name: '保存して次へ' }).click();
    await page.waitForLoadState('load');
    assert.deepEqual((await h.service.getAnswer(shared, 'serverless', 'OPS1', 'en')).selectedChoices, ['ops1_managed_metrics']);

    const response = await page.goto(`${server.url}/workloads/${hidden}`);
    assert.equal(response?.status(), 404);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    await h.close();
  }
});
