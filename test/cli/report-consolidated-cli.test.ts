// `slens report consolidated`: every workload of the database as JSON (W-A Metrics beside our sections), CSV,
// Markdown, HTML and PDF (to --out), filtered, in English and Japanese; bad options exit 2 with a plain message.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { freshDb } from '../helpers/db.js';
import { pdfText } from '../helpers/pdf-text.js';
import { consolidatedFixture } from '../review/consolidated-fixture.js';

test('slens report consolidated writes JSON, CSV, Markdown, HTML and PDF of every workload', { timeout: 120_000 }, async (t) => {
  const db = await freshDb('sqlite', t);
  if (!db) return;
  await consolidatedFixture(db);
  process.env.DATABASE_URL = db.url;
  t.after(() => delete process.env.DATABASE_URL);

  const json = await runCli(['report', 'consolidated', '--format', 'json']);
  assert.equal(json.code, 0, json.stderr);
  const body = JSON.parse(json.stdout);
  assert.deepEqual(body.Metrics.map((m: { WorkloadName: string }) => m.WorkloadName), ['Alpha', 'Beta', 'Gamma']);
  assert.deepEqual(body.riskCounts, { HIGH: 1, MEDIUM: 2, NONE: 1, NOT_APPLICABLE: 1, UNANSWERED: 22 });
  // Deterministic: the same database gives the same bytes.
  assert.equal((await runCli(['report', 'consolidated', '--format', 'json'])).stdout, json.stdout);

  const csv = await runCli(['report', 'consolidated', '--format', 'csv', '--environment', 'production']);
  assert.equal(csv.code, 0, csv.stderr);
  assert.deepEqual(csv.stdout.split('\r\n').filter((l) => l.startsWith('workload,')).map((l) => l.split(',')[2]), ['Alpha', 'Gamma']);

  const md = await runCli(['report', 'consolidated', '--format', 'markdown', '--lang', 'ja']);
  assert.match(md.stdout, /^# 統合レポート/);
  assert.match(md.stdout, /よく欠けているベストプラクティス/);

  const html = join(db.dir, 'out', 'consolidated.html');
  assert.equal((await runCli(['report', 'consolidated', '--out', html])).code, 0);
  assert.match(readFileSync(html, 'utf8'), /<h1>Consolidated report<\/h1>[\s\S]*Gamma/);

  const pdf = join(db.dir, 'consolidated.pdf');
  const printed = await runCli(['report', 'consolidated', '--format', 'pdf', '--out', pdf]);
  assert.equal(printed.code, 0, printed.stderr);
  assert.ok(existsSync(pdf));
  const bytes = readFileSync(pdf);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match((await pdfText(bytes)).join('\n'), /Alpha[\s\S]*Beta/);

  const noOut = await runCli(['report', 'consolidated', '--format', 'pdf', '--lang', 'ja']);
  assert.equal(noOut.code, 2);
  assert.match(noOut.stderr, /--out/);
  const badFormat = await runCli(['report', 'consolidated', '--format', 'xlsx']);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.stderr, /json, csv, html, pdf, markdown/);
  const badEnv = await runCli(['report', 'consolidated', '--environment', 'staging']);
  assert.equal(badEnv.code, 2);
  // The per-workload report is unchanged.
  const one = await runCli(['report', 'Alpha', '--format', 'markdown']);
  assert.equal(one.code, 0, one.stderr);
  assert.match(one.stdout, /Alpha/);
});
