// Rules on Terraform modules as users write them: answers for values set by expressions (merge(), templates
// with variables), and findings that name Terraform's attributes, in English and Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplateFolder } from '../../../src/iac/folder.js';
import { RULES } from '../../../src/rules/index.js';
import { emptyConfig } from '../../../src/scan/config.js';
import { scanTemplate } from '../../../src/scan/run.js';
import { withTree } from '../../helpers/folder.js';
import * as names from '../../../src/iac/terraform/names.js';

/** Scans a one-file module (`main.tf`) with the given rules: answers as `id status`, findings as `line messageId`, and the findings. */
export function scanModule(tf: string, ruleIds: readonly string[]) {
  return withTree({ 'main.tf': tf }, (dir) => {
    const template = loadTemplateFolder(dir, 'infra');
    assert.ok(template, 'the folder is a Terraform module');
    assert.deepEqual(template.errors, []);
    const rules = RULES.filter((r) => ruleIds.includes(r.id));
    assert.equal(rules.length, ruleIds.length);
    const result = scanTemplate(template, { rules, config: { ...emptyConfig(dir), includeAdvice: true }, env: { today: '2026-11-25' }, displayFile: 'infra', absoluteFile: dir });
    assert.deepEqual(result.errors, []);
    return {
      answers: result.outcomes.map((o) => `${o.logicalId} ${o.status}`),
      lines: result.findings.map((f) => `${f.location.line} ${f.messageId}`),
      findings: result.findings,
    };
  });
}

const fn = (name: string, body: string): string => `resource "aws_lambda_function" "${name}" {
  function_name = "${name}"
  runtime       = "python3.12"
  handler       = "app.handler"
  role          = "arn:aws:iam::123456789012:role/r"
${body}
}
`;

test('application metrics: Powertools set by a merge() or a layer ARN written with variables passes; variables from elsewhere stay unknown', () => {
  const tf = `variable "region" {}
variable "extra" {}
locals {
  layer = "arn:aws:lambda:\${var.region}:017000801446:layer:AWSLambdaPowertoolsPythonV3-python312-x86_64:4"
}
${fn('merged', '  environment {\n    variables = merge(var.extra, { POWERTOOLS_METRICS_NAMESPACE = "orders" })\n  }')}
${fn('layered', '  layers = [local.layer]')}
${fn('elsewhere', '  environment {\n    variables = var.extra\n  }')}
${fn('other', '  environment {\n    variables = merge(var.extra, { LOG_LEVEL = "INFO" })\n  }')}`;
  const { answers } = scanModule(tf, ['lambda-application-metrics']);
  assert.deepEqual(answers, ['aws_lambda_function.merged pass', 'aws_lambda_function.layered pass', 'aws_lambda_function.elsewhere unknown', 'aws_lambda_function.other unknown']);
});

test('structured logging: variables the module cannot resolve may set Powertools up (unknown, not a finding); a merge() that names it passes', () => {
  const tf = `variable "extra" {}
${fn('merged', '  environment {\n    variables = merge(var.extra, { POWERTOOLS_SERVICE_NAME = "orders" })\n  }')}
${fn('elsewhere', '  environment {\n    variables = var.extra\n  }')}
${fn('plain', '  environment {\n    variables = { LOG_LEVEL = "INFO" }\n  }')}`;
  const { answers, lines } = scanModule(tf, ['lambda-structured-logging']);
  assert.deepEqual(answers, ['aws_lambda_function.merged pass', 'aws_lambda_function.elsewhere unknown', 'aws_lambda_function.plain fail']);
  assert.deepEqual(lines, ['22 text']);
});

test('secret variables: a sensitive variable or a password-named one with a literal default fails at the default, EN and JA', () => {
  const tf = `variable "db_password" {
  type      = string
  sensitive = true
  default   = "hunter2hunter2"
}

variable "api_token" {
  default = "tok-123"
}

variable "admin_password" {
  type = string
}

variable "signing_key" {
  sensitive = true
}

variable "token_ttl" {
  default = 3600
}
`;
  const scan = scanModule(tf, ['parameter-secret-default']);
  assert.deepEqual([...scan.answers].sort(), ['admin_password fail', 'api_token fail', 'db_password fail', 'signing_key pass']);
  const findings = [...scan.findings].sort((a, b) => a.location.line - b.location.line);
  assert.deepEqual(findings.map((f) => `${f.location.line} ${f.messageId}`), ['4 sensitiveDefault', '8 namedDefaultVariable', '11 visibleVariable']);
  assert.deepEqual(findings.map((f) => f.severity), ['error', 'error', 'warning']);
  assert.match(findings[0]?.message.en ?? '', /^Variable db_password is sensitive but its default is written in the module/);
  assert.match(findings[0]?.message.ja ?? '', /^変数 db_password は sensitive ですが、default がモジュールに書かれています。/);
  assert.match(findings[2]?.message.ja ?? '', /sensitive = true を設定する/);
  assert.ok(findings.every((f) => f.location.file === 'infra/main.tf' || f.location.file.endsWith('main.tf')));
});

