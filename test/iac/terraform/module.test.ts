// A Terraform folder → CloudFormation-level resources: mappings, references, variables, locals, modules,
// folded resources (event targets, role policies), and errors with file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTerraform } from '../../../src/iac/terraform/index.js';
import type { Resource, Template } from '../../../src/iac/types.js';
import { withTreeAsync } from '../../helpers/folder.js';

const expr = (value: unknown): unknown => (value as { expression?: unknown })?.expression;

function byId(t: Template, id: string): Resource {
  const found = t.resources.find((r) => r.logicalId === id);
  if (!found) throw new Error(`no ${id} in ${t.resources.map((r) => r.logicalId).join(', ')}`);
  return found;
}

const load = (files: Record<string, string | Buffer>) => withTreeAsync(files, (dir) => loadTerraform(dir, 'app'));

const MAIN = `locals {
  prefix = "shop-\${var.stage}"
}

resource "aws_lambda_function" "api" {
  function_name = "\${local.prefix}-api"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "nodejs22.x"
  memory_size   = var.memory
  tracing_config {
    mode = "Active"
  }
  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/lambda/\${aws_lambda_function.api.function_name}"
  retention_in_days = 14
}

resource "aws_sqs_queue" "dlq" {
  name = "dlq"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = 3
  })
}

resource "aws_iam_role" "lambda" {
  name               = "lambda"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "all" {
  role = aws_iam_role.lambda.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "dynamodb:*", Resource = "*" }]
  })
}

resource "aws_cloudwatch_event_rule" "nightly" {
  schedule_expression = "rate(1 day)"
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = aws_lambda_function.api.arn
  dead_letter_config {
    arn = aws_sqs_queue.dlq.arn
  }
}
`;

const VARIABLES = `variable "stage" {
  default = "dev"
}
variable "memory" {
  type    = number
  default = 512
}
`;

test('resources are mapped with variables, locals and references resolved; lines point at the .tf files', async () => {
  const t = await load({ 'main.tf': MAIN, 'variables.tf': VARIABLES });
  assert.deepEqual(t.errors, []);
  assert.equal(t.format, 'terraform');
  const fn = byId(t, 'aws_lambda_function.api');
  assert.equal(fn.type, 'AWS::Lambda::Function');
  assert.equal(fn.properties['FunctionName'], 'shop-dev-api');
  assert.equal(fn.properties['MemorySize'], 512);
  assert.equal(fn.properties['Timeout'], undefined);
  assert.deepEqual(fn.properties['TracingConfig'], { Mode: 'Active' });
  assert.deepEqual(expr(fn.properties['Role']), { 'Fn::GetAtt': ['aws_iam_role.lambda', 'Arn'] });
  assert.deepEqual(expr((fn.properties['DeadLetterConfig'] as { TargetArn: unknown }).TargetArn), { 'Fn::GetAtt': ['aws_sqs_queue.dlq', 'Arn'] });
  assert.deepEqual(fn.location, { file: 'app/main.tf', line: 5, column: 1 });
  assert.equal(fn.locate(['MemorySize']).line, 10);
  assert.equal(fn.locate(['TracingConfig', 'Mode']).line, 12);
  assert.equal(fn.locate(['Timeout']).line, 5);
  const logs = byId(t, 'aws_cloudwatch_log_group.api');
  assert.equal(logs.properties['RetentionInDays'], 14);
  assert.equal(logs.locate(['RetentionInDays']).line, 21);
});

test('jsonencode bodies and policy documents become JSON values', async () => {
  const t = await load({ 'main.tf': MAIN, 'variables.tf': VARIABLES });
  const jobs = byId(t, 'aws_sqs_queue.jobs');
  const redrive = jobs.properties['RedrivePolicy'] as Record<string, unknown>;
  assert.equal(redrive['maxReceiveCount'], 3);
  assert.deepEqual(expr(redrive['deadLetterTargetArn']), { 'Fn::GetAtt': ['aws_sqs_queue.dlq', 'Arn'] });
  const role = byId(t, 'aws_iam_role.lambda');
  assert.deepEqual(role.properties['AssumeRolePolicyDocument'], {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: { Service: ['lambda.amazonaws.com'] } }],
  });
});

