// A hand-built scan result with every kind of entry, for formatter tests.
import type { Finding } from '../../src/rules/types.js';
import type { ScanResult } from '../../src/scan/types.js';

function finding(over: Partial<Finding> & Pick<Finding, 'ruleId' | 'severity' | 'location'>): Finding {
  return {
    aliases: [],
    messageId: 'missing',
    message: { en: `${over.ruleId} message <&> "quoted" | pipe`, ja: `${over.ruleId} のメッセージ` },
    resource: { logicalId: 'Fn', type: 'AWS::Lambda::Function' },
    ...over,
  };
}

export function sampleResult(): ScanResult {
  const findings: Finding[] = [
    finding({ ruleId: 'sqs-redrive-policy', severity: 'error', aliases: ['ES6000'], lens: { pillar: 'reliability', question: 'REL2', choice: 'rel2_failures' }, location: { file: 'b/template.yaml', line: 30, column: 3 }, resource: { logicalId: 'Queue', type: 'AWS::SQS::Queue' } }),
    finding({ ruleId: 'lambda-tracing', severity: 'warning', aliases: ['WS1000'], lens: { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_tracing' }, location: { file: 'a/template.yaml', line: 12, column: 3 } }),
    finding({ ruleId: 'lambda-runtime-end-of-life', severity: 'info', aliases: ['E2531'], lens: { pillar: 'operationalExcellence', question: 'OPS2', choice: 'ops2_runtime_deprecation' }, location: { file: 'a/template.yaml', line: 15, column: 7 } }),
    finding({ ruleId: 'template-duplicate-key', severity: 'error', messageId: 'duplicate', location: { file: 'c/dup.yaml', line: 8, column: 5 }, resource: { logicalId: '', type: '' } }),
  ];
  return {
    files: ['b/template.yaml', 'a/template.yaml', 'c/dup.yaml'],
    findings,
    suppressed: [
      {
        ...finding({ ruleId: 'lambda-explicit-memory', severity: 'error', aliases: ['ES1005'], lens: { pillar: 'performance', question: 'PERF1', choice: 'perf1_capacity' }, location: { file: 'a/template.yaml', line: 10, column: 3 } }),
        suppression: { source: 'resource', reason: 'sized by the platform team' },
      },
    ],
    errors: [{ file: 'd/broken.yaml', line: 4, column: 2, code: 'yaml-syntax', message: 'bad indentation of a mapping entry' }],
    outcomes: [
      { ruleId: 'lambda-tracing', file: 'a/template.yaml', logicalId: 'Fn', resourceType: 'AWS::Lambda::Function', status: 'fail' },
      { ruleId: 'lambda-tracing', file: 'b/template.yaml', logicalId: 'Other', resourceType: 'AWS::Lambda::Function', status: 'pass' },
      { ruleId: 'lambda-explicit-memory', file: 'a/template.yaml', logicalId: 'Fn', resourceType: 'AWS::Lambda::Function', status: 'fail' },
      { ruleId: 'lambda-runtime-end-of-life', file: 'a/template.yaml', logicalId: 'Fn', resourceType: 'AWS::Lambda::Function', status: 'fail' },
      { ruleId: 'lambda-runtime-end-of-life', file: 'b/template.yaml', logicalId: 'Other', resourceType: 'AWS::Lambda::Function', status: 'unknown' },
      { ruleId: 'sqs-redrive-policy', file: 'b/template.yaml', logicalId: 'Queue', resourceType: 'AWS::SQS::Queue', status: 'fail' },
    ],
    resources: 5,
    today: '2026-11-25',
  };
}

export function emptyResult(): ScanResult {
  return { files: ['ok.yaml'], findings: [], suppressed: [], errors: [], outcomes: [], resources: 2, today: '2026-11-25' };
}
