// A whole review in a real browser (Debian's Chromium, headless, through playwright-core), in Japanese:
// create a workload, answer every question of the Serverless Lens, watch risks and the plan update, save a
// milestone, change answers, compare, and download the PDF report. Screenshots go to test-artifacts/;
// with SLENS_UPDATE_SCREENSHOTS=1 the review page and the report are also copied to docs/images/ for the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { htmlToPdf, launchChromium } from '../../../src/report/pdf.js';
import { listen, openPagesHarness } from '../../helpers/pages.js';
import { pdfText } from '../../helpers/pdf-text.js';
import { repoRoot } from '../../helpers/repo.js';

const artifacts = join(repoRoot, 'test-artifacts');
const docsImages = join(repoRoot, 'docs', 'images');

interface Step {
  question: string;
  /** Choice ids to tick, in order. */
  tick?: string[];
  notApplicable?: string;
  notes?: string;
  /** The risk the page shows before saving. */
  risk: string;
  /** Screenshot (for the README) once the choices are ticked, before saving. */
  screenshot?: string;
  submit?: 'click' | 'keyboard';
}

// Every question of the built-in Serverless Lens: two high, four medium, two without risk, one not applicable.
const ANSWERS: Step[] = [
  { question: 'OPS1', tick: ['ops1_managed_metrics', 'ops1_tracing'], notes: 'CloudWatch アラームは設定済み。トレースは一部の関数のみ。', risk: '中リスク' },
  { question: 'OPS2', tick: ['ops2_iac_stages', 'OPS2_no'], risk: '高リスク' },
  { question: 'SEC1', tick: ['sec1_endpoint_types', 'sec1_authn_authz', 'sec1_scoped_access'], risk: 'リスクなし' },
  { question: 'SEC2', tick: ['sec2_resource_policies', 'sec2_temporary_credentials'], risk: '中リスク', screenshot: 'review' },
  { question: 'SEC3', tick: ['SEC3_no'], notes: '<script>alert("x")</script> 依存関係の確認はまだ', risk: '高リスク' },
  { question: 'REL1', notApplicable: 'BUSINESS_PRIORITIES', risk: '該当なし' },
  { question: 'REL2', tick: ['rel2_failures', 'rel2_duplicate_events'], risk: '中リスク', submit: 'keyboard' },
  { question: 'PERF1', tick: ['perf1_capacity'], risk: '中リスク' },
  { question: 'COST1', tick: ['cost1_init_external_calls', 'cost1_logging_retention', 'cost1_function_configuration', 'cost1_cost_aware_patterns'], risk: 'リスクなし' },
];

/** The plan page's questions in order, each with its risk ("高リスク OPS2"), one entry per question. */
async function planOrder(page: Page): Promise<string[]> {
  const lines = await page.locator('main li.plan-item .plan-line').allInnerTexts();
  const order: string[] = [];
  for (const line of lines) {
    const key = line.trim().split(/\s+/).slice(0, 2).join(' ');
    if (!order.includes(key)) order.push(key);
  }
  return order;
}

const graphemes = (text: string) => [...new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(text)].length;

async function shot(page: Page, name: string, docs = false): Promise<void> {
  const file = join(artifacts, `${name}.png`);
  await page.screenshot({ path: file });
  if (docs && process.env.SLENS_UPDATE_SCREENSHOTS === '1') {
    mkdirSync(docsImages, { recursive: true });
    copyFileSync(file, join(docsImages, `${name}.png`));
  }
}

async function answer(page: Page, step: Step): Promise<void> {
  assert.match(await page.locator('#question-title').innerText(), new RegExp(`^${step.question} `));
  for (const id of step.tick ?? []) await page.locator(`#answer-form input[name=choice][value="${id}"]`).check();
  if (step.notApplicable) {
    await page.getByLabel('この質問はこのワークロードには該当しません', { exact: true }).check();
    assert.equal(await page.locator('#choices input[name=choice]').first().isDisabled(), true, 'choices are disabled when the question does not apply');
    await page.getByLabel('理由', { exact: true }).selectOption(step.notApplicable);
  }
  if (step.notes) {
    await page.getByLabel('メモ', { exact: true }).fill(step.notes);
    assert.equal(await page.locator('#notes-count').innerText(), `残り ${(2084 - graphemes(step.notes)).toLocaleString('en-US')} 文字`);
  }
  assert.equal(await page.locator('#risk-now').innerText(), step.risk, `${step.question}: the risk shown before saving`);
  if (step.screenshot) await shot(page, step.screenshot, true);
  if (step.submit === 'keyboard') await page.getByLabel('メモ', { exact: true }).press('Control+Enter');
  else await page.getByRole('button', { name: '保存して次へ' }).click();
  await page.waitForLoadState('load');
}

