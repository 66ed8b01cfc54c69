// GetConsolidatedReport on the W-A-compatible API, called by the AWS SDK (users' bearer tokens: what each may see,
// IncludeSharedResources, paging) and by the AWS CLI (a service key pair: JSON and the PDF), every response checked
// against the W-A model by the recorder.
import assert from 'node:assert/strict';
import { GetConsolidatedReportCommand, type WellArchitectedClient } from '@aws-sdk/client-wellarchitected';
import { awsCli, awsCliEnv } from '../../helpers/aws-cli.js';
import { runCli } from '../../helpers/cli.js';
import { dbTest, freshDb } from '../../helpers/db.js';
import { pdfText } from '../../helpers/pdf-text.js';
import { startTestServer } from '../../helpers/server.js';
import { sdkClient, startRecorder } from '../../helpers/wa-recorder.js';
import { consolidatedFixture } from '../../review/consolidated-fixture.js';
import { test } from 'node:test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fixture } from '../../helpers/repo.js';

function bearerClient(endpoint: string, token: string): WellArchitectedClient {
  const client = sdkClient(endpoint);
  client.middlewareStack.add(
    (next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers.authorization = `Bearer ${token}`;
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'bearerToken' },
  );
  return client;
}

dbTest('the AWS SDK reads the consolidated report: own workloads, shared ones on request, 15 a page', async (db) => {
  const { users, ids } = await consolidatedFixture(db);
  const api = await startTestServer(db);
  const recorder = await startRecorder(api.server.url);
  db.defer(() => recorder.close());
  const ana = bearerClient(recorder.endpoint, users.ana.token);

  const own = await ana.send(new GetConsolidatedReportCommand({ Format: 'JSON' }));
  assert.deepEqual(own.Metrics?.map((m) => m.WorkloadName), ['Alpha']);
  const shared = await ana.send(new GetConsolidatedReportCommand({ Format: 'JSON', IncludeSharedResources: true }));
  assert.deepEqual(shared.Metrics?.map((m) => m.WorkloadId), [ids.alpha, ids.beta]);
  const alpha = shared.Metrics?.[0];
  assert.equal(alpha?.MetricType, 'WORKLOAD');
  assert.deepEqual(alpha?.RiskCounts, { HIGH: 1, MEDIUM: 1, NONE: 0, NOT_APPLICABLE: 0, UNANSWERED: 7 });
  assert.equal(alpha?.LensesAppliedCount, 1);
  // Only questions at risk, with the official ids and the best practices still missing.
  const pillars = alpha?.Lenses?.[0]?.Pillars ?? [];
  assert.equal(pillars.length, 5);
  const questions = pillars.flatMap((p) => (p.Questions ?? []).map((q) => [p.PillarId, q.QuestionId, q.Risk, q.BestPractices?.length]));
  assert.deepEqual(questions, [
    ['operationalExcellence', 'ops_q1', 'MEDIUM', 3],
    ['security', 'sec_q1', 'HIGH', 3],
  ]);
  assert.ok(alpha?.Lenses?.[0]?.Pillars?.[0]?.Questions?.[0]?.BestPractices?.every((b) => b.ChoiceId?.startsWith('ops_ops_q1_') && (b.ChoiceTitle ?? '').length > 0));

  // Another user's workloads never appear; paging by MaxResults and NextToken.
  const olga = await bearerClient(recorder.endpoint, users.olga.token).send(new GetConsolidatedReportCommand({ Format: 'JSON', IncludeSharedResources: true }));
  assert.deepEqual(olga.Metrics?.map((m) => m.WorkloadName), ['Gamma']);
  const first = await ana.send(new GetConsolidatedReportCommand({ Format: 'JSON', IncludeSharedResources: true, MaxResults: 1 }));
  assert.deepEqual(first.Metrics?.map((m) => m.WorkloadName), ['Alpha']);
  const second = await ana.send(new GetConsolidatedReportCommand({ Format: 'JSON', IncludeSharedResources: true, MaxResults: 1, NextToken: first.NextToken }));
  assert.deepEqual(second.Metrics?.map((m) => m.WorkloadName), ['Beta']);
  assert.equal(second.NextToken, undefined);
  await assert.rejects(ana.send(new GetConsolidatedReportCommand({ Format: 'JSON', MaxResults: 16 })), (e: Error) => e.name === 'ValidationException');
  assert.deepEqual(recorder.problems, []);
}, { timeout: 120_000 });

test('the AWS CLI gets the consolidated report as JSON and as a PDF, signed with an slens key pair', { timeout: 180_000 }, async (t) => {
  const db = await freshDb('sqlite', t);
  if (!db) return;
  await consolidatedFixture(db);
  process.env.DATABASE_URL = db.url;
  t.after(() => delete process.env.DATABASE_URL);
  const made = await runCli(['token', 'create', '--aws', '--name', 'aws cli', '--format', 'json']);
  assert.equal(made.code, 0, made.stderr);
  const key = JSON.parse(made.stdout) as { accessKeyId: string; secretAccessKey: string };
  const api = await startTestServer(db);
  const recorder = await startRecorder(api.server.url);
  db.defer(() => recorder.close());
  // The AWS CLI of this system may predate GetConsolidatedReport: it is given the W-A model the other tests check
  // responses against (botocore reads models under AWS_DATA_PATH before its own).
  const models = join(db.dir, 'models', 'wellarchitected', '2020-03-31');
  mkdirSync(models, { recursive: true });
  writeFileSync(join(models, 'service-2.json'), gunzipSync(readFileSync(fixture('wa', 'service-2.json.gz'))));
  const env = awsCliEnv(db.dir, key, { AWS_DATA_PATH: join(db.dir, 'models') });
  const common = ['--endpoint-url', recorder.endpoint, '--output', 'json'];
  const results = await awsCli(
    [
      ['wellarchitected', 'get-consolidated-report', '--format', 'JSON', '--include-shared-resources', ...common],
      ['wellarchitected', 'get-consolidated-report', '--format', 'PDF', ...common],
    ],
    env,
  );
  for (const r of results) assert.equal(r.code, 0, r.out);
  const json = JSON.parse(results[0]?.out ?? '{}') as { Metrics: { WorkloadName: string; WorkloadArn: string }[] };
  // A service key sees every workload.
  assert.deepEqual(json.Metrics.map((m) => m.WorkloadName), ['Alpha', 'Beta', 'Gamma']);
  assert.match(json.Metrics[0]?.WorkloadArn ?? '', /^arn:aws:wellarchitected:ap-northeast-1:000000000000:workload\/[0-9a-f]{32}$/);
  const pdf = Buffer.from((JSON.parse(results[1]?.out ?? '{}') as { Base64String: string }).Base64String, 'base64');
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = (await pdfText(pdf)).join('\n');
  assert.match(text, /Consolidated report/);
  for (const name of ['Alpha', 'Beta', 'Gamma']) assert.match(text, new RegExp(name));
  assert.deepEqual(recorder.problems, []);
});
