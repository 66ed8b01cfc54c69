// A whole review with the CLI on SQLite and PostgreSQL: workloads, lens import, answers whose risks agree
// with the lens rules, review show in every format, milestones, export/import, tokens, and refusals (exit 2).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltinLens } from '../../src/lens/builtin.js';
import type { Lens } from '../../src/lens/types.js';
import { expectedCounts, fixtureLens, planAnswers } from '../helpers/answers.js';
import { runCli } from '../helpers/cli.js';
import { dbTest, useDb } from '../helpers/db.js';
import { fixture } from '../helpers/repo.js';


async function ok(args: string[]) {
  const run = await runCli(args);
  assert.equal(run.code, 0, `slens ${args.join(' ')}\n${run.stderr}`);
  return run;
}

async function refused(args: string[], message: RegExp) {
  const run = await runCli(args);
  assert.equal(run.code, 2, `slens ${args.join(' ')} should exit 2`);
  assert.match(run.stderr, message);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  return run;
}

async function answerPlan(workload: string, alias: string, lens: Lens, seed: number) {
  const plan = planAnswers(lens, seed);
  for (const a of plan) {
    const args = ['answer', workload, a.questionId, '--lens', alias, '--format', 'json'];
    if (!a.isApplicable) args.push('--not-applicable', 'architecture-constraints');
    else args.push('--choices', a.selectedChoices.join(','));
    const answer = JSON.parse((await ok(args)).stdout);
    assert.equal(answer.risk, a.expected, `${alias} ${a.questionId}`);
  }
  const review = JSON.parse((await ok(['review', 'show', workload, '--lens', alias, '--format', 'json'])).stdout);
  const { total, pillars } = expectedCounts(plan);
  assert.deepEqual(review.riskCounts, total);
  for (const p of review.pillars) assert.deepEqual(p.riskCounts, pillars.get(p.id));
  assert.deepEqual(review.questions.map((q: { id: string; risk: string }) => [q.id, q.risk]), plan.map((a) => [a.questionId, a.expected]));
  return review;
}

