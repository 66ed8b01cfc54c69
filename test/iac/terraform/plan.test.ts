// Plan JSON (`terraform show -json`): resolved values, references filled from the configuration, provider
// defaults dropped, positions in the JSON; discovery prefers a plan over the .tf files of its folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { discoverTemplates } from '../../../src/iac/discover.js';
import { loadTemplate } from '../../../src/iac/load.js';
import { fixture } from '../../helpers/repo.js';
import { withTreeAsync } from '../../helpers/folder.js';

const PLAN = fixture('terraform', 'planned', 'plan.json');

test('a plan is read with resolved values; unknowns come from references; unwritten defaults are dropped', () => {
  const t = loadTemplate('plan.json', readFileSync(PLAN));
  assert.deepEqual(t.errors, []);
  assert.equal(t.format, 'terraform');
  const fn = t.resources.find((r) => r.logicalId === 'aws_lambda_function.api');
  assert.equal(fn?.type, 'AWS::Lambda::Function');
  assert.equal(fn?.properties['MemorySize'], 256);
  assert.equal(fn?.properties['Timeout'], undefined, 'timeout 3 is the provider default, not written');
  assert.deepEqual((fn?.properties['Role'] as { expression?: unknown }).expression, { 'Fn::GetAtt': ['aws_iam_role.lambda', 'Arn'] });
  assert.equal(fn?.location.line, 8);
  assert.equal(fn?.locate(['MemorySize']).line, 17);
  const role = t.resources.find((r) => r.logicalId === 'aws_iam_role.lambda');
  assert.equal((role?.properties['AssumeRolePolicyDocument'] as { Version?: string }).Version, '2012-10-17');
});

test('plans nest modules; a plan without configuration keeps every value', () => {
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: { root_module: { child_modules: [{ address: 'module.m', resources: [{ address: 'module.m.aws_sqs_queue.q', mode: 'managed', type: 'aws_sqs_queue', name: 'q', values: { name: 'q', visibility_timeout_seconds: 30 } }] }] } },
  };
  const t = loadTemplate('p.json', JSON.stringify(plan, null, 2));
  const queue = t.resources[0];
  assert.equal(queue?.logicalId, 'module.m.aws_sqs_queue.q');
  assert.equal(queue?.properties['VisibilityTimeout'], 30);
});

test('discovery finds plans by content and prefers them over the .tf files beside them', async () => {
  const plan = readFileSync(PLAN);
  const tf = readFileSync(fixture('terraform', 'planned', 'main.tf'));
  await withTreeAsync({ 'a/plan.json': plan, 'a/main.tf': tf, 'b/main.tf': tf, 'b/other.json': '{"x": 1}' }, async (dir) => {
    const found = await discoverTemplates([dir]);
    const rel = found.files.map((f) => f.slice(dir.length + 1)).sort();
    assert.deepEqual(rel, ['a/plan.json', 'b']);
  });
});