test('event targets and role policies are folded into their rule and role, located at their own blocks', async () => {
  const t = await load({ 'main.tf': MAIN, 'variables.tf': VARIABLES });
  assert.ok(!t.resources.some((r) => r.logicalId === 'aws_cloudwatch_event_target.nightly'));
  assert.ok(!t.resources.some((r) => r.logicalId === 'aws_iam_role_policy.all'));
  const rule = byId(t, 'aws_cloudwatch_event_rule.nightly');
  const targets = rule.properties['Targets'] as Record<string, unknown>[];
  assert.equal(targets.length, 1);
  assert.deepEqual(expr((targets[0]?.['DeadLetterConfig'] as { Arn: unknown }).Arn), { 'Fn::GetAtt': ['aws_sqs_queue.dlq', 'Arn'] });
  assert.equal(rule.locate(['Targets', 0, 'DeadLetterConfig', 'Arn']).line, 67);
  const role = byId(t, 'aws_iam_role.lambda');
  const policies = role.properties['Policies'] as { PolicyDocument: { Statement: { Action: unknown }[] } }[];
  assert.equal(policies[0]?.PolicyDocument.Statement[0]?.Action, 'dynamodb:*');
  assert.equal(role.locate(['Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action']).line, 53);
});

test('local modules are followed with their inputs; remote ones are noted as not scanned', async () => {
  const t = await load({
    'main.tf': `module "worker" {\n  source = "./modules/fn"\n  memory = 1024\n}\nmodule "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\nresource "aws_lambda_permission" "p" {\n  function_name = module.worker.name\n  principal     = "s3.amazonaws.com"\n}\n`,
    'modules/fn/main.tf': `variable "memory" {}\nresource "aws_lambda_function" "this" {\n  function_name = "worker"\n  memory_size   = var.memory\n}\noutput "name" {\n  value = aws_lambda_function.this.function_name\n}\n`,
  });
  const fn = byId(t, 'module.worker.aws_lambda_function.this');
  assert.equal(fn.properties['MemorySize'], 1024);
  assert.equal(fn.location.file, 'app/modules/fn/main.tf');
  assert.equal(fn.location.line, 2);
  assert.deepEqual(expr(byId(t, 'aws_lambda_permission.p').properties['FunctionName']), { Ref: 'module.worker.aws_lambda_function.this' });
  assert.deepEqual(t.errors.map((e) => [e.code, e.file, e.line]), [['remote-module', 'app/main.tf', 5]]);
});

test('unresolvable values stay symbolic: variables without default, data sources, functions', async () => {
  const t = await load({
    'main.tf': `variable "t" {}\nresource "aws_lambda_function" "f" {\n  timeout     = var.t\n  memory_size = max(128, 256)\n  role        = data.aws_iam_role.r.arn\n  description = var.t > 3 ? "a" : "b"\n}\n`,
  });
  const fn = byId(t, 'aws_lambda_function.f');
  for (const key of ['Timeout', 'MemorySize', 'Role', 'Description']) assert.equal((fn.properties[key] as { symbolic?: boolean })?.symbolic, true, key);
});

test('broken and hostile input: syntax errors with lines, binary, invalid UTF-8, module loops; never a throw', async () => {
  const broken = await load({ 'main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "q"\n', 'ok.tf': 'resource "aws_sqs_queue" "ok" {}\n' });
  assert.equal(broken.errors[0]?.code, 'hcl-syntax');
  assert.equal(broken.errors[0]?.file, 'app/main.tf');
  assert.equal(broken.errors[0]?.line, 1);
  assert.ok(broken.resources.some((r) => r.logicalId === 'aws_sqs_queue.ok'));
  const binary = await load({ 'main.tf': Buffer.from([0x72, 0x00, 0x01]), 'bad.tf': Buffer.from([0x72, 0xff, 0xfe]) });
  assert.deepEqual(binary.errors.map((e) => e.code).sort(), ['binary', 'not-utf8']);
  const huge = await load({ 'main.tf': `# ${'x'.repeat(6 * 1024 * 1024)}\n` });
  assert.deepEqual(huge.errors.map((e) => e.code), ['too-large']);
  const loop = await load({ 'main.tf': 'module "self" {\n  source = "./"\n}\n' });
  assert.equal(loop.errors[0]?.code, 'module-loop');
  const deep = await load({ 'main.tf': `locals {\n  x = ${'['.repeat(5000)}${']'.repeat(5000)}\n}\n` });
  assert.deepEqual(deep.errors.map((e) => [e.code, e.line]), [['hcl-syntax', 2]]);
  assert.match(deep.errors[0]?.message ?? '', /nested deeper/);
  const cyclic = await load({ 'main.tf': 'locals {\n  a = local.b\n  b = local.a\n}\nresource "aws_sqs_queue" "q" {\n  name = local.a\n}\n' });
  assert.equal((byId(cyclic, 'aws_sqs_queue.q').properties['QueueName'] as { symbolic?: boolean }).symbolic, true);
});