test('a whole review in Japanese in Chromium: answers, risks, plan, milestones, comparison and the PDF', async () => {
  mkdirSync(artifacts, { recursive: true });
  const h = await openPagesHarness({ printPdf: htmlToPdf });
  const server = await listen(h.app);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'ja-JP', extraHTTPHeaders: { 'accept-language': 'ja' }, viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);

    // Create the workload.
    await page.goto(`${server.url}/workloads`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    assert.match(await page.locator('main').innerText(), /ワークロードはまだありません/);
    await page.getByLabel('名前', { exact: true }).fill('注文サービス');
    await page.getByLabel('説明', { exact: true }).fill('EC サイトの注文 API');
    await page.locator('input[name=regions][value=ap-northeast-1]').check();
    await page.getByLabel('レビュー責任者', { exact: true }).fill('山田');
    await page.getByRole('button', { name: 'ワークロードを作成' }).click();
    await page.waitForURL(/\/workloads\/[0-9a-f]{32}$/);
    const overviewUrl = page.url();
    assert.equal(await page.locator('h1').innerText(), '注文サービス');

    // Keyboard: the first Tab reaches the skip link, which moves focus to the content.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.textContent'), '本文へ移動');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.id'), 'main');

    // Answer every question, in order, with "Save and next" (and once with Ctrl+Enter).
    await page.getByRole('link', { name: 'レビューを開始・続行' }).click();
    await page.waitForURL(/\/review\/serverless/);
    assert.match(await page.locator('#notes-count').innerText(), /^残り 2,084 文字$/);
    // "None of these" is exclusive both ways.
    await page.locator('input[value=ops1_tracing]').check();
    await page.locator('input[value=OPS1_no]').check();
    assert.equal(await page.locator('input[value=ops1_tracing]').isChecked(), false);
    await page.locator('input[value=ops1_tracing]').check();
    assert.equal(await page.locator('input[value=OPS1_no]').isChecked(), false);
    await page.locator('input[value=ops1_tracing]').uncheck();
    // The info panel opens with its helpful resource.
    await page.getByText('詳細情報').first().click();
    assert.match(await page.locator('details[open]').first().innerText(), /参考リソース: Lambda 関数のメトリクスの使用/);
    for (const [i, step] of ANSWERS.entries()) {
      if (i === 1) await shot(page, 'review-question-ja', false);
      await answer(page, step);
      if (i < ANSWERS.length - 1) assert.match(await page.locator('main').innerText(), /保存しました。/);
    }

    // After the last question the page says the review is complete and links to the overview.
    await page.waitForURL(/done=1$/);
    assert.match(await page.locator('#done').innerText(), /レビューが完了しました。9 件の質問すべてに回答済みです。/);
    await page.locator('#done').getByRole('link', { name: '概要' }).click();
    await page.waitForURL(/\/workloads\/[0-9a-f]{32}$/);

    // Back on the overview: risks per pillar, progress and the improvement plan.
    const desc = await page.locator('#chart-0-d').textContent();
    assert.match(desc ?? '', /全体: 高リスク 2, 中リスク 4, リスクなし 2, 該当なし 1, 未回答 0/);
    const progress = await page.locator('table').first().innerText();
    assert.match(progress, /運用上の優秀性\s+2\/2\s+1\s+1/);
    assert.match(progress, /信頼性\s+2\/2\s+0\s+1/);
    await shot(page, 'overview', true);
    await page.getByRole('link', { name: '改善計画' }).first().click();
    assert.deepEqual(await planOrder(page), ['高リスク OPS2', '高リスク SEC3', '中リスク OPS1', '中リスク SEC2', '中リスク REL2', '中リスク PERF1'], 'High risks first, then Medium, each in pillar order');

    // Save a milestone.
    await page.getByRole('link', { name: 'マイルストーン' }).first().click();
    await page.getByLabel('マイルストーン名', { exact: true }).fill('初回レビュー');
    await page.getByRole('button', { name: 'マイルストーンを保存' }).click();
    assert.match(await page.locator('main table').innerText(), /1\s+初回レビュー/);

    // Change two answers: OPS2 gets every best practice, SEC1 loses its own.
    await page.goto(`${overviewUrl}/review/serverless?q=OPS2`);
    for (const id of ['ops2_iac_stages', 'ops2_temporary_environments', 'ops2_rollout_deployments', 'ops2_configuration_management', 'ops2_runtime_deprecation', 'ops2_cicd'])
      await page.locator(`input[value=${id}]`).check();
    assert.equal(await page.locator('input[value=OPS2_no]').isChecked(), false);
    assert.equal(await page.locator('#risk-now').innerText(), 'リスクなし');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL(/saved=1/);
    await page.goto(`${overviewUrl}/review/serverless?q=SEC1`);
    await page.locator('input[value=SEC1_no]').check();
    assert.equal(await page.locator('#risk-now').innerText(), '高リスク');
    // Leaving with unsaved changes asks first; staying keeps them.
    const dialog = page.waitForEvent('dialog');
    void page.getByRole('link', { name: '概要' }).click().catch(() => undefined);
    const asked = await dialog;
    assert.equal(asked.type(), 'beforeunload');
    await asked.dismiss();
    assert.match(page.url(), /q=SEC1/);
    assert.equal(await page.locator('input[value=SEC1_no]').isChecked(), true);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL(/saved=1/);

    // The plan follows: OPS2 has left it, SEC1 has joined it at high risk.
    await page.goto(`${overviewUrl}/plan`);
    assert.deepEqual(await planOrder(page), ['高リスク SEC1', '高リスク SEC3', '中リスク OPS1', '中リスク SEC2', '中リスク REL2', '中リスク PERF1'], 'SEC1 joins the High risks');

    // Compare the milestone with the current review.
    await page.goto(`${overviewUrl}/milestones`);
    assert.equal(await page.getByLabel('比較元').inputValue(), '1');
    assert.equal(await page.getByLabel('比較先').inputValue(), 'current');
    await page.getByRole('button', { name: '比較', exact: true }).click();
    await page.waitForURL(/\/compare\?base=1&target=current/);
    assert.match(await page.locator('#compare-summary').innerText(), /改善\s*: 1 · 悪化\s*: 1/);
    assert.match(await page.locator('main').innerText(), /OPS2 [^\n]*\n?.*高リスク\s*→\s*リスクなし/);
    await shot(page, 'compare', false);

    // The report, and its PDF.
    await page.goto(`${overviewUrl}/report`);
    const report = await page.locator('main').innerText();
    assert.match(report, /Well-Architected レビュー レポート: 注文サービス/);
    assert.match(report, /<script>alert\("x"\)<\/script> 依存関係の確認はまだ/, 'notes are shown as text');
    assert.equal(await page.locator('#print').isVisible(), true, 'the print button appears with its script');
    await shot(page, 'report', true);
    // Printing starts a second Chromium: give it time on a busy machine.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByRole('link', { name: 'PDF をダウンロード' }).click()]);
    assert.equal(download.suggestedFilename(), '注文サービス-report.pdf');
    const saved = join(artifacts, 'report.pdf');
    await download.saveAs(saved);
    const text = (await pdfText(readFileSync(saved))).join('\n');
    assert.match(text, /Well-Architected レビュー レポート: 注文サービス/);
    assert.match(text, /CloudWatch アラームは設定済み。トレースは一部の関数のみ。/);
    assert.match(text, /理由: ビジネス上の優先事項/);
    assert.match(text, /改善計画/);
    assert.match(text, /SEC1 サーバーレス API へのアクセスをどのようにコントロールしますか/);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    await h.close();
  }
});
