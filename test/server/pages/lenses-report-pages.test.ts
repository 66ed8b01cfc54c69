// Lenses (list, import with errors at path and line, export) and the report (page, HTML, Markdown, PDF download).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture } from '../../helpers/repo.js';
import { openPagesHarness, seedWorkload, textOf } from '../../helpers/pages.js';
import { UserError } from '../../../src/util/errors.js';

const apigw = readFileSync(fixture('lenses', 'ApiGwLambda_custom-lens-apigw-lambda-v0.1.json'), 'utf8');

test('lenses: the built-in lens with an export per language; import a custom lens from a file, then export it', async () => {
  const h = await openPagesHarness();
  try {
    const c = h.client();
    const list = await c.get('/lenses');
    assert.equal(list.status, 200);
    assert.match(textOf(list.text), /Serverless Lens \(slens\) \(Built-in\) serverless/);
    assert.match(list.text, /href="\/lenses\/serverless\/export\?in=en" download="" aria-label="Export JSON: Serverless Lens \(slens\) \(English\)"/);
    assert.match(list.text, /href="\/lenses\/serverless\/export\?in=ja"/);
    // Two export links read as two, not as "JSON (English)JSON (日本語)".
    assert.match(textOf(list.text), /JSON \(English\) · JSON \(日本語\)/);
    // In Japanese the built-in lens is named in Japanese, as on the other pages.
    const listJa = await c.get('/lenses?lang=ja');
    assert.match(textOf(listJa.text), /サーバーレスレンズ \(slens\) \(組み込み\) serverless/);
    await c.get('/lenses?lang=en'); // the choice is remembered: back to English for the rest
    assert.match(list.text, /<label for="lens-file">Lens JSON file<\/label>/);
    const ja = await c.get('/lenses/serverless/export?in=ja');
    assert.equal(ja.status, 200);
    assert.match(ja.headers.get('content-disposition') ?? '', /^attachment; filename="serverless\.ja\.json"/);
    assert.equal((JSON.parse(ja.text) as { name: string }).name, 'サーバーレスレンズ (slens)');

    const form = new FormData();
    form.append('file', new File([apigw], 'apigw.json', { type: 'application/json' }));
    form.append('alias', 'apigw');
    const res = await c.postMultipart('/lenses', form);
    assert.equal(res.status, 303);
    const after = await c.follow(res);
    assert.match(textOf(after.text), /Imported lens "apigw" version 0\.1\./);
    assert.match(textOf(after.text), /Custom Lens - Amazon API Gateway & AWS Lambda Integration \(Custom\) apigw 0\.1/);
    const exported = await c.get('/lenses/apigw/export');
    assert.equal((JSON.parse(exported.text) as { name: string }).name, 'Custom Lens - Amazon API Gateway & AWS Lambda Integration');

    // The imported lens can be applied to a workload from its overview.
    const id = await seedWorkload(h.service);
    const overview = await c.get(`/workloads/${id}`);
    assert.match(overview.text, /<input type="checkbox" id="apply-apigw" name="lenses" value="apigw"\/?>/);
    const applied = await c.post(`/workloads/${id}/lenses`, { lenses: 'apigw' });
    assert.equal(applied.status, 303);
    assert.deepEqual((await h.service.getWorkload(id)).lenses, ['serverless', 'apigw']);
  } finally {
    await h.close();
  }
});

