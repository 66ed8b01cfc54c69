// GET /api/consolidatedReport: what a service token, an owner, a readonly member and an outsider see (each only
// their own), the W-A Metrics beside our sections, filters, the CSV parsed back, errors that name the field,
// English and Japanese, on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { createToken } from '../../src/server/tokens.js';
import { CSV_COLUMNS, csvField } from '../../src/report/consolidated/csv.js';
import { dbTest } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';
import { consolidatedFixture } from '../review/consolidated-fixture.js';
import { test } from 'node:test';
import { CsvScanner } from '../../src/analyze/read/csv.js';

/** The CSV read back with slens's own RFC 4180 reader (the one `slens logs` reads console downloads with). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const scanner = new CsvScanner({ row: (fields) => void rows.push(fields), bad: (reason, line) => assert.fail(`CSV line ${line}: ${reason}`) }, 1 << 20);
  scanner.write(text);
  scanner.end();
  return rows;
}

dbTest('the consolidated report on our API: each caller sees only their own; JSON, filters, CSV, both languages', async (db) => {
  const { service, users, ids } = await consolidatedFixture(db);
  const { token: admin } = await createToken(service.store, 'ci', 'viewer', service.now());
  const { call } = await startTestServer(db);
  const names = (body: { Metrics: { WorkloadName: string }[] }) => body.Metrics.map((m) => m.WorkloadName);

  const all = await call('GET', '/api/consolidatedReport', { token: admin });
  assert.equal(all.status, 200);
  assert.deepEqual(names(all.body), ['Alpha', 'Beta', 'Gamma']);
  assert.deepEqual(all.body.riskCounts, { HIGH: 1, MEDIUM: 2, NONE: 1, NOT_APPLICABLE: 1, UNANSWERED: 22 });
  assert.deepEqual(all.body.improvementStatus, { OPEN: 6, IN_PROGRESS: 1, DONE: 1, WONT_DO: 0 });
  assert.equal(all.body.missingPractices[0].choiceId, 'ops1_structured_logging');
  assert.deepEqual(all.body.trend.map((p: { at: string }) => p.at), ['2026-01-10', '2026-01-12', 'current']);
  assert.equal(all.body.Metrics[0].Lenses[0].Pillars[0].Questions[0].QuestionId, 'ops_q1');

  // Owner of Alpha with a readonly share of Beta; the owner of Beta; an outsider to both.
  assert.deepEqual(names((await call('GET', '/api/consolidatedReport', { token: users.ana.token })).body), ['Alpha', 'Beta']);
  assert.deepEqual(names((await call('GET', '/api/consolidatedReport?includeShared=false', { token: users.ana.token })).body), ['Alpha']);
  assert.deepEqual(names((await call('GET', '/api/consolidatedReport', { token: users.ben.token })).body), ['Beta']);
  const outsider = await call('GET', '/api/consolidatedReport', { token: users.olga.token });
  assert.deepEqual(names(outsider.body), ['Gamma']);
  assert.ok(!JSON.stringify(outsider.body).includes(ids.alpha) && !JSON.stringify(outsider.body).includes('Beta'));
  assert.equal((await call('GET', '/api/consolidatedReport')).status, 401);

  // Filters.
  assert.deepEqual(names((await call('GET', '/api/consolidatedReport?environment=PREPRODUCTION', { token: admin })).body), ['Beta']);
  assert.deepEqual(names((await call('GET', '/api/consolidatedReport?lens=other', { token: admin })).body), []);
  const bad = await call('GET', '/api/consolidatedReport?environment=STAGING', { token: admin });
  assert.equal(bad.status, 400);
  assert.match(JSON.stringify(bad.body), /environment/);
  const badJa = await call('GET', '/api/consolidatedReport?environment=STAGING&lang=ja', { token: admin });
  assert.equal(badJa.status, 400);
  assert.match(JSON.stringify(badJa.body), /environment/);

  // CSV: a workload row each, then a row per question at risk; parsed back.
  const csv = await call('GET', '/api/consolidatedReport?format=csv', { token: admin });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
  const [header, ...rows] = parseCsv(csv.body as string);
  assert.deepEqual(header, [...CSV_COLUMNS]);
  const col = (row: string[], name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
  assert.deepEqual(rows.filter((r) => col(r, 'row_type') === 'workload').map((r) => [col(r, 'workload_name'), col(r, 'high'), col(r, 'medium'), col(r, 'unanswered'), col(r, 'items_open')]), [
    ['Alpha', '1', '1', '7', '5'],
    ['Beta', '0', '1', '7', '1'],
    ['Gamma', '0', '0', '8', '0'],
  ]);
  const questionRows = rows.filter((r) => col(r, 'row_type') === 'question');
  assert.deepEqual(questionRows.map((r) => [col(r, 'workload_name'), col(r, 'question_id'), col(r, 'risk'), col(r, 'missing_choice_ids')]), [
    ['Alpha', 'OPS1', 'MEDIUM', 'ops1_tracing ops1_structured_logging ops1_application_metrics'],
    ['Alpha', 'SEC1', 'HIGH', 'sec1_endpoint_types sec1_authn_authz sec1_scoped_access'],
    ['Beta', 'OPS1', 'MEDIUM', 'ops1_structured_logging ops1_application_metrics'],
  ]);
  assert.equal(col(questionRows[0] as string[], 'missing_choice_titles')?.split('\n').length, 3);
  assert.ok(rows.every((r) => r.length === CSV_COLUMNS.length));
  const ja = parseCsv((await call('GET', '/api/consolidatedReport?format=csv&lang=ja', { token: users.ana.token })).body as string);
  assert.equal(ja.length, 1 + 2 + 3);
  assert.match(ja[3]?.[CSV_COLUMNS.indexOf('question_title')] ?? '', /[\u3040-\u30ff\u4e00-\u9faf]/);
});

test('CSV cells a spreadsheet would run as a formula stay text', () => {
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvField('-1'), "'-1");
  assert.equal(csvField(-1), '-1');
  assert.equal(csvField('plain, text'), '"plain, text"');
});
