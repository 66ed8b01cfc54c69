// The sharing page in a real browser (Chromium, headless): the owner (English) opens it from the overview, shares
// the workload with a user by name, changes their access, and is told — not silently refused — when trying to
// step down as the last owner; a reader (Japanese) sees the same list without any form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../../src/report/pdf.js';
import { actingAs } from '../../../src/review/history.js';
import { createUser } from '../../../src/server/users.js';
import { listen, openPagesHarness } from '../../helpers/pages.js';

const PASSWORD = 'correct horse battery';

test('Chromium: an owner shares a workload and changes access in English; the last owner is told why; a reader sees it read-only in Japanese', async () => {
  const h = await openPagesHarness();
  const server = await listen(h.app);
  const browser = await launchChromium();
  try {
    const now = h.service.now();
    const owner = (await createUser(h.service.store, 'Mika', PASSWORD, now)).user;
    await createUser(h.service.store, '田中', PASSWORD, now);
    const w = await actingAs({ id: owner.id, userId: owner.id, name: 'Mika' }, () => h.service.createWorkload({ workloadName: 'Checkout', lenses: ['serverless'] }));

    const signIn = async (lang: 'en' | 'ja', name: string) => {
      const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-GB', extraHTTPHeaders: { 'accept-language': lang } });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(`${server.url}/signin?lang=${lang}`);
      await page.getByLabel(lang === 'ja' ? 'ユーザー名' : 'User name', { exact: true }).fill(name);
      await page.getByLabel(lang === 'ja' ? 'パスワード' : 'Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: lang === 'ja' ? 'サインイン' : 'Sign in' }).click();
      await page.waitForURL(/\/workloads$/);
      return { context, page };
    };

    const { context: ownerContext, page } = await signIn('en', 'Mika');
    await page.goto(`${server.url}/workloads/${w.workloadId}`);
    await page.getByRole('link', { name: 'People and access' }).click();
    await page.waitForURL(/\/shares$/);
    await page.getByLabel('User name', { exact: true }).fill('田中');
    await page.getByLabel('Access', { exact: true }).selectOption('readonly');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.waitForURL(/saved=/);
    assert.match(await page.locator('#notice').innerText(), /Shared with "田中" \(Read-only\)\./);
    assert.deepEqual(await page.locator('#share-list tbody tr td:first-child').allInnerTexts(), ['Mika', '田中']);

    // Change 田中 to contributor with the row's own select and button.
    await page.getByLabel('Access of 田中').selectOption('contributor');
    await page.locator('tr[data-user="田中"]').getByRole('button', { name: 'Change' }).click();
    await page.waitForURL(/access=contributor/);
    assert.equal((await h.service.store.listWorkloadShares(w.workloadId)).find((s) => s.userName === '田中')?.access, 'contributor');

    // The last owner tries to leave: the page answers 409 and says what to do.
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/shares/remove')), page.getByRole('button', { name: 'Remove Mika' }).click()]);
    assert.equal(response.status(), 409);
    assert.match(await page.getByRole('alert').innerText(), /"Mika" is the last owner of the workload "Checkout": share it with another owner first/);
    assert.equal(await h.service.store.workloadAccessOf(w.workloadId, owner.id), 'owner');
    await ownerContext.close();

    // Now demote 田中 to readonly through the service and look as 田中, in Japanese.
    await h.service.store.putWorkloadShare(w.workloadId, (await h.service.store.findUser('田中'))!.id, 'readonly', now);
    const { context: readerContext, page: reader } = await signIn('ja', '田中');
    await reader.goto(`${server.url}/workloads/${w.workloadId}`);
    await reader.getByRole('link', { name: '共有とアクセス権' }).click();
    await reader.waitForURL(/\/shares$/);
    assert.match(await reader.locator('h1').innerText(), /共有とアクセス権 — Checkout/);
    assert.match(await reader.locator('#share-readonly').innerText(), /アクセス権を変更できるのは所有者だけです。/);
    assert.deepEqual(await reader.locator('#share-list tbody tr td:nth-child(2)').allInnerTexts(), ['所有者', '閲覧のみ']);
    assert.equal(await reader.locator('#share-list form, #share-user').count(), 0);
    await readerContext.close();
  } finally {
    await browser.close();
    await server.close();
    await h.close();
  }
});
