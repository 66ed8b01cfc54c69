// Suppressions: template Metadata (slens and cfn-lint), per resource, config; reasons are required.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyConfig, parseConfig } from '../../src/scan/config.js';
import { scanTemplate } from '../../src/scan/run.js';
import type { Template } from '../../src/iac/types.js';
import type { ScanConfig } from '../../src/scan/config.js';
import { RULES } from '../../src/rules/index.js';
import { bareFunction, template } from './build.js';

// The suppression mechanics are checked against the rules these cases were written for; new rules would only
// add unrelated findings to the bare functions.
const CORE = new Set(['lambda-explicit-memory', 'lambda-explicit-timeout', 'lambda-log-retention', 'lambda-tracing', 'lambda-runtime-end-of-life', 'sns-subscription-redrive-policy', 'sqs-redrive-policy']);
const CORE_RULES = RULES.filter((r) => CORE.has(r.id));

function scan(t: Template, config: ScanConfig = emptyConfig('/work'), text?: string) {
  return scanTemplate(t, { rules: CORE_RULES, config, env: { today: '2026-11-25' }, displayFile: t.file, absoluteFile: `/work/${t.file}`, ...(text ? { text } : {}) });
}

const ids = (findings: { ruleId: string }[]): string[] => findings.map((f) => f.ruleId).sort();

test('without suppressions a bare function fails four rules', () => {
  const result = scan(template('t.yaml', [bareFunction('Fn', 2)]));
  assert.deepEqual(ids(result.findings), ['lambda-explicit-memory', 'lambda-explicit-timeout', 'lambda-log-retention', 'lambda-tracing']);
  assert.deepEqual(result.suppressed, []);
});

test('a resource suppression with a reason silences the rule for that resource only', () => {
  const meta = { slens: { ignore: [{ rule: 'lambda-tracing', reason: 'traced by the caller' }] } };
  const result = scan(template('t.yaml', [bareFunction('Fn', 2, meta), bareFunction('Other', 9)]));
  const tracing = result.findings.filter((f) => f.ruleId === 'lambda-tracing').map((f) => f.resource.logicalId);
  assert.deepEqual(tracing, ['Other']);
  assert.equal(result.suppressed.length, 1);
  assert.deepEqual(result.suppressed[0]?.suppression, { source: 'resource', reason: 'traced by the caller' });
  assert.equal(result.findings.filter((f) => f.ruleId === 'suppression-without-reason').length, 0);
});

test('aliases work in suppressions (WS1000 = lambda-tracing), case-insensitively', () => {
  const meta = { slens: { ignore: [{ rule: 'ws1000', reason: 'migrated from serverless-rules' }] } };
  const result = scan(template('t.yaml', [bareFunction('Fn', 2, meta)]));
  assert.ok(!result.findings.some((f) => f.ruleId === 'lambda-tracing'));
  assert.equal(result.suppressed[0]?.ruleId, 'lambda-tracing');
});

test('a suppression without a reason still applies and is reported at the resource', () => {
  const meta = { slens: { ignore: [{ rule: 'lambda-tracing' }, 'lambda-explicit-memory', { rule: 'lambda-explicit-timeout', reason: '   ' }] } };
  const result = scan(template('t.yaml', [bareFunction('Fn', 4, meta)]));
  assert.equal(result.suppressed.length, 3);
  const problems = result.findings.filter((f) => f.ruleId === 'suppression-without-reason');
  assert.equal(problems.length, 3);
  assert.ok(problems.every((p) => p.messageId === 'missing' && p.location.line === 4 && p.severity === 'warning'));
  assert.match(problems[0]?.message.en ?? '', /has no reason/);
  assert.match(problems[0]?.message.ja ?? '', /理由がありません/);
});

test('template-wide suppressions, optionally limited to resources; the problem line is found in the text', () => {
  const text = 'Metadata:\n  slens:\n    ignore:\n      - rule: lambda-explicit-memory\n      - rule: lambda-tracing\n        reason: x-ray costs\n        resources: [Fn]\nResources: {}\n';
  const metadata = { slens: { ignore: [{ rule: 'lambda-explicit-memory' }, { rule: 'lambda-tracing', reason: 'x-ray costs', resources: ['Fn'] }] } };
  const result = scan(template('t.yaml', [bareFunction('Fn', 10), bareFunction('Other', 20)], metadata), emptyConfig('/work'), text);
  assert.ok(!result.findings.some((f) => f.ruleId === 'lambda-explicit-memory'));
  assert.deepEqual(result.findings.filter((f) => f.ruleId === 'lambda-tracing').map((f) => f.resource.logicalId), ['Other']);
  const problem = result.findings.find((f) => f.ruleId === 'suppression-without-reason');
  assert.equal(problem?.location.line, 4);
  assert.equal(result.suppressed.find((s) => s.ruleId === 'lambda-tracing')?.suppression.source, 'template');
});

