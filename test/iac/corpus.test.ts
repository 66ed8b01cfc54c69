// A sample of Serverless Framework projects and Terraform folders from aws-samples/serverless-patterns
// (test/fixtures/iac-corpus, MIT-0): every one is read without a crash, the only errors are remote modules
// (noted as not scanned), and findings point at lines that exist in the copied files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fixture, repoRoot } from '../helpers/repo.js';

interface Json {
  files: string[];
  errors: { code: string; file: string; line: number }[];
  findings: { ruleId: string; file: string; line: number }[];
  summary: Record<string, number>;
}

test('every serverless.yml and Terraform folder of the sample is read; findings point at real lines', async () => {
  const run = await runCli(['scan', fixture('iac-corpus'), '--format', 'json', '--fail-on', 'none', '--today', '2026-11-25']);
  assert.equal(run.code, 0, run.stderr);
  const json = JSON.parse(run.stdout) as Json;
  const names = json.files.map((f) => f.split('/').slice(-2).join('/')).sort();
  assert.deepEqual(names, [
    'apigw-http-api-sqs-lambda-sls/serverless.yml',
    'apigw-s3-lambda-sls-py/serverless.yml',
    'eventbridge-lambda-sls/serverless.yml',
    'iac-corpus/apigw-websocket-api-sqs-lambda-terraform',
    'iac-corpus/eventbridge-sfn-terraform',
    'iac-corpus/fifo-sns-sqs-lambda-firehose-s3',
    'iac-corpus/s3-sqs-lambda-terraform',
    'iac-corpus/stepfunctions-eventbridge-onpremise-tf',
    'iac-corpus/terraform-sqs-lambda',
    'lambda-sqs-sls/serverless.yml',
  ]);
  assert.deepEqual([...new Set(json.errors.map((e) => e.code))], ['remote-module']);
  assert.ok(json.findings.length > 20);
  for (const finding of json.findings) {
    const file = join(repoRoot, finding.file.startsWith('/') ? finding.file.slice(repoRoot.length + 1) : finding.file);
    assert.ok(statSync(file).isFile(), `${finding.file} is a file`);
    const lines = readFileSync(file, 'utf8').split('\n').length;
    assert.ok(finding.line >= 1 && finding.line <= lines, `${finding.ruleId} at ${finding.file}:${finding.line}`);
  }
  // Module resources are found in the module files.
  assert.ok(json.findings.some((f) => f.file.includes('/modules/')));
});
