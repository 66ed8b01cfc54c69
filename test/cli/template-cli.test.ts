// `slens template create|list|show|update|delete|apply` and `slens workload create --template`: answers from a JSON
// file or a workload, a workload following its template, bad files named with exit 2; English and Japanese.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dbTest, openService, useDb } from '../helpers/db.js';

dbTest('slens template: from a file or a workload, applied, followed, updated and deleted', async (db, t) => {
  useDb(db, t);
  const file = join(db.dir, 'answers.json');
  writeFileSync(file, JSON.stringify({ answers: [{ lensAlias: 'serverless', questionId: 'OPS2', selectedChoices: ['ops2_cicd'], notes: 'central pipeline' }, { lensAlias: 'serverless', questionId: 'COST1', isApplicable: false, reason: 'BUSINESS_PRIORITIES' }] }));
  const created = await runCli(['template', 'create', '--name', 'Platform', '--description', 'shared CI/CD', '--answers', file, '--format', 'json']);
  assert.equal(created.code, 0, created.stderr);
  const template = JSON.parse(created.stdout) as { templateId: string; version: number; answers: unknown[] };
  assert.equal(template.answers.length, 2);

  const workload = await runCli(['workload', 'create', '--name', 'Orders', '--template', 'Platform', '--format', 'json']);
  assert.equal(workload.code, 0, workload.stderr);
  const w = JSON.parse(workload.stdout) as { workloadId: string; lenses: string[] };
  assert.deepEqual(w.lenses, ['serverless']);
  const service = await openService(db, t);
  assert.equal((await service.getAnswer(w.workloadId, 'serverless', 'OPS2', 'en')).fromTemplate?.name, 'Platform');

  const shown = await runCli(['template', 'show', 'platform', '--lang', 'ja']);
  assert.equal(shown.code, 0, shown.stderr);
  assert.match(shown.stdout, /Platform（ID [0-9a-f]{32}、バージョン 1、レンズ serverless、ワークロード1件/);
  assert.match(shown.stdout, /serverless COST1: 該当しない（BUSINESS_PRIORITIES）/);
  assert.match((await runCli(['template', 'list'])).stdout, /serverless OPS2: ops2_cicd — central pipeline/);

  // Another workload's answer becomes the template's answers (--from-workload), and Orders follows.
  await service.createWorkload({ workloadName: 'Reference', lenses: ['serverless'] });
  await service.updateAnswer('Reference', 'serverless', 'OPS2', { selectedChoices: ['ops2_cicd', 'ops2_iac_stages'], notes: 'pipeline v2' });
  const stale = await runCli(['template', 'update', 'Platform', '--from-workload', 'Reference', '--questions', 'OPS2', '--expect-version', '7']);
  assert.equal(stale.code, 2);
  assert.match(stale.stderr, /changed since you read it \(you sent version 7, it is now 1\)/);
  const updated = await runCli(['template', 'update', 'Platform', '--from-workload', 'Reference', '--questions', 'OPS2', '--expect-version', '1', '--format', 'json']);
  assert.equal(updated.code, 0, updated.stderr);
  assert.equal((JSON.parse(updated.stdout) as { version: number }).version, 2);
  const ops2 = await service.getAnswer(w.workloadId, 'serverless', 'OPS2', 'en');
  assert.deepEqual([ops2.notes, ops2.fromTemplate?.overridden], ['pipeline v2', false]);
  assert.equal((await service.getAnswer(w.workloadId, 'serverless', 'COST1', 'en')).fromTemplate, null, 'COST1 left the template: a plain answer now');

  // Applying to an existing workload; a template answering nothing for its lens says so.
  await service.createWorkload({ workloadName: 'Billing', lenses: ['serverless'] });
  const applied = await runCli(['template', 'apply', 'Platform', '--workload', 'Billing', '--lang', 'ja']);
  assert.equal(applied.code, 0, applied.stderr);
  assert.match(applied.stderr, /「Platform」をワークロード「Billing」の1問に適用しました/);

  // Bad input: the file and the path of the problem, exit 2, no stack trace.
  writeFileSync(file, JSON.stringify([{ lensAlias: 'serverless', questionId: 'OPS1', selectedChoices: 'ops1_tracing' }]));
  const bad = await runCli(['template', 'create', '--name', 'Broken', '--answers', file]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /answers\.json.*answers\.0\.selectedChoices/s);
  assert.doesNotMatch(bad.stderr, /\n\s+at /);
  const unknown = await runCli(['template', 'create', '--name', 'Unknown', '--answers', file.replace('answers', 'missing'), '--lang', 'ja']);
  assert.equal(unknown.code, 2);
  const wrongQuestion = await runCli(['template', 'apply', 'Nope', '--workload', 'Billing', '--lang', 'ja']);
  assert.equal(wrongQuestion.code, 2);
  assert.match(wrongQuestion.stderr, /ID または名前が「Nope」のレビューテンプレートはありません/);

  const exported = join(db.dir, 'orders.json');
  assert.equal((await runCli(['workload', 'export', 'Orders', '--output', exported])).code, 0);
  const deleted = await runCli(['template', 'delete', 'Platform']);
  assert.equal(deleted.code, 0, deleted.stderr);
  assert.match(deleted.stderr, /deleted review template "Platform"/);
  assert.equal((await service.getAnswer(w.workloadId, 'serverless', 'OPS2', 'en')).notes, 'pipeline v2');
  assert.match((await runCli(['template', 'list', '--lang', 'ja'])).stdout, /レビューテンプレートはありません/);
  const imported = await runCli(['workload', 'import', exported, '--name', 'Orders copy', '--lang', 'ja']);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stderr, /このサーバーにないレビューテンプレートから来た回答は、通常の回答として取り込みました: 「Platform」/);
});