dbTest('the CLI reviews a workload end to end', async (db, t) => {
  useDb(db, t);
  const created = JSON.parse((await ok(['workload', 'create', '--name', 'Checkout', '--environment', 'preproduction', '--regions', 'eu-west-1, ap-northeast-1', '--lens', 'serverless', '--format', 'json'])).stdout);
  assert.deepEqual([created.environment, created.awsRegions, created.lenses], ['PREPRODUCTION', ['eu-west-1', 'ap-northeast-1'], ['serverless']]);
  const imported = await ok(['lens', 'import', fixture('lenses', 'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json'), '--alias', 'orr', '--format', 'json']);
  assert.equal(JSON.parse(imported.stdout).created, true);
  assert.match((await ok(['lens', 'import', fixture('lenses', 'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json'), '--alias', 'orr'])).stdout, /already stored/);
  assert.match((await ok(['lens', 'import', fixture('lenses', 'ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json'), '--alias', 'orr', '--lang', 'ja'])).stdout, /\t同じ内容が登録済みです$/m);
  await ok(['workload', 'create', '--name', 'Readiness', '--lens', 'orr', '--lens', 'serverless']);

  const review = await answerPlan('checkout', 'serverless', loadBuiltinLens('en'), 11);
  // The JSON contract of `review show`: exactly these keys.
  assert.deepEqual(Object.keys(review), ['workload', 'lens', 'riskCounts', 'pillars', 'questions', 'improvementPlan']);
  assert.deepEqual(Object.keys(review.pillars[0]), ['id', 'name', 'answered', 'total', 'riskCounts']);
  assert.deepEqual(Object.keys(review.questions[0]), ['id', 'pillarId', 'title', 'risk', 'selectedChoices', 'notApplicable', 'reason', 'notes']);
  assert.equal(review.workload.name, 'Checkout');
  await answerPlan('Readiness', 'orr', fixtureLens('ORR-Lens_ORR-Whitepaper-Sample-PUBLISHED.json'), 12);
  await refused(['review', 'show', 'Readiness'], /several lenses \(orr, serverless\); choose one with --lens/);

  const text = (await ok(['review', 'show', 'Checkout'])).stdout;
  assert.match(text, /^Workload: Checkout\nLens: .*serverless/);
  assert.match(text, /Operational Excellence\s+\d\/2/);
  const ja = (await ok(['review', 'show', 'Checkout', '--lang', 'ja'])).stdout;
  assert.match(ja, /^ワークロード: Checkout/);
  assert.match(ja, /改善計画|柱/);
  const md = (await ok(['review', 'show', 'Checkout', '--format', 'markdown'])).stdout;
  assert.match(md, /^# .*Checkout/);

  // Notes at the limit, counted as a person counts them.
  const notes = '🙂'.repeat(2084);
  const noted = JSON.parse((await ok(['answer', 'Checkout', 'REL2', '--notes', notes, '--format', 'json'])).stdout);
  assert.equal(noted.notes, notes);

  // Milestones and their comparison (SEC1 and OPS1 set first, so both change whatever the seeded plan gave them).
  await ok(['answer', 'Checkout', 'SEC1', '--choices', 'SEC1_no']);
  await ok(['answer', 'Checkout', 'OPS1', '--choices', 'ops1_managed_metrics,ops1_tracing,ops1_structured_logging,ops1_application_metrics']);
  await ok(['milestone', 'create', 'Checkout', '--name', 'first review']);
  await ok(['answer', 'Checkout', 'OPS1', '--choices', 'OPS1_no']);
  await ok(['answer', 'Checkout', 'SEC1', '--choices', 'sec1_endpoint_types,sec1_authn_authz,sec1_scoped_access']);
  const second = JSON.parse((await ok(['milestone', 'create', 'Checkout', '--name', 'after fixes', '--format', 'json'])).stdout);
  assert.equal(second.milestoneNumber, 2);
  const listed = JSON.parse((await ok(['milestone', 'list', 'Checkout', '--format', 'json'])).stdout);
  assert.deepEqual(listed.milestones.map((m: { milestoneName: string }) => m.milestoneName), ['first review', 'after fixes']);
  const cmp = JSON.parse((await ok(['milestone', 'compare', 'Checkout', '1', 'current', '--format', 'json'])).stdout);
  const byId = new Map(cmp.lenses[0].changes.map((c: { id: string }) => [c.id, c]));
  assert.equal((byId.get('SEC1') as { targetRisk: string }).targetRisk, 'NONE');
  assert.equal((byId.get('OPS1') as { targetRisk: string }).targetRisk, 'HIGH');
  assert.match((await ok(['milestone', 'compare', 'Checkout', 'first review', '2'])).stdout, /SEC1 .* → None/);
  await refused(['milestone', 'create', 'Checkout', '--name', 'after fixes'], /already has a milestone named "after fixes"/);
  await refused(['milestone', 'compare', 'Checkout', '7', 'current'], /no milestone "7"/);

  // Export, import as a copy, delete the original.
  const file = join(db.dir, 'checkout.json');
  await ok(['workload', 'export', 'Checkout', '--output', file]);
  const copy = JSON.parse((await ok(['workload', 'import', file, '--name', 'Checkout copy', '--format', 'json'])).stdout);
  assert.equal(copy.workloadName, 'Checkout copy');
  const original = JSON.parse((await ok(['workload', 'show', 'Checkout', '--format', 'json'])).stdout);
  assert.deepEqual(copy.riskCounts, original.riskCounts);
  await refused(['workload', 'import', file], /A workload named "Checkout" already exists; choose another name\./);
  assert.match((await ok(['workload', 'delete', 'Checkout'])).stderr, /^slens: deleted workload "Checkout" \(\S+\)\n$/);
  await ok(['workload', 'create', '--name', 'Temporary']);
  assert.match((await ok(['workload', 'delete', 'Temporary', '--lang', 'ja'])).stderr, /^slens: ワークロード「Temporary」（\S+）を削除しました\n$/);
  await refused(['workload', 'show', 'Checkout'], /no workload with id or name "Checkout"/);
  const all = JSON.parse((await ok(['workload', 'list', '--format', 'json'])).stdout);
  assert.deepEqual(all.workloads.map((w: { workloadName: string }) => w.workloadName), ['Checkout copy', 'Readiness']);
  assert.match((await ok(['workload', 'list'])).stdout, /Checkout copy\s+PREPRODUCTION\s+serverless/);
});

dbTest('the CLI refuses bad answers with exit 2 and stores nothing', async (db, t) => {
  useDb(db, t);
  const strict = JSON.parse((await ok(['workload', 'create', '--name', 'Strict', '--format', 'json'])).stdout);
  assert.deepEqual(strict.lenses, ['serverless'], 'the built-in lens unless --lens says otherwise');
  await refused(['answer', 'Strict', 'OPS1', '--choices', 'ops1_nope'], /question OPS1 has no choice "ops1_nope"/);
  await refused(['answer', 'Strict', 'OPS1', '--choices', 'OPS1_no,ops1_tracing'], /"None of these" \(OPS1_no\) cannot be selected together with other choices/);
  await refused(['answer', 'Strict', 'OPS1', '--notes', 'あ'.repeat(2085)], /slens: notes must be at most 2084 characters \(got 2085\)/);
  await refused(['answer', 'Strict', 'OPS1', '--notes', 'あ'.repeat(2085), '--lang', 'ja'], /メモは2084文字以内/);
  await refused(['answer', 'Strict', 'OPS1', '--not-applicable', 'bored'], /slens: reason must be one of OUT_OF_SCOPE/);
  await refused(['answer', 'Strict', 'OPS1', '--not-applicable', 'other', '--choices', 'ops1_tracing'], /cannot have selected choices/);
  await refused(['answer', 'Strict', 'NOPE9', '--choices', 'x'], /has no question "NOPE9"/);
  await refused(['answer', 'Nobody', 'OPS1', '--choices', 'OPS1_no'], /no workload with id or name "Nobody"/);
  await refused(['answer', 'Strict', 'OPS1', '--lens', 'other'], /lens "other" is not applied/);
  await refused(['workload', 'create', '--name', 'no', '--environment', 'staging'], /workloadName: A name needs 3 to 100 characters; this one has 2\. environment: Choose production \(PRODUCTION\) or pre-production \(PREPRODUCTION\); "STAGING" is neither\./);
  await refused(['workload', 'create', '--name', 'Strict'], /already exists/);
  await refused(['workload', 'create', '--name', 'Other', '--lens', 'missing'], /no lens "missing"/);
  await refused(['review', 'show', 'Strict', '--format', 'pdf'], /--format must be one of text, json, markdown/);
  const answer = JSON.parse((await ok(['review', 'show', 'Strict', '--format', 'json'])).stdout).questions[0];
  assert.deepEqual([answer.id, answer.risk, answer.selectedChoices, answer.notes], ['OPS1', 'UNANSWERED', [], '']);
  const bad = join(db.dir, 'bad-lens.json');
  writeFileSync(bad, '{"schemaVersion": "2021-11-01",\n  "name": 5 }');
  await refused(['lens', 'import', bad], new RegExp(`^slens: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `));
  const binary = join(db.dir, 'binary.json');
  writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
  await refused(['workload', 'import', binary], /binary\.json:1:1: not valid UTF-8 text/);
});

dbTest('tokens: created once with a role, listed without secrets, revoked', async (db, t) => {
  useDb(db, t);
  const made = JSON.parse((await ok(['token', 'create', '--name', 'ci bot', '--role', 'viewer', '--format', 'json'])).stdout);
  assert.match(made.token, /^slens_[A-Za-z0-9_-]{40,}$/);
  const plain = await ok(['token', 'create', '--name', 'alice']);
  assert.match(plain.stdout.trim(), /^slens_\S+$/);
  assert.match(plain.stderr, /not shown again/);
  const listed = (await ok(['token', 'list', '--format', 'json'])).stdout;
  assert.ok(!listed.includes(made.token), 'secrets are never listed');
  assert.deepEqual(JSON.parse(listed).tokens.map((x: { name: string; role: string }) => [x.name, x.role]), [['alice', 'editor'], ['ci bot', 'viewer']]);
  await refused(['token', 'create', '--name', 'alice'], /already exists/);
  await refused(['token', 'create', '--name', 'eve', '--role', 'root'], /^slens: role: must be admin, editor or viewer \(got "root"\)$/m);
  assert.equal((await ok(['token', 'revoke', 'ci bot'])).stderr, 'slens: revoked token "ci bot"\n');
  await refused(['token', 'revoke', 'ci bot'], /no active token named "ci bot"/);
  assert.match((await ok(['token', 'list'])).stdout, /ci bot\tviewer\t.*\trevoked \d{4}-/);
  assert.match((await ok(['token', 'list', '--lang', 'ja'])).stdout, /ci bot\tviewer\t.*\t失効 \d{4}-/);
  const ja = await ok(['token', 'create', '--name', 'bob', '--lang', 'ja']);
  assert.equal(ja.stderr, 'slens: トークン「bob」（editor）を作成しました。この値は二度と表示されません。Authorization: Bearer <トークン> として送ってください\n');
  assert.equal(plain.stderr, 'slens: created token "alice" (editor); it is not shown again. Send it as "Authorization: Bearer <token>"\n');
  assert.equal((await ok(['token', 'revoke', 'bob', '--lang', 'ja'])).stderr, 'slens: トークン「bob」を失効させました\n');
});
