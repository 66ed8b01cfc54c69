// Control characters (NUL above all, which PostgreSQL cannot store) are refused where text comes in, with the
// field and the character named in both languages; tab and line breaks stay allowed. The same on both databases.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportWorkload } from '../../src/review/transfer.js';
import { fixtureLensText } from '../helpers/answers.js';
import { runCli } from '../helpers/cli.js';
import { dbTest, openService } from '../helpers/db.js';
import { startTestServer } from '../helpers/server.js';

const NUL = '\u0000';

dbTest('a NUL or other control character in a name, notes or a milestone is a 400 naming it, in English and Japanese', async (db, t) => {
  const api = await startTestServer(db, t);
  const named = await api.call('POST', '/api/workloads', { body: { workloadName: `Bad${NUL}name`, lenses: ['serverless'] } });
  assert.equal(named.status, 400, JSON.stringify(named.body));
  assert.equal(named.body.fields[0].field, 'workloadName');
  assert.match(named.body.message, /workloadName: must not contain the control character U\+0000 \(at position 4\)/);
  const ja = await api.call('POST', '/api/workloads?lang=ja', { body: { workloadName: `Bad${NUL}name` }, headers: { 'accept-language': 'ja' } });
  assert.match(ja.body.message, /制御文字 U\+0000 を含めることはできません（4番目）/);

  const w = await api.call('POST', '/api/workloads', { body: { workloadName: 'Clean name', lenses: ['serverless'] } });
  const id = w.body.workloadId as string;
  for (const [field, body] of [
    ['description', { description: 'bell\u0007' }],
    ['industry', { industry: 'esc\u001b[31m' }],
    ['awsRegions', { awsRegions: ['us-east-1', `eu${NUL}`] }],
    ['reviewOwner', { reviewOwner: 'c1\u0085' }],
  ] as const) {
    const res = await api.call('PATCH', `/api/workloads/${id}`, { body });
    assert.equal(res.status, 400, field);
    assert.equal(res.body.fields[0].field, field);
  }
  const answer = `/api/workloads/${id}/lensReviews/serverless/answers/SEC1`;
  const notes = await api.call('PATCH', answer, { body: { notes: `before${NUL}after`, version: 0 } });
  assert.equal(notes.status, 400);
  assert.match(notes.body.message, /^notes: must not contain the control character U\+0000 \(at position 7\)/);
  const fine = await api.call('PATCH', answer, { body: { notes: 'tab\there\r\nline two\nthree', version: 0 } });
  assert.equal(fine.status, 200, 'tab, CR LF and LF are allowed');
  assert.equal(fine.body.notes, 'tab\there\r\nline two\nthree');

  const milestone = await api.call('POST', `/api/workloads/${id}/milestones`, { body: { milestoneName: `v1${NUL}` } });
  assert.equal(milestone.status, 400);
  assert.equal(milestone.body.fields[0].field, 'milestoneName');

  const lens = JSON.parse(fixtureLensText('ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json'));
  const badLens = await api.call('POST', '/api/lenses', { body: { lens: { ...lens, name: `ORR${NUL}` }, lensAlias: 'orr' } });
  assert.equal(badLens.status, 400);
  assert.equal(badLens.body.fields[0].field, 'name');

  // Nothing of it was stored, and the server is still well.
  const after = await api.call('GET', `/api/workloads/${id}`);
  assert.deepEqual([after.body.description, after.body.industry, after.body.awsRegions], ['', '', []]);
  assert.equal((await api.call('GET', '/api/workloads')).body.workloads.length, 1);
});

dbTest('an export holding a NUL (as SQLite once stored) is refused on import with its field, exit 2 on the CLI', async (db, t) => {
  const service = await openService(db, t);
  const w = await service.createWorkload({ workloadName: 'Exported', lenses: ['serverless'] });
  const doc = await exportWorkload(service, w.workloadId);
  const answers = doc.lensReviews[0]!.answers.map((a, i) => (i === 0 ? { ...a, notes: `old${NUL}notes` } : a));
  const withNul = { ...doc, workload: { ...doc.workload, workloadId: undefined }, lensReviews: [{ ...doc.lensReviews[0]!, answers }] };
  const file = join(db.dir, 'nul-export.json');
  writeFileSync(file, JSON.stringify(withNul));

  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = db.url;
  t.after(() => {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  });
  const run = await runCli(['workload', 'import', file, '--name', 'Copy']);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /notes: must not contain the control character U\+0000 \(at position 4\)/);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  const ja = await runCli(['workload', 'import', file, '--name', 'Copy', '--lang', 'ja']);
  assert.match(ja.stderr, /制御文字 U\+0000 を含めることはできません（4番目）/);

  const milestoneNul = { ...withNul, lensReviews: doc.lensReviews, milestones: [{ milestoneNumber: 1, milestoneName: `m${NUL}`, recordedAt: '2026-01-01T00:00:00.000Z', snapshot: { pillarPriorities: [], lensReviews: [] } }] };
  const api = await startTestServer(db, t);
  const res = await api.call('POST', '/api/workloads/import?name=Copy', { body: milestoneNul });
  assert.equal(res.status, 400);
  assert.equal(res.body.fields[0].field, 'milestones.0.milestoneName');
  assert.deepEqual((await service.listWorkloads()).map((x) => x.workloadName), ['Exported'], 'nothing was imported');
});