test('lens import errors are listed with their JSON path, line and column, in English and Japanese', async () => {
  const h = await openPagesHarness();
  try {
    const c = h.client();
    await c.get('/lenses?lang=ja');
    const broken = apigw.replace('"schemaVersion":"2021-11-01"', '"schemaVersion":"1999-01-01"');
    const res = await c.post('/lenses', { text: broken, alias: 'broken' });
    assert.equal(res.status, 400);
    const text = textOf(res.text);
    assert.match(text, /レンズはインポートされませんでした。次のエラーがあります。/);
    assert.match(res.text, /<li><code>\$\.schemaVersion<\/code> — 行 2, 列 \d+: /);
    assert.match(text, /\$\.schemaVersion — 行 2, 列 \d+: "schemaVersion" は "2021-11-01" にしてください（現在の値: "1999-01-01"）/);
    assert.match(res.text, /<textarea id="lens-text" name="text" rows="6" spellcheck="false">\{/, 'the pasted text is kept');

    const bad = await c.post('/lenses?lang=en', { text: '{\n  "name": "x",\n  "pillars": [\n' });
    assert.equal(bad.status, 400);
    assert.match(textOf(bad.text), /The lens was not imported because of this error: \$ — line 4, column \d+: invalid JSON: /);

    const nothing = await c.post('/lenses', { text: '  ' });
    assert.equal(nothing.status, 400);
    assert.match(textOf(nothing.text), /Choose a file or paste the lens JSON/);

    const reserved = await c.post('/lenses', { text: apigw, alias: 'serverless' });
    assert.equal(reserved.status, 400);
    assert.match(textOf(reserved.text), /"serverless" is the built-in lens; choose another alias/);
    assert.equal((await h.service.store.listLenses()).length, 1, 'nothing was imported');

    // Larger than any lens: refused before the body is read.
    const huge = await c.post('/lenses', { text: 'x'.repeat(1100 * 1024) });
    assert.equal(huge.status, 413);
    const missing = await c.get('/lenses/nope/export');
    assert.equal(missing.status, 404);
  } finally {
    await h.close();
  }
});

test('report page: summary, chart, every question with its answer and notes, the plan, and download links', async () => {
  const printed: string[] = [];
  const h = await openPagesHarness({ printPdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.7 fake')) });
  try {
    const id = await seedWorkload(h.service, '注文 API');
    await h.service.updateAnswer(id, 'serverless', 'OPS1', { selectedChoices: ['ops1_managed_metrics'], notes: 'アラームは <b>一部</b> のみ' });
    await h.service.updateAnswer(id, 'serverless', 'REL1', { isApplicable: false, reason: 'OUT_OF_SCOPE' });
    const c = h.client({ headers: { 'accept-language': 'ja' } });
    const page = await c.get(`/workloads/${id}/report`);
    assert.equal(page.status, 200);
    const text = textOf(page.text);
    assert.match(text, /Well-Architected レビュー レポート: 注文 API/);
    assert.match(text, /サマリー 環境 本番 AWS リージョン ap-northeast-1/);
    assert.match(text, /OPS1 サーバーレスアプリケーションの状態をどのように評価しますか\? 中リスク 面倒な設定なしで与えられるメトリクスを理解し/);
    assert.match(text, /メモ: アラームは <b>一部<\/b> のみ/);
    assert.match(page.text, /アラームは &lt;b&gt;一部&lt;\/b&gt; のみ/);
    assert.match(text, /REL1 .* 該当なし 該当なし — 理由: 対象範囲外/);
    assert.match(text, /OPS2 .* 未回答 （選択なし）/);
    assert.match(page.text, /<svg[^>]*role="img"/);
    assert.match(page.text, /<a class="button" href="\/workloads\/[0-9a-f]+\/report\/pdf" id="download-pdf" download="" data-preparing="PDF を作成しています… 数秒かかります。"[^>]*>PDF をダウンロード<\/a>/);
    assert.match(page.text, /<script src="\/assets\/print\.js" defer/);

    const pdf = await c.get(`/workloads/${id}/report/pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.headers.get('content-disposition'), `attachment; filename="API-report.pdf"; filename*=UTF-8''${encodeURIComponent('注文 API-report.pdf')}`);
    assert.equal(pdf.text, '%PDF-1.7 fake');
    // Chromium prints the self-contained HTML report: styles inline, no script, no outside request.
    assert.equal(printed.length, 1);
    assert.match(printed[0] ?? '', /^<!doctype html>\n<html lang="ja">/);
    assert.match(printed[0] ?? '', /<style>/);
    assert.doesNotMatch(printed[0] ?? '', /<script|<link /);

    const html = await c.get(`/workloads/${id}/report/html`);
    assert.match(html.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(html.text, printed[0]);
    const md = await c.get(`/workloads/${id}/report/markdown?lang=en`);
    assert.match(md.headers.get('content-type') ?? '', /^text\/markdown/);
    assert.match(md.text, /^# Well-Architected review report: 注文 API\n/);
    assert.match(md.text, /\| Operational Excellence \| 1\/2 \| 0 \| 1 \| 0 \| 0 \| 1 \|/);
    assert.match(md.text, /\n> アラームは &lt;b\\>一部&lt;\/b\\> のみ\n/, 'user text cannot become HTML in the Markdown');
    assert.equal((await c.get(`/workloads/${id}/report/docx`)).status, 404);
  } finally {
    await h.close();
  }
});

test('PDF printing that fails (no Chromium) is explained with a 503 page', async () => {
  const h = await openPagesHarness({ printPdf: () => Promise.reject(new Error('Chromium is not installed at /nowhere')) });
  try {
    const id = await seedWorkload(h.service);
    const res = await h.client().get(`/workloads/${id}/report/pdf?lang=ja`);
    assert.equal(res.status, 503);
    assert.match(textOf(res.text), /PDF の作成には Chromium が必要です: Chromium is not installed at \/nowhere/);
    // A UserError (what the real printer raises) is shown in the page's language.
    const missing = await openPagesHarness({ printPdf: () => Promise.reject(new UserError('chromium-missing', { en: 'Chromium is not installed at /x', ja: 'Chromium が /x にありません' })) });
    try {
      const missingId = await seedWorkload(missing.service);
      const ja = await missing.client().get(`/workloads/${missingId}/report/pdf?lang=ja`);
      assert.equal(ja.status, 503);
      assert.match(textOf(ja.text), /PDF の作成には Chromium が必要です: Chromium が \/x にありません/);
      const en = await missing.client().get(`/workloads/${missingId}/report/pdf?lang=en`);
      assert.match(textOf(en.text), /PDF printing needs Chromium: Chromium is not installed at \/x/);
    } finally {
      await missing.close();
    }
  } finally {
    await h.close();
  }
});
