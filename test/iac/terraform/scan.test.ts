// `slens scan` on Terraform: a folder is one module (local modules are not scanned twice), findings name the
// .tf file and line, errors name theirs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../helpers/cli.js';
import { withTreeAsync } from '../../helpers/folder.js';

interface Json {
  files: string[];
  findings: { ruleId: string; file: string; line: number; resource: string }[];
  errors: { code: string; file: string; line: number }[];
}

const ROOT = `module "fn" {
  source = "./modules/fn"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
`;

const MODULE = `resource "aws_lambda_function" "this" {
  function_name = "worker"
  runtime       = "python3.13"
  memory_size   = 256
  timeout       = 30
}
`;

test('a Terraform folder is scanned once with its local modules; findings point at .tf lines', async () => {
  await withTreeAsync({ 'infra/main.tf': ROOT, 'infra/modules/fn/main.tf': MODULE }, async (dir) => {
    const run = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout) as Json;
    assert.deepEqual(json.files.map((f) => f.slice(-5)), ['infra']);
    const tracing = json.findings.filter((f) => f.ruleId === 'lambda-tracing');
    assert.deepEqual(tracing.map((f) => [f.resource, f.file.endsWith('infra/modules/fn/main.tf'), f.line]), [['module.fn.aws_lambda_function.this', true, 1]]);
    const redrive = json.findings.find((f) => f.ruleId === 'sqs-redrive-policy');
    assert.ok(redrive?.file.endsWith('infra/main.tf'));
    assert.equal(redrive?.line, 5);
    assert.ok(!json.findings.some((f) => f.ruleId === 'lambda-explicit-memory'));
  });
});

test('a .tf file named on the command line scans its folder; syntax errors name the file and line', async () => {
  await withTreeAsync({ 'main.tf': 'resource "aws_sqs_queue" "q" {\n  name = \n}\n' }, async (dir) => {
    const run = await runCli(['scan', `${dir}/main.tf`, '--format', 'json']);
    const json = JSON.parse(run.stdout) as Json;
    assert.equal(json.errors[0]?.code, 'hcl-syntax');
    assert.ok(json.errors[0]?.file.endsWith('main.tf'));
    assert.deepEqual([json.errors[0]?.line, json.errors[0]?.code], [2, 'hcl-syntax']);
    assert.equal(run.code, 2);
  });
});

test('a Terraform module is deployed per stage when it has a stage variable or reads terraform.workspace', async () => {
  const fn = `resource "aws_lambda_function" "api" {
  function_name = "api-\${NAME}"
  runtime       = "nodejs22.x"
}
`;
  const cases: [string, Record<string, string>, string[]][] = [
    ['no stage', { 'main.tf': fn.replace('${NAME}', 'prod') }, ['noStageVariable']],
    ['a stage variable', { 'main.tf': fn.replace('${NAME}', '${var.environment}'), 'variables.tf': 'variable "environment" {\n  type = string\n}\n' }, []],
    ['the workspace', { 'main.tf': fn.replace('${NAME}', '${terraform.workspace}') }, []],
    ['another variable only', { 'main.tf': fn.replace('${NAME}', '${var.name}'), 'variables.tf': 'variable "name" {\n  default = "x"\n}\n' }, ['noStageVariable']],
  ];
  for (const [name, files, expected] of cases) {
    await withTreeAsync(files, async (dir) => {
      const run = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
      assert.equal(run.code, 0, run.stderr);
      const json = JSON.parse(run.stdout) as { findings: { ruleId: string; messageId: string; line: number }[] };
      const stage = json.findings.filter((f) => f.ruleId === 'iac-stage-parameter');
      assert.deepEqual(stage.map((f) => f.messageId), expected, name);
      if (expected.length) assert.equal(stage[0]?.line, 1, name);
    });
  }
  await withTreeAsync({ 'main.tf': fn.replace('${NAME}', 'prod') }, async (dir) => {
    const ja = await runCli(['scan', dir, '--format', 'text', '--fail-on', 'none', '--lang', 'ja']);
    assert.match(ja.stdout, /Terraform モジュールにはステージや環境を表す変数がなく/);
  });
});

test('Terraform: literal connection credentials are named by their Terraform attributes; a secret from a variable passes', async () => {
  const connection = (value: string): string => `resource "aws_cloudwatch_event_connection" "partner" {
  name               = "partner"
  authorization_type = "API_KEY"
  auth_parameters {
    api_key {
      key   = "x-api-key"
      value = ${value}
    }
  }
}
`;
  const cases: [string, Record<string, string>, string[]][] = [
    ['a literal key', { 'main.tf': connection('"abcdef0123456789"') }, ['7 auth_parameters.api_key.value']],
    ['a variable without default', { 'main.tf': connection('var.key'), 'variables.tf': 'variable "key" {\n  type      = string\n  sensitive = true\n}\n' }, []],
  ];
  for (const [name, files, expected] of cases) {
    await withTreeAsync(files, async (dir) => {
      const run = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
      assert.equal(run.code, 0, run.stderr);
      const json = JSON.parse(run.stdout) as { findings: { ruleId: string; line: number; message: string }[] };
      const found = json.findings.filter((f) => f.ruleId === 'eventbridge-connection-secrets');
      assert.deepEqual(found.map((f) => `${f.line} ${/has its (\S+)/.exec(f.message)?.[1]}`), expected, name);
    });
  }
});

test('Terraform: a log group named with the function name expression is its log group, reported once without retention', async () => {
  const files = {
    'variables.tf': 'variable "prefix" {\n  type = string\n}\n',
    'main.tf': `resource "aws_lambda_function" "f" {
  function_name = "\${var.prefix}-f"
  runtime       = "python3.13"
}

resource "aws_cloudwatch_log_group" "f" {
  name = "/aws/lambda/\${var.prefix}-f"
}
`,
  };
  await withTreeAsync(files, async (dir) => {
    const run = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout) as { findings: { ruleId: string; line: number }[] };
    const retention = json.findings.filter((f) => f.ruleId === 'lambda-log-retention' || f.ruleId === 'log-group-retention');
    assert.deepEqual(retention.map((f) => `${f.ruleId} ${f.line}`), ['log-group-retention 6']);
  });
});

test('Terraform: queue policies open to a service without a source condition, or to everyone, are found in their jsonencode policy', async () => {
  const policy = (condition: string): string => `resource "aws_sqs_queue" "q" {
  name = "q"
}

resource "aws_sqs_queue_policy" "q" {
  queue_url = aws_sqs_queue.q.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "events.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.q.arn${condition}
    }]
  })
}
`;
  const cases: [string, string, number][] = [
    ['no condition', '', 1],
    ['aws:SourceArn', '\n      Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:events:eu-west-1:123456789012:rule/r" } }', 0],
  ];
  for (const [name, condition, expected] of cases) {
    await withTreeAsync({ 'main.tf': policy(condition) }, async (dir) => {
      const run = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
      assert.equal(run.code, 0, run.stderr);
      const json = JSON.parse(run.stdout) as { findings: { ruleId: string }[] };
      assert.equal(json.findings.filter((f) => f.ruleId === 'queue-topic-policy-source-scoped').length, expected, name);
    });
  }
  const open = policy('').replace('{ Service = "events.amazonaws.com" }', '"*"');
  await withTreeAsync({ 'main.tf': open }, async (dir) => {
    const run = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
    const json = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string }[] };
    const found = json.findings.filter((f) => f.ruleId === 'queue-topic-policy-not-public');
    assert.equal(found.length, 1, 'a policy open to everyone');
    assert.ok(found[0]?.file.endsWith('main.tf'));
  });
});
