// `slens review import-scan | evidence | confirm` on SQLite and PostgreSQL: evidence stored beside the
// Serverless Lens review, suggestions that stay suggestions, re-imports that never overwrite answers.
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';
import { dbTest, useDb } from '../helpers/db.js';
import { fixture } from '../helpers/repo.js';

async function ok(args: string[]) {
  const run = await runCli(args);
  assert.equal(run.code, 0, `slens ${args.join(' ')}\n${run.stderr}`);
  return run;
}

interface View {
  scan: { files: string[]; scanDate: string } | null;
  questions: {
    questionId: string;
    answer: { selectedChoices: string[]; risk: string } | null;
    suggestion: { selectedChoices: string[]; risk: string; state: string };
    choices: { choiceId: string; status: string; passed: number; failed: number; findings: { file: string; line: number; ruleId: string; message: { en: string; ja: string } }[] }[];
  }[];
}

const TODAY = ['--today', '2026-11-25'];
const q = (view: View, id: string) => view.questions.find((x) => x.questionId === id);

dbTest('import-scan stores evidence and suggestions; answers survive a later scan; confirm accepts suggestions', async (db, t) => {
  useDb(db, t);
  await ok(['workload', 'create', '--name', 'Orders', '--lens', 'serverless']);
  const before = JSON.parse((await ok(['review', 'evidence', 'Orders', '--format', 'json'])).stdout) as View;
  assert.equal(before.scan, null);

  const clean = JSON.parse((await ok(['review', 'import-scan', 'Orders', fixture('scan', 'clean'), ...TODAY, '--format', 'json'])).stdout) as View;
  assert.equal(clean.scan?.files.length, 1);
  assert.equal(clean.questions.length, 9);
  assert.equal(clean.questions.flatMap((x) => x.choices).length, 38);
  const ops1 = q(clean, 'OPS1');
  assert.deepEqual(ops1?.answer, null);
  assert.equal(ops1?.suggestion.state, 'suggested');
  assert.ok(ops1?.suggestion.selectedChoices.includes('ops1_tracing'));
  // The import wrote no answer: the review is still unanswered.
  const review = JSON.parse((await ok(['review', 'show', 'Orders', '--format', 'json'])).stdout) as { questions: { id: string; risk: string }[] };
  assert.ok(review.questions.every((x) => x.risk === 'UNANSWERED'));

  // A person answers OPS1; a later scan (with findings) replaces the evidence but not the answer.
  await ok(['answer', 'Orders', 'OPS1', '--choices', 'ops1_managed_metrics']);
  const later = JSON.parse((await ok(['review', 'import-scan', 'Orders', fixture('scan', 'findings'), ...TODAY, '--format', 'json'])).stdout) as View;
  assert.deepEqual(q(later, 'OPS1')?.answer?.selectedChoices, ['ops1_managed_metrics']);
  assert.equal(q(later, 'OPS1')?.suggestion.state, 'answered');
  const tracing = q(later, 'OPS1')?.choices.find((c) => c.choiceId === 'ops1_tracing');
  assert.equal(tracing?.status, 'contradicted');
  assert.deepEqual(tracing?.findings.map((f) => `${f.ruleId}:${f.line}`), ['lambda-tracing:2']);
  assert.match(tracing?.findings[0]?.file ?? '', /findings\/template\.yaml$/);

  // Confirm accepts suggestions only where nobody answered.
  const confirmed = await ok(['review', 'confirm', 'Orders']);
  const after = JSON.parse((await ok(['review', 'evidence', 'Orders', '--format', 'json'])).stdout) as View;
  const suggestedBefore = later.questions.filter((x) => x.suggestion.state === 'suggested' && x.suggestion.selectedChoices.length > 0).map((x) => x.questionId);
  assert.match(confirmed.stdout, new RegExp(suggestedBefore.join(', ') || 'no suggestion'));
  for (const id of suggestedBefore) assert.equal(q(after, id)?.suggestion.state, 'confirmed', id);
  assert.ok(suggestedBefore.length > 0, 'the scan suggested answers to confirm');
  assert.equal(confirmed.stdout, `confirmed suggestions: ${suggestedBefore.join(', ')}\n`);
  assert.equal((await ok(['review', 'confirm', 'Orders'])).stdout, 'no suggestion confirmed\n');
  assert.equal((await ok(['review', 'confirm', 'Orders', '--lang', 'ja'])).stdout, '確認した提案はありません\n');
  assert.deepEqual(q(after, 'OPS1')?.answer?.selectedChoices, ['ops1_managed_metrics']);

  const text = (await ok(['review', 'evidence', 'Orders', '--lang', 'ja'])).stdout;
  assert.match(text, /エビデンスからの提案/);
  assert.match(text, /template\.yaml:2 {2}Fn {2}関数 Fn/);
  const en = (await ok(['review', 'evidence', 'Orders'])).stdout;
  assert.match(en, /✗ Use distributed tracing.*\(1 of 1 function failing\)/);

  // Deleting the workload takes its evidence along (foreign keys cascade).
  await ok(['workload', 'delete', 'Orders']);
});

dbTest('import-scan refuses what it cannot attach: unknown workload, no readable template', async (db, t) => {
  useDb(db, t);
  const missing = await runCli(['review', 'import-scan', 'Nope', fixture('scan', 'clean'), ...TODAY]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no workload/);
  await ok(['workload', 'create', '--name', 'Empty', '--lens', 'serverless']);
  const empty = await runCli(['review', 'import-scan', 'Empty', fixture('scan', 'empty'), ...TODAY]);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /no readable template/);
  assert.doesNotMatch(empty.stderr, /\n\s+at /);
});
