// Phones in Chromium: every page but the review page (its own layout) fits 390 and 360 px without scrolling
// sideways, in English and Japanese; export links and Print stay on screen. With SLENS_UPDATE_SCREENSHOTS=1
// the phone screenshots go to docs/images/ for the README (otherwise to test-artifacts/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../src/report/pdf.js';
import { importLens } from '../../../src/review/catalog.js';
import { createMilestone } from '../../../src/review/milestones.js';
import { listen, openPagesHarness } from '../../helpers/pages.js';
import { repoRoot } from '../../helpers/repo.js';

const WIDTHS = [390, 360] as const;
const LANGS = ['en', 'ja'] as const;
/** The phone screenshots the README shows, by page and language. */
const SCREENSHOTS = new Set(['/workloads-ja', 'overview-ja', 'milestones-en', 'report-en']);

/** How far a page reaches past the viewport's right edge (0 when it fits). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
}

async function rightEdge(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `${selector} is rendered`);
  return box.x + box.width;
}

test('phones: no page is wider than 390 or 360 px, in English and Japanese; export links and Print are on screen', async () => {
  const h = await openPagesHarness({ printPdf: () => Promise.resolve(new Uint8Array()), cjkFonts: () => Promise.resolve('missing') });
  const server = await listen(h.app);
  let browser: Browser | undefined;
  try {
    // A workload with long Japanese text, both lenses, answers, milestones and scan-free evidence pages.
    const w = await h.service.createWorkload({
      workloadName: '注文サービス（本番環境）とても長い名前のワークロード',
      description: 'EC サイトの注文 API。'.repeat(8),
      awsRegions: ['ap-northeast-1', 'ap-northeast-3', 'us-east-1', 'eu-west-1'],
      accountIds: ['123456789012', '210987654321'],
      reviewOwner: 'プラットフォームチーム',
      architecturalDesign: `https://example.com/${'very-long-path-segment/'.repeat(6)}diagram.png`,
      industry: '小売',
      pillarPriorities: ['security', 'reliability'],
      lenses: ['serverless'],
    });
    const text = readFileSync(join(repoRoot, 'test', 'fixtures', 'lenses', 'DynamoDB_custom-lensddb-v1.0.json'), 'utf8');
    await importLens(h.service, text, { alias: 'ddb' });
    await h.service.applyLenses(w.workloadId, ['ddb']);
    await h.service.updateAnswer(w.workloadId, 'serverless', 'OPS1', { selectedChoices: ['OPS1_no'], notes: 'アラーム未設定。'.repeat(20) });
    await h.service.updateAnswer(w.workloadId, 'serverless', 'SEC1', { selectedChoices: ['sec1_authn_authz'] });
    await createMilestone(h.service, w.workloadId, 'リリース前のレビュー');
    await h.service.updateAnswer(w.workloadId, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics'] });
    await createMilestone(h.service, w.workloadId, 'リリース後');
    const id = w.workloadId;
    const pages: [string, string][] = [
      ['/workloads', '/workloads'],
      ['overview', `/workloads/${id}`],
      ['edit', `/workloads/${id}/edit`],
      ['delete', `/workloads/${id}/delete`],
      ['remove-lens', `/workloads/${id}/lenses/ddb/remove`],
      ['evidence', `/workloads/${id}/evidence`],
      ['plan', `/workloads/${id}/plan`],
      ['milestones', `/workloads/${id}/milestones`],
      ['milestone', `/workloads/${id}/milestones/1`],
      ['milestone-delete', `/workloads/${id}/milestones/1/delete`],
      ['compare', `/workloads/${id}/compare?base=1&target=current`],
      ['compare-inverted', `/workloads/${id}/compare?base=2&target=1`],
      ['report', `/workloads/${id}/report`],
      ['lenses', '/lenses'],
      ['lens-delete', '/lenses/ddb/delete'],
      ['api', '/api-docs'],
      ['signin', '/signin'],
    ];
    browser = await launchChromium();
    const wide: string[] = [];
    const shots = process.env.SLENS_UPDATE_SCREENSHOTS === '1' ? join(repoRoot, 'docs', 'images') : join(repoRoot, 'test-artifacts');
    mkdirSync(shots, { recursive: true });
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({ locale: lang === 'ja' ? 'ja-JP' : 'en-GB', extraHTTPHeaders: { 'accept-language': lang }, viewport: { width, height: 780 }, deviceScaleFactor: 1 });
        const page = await context.newPage();
        page.setDefaultTimeout(15_000);
        for (const [name, path] of pages) {
          const response = await page.goto(`${server.url}${path}`);
          assert.equal(response?.status(), 200, `${lang} ${width}px ${path}`);
          if (name === 'api') await page.locator('#swagger-ui .opblock').first().waitFor();
          const extra = await overflow(page);
          if (extra > 0) wide.push(`${lang} ${width}px ${path}: ${extra}px too wide`);
          if (name === 'lenses') assert.ok((await rightEdge(page, 'a.export')) <= width, `${lang} ${width}px: the export link is on screen`);
          if (name === 'report') {
            assert.ok((await rightEdge(page, '#download-pdf')) <= width, `${lang} ${width}px: the PDF link is on screen`);
            assert.ok((await rightEdge(page, '#print')) <= width, `${lang} ${width}px: Print is on screen`);
          }
          if (name === 'overview' || name === 'milestones' || name === 'lenses') {
            // Japanese table headers keep their words: no header is taller than two lines.
            const tallest = await page.evaluate<number>(
              "Math.max(0, ...[...document.querySelectorAll('main th')].filter((th) => th.getClientRects().length > 0).map((th) => { const s = getComputedStyle(th); return (th.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)) / (parseFloat(s.fontSize) * 1.55); }))",
            );
            assert.ok(tallest <= 2.5, `${lang} ${width}px ${path}: a table header wraps onto ${tallest.toFixed(1)} lines`);
          }
          if (width === 390 && SCREENSHOTS.has(`${name}-${lang}`)) await page.screenshot({ path: join(shots, `phone-${name.replace(/^\//, '')}-${lang}.png`) });
        }
        await context.close();
      }
    }
    assert.deepEqual(wide, [], 'pages wider than the phone');
  } finally {
    await browser?.close();
    await server.close();
    await h.close();
  }
});
