// Folding Terraform's split resources into their owner (links.ts) must not reach through a value that several
// resources take from one place: a local or a module input is evaluated once, so two roles reading it get the
// same list, and an attachment appended to one role's list would show on the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTerraform } from '../../../src/iac/terraform/index.js';
import type { Resource, Template } from '../../../src/iac/types.js';
import { isUnresolved } from '../../../src/iac/values.js';
import { withTreeAsync } from '../../helpers/folder.js';

function byId(t: Template, id: string): Resource {
  const found = t.resources.find((r) => r.logicalId === id);
  if (!found) throw new Error(`no ${id} in ${t.resources.map((r) => r.logicalId).join(', ')}`);
  return found;
}

const load = (files: Record<string, string>) => withTreeAsync(files, (dir) => loadTerraform(dir, 'app'));

const BASIC = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
const XRAY = 'arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess';
const SQS = 'arn:aws:iam::aws:policy/AmazonSQSFullAccess';

const SHARED_LOCAL = `locals {
  base_policies = ["${BASIC}", "${XRAY}"]
}

resource "aws_iam_role" "api" {
  name                = "api"
  managed_policy_arns = local.base_policies
}

resource "aws_iam_role" "worker" {
  name                = "worker"
  managed_policy_arns = local.base_policies
}

resource "aws_iam_role_policy_attachment" "worker_sqs" {
  role       = aws_iam_role.worker.name
  policy_arn = "${SQS}"
}
`;

test('an attachment on one of two roles sharing a local policy list shows on that role only', async () => {
  const t = await load({ 'main.tf': SHARED_LOCAL });
  assert.deepEqual(byId(t, 'aws_iam_role.worker').properties['ManagedPolicyArns'], [BASIC, XRAY, SQS]);
  assert.deepEqual(byId(t, 'aws_iam_role.api').properties['ManagedPolicyArns'], [BASIC, XRAY]);
  // The attachment is still located at its own block.
  assert.equal(byId(t, 'aws_iam_role.worker').locate(['ManagedPolicyArns', 2]).line, 15);
});

test('a role in a module taking the list as an input does not gain the attachments of a role outside it', async () => {
  const t = await load({
    'main.tf': `${SHARED_LOCAL}
module "jobs" {
  source   = "./modules/role"
  policies = local.base_policies
}
`,
    'modules/role/main.tf': `variable "policies" {}

resource "aws_iam_role" "this" {
  name                = "jobs"
  managed_policy_arns = var.policies
}

resource "aws_iam_role" "other" {
  name                = "jobs-other"
  managed_policy_arns = var.policies
}

resource "aws_iam_policy_attachment" "other_sqs" {
  name       = "other-sqs"
  roles      = [aws_iam_role.other.name]
  policy_arn = "${SQS}"
}
`,
  });
  assert.deepEqual(byId(t, 'module.jobs.aws_iam_role.this').properties['ManagedPolicyArns'], [BASIC, XRAY]);
  assert.deepEqual(byId(t, 'module.jobs.aws_iam_role.other').properties['ManagedPolicyArns'], [BASIC, XRAY, SQS]);
  assert.deepEqual(byId(t, 'aws_iam_role.worker').properties['ManagedPolicyArns'], [BASIC, XRAY, SQS]);
  assert.deepEqual(byId(t, 'aws_iam_role.api').properties['ManagedPolicyArns'], [BASIC, XRAY]);
});

// A role whose managed_policy_arns the template cannot know (a variable without a default, a data source) keeps
// that unknown when an attachment is folded in: the list is partly unknown, not a complete list of one policy.
const UNKNOWN_LIST = `variable "extra_policies" {
  type = list(string)
}

data "aws_iam_roles" "shared" {}

resource "aws_iam_role" "from_var" {
  name                = "from-var"
  managed_policy_arns = var.extra_policies
}

resource "aws_iam_role" "from_data" {
  name                = "from-data"
  managed_policy_arns = data.aws_iam_roles.shared.arns
}

resource "aws_iam_role_policy_attachment" "var_sqs" {
  role       = aws_iam_role.from_var.name
  policy_arn = "${SQS}"
}

resource "aws_iam_policy_attachment" "data_basic" {
  name       = "basic"
  roles      = [aws_iam_role.from_data.name]
  policy_arn = "${BASIC}"
}
`;

test('an attachment to a role whose managed_policy_arns is unknown keeps the unknown beside the attachment', async () => {
  const t = await load({ 'main.tf': UNKNOWN_LIST });
  for (const [id, arn] of [['aws_iam_role.from_var', SQS], ['aws_iam_role.from_data', BASIC]] as const) {
    const arns = byId(t, id).properties['ManagedPolicyArns'];
    assert.ok(Array.isArray(arns), `${id}: ${JSON.stringify(arns)}`);
    assert.equal(arns.length, 2, `${id}: ${JSON.stringify(arns)}`);
    assert.ok(isUnresolved(arns[0]), `${id}: the unknown list is kept as its first item`);
    assert.equal(arns[1], arn);
  }
  const role = byId(t, 'aws_iam_role.from_var');
  // The unknown part is located at the role's attribute, the attachment at its own block.
  assert.equal(role.locate(['ManagedPolicyArns', 0]).line, 9);
  assert.equal(role.locate(['ManagedPolicyArns', 1]).line, 17);
});

test('a role without managed_policy_arns gets a list of its attachments only', async () => {
  const t = await load({ 'main.tf': UNKNOWN_LIST.replace('managed_policy_arns = var.extra_policies', '') });
  assert.deepEqual(byId(t, 'aws_iam_role.from_var').properties['ManagedPolicyArns'], [SQS]);
});
