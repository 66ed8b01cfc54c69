// `slens report`: Markdown, HTML and PDF (real headless Chromium) of a review stored in a temp SQLite file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReviewService } from '../../src/review/open.js';
import { runCli } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';

const dir = mkdtempSync(join(tmpdir(), 'slens-report-'));

before(async () => {
  process.env.DATABASE_URL = `sqlite:${join(dir, 'slens.db')}`;
  const { service, close } = await openReviewService();
  const w = await service.createWorkload({ workloadName: '注文サービス', awsRegions: ['ap-northeast-1'], lenses: ['serverless'] });
  await service.updateAnswer(w.workloadId, 'serverless', 'SEC1', { selectedChoices: ['SEC1_no'], notes: 'WAF はまだ' });
  await close();
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('report --format markdown: the review in the chosen language on standard output', async () => {
  const en = await runCli(['report', '注文サービス', '--format', 'markdown']);
  assert.equal(en.code, 0, en.stderr);
  assert.match(en.stdout, /^# Well-Architected review report: 注文サービス\n/);
  assert.match(en.stdout, /#### SEC1 How do you control access to your Serverless API\?\n\n\*\*Risk:\*\* High risk\n\n- None of these\n\n\*\*Notes:\*\*\n\n> WAF はまだ\n/);
  const ja = await runCli(['report', '注文サービス', '--format', 'markdown', '--lang', 'ja']);
  assert.match(ja.stdout, /#### SEC1 サーバーレス API へのアクセスをどのようにコントロールしますか\?\n\n\*\*リスク:\*\* 高リスク/);
  // The tracked plan: counts per status, then one table row per best practice, High risks first.
  assert.match(ja.stdout, /### 改善計画\n\n未着手 \d+ · 対応中 0 · 完了 0 · 対応しない 0\n\n#### 高リスク\n\n\| 最初の一歩 \| ステータス \| 担当者 \| 期限 \|\n\| --- \| --- \| --- \| --- \|\n\| SEC1 /);
});

test('report --format html --output: a self-contained page', async () => {
  const file = join(dir, 'out', 'report.html');
  const run = await runCli(['report', '注文サービス', '--output', file]);
  assert.equal(run.code, 0, run.stderr);
  const html = readFileSync(file, 'utf8');
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<svg[^>]*role="img"/);
  assert.doesNotMatch(html, /<script|<link /);
});

test('report --format pdf prints with headless Chromium; the PDF text has the workload and the answers', async () => {
  const file = join(dir, 'report.pdf');
  const run = await runCli(['report', '注文サービス', '--format', 'pdf', '--lang', 'ja', '--output', file]);
  assert.equal(run.code, 0, run.stderr);
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const pages = await pdfText(bytes);
  assert.ok(pages.length >= 2, 'every question and the plan take more than one A4 page');
  pages.forEach((page, i) => assert.match(page, new RegExp(`(^|\\n)${i + 1} / ${pages.length}(\\n|$)`), `page ${i + 1} is numbered`));
  const text = pages.join('\n');
  assert.match(text, /注文サービス/);
  assert.match(text, /サーバーレス API へのアクセスをどのようにコントロールしますか/);
  assert.match(text, /WAF はまだ/);
});

test('report usage errors exit 2 with one line: pdf without --output, unknown format, unknown workload', async () => {
  const pdf = await runCli(['report', '注文サービス', '--format', 'pdf']);
  assert.equal(pdf.code, 2);
  assert.equal(pdf.stderr, 'slens: --format pdf needs --output <file> (a PDF is not written to a terminal)\n');
  const format = await runCli(['report', '注文サービス', '--format', 'docx']);
  assert.equal(format.code, 2);
  assert.match(format.stderr, /--format must be one of pdf, html, markdown \(got "docx"\)/);
  const missing = await runCli(['report', 'nope']);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr, 'slens: no workload with id or name "nope"\n');
});