test('findings on Terraform resources name Terraform attributes, in English and Japanese', () => {
  const tf = `${fn('worker', '')}
resource "aws_cloudwatch_log_group" "logs" {
  name = "/aws/lambda/worker"
}

resource "aws_lambda_event_source_mapping" "stream" {
  event_source_arn  = "arn:aws:kinesis:us-east-1:123456789012:stream/orders"
  function_name     = aws_lambda_function.worker.arn
  starting_position = "LATEST"
}
`;
  const { findings } = scanModule(tf, ['lambda-tracing', 'lambda-explicit-memory', 'log-group-retention', 'lambda-esm-failure-destination']);
  const text = (rule: string, lang: 'en' | 'ja'): string => findings.find((f) => f.ruleId === rule)?.message[lang] ?? '';
  assert.match(text('lambda-tracing', 'en'), /tracing_config\.mode/);
  assert.match(text('lambda-tracing', 'ja'), /（tracing_config\.mode が未設定）/);
  assert.match(text('lambda-explicit-memory', 'en'), /memory_size/);
  assert.match(text('lambda-explicit-memory', 'ja'), /memory_size/);
  assert.match(text('log-group-retention', 'en'), /retention_in_days/);
  assert.match(text('log-group-retention', 'ja'), /retention_in_days/);
  assert.match(text('lambda-esm-failure-destination', 'en'), /\(destination_config\.on_failure\.destination_arn\)/);
  assert.match(text('lambda-esm-failure-destination', 'ja'), /destination_config\.on_failure\.destination_arn/);
  for (const f of findings) for (const lang of ['en', 'ja'] as const) assert.doesNotMatch(f.message[lang], /TracingConfig|MemorySize|RetentionInDays|DestinationConfig/, `${f.ruleId} ${lang}: ${f.message[lang]}`);
});

test('terraformWords replaces whole property words only, by resource type', () => {
  const { terraformWords } = names;
  assert.equal(terraformWords('has no TracingConfig.Mode; set MemorySize (not MemorySizeX)', 'AWS::Lambda::Function'), 'has no tracing_config.mode; set memory_size (not MemorySizeX)');
  assert.equal(terraformWords('no DestinationConfig.OnFailure.Destination', 'AWS::Lambda::EventInvokeConfig'), 'no destination_config.on_failure.destination');
  assert.equal(terraformWords('set AccessLogSetting.DestinationArn', 'AWS::ApiGateway::Stage'), 'set access_log_settings.destination_arn');
  // The one pattern serves every type; the per-type name wins where there is one, before and after other types.
  assert.equal(terraformWords('no DestinationConfig.OnFailure.Destination', 'AWS::Lambda::EventSourceMapping'), 'no destination_config.on_failure.destination_arn');
  assert.equal(terraformWords('no DestinationConfig.OnFailure.Destination', 'AWS::Lambda::Function'), 'no destination_config.on_failure.destination');
});

test('log group retention: retention_in_days = 0 (never expire) is a finding, a number of days passes', () => {
  const tf = `resource "aws_cloudwatch_log_group" "forever" {
  name              = "/app/forever"
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "kept" {
  name              = "/app/kept"
  retention_in_days = 14
}
`;
  const scanned = scanModule(tf, ['log-group-retention']);
  assert.deepEqual(scanned.answers.map((a) => a.replace(/^\S*?(forever|kept)\S* /, '$1 ')).sort(), ['forever fail', 'kept pass']);
  assert.deepEqual(scanned.lines, ['1 forever']);
});

/** A role Lambda assumes, named `name`, with `body` (inline policies, managed_policy_arns). */
const lambdaRole = (name: string, body = ''): string => `resource "aws_iam_role" "${name}" {
  name               = "${name}"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
${body}
}
`;
const inlinePolicy = (action: string): string => `  inline_policy {
    name   = "p"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "${action}", Resource = "*" }] })
  }`;
