// Terraform: `aws_api_gateway_method_settings` folds into its stage, and a log group named with the API's `id`
// and the stage's `stage_name` is the stage's execution log group (rule apigw-execution-log-retention).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplateFolder } from '../../../src/iac/index.js';
import { RULES } from '../../../src/rules/index.js';
import { emptyConfig } from '../../../src/scan/config.js';
import { scanTemplate } from '../../../src/scan/run.js';
import { withTree } from '../../helpers/folder.js';

const API = `resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  deployment_id = "dep"
  stage_name    = "prod"
}
`;

const settings = (level: string): string => `
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    logging_level = ${level}
  }
}
`;

const GROUP = `
resource "aws_cloudwatch_log_group" "exec" {
  name              = "API-Gateway-Execution-Logs_\${aws_api_gateway_rest_api.orders.id}/\${aws_api_gateway_stage.prod.stage_name}"
  retention_in_days = 14
}
`;

const rule = RULES.filter((r) => r.id === 'apigw-execution-log-retention');

function judge(main: string, messages: string[] = []): string[] {
  let answers: string[] = [];
  withTree({ 'main.tf': main, 'variables.tf': 'variable "level" {\n  type = string\n}\n' }, (dir) => {
    const template = loadTemplateFolder(dir, 'infra');
    assert.ok(template);
    assert.deepEqual(template.errors, []);
    const result = scanTemplate(template, { rules: rule, config: emptyConfig('/'), env: { today: '2026-11-25' }, displayFile: 'infra', absoluteFile: dir });
    messages.push(...result.findings.map((f) => f.message.en));
    answers = [...result.outcomes.map((o) => `${o.logicalId} ${o.status}`), ...result.findings.map((f) => `${f.location.line} ${f.messageId}`)];
  });
  return answers;
}

test('Terraform: execution logging with its log group passes; without one it is reported at logging_level', () => {
  assert.deepEqual(judge(API + settings('"INFO"') + GROUP), ['aws_api_gateway_stage.prod pass']);
  const messages: string[] = [];
  assert.deepEqual(judge(API + settings('"ERROR"'), messages), ['aws_api_gateway_stage.prod fail', '16 noLogGroup']);
  // Worded in Terraform's names: the API's address in the log group name, logging_level, aws_cloudwatch_log_group.
  assert.match(messages[0] ?? '', /logging_level ERROR\) to API-Gateway-Execution-Logs_<aws_api_gateway_rest_api\.orders>\/prod,.* aws_cloudwatch_log_group .* retention_in_days\.$/);
});

test('Terraform: logging OFF or no method settings is not judged; a level from a variable without default is unknown', () => {
  assert.deepEqual(judge(API + settings('"OFF"')), []);
  assert.deepEqual(judge(API), []);
  assert.deepEqual(judge(API + settings('var.level')), ['aws_api_gateway_stage.prod unknown']);
});
