// Values evaluated from syntax tree nodes must equal what the `${…}` text path gives for the same file: the
// loader moved from one to the other without changing a scan's output. Each attribute below is evaluated both
// ways with one scope (variables, locals, resources); the text path parses the file as hcl2json would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, type Scope } from '../../../src/iac/terraform/expressions.js';
import { parseHclFile, parseHclNative } from '../../../src/iac/terraform/hcl-native.js';
import { HclValue, plainValue } from '../../../src/iac/terraform/hcl-value.js';
import { symbolic } from '../../../src/iac/intrinsics.js';

const scope: Scope = {
  variable: (name) => (name === 'stage' ? 'dev' : name === 'memory' ? 512 : symbolic(`\${var.${name}}`)),
  local: (name) => (name === 'prefix' ? 'shop' : symbolic(`\${local.${name}}`)),
  resourceId: (type, name) => (type === 'aws_sqs_queue' ? `${type}.${name}` : undefined),
  data: (type, name) => symbolic(`\${data.${type}.${name}}`),
  moduleOutput: (name, output) => symbolic(`\${module.${name}.${output}}`),
};

const FILE = `
plain      = "text"
escaped    = "cost $\${var.stage} and %%{x}"
joined     = "\${local.prefix}-\${var.stage}-api"
number     = "m\${1e3}-\${1.50}-\${true}-\${null}"
reference  = aws_sqs_queue.jobs.arn
indexed    = aws_sqs_queue.jobs[0].url
splat      = aws_sqs_queue.jobs[*].arn
intrinsic  = "arn:\${aws_sqs_queue.jobs.arn}/x"
unknown    = "\${var.missing}-x"
alone      = "\${var.memory}"
nested     = "a\${"b\${var.stage}c"}d"
stripped   = "\${~ var.stage ~}  "
directive  = "%{ if var.stage == "dev" }dev%{ else }other%{ endif }"
directive2 = "x-\${var.stage}-%{ for s in [1] }\${s}%{ endfor }"
cond       = var.stage == "dev" ? 1 : 2
condtmpl   = "\${var.stage == "dev" ? "a" : "b"}"
unary      = -var.memory
negative   = -5
call       = max(var.memory, 128)
json       = jsonencode({ b = var.stage, a = [aws_sqs_queue.jobs.arn, 1, "\${local.prefix}x"] })
jsonref    = jsonencode(var.memory)
jsoncall   = jsonencode(merge({ a = 1 }, { b = 2 }))
jsonpair   = jsonencode(1, 2)
jsoncomma  = jsonencode({ a = 1 },)
jsonspaced = jsonencode(   [var.stage]   )
jsonlines  = jsonencode(
  var.memory
  + 1
)
paren      = (var.stage)
heredoc    = <<-EOT
  line \${var.stage}
    %{ if true }yes%{ endif }
  EOT
object     = { z = var.stage, "a b" = local.prefix, n = { m = aws_sqs_queue.jobs.id } }
tuple      = [var.memory, "\${var.stage}", [1, var.missing]]
`;

test('every attribute evaluates the same from its syntax tree node as from its `${…}` text', () => {
  const text = parseHclNative('x.tf', FILE);
  const nodes = parseHclFile(FILE);
  assert.ok('value' in text && 'value' in nodes);
  assert.deepEqual(Object.keys(nodes.value), Object.keys(text.value));
  for (const [name, raw] of Object.entries(text.value)) {
    const fromNode = evaluate(nodes.value[name], scope);
    const fromText = evaluate(raw, scope);
    assert.deepEqual(fromNode, fromText, name);
    assert.deepEqual(plainValue(nodes.value[name]), raw, `${name} written as text`);
  }
  // The equality above is not empty: these resolve, and references stay nodes until evaluated.
  assert.ok(nodes.value['reference'] instanceof HclValue);
  assert.equal(evaluate(nodes.value['joined'], scope), 'shop-dev-api');
  assert.deepEqual(evaluate(nodes.value['json'], scope), { a: [{ 'Fn::GetAtt': ['aws_sqs_queue.jobs', 'Arn'] }, 1, 'shopx'], b: 'dev' });
  assert.equal(evaluate(nodes.value['jsonref'], scope), 512);
  assert.equal(evaluate(nodes.value['nested'], scope), 'abdevcd');
  assert.equal((evaluate(nodes.value['jsonpair'], scope) as { symbolic?: boolean }).symbolic, true);
});
