// `slens review import-analysis` on SQLite and PostgreSQL: log and power-tuning analyses stored as evidence
// per choice of the Serverless Lens review; a re-import replaces only its own kind; answers stay untouched.
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';
import { dbTest, useDb } from '../helpers/db.js';
import { fixture } from '../helpers/repo.js';

interface View {
  items: { kind: string; questionId: string; choiceId: string; title: string; status: string; note: string; files: string[]; chart: string | null }[];
}

async function ok(args: string[]) {
  const run = await runCli(args);
  assert.equal(run.code, 0, `slens ${args.join(' ')}\n${run.stderr}`);
  return run;
}

const a = (name: string) => fixture('analyze', name);
const row = (view: View, kind: string, choice: string) => view.items.find((i) => i.kind === kind && i.choiceId === choice);

dbTest('import-analysis stores log and tune evidence per choice, kinds replace separately, answers untouched', async (db, t) => {
  useDb(db, t);
  await ok(['workload', 'create', '--name', 'Orders', '--lens', 'serverless']);
  await ok(['answer', 'Orders', 'OPS1', '--choices', 'ops1_managed_metrics']);

  const logs = JSON.parse((await ok(['review', 'import-analysis', 'Orders', a('powertools.log'), a('emf.log'), a('text-platform.log'), '--format', 'json'])).stdout) as View;
  // powertools.log has 3 JSON application records; emf.log 2 valid and 3 invalid EMF records; text-platform.log 3 REPORT lines, 1 with Init Duration.
  assert.deepEqual(row(logs, 'logs', 'ops1_structured_logging'), {
    kind: 'logs', questionId: 'OPS1', choiceId: 'ops1_structured_logging', title: 'Use structured and centralized logging', status: 'supported',
    note: '3 structured JSON log records in 3 exported file(s)', files: [a('emf.log'), a('powertools.log'), a('text-platform.log')].sort(), chart: null,
  });
  assert.equal(row(logs, 'logs', 'ops1_application_metrics')?.note, '2 valid EMF metric records, 3 invalid');
  assert.equal(row(logs, 'logs', 'perf1_startup')?.note, '1 cold starts measured among 3 invocation reports');

  const tune = JSON.parse((await ok(['review', 'import-analysis', 'Orders', a('tune-128.log'), a('tune-512.log'), a('tune-1024.log'), '--kind', 'tune', '--format', 'json', '--lang', 'ja'])).stdout) as View;
  const capacity = row(tune, 'tune', 'perf1_capacity');
  assert.equal(capacity?.status, 'supported');
  assert.match(capacity?.note ?? '', /メモリ 128, 512, 1024 MB で計測/);
  assert.match(capacity?.chart ?? '', /^<svg/);
  assert.equal(row(tune, 'tune', 'cost1_function_configuration')?.status, 'supported');
  assert.equal(tune.items.length, 5, 'the log evidence is still there');
  // Lens order: OPS1 choices before PERF1 ones before COST1.
  assert.deepEqual(tune.items.map((i) => i.questionId), ['OPS1', 'OPS1', 'PERF1', 'PERF1', 'COST1']);

  // Logs without structured records or metrics: OPS1 becomes unknown, the startup row goes, the tune rows stay.
  const again = JSON.parse((await ok(['review', 'import-analysis', 'Orders', a('plain.txt'), '--format', 'json'])).stdout) as View;
  assert.equal(row(again, 'logs', 'ops1_structured_logging')?.status, 'unknown');
  assert.equal(row(again, 'logs', 'perf1_startup'), undefined);
  assert.ok(row(again, 'tune', 'perf1_capacity'));

  const text = (await ok(['review', 'import-analysis', 'Orders', a('plain.txt')])).stdout;
  assert.match(text, /^\? OPS1 Use structured and centralized logging \[logs\] — 0 structured JSON log records in 1 exported file\(s\)$/m);

  const review = JSON.parse((await ok(['review', 'show', 'Orders', '--format', 'json'])).stdout) as { questions: { id: string; selectedChoices: string[] }[] };
  assert.deepEqual(review.questions.find((q) => q.id === 'OPS1')?.selectedChoices, ['ops1_managed_metrics']);
  assert.ok(review.questions.filter((q) => q.id !== 'OPS1').every((q) => q.selectedChoices.length === 0));
});

dbTest('import-analysis refuses unreadable files, unknown kinds and unknown workloads with exit 2', async (db, t) => {
  useDb(db, t);
  await ok(['workload', 'create', '--name', 'Orders', '--lens', 'serverless']);
  const missing = await runCli(['review', 'import-analysis', 'Orders', '/no/such/file.log']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /none of the given files could be read/);
  const kind = await runCli(['review', 'import-analysis', 'Orders', a('plain.txt'), '--kind', 'cost']);
  assert.equal(kind.code, 2);
  assert.match(kind.stderr, /--kind must be one of logs, tune/);
  const noTune = await runCli(['review', 'import-analysis', 'Orders', a('plain.txt'), '--kind', 'tune', '--lang', 'ja']);
  assert.equal(noTune.code, 2);
  assert.match(noTune.stderr, /REPORT 行もパワーチューニングの結果も見つかりません/);
  const nobody = await runCli(['review', 'import-analysis', 'Nobody', a('plain.txt')]);
  assert.equal(nobody.code, 2);
  assert.doesNotMatch(nobody.stderr, /at .*\.js/);
});