test('cfn-lint ignore_checks silence aliased rules by prefix and are reported as info; other ids are left alone', () => {
  const metadata = { 'cfn-lint': { config: { ignore_checks: ['ES1005', 'W3005', 'WS1'] } } };
  const result = scan(template('t.yaml', [bareFunction('Fn', 2)], metadata));
  assert.deepEqual(ids(result.findings.filter((f) => f.ruleId !== 'suppression-without-reason')), ['lambda-explicit-timeout']);
  const notes = result.findings.filter((f) => f.ruleId === 'suppression-without-reason');
  assert.ok(notes.length >= 2 && notes.every((n) => n.severity === 'info' && n.messageId === 'cfnLint'));
  assert.ok(result.suppressed.every((s) => s.suppression.source === 'cfn-lint'));
});

test('cfn-lint ignore_checks on a resource apply to that resource', () => {
  const meta = { 'cfn-lint': { config: { ignore_checks: ['WS1000'] } } };
  const result = scan(template('t.yaml', [bareFunction('Fn', 2, meta), bareFunction('Other', 9)]));
  assert.deepEqual(result.findings.filter((f) => f.ruleId === 'lambda-tracing').map((f) => f.resource.logicalId), ['Other']);
});

test('a suppression naming an unknown rule is reported and suppresses nothing', () => {
  const meta = { slens: { ignore: [{ rule: 'lamda-tracing', reason: 'typo' }] } };
  const result = scan(template('t.yaml', [bareFunction('Fn', 2, meta)]));
  assert.ok(result.findings.some((f) => f.ruleId === 'lambda-tracing'));
  const problem = result.findings.find((f) => f.ruleId === 'suppression-without-reason');
  assert.equal(problem?.messageId, 'unknownRule');
  assert.match(problem?.message.en ?? '', /lamda-tracing/);
});

test('a suppression on a SAM source resource applies to resources expanded from it', () => {
  const meta = { slens: { ignore: [{ rule: 'sns-subscription-redrive-policy', reason: 'best-effort notifications' }] } };
  const t = template('t.yaml', [
    { id: 'Fn', type: 'AWS::Lambda::Function', line: 3, properties: { MemorySize: 1, Timeout: 1, TracingConfig: { Mode: 'Active' } }, metadata: meta },
    { id: 'FnTopicSub', type: 'AWS::SNS::Subscription', line: 3, properties: { Protocol: 'lambda' }, origin: { logicalId: 'Fn', type: 'AWS::Serverless::Function' } },
  ]);
  const result = scan(t);
  assert.ok(!result.findings.some((f) => f.ruleId === 'sns-subscription-redrive-policy'));
  assert.equal(result.suppressed.filter((s) => s.ruleId === 'sns-subscription-redrive-policy').length, 1);
});

test('config: rules off, severity changes, suppressions by path and resource with reasons', () => {
  const config = parseConfig(
    [
      'rules:',
      '  lambda-tracing: off',
      '  ES1005: info',
      'ignore:',
      '  - rule: lambda-explicit-timeout',
      '    reason: legacy stack',
      '    paths: ["legacy/**"]',
      '  - rule: lambda-log-retention',
      '    resources: [Fn]',
      '',
    ].join('\n'),
    '.slens.yml',
    '/work',
  );
  const legacy = scanTemplate(template('legacy/t.yaml', [bareFunction('Fn', 2)]), { rules: RULES, config, env: { today: '2026-11-25' }, displayFile: 'legacy/t.yaml', absoluteFile: '/work/legacy/t.yaml' });
  assert.ok(!legacy.findings.some((f) => f.ruleId === 'lambda-tracing'));
  assert.equal(legacy.findings.find((f) => f.ruleId === 'lambda-explicit-memory')?.severity, 'info');
  assert.ok(!legacy.findings.some((f) => f.ruleId === 'lambda-explicit-timeout'));
  assert.ok(!legacy.findings.some((f) => f.ruleId === 'lambda-log-retention'));
  assert.ok(!legacy.outcomes.some((o) => o.ruleId === 'lambda-tracing'), 'a disabled rule does not run');
  const other = scanTemplate(template('src/t.yaml', [bareFunction('Fn', 2)]), { rules: RULES, config, env: { today: '2026-11-25' }, displayFile: 'src/t.yaml', absoluteFile: '/work/src/t.yaml' });
  assert.ok(other.findings.some((f) => f.ruleId === 'lambda-explicit-timeout'));
  assert.equal(other.suppressed.find((s) => s.ruleId === 'lambda-log-retention')?.suppression.source, 'config');
});