test('bucket notifications are folded into the bucket (an async source for the function), located at their block', async () => {
  const t = await load({
    'main.tf': `resource "aws_s3_bucket" "uploads" {\n  bucket = "uploads"\n}\nresource "aws_lambda_function" "resize" {\n  function_name = "resize"\n}\nresource "aws_s3_bucket_notification" "n" {\n  bucket = aws_s3_bucket.uploads.id\n  lambda_function {\n    lambda_function_arn = aws_lambda_function.resize.arn\n    events              = ["s3:ObjectCreated:*"]\n  }\n}\n`,
  });
  assert.ok(!t.resources.some((r) => r.logicalId === 'aws_s3_bucket_notification.n'));
  const bucket = byId(t, 'aws_s3_bucket.uploads');
  const configs = (bucket.properties['NotificationConfiguration'] as { LambdaConfigurations: { Event: string; Function: unknown }[] }).LambdaConfigurations;
  assert.equal(configs[0]?.Event, 's3:ObjectCreated:*');
  assert.deepEqual(expr(configs[0]?.Function), { 'Fn::GetAtt': ['aws_lambda_function.resize', 'Arn'] });
  assert.equal(bucket.locate(['NotificationConfiguration', 'LambdaConfigurations', 0]).line, 7);
});

test('the scan graph scopes ids by module, not by .tf file: facts link resources written in different files', async () => {
  const { buildGraph } = await import('../../../src/iac/graph.js');
  const t = await load({
    'functions.tf': 'resource "aws_lambda_function" "api" {\n  function_name = "api"\n}\n',
    'logs.tf': 'resource "aws_cloudwatch_log_group" "api" {\n  name              = "/aws/lambda/${aws_lambda_function.api.function_name}"\n  retention_in_days = 7\n}\n',
  });
  const graph = buildGraph(t.resources);
  const fn = byId(t, 'aws_lambda_function.api');
  assert.equal(fn.location.file, 'app/functions.tf');
  const logGroup = graph.logGroupOf(fn);
  assert.equal(logGroup !== 'external' ? logGroup?.logicalId : logGroup, 'aws_cloudwatch_log_group.api');
  assert.equal(graph.referencing(fn.logicalId)[0]?.from.logicalId, 'aws_cloudwatch_log_group.api');
});

test('a log group named with the same expression as the function is its log group, also for a variable without default', async () => {
  const { buildGraph } = await import('../../../src/iac/graph.js');
  const t = await load({
    'variables.tf': 'variable "prefix" {\n  type = string\n}\n',
    'functions.tf':
      'resource "aws_lambda_function" "f" {\n  function_name = "${var.prefix}-f"\n}\nresource "aws_lambda_function" "g" {\n  function_name = "${var.prefix}-g"\n}\n',
    'logs.tf': 'resource "aws_cloudwatch_log_group" "f" {\n  name              = "/aws/lambda/${var.prefix}-f"\n  retention_in_days = 7\n}\n',
  });
  const graph = buildGraph(t.resources);
  const f = graph.logGroupOf(byId(t, 'aws_lambda_function.f'));
  assert.equal(f !== 'external' ? f?.logicalId : f, 'aws_cloudwatch_log_group.f');
  // Same variable, other suffix: not this function's log group.
  assert.equal(graph.logGroupOf(byId(t, 'aws_lambda_function.g')), undefined);
});
