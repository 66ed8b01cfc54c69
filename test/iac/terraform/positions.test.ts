// The .tf text scan that gives blocks and attributes their lines: strings, templates, heredocs and comments
// must not be mistaken for statements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attachPositions, findBlock, scanHcl } from '../../../src/iac/terraform/positions.js';
import type { PositionTable } from '../../../src/iac/yaml.js';

const TEXT = `# a comment with resource "x" "y" {
resource "aws_lambda_function" "api" {
  function_name = "a{b}c \${jsonencode({ x = "}" })}"
  /* memory_size = 1
     timeout = 2 */
  memory_size   = 256 // trailing
  policy = <<EOF
{ "timeout": 9 }
EOF
  timeout       = 10
  tracing_config {
    mode = "Active"
  }
  environment {
    variables = {
      TABLE = "t"
      "QUOTED" = "q"
    }
  }
  layers = [
    "a",
  ]
}

resource "aws_sqs_queue" "q" { name = "q" }
`;

test('statements are found with their lines; strings, heredocs and comments are skipped', () => {
  const root = scanHcl(TEXT);
  const fn = findBlock(root, 'resource', ['aws_lambda_function', 'api']);
  assert.ok(fn);
  assert.equal(fn.line, 2);
  assert.deepEqual([...fn.attrs.keys()], ['function_name', 'memory_size', 'policy', 'timeout', 'layers']);
  assert.deepEqual(fn.attrs.get('memory_size'), [6, 3]);
  assert.deepEqual(fn.attrs.get('timeout'), [10, 3]);
  assert.equal(fn.blocks.get('tracing_config')?.[0]?.attrs.get('mode')?.[0], 12);
  const env = fn.blocks.get('environment')?.[0];
  assert.equal(env?.objects.get('variables')?.attrs.get('QUOTED')?.[0], 17);
  assert.equal(findBlock(root, 'resource', ['aws_sqs_queue', 'q'])?.line, 25);
  assert.equal(root.blocks.get('resource')?.length, 2);
});

test('positions are laid over the parsed JSON: attributes, blocks (lists) and object keys', () => {
  const root = scanHcl(TEXT);
  const body = { memory_size: 256, tracing_config: [{ mode: 'Active' }], environment: [{ variables: { TABLE: 't' } }] };
  const table: PositionTable = new WeakMap();
  const block = findBlock(root, 'resource', ['aws_lambda_function', 'api']);
  assert.ok(block);
  attachPositions(table, body, block);
  assert.deepEqual(table.get(body)?.get('memory_size'), [6, 3]);
  assert.deepEqual(table.get(body.tracing_config)?.get(0), [11, 3]);
  assert.deepEqual(table.get(body.tracing_config[0] as object)?.get('mode'), [12, 5]);
  assert.deepEqual(table.get(body.environment[0]?.variables as object)?.get('TABLE'), [16, 7]);
});

test('hostile text: unbalanced braces, unterminated strings and deep nesting end without a throw', () => {
  for (const text of ['resource "a" "b" {', '"unterminated', '<<EOF\nno end', '}'.repeat(1000), '{'.repeat(100_000), 'x = "${'.repeat(1000)]) {
    const root = scanHcl(text);
    assert.ok(root);
  }
});