const dynamicPolicy = `  dynamic "inline_policy" {
    for_each = var.policies
    content {
      name   = inline_policy.key
      policy = inline_policy.value
    }
  }`;

test('wildcard actions: inline policies from a dynamic block or ARNs from a variable are unknown, not passes', () => {
  const tf = `variable "policies" {}
variable "arns" {}
${lambdaRole('fixed', inlinePolicy('s3:GetObject'))}
${lambdaRole('dynamic', dynamicPolicy)}
${lambdaRole('mixed', `${inlinePolicy('s3:GetObject')}\n${dynamicPolicy}`)}
${lambdaRole('found', `${inlinePolicy('s3:*')}\n${dynamicPolicy}`)}
${lambdaRole('arns', '  managed_policy_arns = var.arns')}
${lambdaRole('item', '  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", var.arns]')}
${lambdaRole('aws', '  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]')}`;
  const { answers, lines } = scanModule(tf, ['lambda-role-no-wildcard-actions']);
  assert.deepEqual(answers, ['aws_iam_role.fixed pass', 'aws_iam_role.dynamic unknown', 'aws_iam_role.mixed unknown', 'aws_iam_role.found fail', 'aws_iam_role.arns unknown', 'aws_iam_role.item unknown', 'aws_iam_role.aws pass']);
  assert.equal(lines.length, 1, 'the wildcard beside a dynamic block is still a finding');
});

test('wildcard actions: a policy of the module in managed_policy_arns and attached again is read once; heredocs with expressions are read; a dynamic statement is unknown', () => {
  const tf = `resource "aws_iam_policy" "wide" {
  name   = "wide"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}
${lambdaRole('listed', '  managed_policy_arns = [aws_iam_policy.wide.arn]')}
resource "aws_iam_role_policy_attachment" "again" {
  role       = aws_iam_role.listed.name
  policy_arn = aws_iam_policy.wide.arn
}
resource "aws_s3_bucket" "b" {}
${lambdaRole('heredoc')}
resource "aws_iam_role_policy" "heredoc" {
  role   = aws_iam_role.heredoc.id
  policy = <<EOF
{ "Statement": [{ "Effect": "Allow", "Action": ["s3:*"], "Resource": "\${aws_s3_bucket.b.arn}/*" }] }
EOF
}
variable "statements" {}
data "aws_iam_policy_document" "doc" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
  dynamic "statement" {
    for_each = var.statements
    content {
      actions   = statement.value
      resources = ["*"]
    }
  }
}
${lambdaRole('document')}
resource "aws_iam_role_policy" "document" {
  role   = aws_iam_role.document.id
  policy = data.aws_iam_policy_document.doc.json
}`;
  const { answers, findings } = scanModule(tf, ['lambda-role-no-wildcard-actions']);
  assert.deepEqual(answers, ['aws_iam_role.listed fail', 'aws_iam_role.heredoc fail', 'aws_iam_role.document unknown']);
  assert.deepEqual(
    findings.map((f) => `${f.resource.logicalId} ${f.location.line} ${f.message.en}`),
    [
      'aws_iam_role.listed 8 Role aws_iam_role.listed, assumed by Lambda, allows the wildcard action * (aws_iam_policy.wide); list the actions it needs.',
      'aws_iam_role.heredoc 24 Role aws_iam_role.heredoc, assumed by Lambda, allows the wildcard action s3:*; list the actions it needs.',
    ],
  );
});

test('a dynamic block reads as unknown, not absent, wherever a mapping reads that block (tracing, VPC, environment)', () => {
  const tf = `variable "settings" {}
${fn('traced', '  dynamic "tracing_config" {\n    for_each = var.settings\n    content {\n      mode = "Active"\n    }\n  }')}
${fn('untraced', '')}
${fn('networked', '  dynamic "vpc_config" {\n    for_each = var.settings\n    content {\n      subnet_ids         = []\n      security_group_ids = []\n    }\n  }')}
${fn('configured', '  dynamic "environment" {\n    for_each = var.settings\n    content {\n      variables = {}\n    }\n  }')}`;
  const tracing = scanModule(tf, ['lambda-tracing']).answers;
  assert.deepEqual(tracing.filter((a) => /traced/.test(a)), ['aws_lambda_function.traced unknown', 'aws_lambda_function.untraced fail']);
  assert.deepEqual(scanModule(tf, ['lambda-vpc-access']).answers, ['aws_lambda_function.networked unknown']);
  assert.ok(scanModule(tf, ['lambda-structured-logging']).answers.includes('aws_lambda_function.configured unknown'));
});
