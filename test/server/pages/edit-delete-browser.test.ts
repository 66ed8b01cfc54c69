// Editing and deleting in Chromium, in English and in Japanese: the workload form refuses a made-up Region and
// account ids that are not 12 digits, then a workload is created, edited, given a custom lens and a milestone;
// the lens cannot be deleted while used (the workload is named), is removed from the workload, the milestone
// is deleted, then the lens and the workload, each after a page naming what is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../../src/report/pdf.js';
import { importLens } from '../../../src/review/catalog.js';
import { listen, openPagesHarness } from '../../helpers/pages.js';
import { repoRoot } from '../../helpers/repo.js';

const WORDS = {
  en: {
    name: 'Name',
    accounts: 'AWS account IDs',
    create: 'Create workload',
    accountError: '"123" is not an AWS account ID: an account ID has exactly 12 digits.',
    regionError: '"not-a-region" is not an AWS Region; choose Regions from the list (for example ap-northeast-1).',
    security: 'Security',
    reliability: 'Reliability',
    tokyo: 'Asia Pacific (Tokyo) (ap-northeast-1)',
    ireland: 'Europe (Ireland) (eu-west-1)',
    priorities: '1. Security 2. Reliability',
    saveChanges: 'Save changes',
    saved: 'Your changes were saved.',
    apply: 'Apply',
    milestoneName: 'Milestone name',
    saveMilestone: 'Save a milestone',
    milestoneSaved: 'Milestone #1 "First look" was saved.',
    inUse: /is in use and cannot be deleted/,
    usedBy: (w: string) => `Reviewed in workload "${w}"`,
    keptIn: (w: string) => `Kept in milestone #1 of workload "${w}"`,
    losesReview: /The review with the lens ".+": 0 of \d+ questions answered/,
    removed: /^Lens ".+" was removed from this workload\.$/,
    milestoneDeleted: 'Milestone #1 "First look" was deleted.',
    lensDeleted: (alias: string) => `Lens "${alias}" was deleted.`,
    workloadDeleted: (w: string) => `Workload "${w}" was deleted.`,
  },
  ja: {
    name: '名前',
    accounts: 'AWS アカウント ID',
    create: 'ワークロードを作成',
    accountError: '「123」は AWS アカウント ID ではありません。アカウント ID は12桁の数字です。',
    regionError: '「not-a-region」は AWS リージョンではありません。一覧からリージョンを選んでください（例: ap-northeast-1）。',
    security: 'セキュリティ',
    reliability: '信頼性',
    tokyo: 'アジアパシフィック（東京） (ap-northeast-1)',
    ireland: '欧州（アイルランド） (eu-west-1)',
    priorities: '1. セキュリティ 2. 信頼性',
    saveChanges: '変更を保存',
    saved: '変更を保存しました。',
    apply: '適用',
    milestoneName: 'マイルストーン名',
    saveMilestone: 'マイルストーンを保存',
    milestoneSaved: 'マイルストーン #1「First look」を保存しました。',
    inUse: /は使用中のため削除できません/,
    usedBy: (w: string) => `ワークロード「${w}」でレビュー中`,
    keptIn: (w: string) => `ワークロード「${w}」のマイルストーン #1 に保存`,
    losesReview: /レンズ「.+」のレビュー: \d+ 問中 0 問の回答/,
    removed: /^レンズ「.+」をこのワークロードから外しました。$/,
    milestoneDeleted: 'マイルストーン #1「First look」を削除しました。',
    lensDeleted: (alias: string) => `レンズ「${alias}」を削除しました。`,
    workloadDeleted: (w: string) => `ワークロード「${w}」を削除しました。`,
  },
} as const;

async function submit(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForLoadState('load');
}

