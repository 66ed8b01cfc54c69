// The consolidated report page over the fixture's three workloads: each signed-in user sees only theirs, the
// filters, the nav link, and the downloads (CSV, Markdown, HTML, and the PDF through the page's printer), EN and JA.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textOf } from '../../helpers/pages.js';
import { consolidatedPages } from './consolidated-harness.js';

test('the consolidated page shows each user only their workloads, filters them, and offers the downloads', async () => {
  const printed: string[] = [];
  const h = await consolidatedPages(async (html) => {
    printed.push(html);
    return new TextEncoder().encode('%PDF-1.7 stub');
  });
  try {
    const ana = await h.signedIn(h.users.ana.token);
    const page = await ana.get('/consolidated');
    assert.equal(page.status, 200);
    const text = textOf(page.text);
    assert.match(page.text, /<a href="\/consolidated">Consolidated report<\/a>/);
    assert.match(text, /2 workload\(s\) you may see/);
    assert.match(text, /Alpha/);
    assert.match(text, /Beta/);
    assert.doesNotMatch(text, /Gamma/);
    for (const id of ['workload-chart', 'pillar-chart', 'missing-chart', 'status-chart', 'trend-chart']) assert.match(page.text, new RegExp(`id="${id}"`), id);
    assert.match(page.text, /<svg[^>]+role="img"/);

    const prod = textOf((await ana.get('/consolidated?environment=PRODUCTION')).text);
    assert.match(prod, /1 workload\(s\)/);
    assert.match(prod, /Filtered by: Environment: Production/);
    assert.doesNotMatch(prod, /Beta/);

    const olga = await h.signedIn(h.users.olga.token, 'ja');
    const ja = textOf((await olga.get('/consolidated')).text);
    assert.match(ja, /統合レポート/);
    assert.match(ja, /閲覧できる 1 件のワークロード/);
    assert.match(ja, /Gamma/);
    assert.doesNotMatch(ja, /Alpha|Beta/);

    const csv = await ana.get('/consolidated/csv?environment=PREPRODUCTION');
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.deepEqual(csv.text.split('\r\n').filter((l) => l.startsWith('workload,')).map((l) => l.split(',')[2]), ['Beta']);
    const md = await ana.get('/consolidated/markdown');
    assert.match(md.text, /^# Consolidated report/);
    assert.match(md.text, /\| Alpha \|/);
    const json = JSON.parse((await ana.get('/consolidated/json')).text);
    assert.deepEqual(json.Metrics.map((m: { WorkloadName: string }) => m.WorkloadName), ['Alpha', 'Beta']);
    const pdf = await ana.get('/consolidated/pdf');
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.match(printed[0] ?? '', /<h1>Consolidated report<\/h1>/);
    assert.match(printed[0] ?? '', /Alpha/);
    assert.doesNotMatch(printed[0] ?? '', /Gamma/);
    assert.equal((await ana.get('/consolidated/xlsx')).status, 404);
  } finally {
    await h.db.cleanup();
  }
});

test('a busy PDF printer answers 503 with Retry-After on the consolidated page too', async () => {
  const { PdfBusyError } = await import('../../../src/report/pdf-queue.js');
  const h = await consolidatedPages(() => Promise.reject(new PdfBusyError(7)));
  try {
    const ben = await h.signedIn(h.users.ben.token, 'ja');
    const res = await ben.get('/consolidated/pdf');
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '7');
  } finally {
    await h.db.cleanup();
  }
});
