// Evidence per lens choice: statuses and counts from rule outcomes, suppressions left out, suggested answers
// and their risk, and the JSON / text / Markdown views of it in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeEvidence } from '../../src/scan/evidence.js';
import { loadBuiltinLens } from '../../src/lens/builtin.js';
import { evaluateRisk } from '../../src/lens/risk.js';
import { formatJson } from '../../src/report/json.js';
import { formatText } from '../../src/report/text.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { runCli } from '../helpers/cli.js';
import { fixture } from '../helpers/repo.js';
import { emptyResult, sampleResult } from '../report/sample.js';

const lensChoices = loadBuiltinLens('en').pillars.flatMap((p) => p.questions.flatMap((q) => q.choices.filter((c) => !c.id.endsWith('_no')).map((c) => `${q.id}/${c.id}`)));

test('evidence covers the 38 choices of the built-in lens in lens order, without "None of these"', () => {
  const { choices, answers } = computeEvidence(emptyResult());
  assert.equal(lensChoices.length, 38);
  assert.deepEqual(choices.map((c) => `${c.question}/${c.choice}`), lensChoices);
  assert.ok(choices.every((c) => c.status === 'unknown' && c.passed === 0 && c.failed === 0));
  assert.deepEqual(answers.map((a) => a.question), ['OPS1', 'OPS2', 'SEC1', 'SEC2', 'SEC3', 'REL1', 'REL2', 'PERF1', 'COST1']);
  assert.ok(answers.every((a) => a.selectedChoices.length === 0 && a.risk === 'UNANSWERED'));
});

test('a fail on one resource contradicts; passes support; suppressed and unknown results decide nothing', () => {
  const { choices } = computeEvidence(sampleResult());
  const get = (id: string) => choices.find((c) => c.choice === id);
  const tracing = get('ops1_tracing');
  assert.equal(tracing?.status, 'contradicted');
  assert.deepEqual([tracing?.passed, tracing?.failed], [1, 1]);
  assert.deepEqual(tracing?.findings.map((f) => f.ruleId), ['lambda-tracing']);
  assert.ok(tracing?.rules.includes('lambda-tracing'));
  // The passing resource is named with its file (and line when the scan knew it); the judged kinds are listed.
  assert.equal(tracing?.passes.length, 1);
  assert.ok(tracing?.passes.every((p) => typeof p.file === 'string' && p.file.length > 0 && p.resourceType.length > 0));
  assert.ok(tracing?.passes.every((p) => !tracing.findings.some((f) => f.resource.logicalId === p.logicalId && f.location.file === p.file)));
  // lambda-explicit-memory failed only where it was suppressed: that is a person's decision, not evidence.
  const capacity = get('perf1_capacity');
  assert.deepEqual([capacity?.status, capacity?.passed, capacity?.failed], ['unknown', 0, 0]);
  // An unknown outcome (symbolic runtime) counts for neither side.
  const runtime = get('ops2_runtime_deprecation');
  assert.deepEqual([runtime?.status, runtime?.passed, runtime?.failed], ['contradicted', 0, 1]);
});

test('supported choices become the suggested answer, with the risk the lens rules give it', () => {
  const result = emptyResult();
  result.outcomes.push(
    { ruleId: 'lambda-tracing', file: 't.yaml', logicalId: 'A', resourceType: 'AWS::Lambda::Function', status: 'pass' },
    { ruleId: 'lambda-tracing', file: 't.yaml', logicalId: 'B', resourceType: 'AWS::Lambda::Function', status: 'pass' },
  );
  const { choices, answers } = computeEvidence(result);
  const tracing = choices.find((c) => c.choice === 'ops1_tracing');
  assert.deepEqual([tracing?.status, tracing?.passed, tracing?.failed], ['supported', 2, 0]);
  const ops1 = answers.find((a) => a.question === 'OPS1');
  assert.deepEqual(ops1?.selectedChoices, ['ops1_tracing']);
  const question = loadBuiltinLens('en').pillars[0]?.questions.find((q) => q.id === 'OPS1');
  assert.ok(question);
  assert.equal(ops1?.risk, evaluateRisk(question, ['ops1_tracing']).risk);
  assert.equal(ops1?.risk, 'HIGH_RISK');
});