test('edit and delete round trips in Chromium, in English and Japanese', async () => {
  const h = await openPagesHarness();
  const server = await listen(h.app);
  const browser = await launchChromium();
  const lensText = readFileSync(join(repoRoot, 'test', 'fixtures', 'lenses', 'DynamoDB_custom-lensddb-v1.0.json'), 'utf8');
  try {
    for (const lang of ['en', 'ja'] as const) {
      const w = WORDS[lang];
      const alias = `ddb-${lang}`;
      await importLens(h.service, lensText, { alias });
      const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-GB', extraHTTPHeaders: { 'accept-language': lang }, viewport: { width: 1100, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);

      // Form validation: account ids of 12 digits, Regions from the list only (a tampered form is refused too).
      await page.goto(`${server.url}/workloads`);
      await page.getByLabel(w.name, { exact: true }).fill(`Orders ${lang}`);
      await page.locator('input[name=regions][value=ap-northeast-1]').check();
      await page.getByLabel(w.accounts, { exact: true }).fill('123, 123456789012');
      await page.evaluate("document.getElementById('w-regions').insertAdjacentHTML('beforeend', '<input type=checkbox name=regions value=not-a-region checked>')");
      await submit(page, w.create);
      assert.equal(await page.locator('#w-accounts-err').innerText(), w.accountError);
      assert.equal(await page.locator('#w-regions-err').innerText(), w.regionError);
      assert.equal(await page.locator('#w-accounts').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('input[name=regions][value=ap-northeast-1]').isChecked(), true, 'the chosen Region stays chosen');
      // The refused value is shown, ticked, so it can be unticked.
      await page.locator('input[name=regions][value=not-a-region]').uncheck();
      await page.getByLabel(w.accounts, { exact: true }).fill('123456789012');
      await page.locator('#w-priority-1').selectOption({ label: w.security });
      await page.locator('#w-priority-2').selectOption({ label: w.reliability });
      await submit(page, w.create);
      await page.waitForURL(/\/workloads\/[0-9a-f]{32}$/);
      const overview = page.url();
      let props = await page.locator('#properties').innerText();
      assert.match(props, new RegExp(w.tokyo.replace(/[()（）]/g, '.')));
      assert.match(props, /123456789012/);
      assert.ok(props.includes(w.priorities), props);

      // Edit: a new name and one more Region.
      await page.locator('#edit-workload').click();
      await page.getByLabel(w.name, { exact: true }).fill(`Orders ${lang} v2`);
      await page.locator('input[name=regions][value=eu-west-1]').check();
      await submit(page, w.saveChanges);
      assert.equal(await page.locator('#notice').innerText(), w.saved);
      assert.equal(await page.locator('h1').innerText(), `Orders ${lang} v2`);
      props = await page.locator('#properties').innerText();
      assert.ok(props.includes(w.ireland), props);
      const stored = await h.service.getWorkload(`Orders ${lang} v2`);
      assert.deepEqual(stored.awsRegions, ['ap-northeast-1', 'eu-west-1']);
      assert.deepEqual(stored.pillarPriorities, ['security', 'reliability']);

      // A custom lens, and a milestone holding it.
      await page.locator(`#apply-${alias}`).check();
      await submit(page, w.apply);
      await page.goto(`${overview}/milestones`);
      await page.getByLabel(w.milestoneName, { exact: true }).fill('First look');
      await submit(page, w.saveMilestone);
      assert.equal(await page.locator('#notice').innerText(), w.milestoneSaved);

      // The lens is in use: its delete page names the workload and the milestone, and offers no button.
      await page.goto(`${server.url}/lenses`);
      await page.locator(`a.delete-lens[href="/lenses/${alias}/delete"]`).click();
      assert.match(await page.locator('h1').innerText(), w.inUse);
      const usage = await page.locator('#lens-in-use').innerText();
      assert.ok(usage.includes(w.usedBy(`Orders ${lang} v2`)) && usage.includes(w.keptIn(`Orders ${lang} v2`)), usage);
      assert.equal(await page.locator('#confirm-delete').count(), 0);

      // Remove the lens from the workload (the confirmation names the review lost), then delete the milestone.
      await page.goto(overview);
      await page.locator(`a.remove-lens[href$="/lenses/${alias}/remove"]`).click();
      assert.match(await page.locator('#losses').innerText(), w.losesReview);
      await page.locator('#confirm-delete').click();
      await page.waitForLoadState('load');
      assert.match(await page.locator('#notice').innerText(), w.removed);
      assert.deepEqual((await h.service.getWorkload(`Orders ${lang} v2`)).lenses, ['serverless']);
      await page.goto(`${overview}/milestones/1`);
      await page.locator('#delete-milestone').click();
      await page.locator('#confirm-delete').click();
      await page.waitForLoadState('load');
      assert.equal(await page.locator('#notice').innerText(), w.milestoneDeleted);

      // Now nothing uses the lens: it is deleted after its confirmation.
      await page.goto(`${server.url}/lenses/${alias}/delete`);
      assert.equal(await page.locator('#lens-in-use').count(), 0);
      await page.locator('#confirm-delete').click();
      await page.waitForLoadState('load');
      assert.equal(await page.locator('#notice').innerText(), w.lensDeleted(alias));
      assert.equal(await page.locator(`a.delete-lens[href="/lenses/${alias}/delete"]`).count(), 0);

      // And the workload.
      await page.goto(overview);
      await page.locator('#delete-workload').click();
      // count() does not wait: the confirmation page is loaded (not only committed) before its list is counted.
      await page.waitForLoadState('load');
      assert.ok((await page.locator('#losses li').count()) >= 2, 'the properties and the review are named');
      await page.locator('#confirm-delete').click();
      await page.waitForLoadState('load');
      assert.equal(await page.locator('#notice').innerText(), w.workloadDeleted(`Orders ${lang} v2`));
      assert.equal((await page.goto(overview))?.status(), 404);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await h.close();
  }
});
