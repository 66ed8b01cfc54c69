// `slens profile …`: the template, create from --answer options and a JSON file, list, show, update (answers laid
// over the stored ones), attach and detach; the review's text then marks prioritized questions; bad input exits 2
// naming what is wrong, in English and Japanese; SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dbTest, useDb } from '../helpers/db.js';

async function ok(args: string[]) {
  const run = await runCli(args);
  assert.equal(run.code, 0, `${args.join(' ')}\n${run.stderr}`);
  return run;
}

dbTest('slens profile: create, list, show, update, attach, detach, delete; bad answers exit 2', async (db, t) => {
  useDb(db, t);
  const template = await ok(['profile', 'template', '--lang', 'ja']);
  assert.match(template.stdout, /focus: このワークロードでいま最も大切なことは何ですか？ \(0–2\)/);
  assert.match(template.stdout, /focus_security: セキュリティとコンプライアンス → SEC1, SEC2, SEC3/);

  const file = join(db.dir, 'profile.json');
  writeFileSync(file, JSON.stringify({ profileName: 'From a file', description: 'regulated', answers: { data: ['data_regulated'], traffic: ['traffic_steady'] } }));
  const created = JSON.parse((await ok(['profile', 'create', '--file', file, '--answer', 'traffic=traffic_spiky', '--format', 'json'])).stdout);
  assert.deepEqual([created.profileName, created.description, created.prioritizedQuestions], ['From a file', 'regulated', ['OPS1', 'PERF1', 'REL1', 'SEC1', 'SEC2', 'SEC3']]);
  await ok(['profile', 'create', '--name', 'Cost first', '--answer', 'focus=focus_cost, focus_time_to_market']);

  const list = await ok(['profile', 'list']);
  assert.deepEqual(list.stdout.trim().split('\n').map((l) => l.split('\t')[0]), ['Cost first', 'From a file']);
  const shown = await ok(['profile', 'show', 'cost first', '--lang', 'ja']);
  assert.match(shown.stdout, /変更をすばやく出すこと \[focus_time_to_market\], コストを抑えること \[focus_cost\]/);
  assert.match(shown.stdout, /優先する質問: COST1, OPS1, OPS2, PERF1/);

  // --answer changes one question and keeps the others; "question=" clears one.
  const updated = JSON.parse((await ok(['profile', 'update', 'From a file', '--answer', 'data=', '--format', 'json'])).stdout);
  assert.deepEqual([updated.version, updated.prioritizedQuestions], [2, ['PERF1', 'REL1']]);

  await ok(['workload', 'create', '--name', 'Orders']);
  await ok(['answer', 'Orders', 'REL1', '--choices', 'REL1_no']);
  const attached = await ok(['profile', 'attach', 'From a file', '--workload', 'Orders']);
  assert.match(attached.stderr, /attached profile "From a file" to "Orders"/);
  const review = await ok(['review', 'show', 'Orders']);
  assert.match(review.stdout, /Prioritized risks: High 1, Medium 0, None 0, N\/A 0, Unanswered 1/);
  assert.match(review.stdout, /REL1 +High +How do you regulate inbound request rates\? \[Prioritized\]/);
  assert.match(review.stdout, /\[High\] \[Prioritized\] REL1/);
  const reviewJa = await ok(['review', 'show', 'Orders', '--lang', 'ja']);
  assert.match(reviewJa.stdout, /\[優先\]/);
  const workload = await ok(['workload', 'show', 'Orders']);
  assert.match(workload.stdout, /Profile: +From a file/);

  const inUse = await runCli(['profile', 'delete', 'From a file', '--lang', 'ja']);
  assert.equal(inUse.code, 2);
  assert.match(inUse.stderr, /プロファイル「From a file」はワークロード（Orders）に割り当てられています/);
  await ok(['profile', 'detach', '--workload', 'Orders']);
  await ok(['profile', 'delete', 'From a file']);

  for (const [args, message] of [
    [['profile', 'create', '--name', 'Bad', '--answer', 'focus'], /--answer must be <question>=<choice>/],
    [['profile', 'create', '--name', 'Bad', '--answer', 'focus=focus_fun'], /question focus has no choice "focus_fun"/],
    [['profile', 'create', '--answer', 'focus=focus_cost'], /give the profile a name/],
    [['profile', 'show', 'nobody'], /no profile with id or name "nobody"/],
  ] as const) {
    const run = await runCli([...args]);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, message);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  }
  writeFileSync(file, '{"profileName": "x", "answers": [{"questionId": "focus"}]}');
  const badFile = await runCli(['profile', 'create', '--file', file]);
  assert.equal(badFile.code, 2);
  assert.match(badFile.stderr, /profile\.json.*answers\[0\] needs "questionId" \(text\) and "selectedChoiceIds"/s);
});
