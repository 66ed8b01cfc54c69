// Positions of blocks, attributes and object keys come from the syntax tree's offsets: strings, templates,
// heredocs and comments are never mistaken for statements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHclFile } from '../../../src/iac/terraform/hcl-native.js';
import { attachPositions, findBlock } from '../../../src/iac/terraform/node-positions.js';
import type { PositionTable } from '../../../src/iac/yaml.js';
import { LineIndex } from '../../../src/util/positions.js';

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
      "QUOTED" = "q", LATER = "l"
    }
  }
  layers = [
    "a",
  ]
}

resource "aws_sqs_queue" "q" { name = "q" }
`;

type Rec = Record<string, unknown>;

function parse(text: string) {
  const parsed = parseHclFile(text);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return { ...parsed, source: { text, lines: new LineIndex(text) } };
}

test('blocks are found with their lines; strings, heredocs and comments hold no statements', () => {
  const { body } = parse(TEXT);
  const fn = findBlock(body, 'resource', ['aws_lambda_function', 'api']);
  assert.ok(fn);
  assert.deepEqual(fn.body.attrs.map((a) => a.name), ['function_name', 'memory_size', 'policy', 'timeout', 'layers']);
  assert.deepEqual(fn.body.blocks.map((b) => b.type), ['tracing_config', 'environment']);
  const queue = findBlock(body, 'resource', ['aws_sqs_queue', 'q']);
  assert.equal(queue?.body.attrs[0]?.name, 'name');
  assert.equal(findBlock(body, 'resource', ['aws_sqs_queue', 'none']), undefined);
});

test('findBlock gives the first block in file order whose labels begin with those asked', () => {
  const { body } = parse(`variable "a" {}
resource "t" "x" { name = "first" }
resource "t" "y" { name = "other" }
resource "t" "x" { name = "second" }
resource "t" "z" "extra" { name = "three labels" }
data "t" "x" { name = "data" }
`);
  assert.equal(findBlock(body, 'resource', ['t', 'x']), body.blocks[1]);
  assert.equal(findBlock(body, 'resource', ['t', 'z']), body.blocks[4]);
  assert.equal(findBlock(body, 'resource', ['t']), body.blocks[1]);
  assert.equal(findBlock(body, 'resource', []), body.blocks[1]);
  assert.equal(findBlock(body, 'data', ['t', 'x']), body.blocks[5]);
  assert.equal(findBlock(body, 'variable', ['a']), body.blocks[0]);
  assert.equal(findBlock(body, 'variable', ['a', 'b']), undefined);
  assert.equal(findBlock(body, 'resource', ['t', 'x', 'more']), undefined);
  assert.equal(findBlock(body, 'output', []), undefined);
});

test('positions are laid over the parsed value: attributes, blocks (lists) and object keys that start a line', () => {
  const { body, value, source } = parse(TEXT);
  const fn = findBlock(body, 'resource', ['aws_lambda_function', 'api']);
  assert.ok(fn);
  const resource = ((value['resource'] as Rec)['aws_lambda_function'] as Rec)['api'] as Rec[];
  const values = resource[0] as Rec;
  const table: PositionTable = new WeakMap();
  attachPositions(table, values, fn.body, source);
  assert.deepEqual(table.get(values)?.get('function_name'), [3, 3]);
  assert.deepEqual(table.get(values)?.get('memory_size'), [6, 3]);
  assert.deepEqual(table.get(values)?.get('timeout'), [10, 3]);
  const tracing = values['tracing_config'] as Rec[];
  assert.deepEqual(table.get(tracing)?.get(0), [11, 3]);
  assert.deepEqual(table.get(tracing[0] as object)?.get('mode'), [12, 5]);
  const variables = ((values['environment'] as Rec[])[0] as Rec)['variables'] as Rec;
  assert.deepEqual(table.get(variables)?.get('TABLE'), [16, 7]);
  assert.deepEqual(table.get(variables)?.get('QUOTED'), [17, 7]);
  // A key later on a line is left to the line's first key (the caller falls back to the object).
  assert.equal(table.get(variables)?.get('LATER'), undefined);
  assert.equal(table.get(values['layers'] as object), undefined);
});
