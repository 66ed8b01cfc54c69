// The "orders" example written three ways (SAM, Serverless Framework, Terraform) gives the same rule results
// (rule id and resource type of every finding), the same lens evidence and the same suggested answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/repo.js';

interface Json {
  files: string[];
  errors: unknown[];
  findings: { ruleId: string; resourceType: string }[];
  evidence: { choice: string; status: string; passed: number; failed: number }[];
  suggestions: unknown;
}

const APPS = ['sam-app', 'serverless-app', 'terraform-app'];

async function scan(app: string): Promise<Json> {
  const run = await runCli(['scan', join(repoRoot, 'examples', app), '--format', 'json', '--fail-on', 'none', '--today', '2026-11-25']);
  assert.equal(run.code, 0, `${app}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Json;
}

const results: Json[] = [];
for (const app of APPS) results.push(await scan(app));

test('each version is read without errors and has findings to compare', () => {
  results.forEach((r, i) => {
    assert.deepEqual(r.errors, [], APPS[i]);
    assert.equal(r.files.length, 1, APPS[i]);
    assert.ok(r.findings.length >= 10, `${APPS[i]}: ${r.findings.length} findings`);
  });
});

test('the same rule fails on the same kind of resource, as often, in all three', () => {
  const keys = results.map((r) => r.findings.map((f) => `${f.ruleId} ${f.resourceType}`).sort());
  assert.deepEqual(keys[1], keys[0], 'Serverless Framework vs SAM');
  assert.deepEqual(keys[2], keys[0], 'Terraform vs SAM');
  for (const expected of ['lambda-tracing AWS::Lambda::Function', 'eventbridge-target-dlq AWS::Events::Rule', 'lambda-role-no-wildcard-actions AWS::IAM::Role', 'apigw-default-throttling AWS::ApiGateway::Stage']) {
    assert.ok(keys[0]?.includes(expected), expected);
  }
});

test('the lens evidence and the suggested answers are the same', () => {
  const evidence = results.map((r) => r.evidence.map((e) => [e.choice, e.status, e.passed, e.failed]));
  assert.deepEqual(evidence[1], evidence[0]);
  assert.deepEqual(evidence[2], evidence[0]);
  assert.ok(evidence[0]?.some((e) => e[1] === 'supported') && evidence[0]?.some((e) => e[1] === 'contradicted'));
  assert.deepEqual(results[1]?.suggestions, results[0]?.suggestions);
  assert.deepEqual(results[2]?.suggestions, results[0]?.suggestions);
});
