// Profiles in a real browser (Chromium, headless): a profile made with the form in Japanese (check boxes and
// radio buttons), picked on the workload form in English, then "Prioritized" badges and counts on the overview,
// the review, the plan and the report; a save over someone else's newer version keeps the form and says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../../src/report/pdf.js';
import { updateProfile, LOCAL_CALLER } from '../../../src/review/profiles.js';
import { listen, openPagesHarness, seedWorkload } from '../../helpers/pages.js';

test('Chromium: a profile from the form, picked for a workload, marks prioritized risks on every page', async () => {
  const h = await openPagesHarness();
  const server = await listen(h.app);
  const browser = await launchChromium();
  try {
    const id = await seedWorkload(h.service, 'Clinic booking');
    await h.service.updateAnswer(id, 'serverless', 'SEC1', { selectedChoices: ['SEC1_no'] });
    await h.service.updateAnswer(id, 'serverless', 'COST1', { selectedChoices: ['COST1_no'] });

    // Japanese: the profile form.
    const ja = await browser.newContext({ locale: 'ja-JP', extraHTTPHeaders: { 'accept-language': 'ja' } });
    const page = await ja.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/profiles`);
    assert.match(await page.locator('main').innerText(), /プロファイルはまだありません。/);
    await page.getByLabel('名前', { exact: true }).fill('医療データ');
    await page.getByLabel(/セキュリティとコンプライアンス/).check();
    await page.getByLabel(/規制対象のデータ/).check();
    await page.getByRole('button', { name: 'プロファイルを作成' }).click();
    await page.waitForURL(/\/profiles\/[0-9a-f]{32}\?saved=1$/);
    const saved = await page.locator('main').innerText();
    assert.match(saved, /優先する質問: OPS1, SEC1, SEC2, SEC3/);
    assert.equal(await page.getByLabel(/規制対象のデータ/).isChecked(), true);
    const profileId = /\/profiles\/([0-9a-f]{32})/.exec(page.url())![1]!;

    // Someone else saves first: the form comes back with what was typed and a notice; saving again keeps it.
    await page.getByLabel(/重大な損害/).check();
    await updateProfile(h.service, LOCAL_CALLER, profileId, { description: 'changed elsewhere' });
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('#stale').innerText(), /他の人がこのプロファイルを保存しました（現在は版 2）/);
    assert.equal(await page.getByLabel(/重大な損害/).isChecked(), true, 'the unsaved choice is still there');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\?saved=1$/);
    assert.match(await page.locator('main').innerText(), /版 3/);
    await ja.close();

    // English: pick the profile on the workload form.
    const en = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en' } });
    const p2 = await en.newPage();
    p2.setDefaultTimeout(10_000);
    await p2.goto(`${server.url}/workloads/${id}/edit`);
    await p2.getByLabel('Profile', { exact: true }).selectOption({ label: '医療データ' });
    await p2.getByRole('button', { name: 'Save changes' }).click();
    await p2.waitForURL(/\?saved=1$/);
    assert.equal(await p2.locator('#workload-profile').innerText(), '医療データ');
    // SEC1 is HIGH and prioritized; COST1 is HIGH but not.
    assert.match(await p2.locator('#prioritized-risks').innerText(), /High risk 1 · Medium risk 0/);
    assert.match(await p2.locator('.prioritized-counts').first().innerText(), /\d+ \/ \d+/);

    await p2.goto(`${server.url}/workloads/${id}/review/serverless?q=SEC1`);
    assert.match(await p2.locator('#question-title').innerText(), /SEC1 .* Prioritized/);
    const nav = await p2.locator('nav[aria-label="Pillar"]').innerText();
    assert.match(nav, /SEC1\s+High risk\s+Prioritized/);
    assert.doesNotMatch(nav, /COST1\s+High risk\s+Prioritized/);

    await p2.goto(`${server.url}/workloads/${id}/plan`);
    const planItems = await p2.locator('.plan-line').allInnerTexts();
    assert.match(planItems[0] ?? '', /High risk Prioritized SEC1/, 'the prioritized item comes first');
    assert.ok(planItems.some((line) => /COST1/.test(line) && !/Prioritized/.test(line)));

    await p2.goto(`${server.url}/workloads/${id}/report`);
    const report = await p2.locator('main').innerText();
    assert.match(report, /Prioritized risks\s+High risk 1 · Medium risk 0/);
    await en.close();
  } finally {
    await browser.close();
    await server.close();
    await h.close();
  }
});
