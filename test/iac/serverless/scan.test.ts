// `slens scan` on a Serverless Framework project: found by name in a folder, rules run unchanged, findings and
// suppressions point at serverless.yml.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { RULES } from '../../../src/rules/index.js';
import { runCase } from '../../rules/rule-tester.js';
import { loadSls, withFolder } from './project.js';

interface Json {
  files: string[];
  findings: { ruleId: string; line: number; resource: string }[];
  suppressed: { ruleId: string }[];
  errors: { code: string; line: number }[];
}

const SLS = `service: app
provider:
  name: aws
  runtime: nodejs22.x
  memorySize: 256
  timeout: 5
functions:
  traced:
    handler: a.handler
    tracing: Active
  plain:
    handler: b.handler
custom:
  slens:
    ignore:
      - rule: log-group-retention
        reason: retention is set by an account-wide policy
`;

test('a folder scan finds serverless.yml; findings point at its lines; custom.slens suppresses', async () => {
  await withFolder({ 'svc/serverless.yml': SLS, 'svc/handler.js': 'export const handler = 1;\n' }, async (dir) => {
    const run = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout) as Json;
    assert.deepEqual(json.files.map((f) => f.endsWith(join('svc', 'serverless.yml'))), [true]);
    const tracing = json.findings.filter((f) => f.ruleId === 'lambda-tracing');
    assert.deepEqual(tracing.map((f) => [f.resource, f.line]), [['PlainLambdaFunction', 11]]);
    assert.ok(!json.findings.some((f) => f.ruleId === 'lambda-explicit-memory'));
    // The framework declares each function's log group: its missing retention is reported once, at the log group.
    assert.ok(json.suppressed.some((f) => f.ruleId === 'log-group-retention'));
    assert.ok(!json.findings.some((f) => f.ruleId === 'lambda-log-retention' || f.ruleId === 'log-group-retention'));
  });
});

test('an unreadable serverless.yml is an error with file and line, exit 2', async () => {
  await withFolder({ 'serverless.yml': 'service: x\nprovider:\n  name: aws\n  runtime: [oops\n' }, async (dir) => {
    const run = await runCli(['scan', join(dir, 'serverless.yml'), '--format', 'json']);
    assert.equal(run.code, 2);
    const json = JSON.parse(run.stdout) as Json;
    assert.equal(json.errors[0]?.code, 'yaml-syntax');
    assert.ok((json.errors[0]?.line ?? 0) >= 4);
  });
});

test('binary and invalid UTF-8 serverless.yml are errors, not crashes', async () => {
  await withFolder({}, async (dir) => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'serverless.yml'), Buffer.from([0x73, 0x65, 0xff, 0xfe, 0x0a]));
    const run = await runCli(['scan', dir, '--format', 'json']);
    const json = JSON.parse(run.stdout) as Json;
    assert.equal(json.errors[0]?.code, 'not-utf8');
    assert.equal(run.code, 2);
  });
});

test('serverless.yml: a capitalised provider key is a warning at its line; url: true meets lambda-url-auth; messages name the function as written', async () => {
  const text = 'service: app\nprovider:\n  name: aws\n  Runtime: python3.13\nfunctions:\n  open:\n    handler: a.handler\n    url: true\n';
  await withFolder({ 'serverless.yml': text }, async (dir) => {
    const run = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout) as { findings: { ruleId: string; line: number; resource: string; severity: string; message: string }[] };
    const unknown = json.findings.filter((f) => f.ruleId === 'serverless-unknown-key');
    assert.deepEqual(unknown.map((f) => [f.line, f.severity]), [[4, 'warning']]);
    assert.match(unknown[0]?.message ?? '', /provider\.Runtime .*did you mean runtime\?/);
    assert.deepEqual(json.findings.filter((f) => f.ruleId === 'lambda-url-auth').map((f) => [f.resource, f.line]), [['OpenLambdaFunctionUrl', 8]]);
    const tracing = json.findings.find((f) => f.ruleId === 'lambda-tracing');
    assert.equal(tracing?.resource, 'OpenLambdaFunction');
    assert.match(tracing?.message ?? '', /^Function open /);
  });
});

test("a log group named with CloudFormation's ${ApiGatewayRestApi} next to ${sls:stage} is the stage's execution log group", () => {
  const rule = RULES.find((r) => r.id === 'apigw-execution-log-retention');
  assert.ok(rule);
  const text = `service: app
provider:
  name: aws
  runtime: nodejs22.x
  logs:
    restApi: true
functions:
  api:
    handler: a.handler
    events:
      - http: GET /orders
resources:
  Resources:
    ExecLogs:
      Type: AWS::Logs::LogGroup
      Properties:
        LogGroupName: !Sub 'API-Gateway-Execution-Logs_\${ApiGatewayRestApi}/\${sls:stage}'
        RetentionInDays: 30
`;
  const result = runCase(rule, (_file, yaml) => loadSls(yaml), text);
  // The framework leaves \${ApiGatewayRestApi} for CloudFormation; the graph reads it as the generated REST API.
  assert.deepEqual(result.outcomes.filter((o) => o.ruleId === rule.id).map((o) => `${o.logicalId} ${o.status}`), ['ApiGatewayStage pass']);
});