test('json: evidence has the contract shape, findings are indices into findings[]', () => {
  const doc = JSON.parse(formatJson(sampleResult(), { lang: 'en' })) as {
    findings: { ruleId: string }[];
    evidence: Record<string, unknown>[];
    suggestions: { question: string; selectedChoices: string[]; risk: string }[];
  };
  assert.equal(doc.evidence.length, 38);
  for (const e of doc.evidence) assert.deepEqual(Object.keys(e), ['pillar', 'question', 'choice', 'status', 'passed', 'failed', 'findings', 'rules']);
  const tracing = doc.evidence.find((e) => e['choice'] === 'ops1_tracing') as { findings: number[]; status: string };
  assert.equal(tracing.status, 'contradicted');
  assert.deepEqual(tracing.findings.map((i) => doc.findings[i]?.ruleId), ['lambda-tracing']);
  const redrive = doc.evidence.find((e) => e['choice'] === 'rel2_failures') as { findings: number[] };
  assert.deepEqual(redrive.findings.map((i) => doc.findings[i]?.ruleId), ['sqs-redrive-policy']);
  assert.equal(doc.suggestions.length, 9);
});

test('text and markdown show a lens view with marks and the suggested risk, in English and Japanese', () => {
  const text = formatText(sampleResult(), { lang: 'en' });
  assert.match(text, /Serverless Lens evidence/);
  assert.match(text, /OPS1 .* — suggested answer: unanswered/);
  assert.match(text, /✗ Use distributed tracing.*\(1 of 2 functions failing\)/);
  assert.ok(text.indexOf('Serverless Lens evidence') < text.indexOf('Findings: '), 'lens view comes before the findings');
  const ja = formatText(sampleResult(), { lang: 'ja' });
  assert.match(ja, /Serverless Lens のエビデンス/);
  assert.match(ja, /回答の提案: 未回答/);
  assert.match(ja, /✗ .*\(2 個の関数のうち 1 個が不適合\)/);
  const md = formatMarkdown(sampleResult(), { lang: 'en' });
  assert.match(md, /## Serverless Lens evidence/);
  assert.match(md, /\| ✗ \| Use distributed tracing[^|]*\| 1 of 2 functions failing \| [^\n]*`lambda-tracing`/);
  assert.match(formatMarkdown(sampleResult(), { lang: 'ja' }), /\| ✗ \| [^|]+\| 2 個の関数のうち 1 個が不適合 \|/);
});

test('slens scan of a clean app: supported choices with counts, suggested answers in JSON', async () => {
  const run = await runCli(['scan', fixture('scan', 'clean'), '--format', 'json', '--today', '2026-11-25']);
  assert.equal(run.code, 0, run.stderr);
  const doc = JSON.parse(run.stdout) as { evidence: { choice: string; status: string; passed: number; failed: number }[] };
  const tracing = doc.evidence.find((e) => e.choice === 'ops1_tracing');
  assert.deepEqual(tracing, { ...tracing, status: 'supported', failed: 0 });
  assert.ok((tracing?.passed ?? 0) >= 1);
  assert.ok(doc.evidence.every((e) => e.status !== 'contradicted'));
});

test('evidence weighs severity: info-level notes alone neither contradict nor support a choice', () => {
  const outcome = (logicalId: string, status: 'pass' | 'fail', severity?: 'info' | 'warning') => ({ ruleId: 'lambda-tracing', file: 't.yaml', logicalId, resourceType: 'AWS::Lambda::Function', status, ...(severity ? { severity } : {}) });
  const finding = (logicalId: string, severity: 'info' | 'warning') => ({
    ruleId: 'lambda-tracing', aliases: [], severity, lens: { pillar: 'operationalExcellence' as const, question: 'OPS1', choice: 'ops1_tracing' }, messageId: 'm', message: { en: 'x', ja: 'x' },
    resource: { logicalId, type: 'AWS::Lambda::Function' }, location: { file: 't.yaml', line: 1, column: 1 },
  });
  const tracing = (outcomes: ReturnType<typeof outcome>[], findings: ReturnType<typeof finding>[]) =>
    computeEvidence({ ...emptyResult(), outcomes, findings }).choices.find((c) => c.choice === 'ops1_tracing');
  const notes = tracing([outcome('A', 'pass'), outcome('B', 'fail', 'info')], [finding('B', 'info')]);
  assert.deepEqual([notes?.status, notes?.passed, notes?.failed, notes?.findings.length], ['unknown', 1, 0, 1]);
  const onlyNotes = tracing([outcome('B', 'fail', 'info')], [finding('B', 'info')]);
  assert.equal(onlyNotes?.status, 'unknown');
  const warning = tracing([outcome('A', 'pass'), outcome('B', 'fail', 'warning')], [finding('B', 'warning')]);
  assert.deepEqual([warning?.status, warning?.passed, warning?.failed], ['contradicted', 1, 1]);
  // A resource with a note from one rule and a warning from the same choice is a failure.
  const both = tracing([outcome('B', 'fail', 'info'), { ...outcome('B', 'fail', 'warning') }], [finding('B', 'info'), finding('B', 'warning')]);
  assert.deepEqual([both?.status, both?.failed], ['contradicted', 1]);
});

test('with nothing suppressed, a failure still contradicts (the no-suppression shortcut keeps failures)', () => {
  const result = { ...sampleResult(), suppressed: [] };
  const { choices } = computeEvidence(result);
  const get = (id: string) => choices.find((c) => c.choice === id);
  assert.deepEqual([get('ops1_tracing')?.status, get('ops1_tracing')?.passed, get('ops1_tracing')?.failed], ['contradicted', 1, 1]);
  // The failure that was suppressed before now counts: the choice is contradicted by it.
  assert.equal(get('perf1_capacity')?.status, 'contradicted');
  assert.ok((get('perf1_capacity')?.failed ?? 0) >= 1);
});

test('passing resources carry file:line from a real scan, sorted; counts name the resource kind in both languages', async () => {
  const { iacLoader } = await import('../../src/scan/iac-loader.js');
  const { scanFiles } = await import('../../src/scan/scan-files.js');
  const { emptyConfig } = await import('../../src/scan/config.js');
  const { countsText, kindWords } = await import('../../src/report/lens-view.js');
  const loader = await iacLoader();
  const result = scanFiles([fixture('scan', 'findings', 'template.yaml')], { loader, config: emptyConfig(process.cwd()), today: '2026-11-25', cwd: process.cwd() });
  const all = computeEvidence(result).choices;
  const withPasses = all.filter((c) => c.passes.length > 0);
  assert.ok(withPasses.length > 0, 'the fixture has passing resources');
  for (const c of all) {
    assert.equal(c.passes.length, c.passed, `${c.choice}: every pass is named`);
    for (const p of c.passes) assert.ok(Number.isInteger(p.line) && (p.line ?? 0) > 0, `${c.choice}: ${p.logicalId} has a line`);
    const keys = c.passes.map((p) => `${p.file}:${String(p.line).padStart(6, '0')}:${p.logicalId}`);
    assert.deepEqual(keys, [...keys].sort());
  }
  assert.deepEqual(kindWords(['AWS::Lambda::Function']), { one: 'function', many: 'functions', ja: '関数' });
  assert.deepEqual(kindWords(['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api']).many, 'APIs');
  assert.equal(kindWords(['AWS::Lambda::Function', 'AWS::SQS::Queue']).many, 'resources');
  assert.equal(kindWords(['AWS::Foo::Bar']).many, 'resources');
  assert.equal(kindWords(undefined).many, 'resources');
  const fn = ['AWS::Lambda::Function'];
  assert.equal(countsText({ status: 'contradicted', passed: 1, failed: 3, rules: ['r'], resourceTypes: fn }, 'en'), '3 of 4 functions failing');
  assert.equal(countsText({ status: 'contradicted', passed: 1, failed: 3, rules: ['r'], resourceTypes: fn }, 'ja'), '4 個の関数のうち 3 個が不適合');
  assert.equal(countsText({ status: 'contradicted', passed: 1, failed: 1, rules: ['r'] }, 'en'), '1 of 2 resources failing');
  assert.equal(countsText({ status: 'supported', passed: 1, failed: 0, rules: ['r'], resourceTypes: ['AWS::SQS::Queue'] }, 'en'), '1 of 1 queue passing');
  assert.equal(countsText({ status: 'supported', passed: 2, failed: 0, rules: ['r'], resourceTypes: ['AWS::Logs::LogGroup'] }, 'ja'), '2 個のロググループすべてが適合');
});
