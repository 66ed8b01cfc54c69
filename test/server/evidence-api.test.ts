// Scan evidence over the API: the JSON report of `slens scan` is posted to a lens review, stored without
// touching answers, and read back beside them; only the built-in Serverless Lens takes scan evidence.
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';
import { dbTest } from '../helpers/db.js';
import { fixture } from '../helpers/repo.js';
import { startTestServer } from '../helpers/server.js';

const EVIDENCE = (id: string, lens = 'serverless') => `/api/workloads/${id}/lensReviews/${lens}/evidence`;

dbTest('a scan report posted to a review is stored as evidence and suggestions; answers stay', async (db, t) => {
  const api = await startTestServer(db, t);
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: 'Api evidence', lenses: ['serverless'] } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.workloadId as string;
  const answered = await api.call('PATCH', `/api/workloads/${id}/lensReviews/serverless/answers/OPS1`, { body: { selectedChoices: ['ops1_managed_metrics'], version: 0 } });
  assert.equal(answered.status, 200);

  const scan = await runCli(['scan', fixture('scan', 'findings'), '--format', 'json', '--today', '2026-11-25']);
  const report = JSON.parse(scan.stdout) as Record<string, unknown>;
  const posted = await api.call('POST', EVIDENCE(id), { body: { ...report, scanDate: '2026-11-25' } });
  assert.equal(posted.status, 200, JSON.stringify(posted.body));
  assert.equal(posted.body.scan.scanDate, '2026-11-25');

  const read = await api.call('GET', EVIDENCE(id));
  assert.equal(read.status, 200);
  const ops1 = read.body.questions.find((q: { questionId: string }) => q.questionId === 'OPS1');
  assert.deepEqual(ops1.answer.selectedChoices, ['ops1_managed_metrics']);
  const tracing = ops1.choices.find((c: { choiceId: string }) => c.choiceId === 'ops1_tracing');
  assert.equal(tracing.status, 'contradicted');
  assert.equal(tracing.findings[0].ruleId, 'lambda-tracing');
  const rel2 = read.body.questions.find((q: { questionId: string }) => q.questionId === 'REL2');
  assert.equal(rel2.answer, null);
  assert.equal(rel2.suggestion.state, 'suggested');

  const wrongLens = await api.call('POST', EVIDENCE(id, 'custom'), { body: { ...report } });
  assert.ok(wrongLens.status === 400 || wrongLens.status === 404, String(wrongLens.status));
  const malformed = await api.call('POST', EVIDENCE(id), { body: { files: 'nope' } });
  assert.equal(malformed.status, 400);
});

dbTest('analysis evidence stored by the CLI is read back over the API, in the language asked', async (db, t) => {
  const api = await startTestServer(db, t);
  const created = await api.call('POST', '/api/workloads', { body: { workloadName: 'Api analysis', lenses: ['serverless'] } });
  const id = created.body.workloadId as string;
  const empty = await api.call('GET', `/api/workloads/${id}/lensReviews/serverless/analysisEvidence`);
  assert.equal(empty.status, 200);
  assert.deepEqual(empty.body.items, []);

  const before = process.env.DATABASE_URL;
  process.env.DATABASE_URL = db.url;
  t.after(() => {
    if (before === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = before;
  });
  const imported = await runCli(['review', 'import-analysis', id, fixture('analyze', 'powertools.log')]);
  assert.equal(imported.code, 0, imported.stderr);

  const en = await api.call('GET', `/api/workloads/${id}/lensReviews/serverless/analysisEvidence`);
  assert.equal(en.status, 200);
  const logging = en.body.items.find((i: { choiceId: string }) => i.choiceId === 'ops1_structured_logging');
  assert.equal(logging.kind, 'logs');
  assert.equal(logging.status, 'supported');
  assert.match(logging.note, /structured JSON log records/);
  const ja = await api.call('GET', `/api/workloads/${id}/lensReviews/serverless/analysisEvidence?lang=ja`);
  assert.match(ja.body.items.find((i: { choiceId: string }) => i.choiceId === 'ops1_structured_logging').note, /[\u3040-\u30ff\u4e00-\u9fff]/);
  assert.equal((await api.call('GET', `/api/workloads/${id}/lensReviews/custom/analysisEvidence`)).status === 200, false, 'only the built-in lens');
  assert.equal((await api.call('GET', '/api/workloads/0123456789abcdef0123456789abcdef/lensReviews/serverless/analysisEvidence')).status, 404);
});
