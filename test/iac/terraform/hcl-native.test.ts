// The native HCL parser against @cdktn/hcl2json: every .tf file of the fixtures and examples, and small
// snippets of each construct, must give the same JSON; broken input gives an error at the problem's line;
// hostile input ends with a value or an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseHclExpressionNative, parseHclNative } from '../../../src/iac/terraform/hcl-native.js';
import { MAX_HCL_NESTING } from '../../../src/iac/terraform/hcl.js';
import { repoRoot } from '../../helpers/repo.js';

const require = createRequire(import.meta.url);
const hcl2json = require('@cdktn/hcl2json') as { parse(file: string, text: string): Promise<Record<string, unknown>> };

/** hcl2json's answer: its JSON, or 'error'. */
async function expected(text: string): Promise<unknown> {
  try {
    return await hcl2json.parse('x.tf', text);
  } catch {
    return 'error';
  }
}

function native(text: string): unknown {
  const result = parseHclNative('x.tf', text);
  return 'error' in result ? 'error' : JSON.parse(JSON.stringify(result.value));
}

function tfFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) tfFiles(path, out);
    else if (name.endsWith('.tf')) out.push(path);
  }
  return out;
}

test('every .tf file of the fixtures and examples parses as hcl2json parses it', async () => {
  const files = [...tfFiles(join(repoRoot, 'test', 'fixtures')), ...tfFiles(join(repoRoot, 'examples'))];
  assert.ok(files.length > 10);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.deepEqual(native(text), await expected(text), file);
  }
});

const SNIPPETS: Record<string, string> = {
  numbers: 'a = 1\nb = 1.5\nc = 12345678901234567890123\nd = 1e3\ne = -1.5e-3\nf = 0.1\ng = 1.0\nh = 007\ni = -1\nj = - 1\n',
  keywords: 'a = true\nb = false\nc = null\nd = [true, null]\ne = !true\n',
  escapes: 'a = "a\\nb\\"c\\\\d\\u00e9\\t\\r\\U0001F600"\nb = "$${x} %%{y}"\nc = "\\u0024{x}"\nd = "a$$b %%c $ %"\ne = "$$${x}"\n',
  interpolation: 'a = "${var.x}"\nb = "${1}"\nc = "x${1}"\nd = "x${ var.x }y"\ne = "x${f(a, b)}"\nf = "${ f( a ) }"\ng = "x${[1]}"\nh = "x${-1}"\ni = "x${true}"\nj = "${"abc"}"\nk = "${[1, var.y]}"\nl = "x${null}"\nm = "x${1.50}y${1e21}"\n',
  'conditionals in templates': 'a = "${a ? "x" : "y"}"\nb = "p${a ? 1 : 2}"\nc = "p${a ? b : c}"\n',
  directives: 'a = "%{ if c }yes%{ else }no%{ endif }"\nb = "%{ for k, v in m }${k}=${v},%{ endfor }"\nc = "%{if c}yes%{endif}"\nd = "%{ if a }x%{ else }%{ endif }"\ne = "%{ for x in f(y) }${x}%{ endfor }"\n',
  'strip markers': 'a = "x %{~ if c ~} yes %{~ endif ~} y"\nb = "a ${~ var.x ~} b"\nc = "${x ~} "\nd = "a  %{~ for x in y ~}  ${x}  %{~ endfor ~}  b"\n',
  heredocs: 'a = <<EOF\nhello $${x} ${y}\n  world \\n\nEOF\nb = <<EOF\nEOF\nc = <<EOF\n${x}\nEOF\nd = <<EOF\nx\n  EOF\ne = <<POLICY\n{"a": 1}\nPOLICY  \n',
  'indented heredocs': 'a = <<-EOT\n    indented\n      more ${x}\n    end\n  EOT\nb = <<-EOF\n  a\n\tb\n    c\n\nEOF\nc = <<-EOF\n    ${x} a\n      b\n    EOF\nd = <<-EOF\n    a\n      \n    b\n  EOF\n',
  'heredoc strip markers': 'a = <<EOF\na\n${~x}\n  b ~ \nEOF\nb = <<EOF\na  \n  %{~ if x ~}  \n  b\n%{ endif }\nEOF\nc = <<EOF\n  a ${~ x ~}  \n  b\nEOF\n',
  tuples: 'a = [1, 2,\n  3,]\nb = []\nc = [\n  1, # c\n  2 // d\n  /* e */ ,3\n]\n',
  objects: 'o = {\n  a = 1\n  "b" = var.x\n  c : "s"\n  d = { e = [1, var.y, { f = g }] }\n  1 = 2\n  (var.k) = 3\n  "${var.z}" = 4\n  x.y = 5\n  true = 6\n  "$${k}" = 7\n}\np = {}\nq = { a = 1, b = 2 }\nr = {\n  b = 1\n  c = 2,\n  d = 3, e = 4\n  f = [\n  ]\n}\n',
  expressions: 'a = (1 + 2) * 3\nb = (var.x)\nc = f(x)\nd = f(x).y\ne = x[0]\nf = x[*].id\ng = x.*.id\nh = a.b["c"]\ni = a ? b : c\nj = a == b && !c || d\nk = -var.x\nl = -(1)\nm = "a" == "b"\nn = f(x...)\no = a.0.b\np = provider::aws::arn_parse(x)\nq = x == "$${y}"\n',
  'for expressions': 'a = [for x in y : x.id if x.ok]\nb = {for k, v in m : k => v...}\nc = [\n  for x in y :\n  x\n]\nd = {\n  for k, v in m:\n  k => v\n}\n',
  'multi-line expressions': 'a = merge(\n  var.x, # comment\n  {}\n)\nb = jsonencode({\n  Version = "2012-10-17"\n  Statement = [{ Effect = "Allow", Resource = "*" }]\n})\n',
  comments: 'a = 1 # c\nb = 2 // d\nc = 3 /* e */\nd = /* f */ 4\ne = "x" /* multi\nline */\n',
  blocks: 'resource "aws_lambda_function" "f" {\n  name = "x"\n  env {\n    variables = { A = "1" }\n  }\n  env {\n    x = 1\n  }\n  dynamic "tag" {\n    for_each = var.tags\n    content {\n      key = tag.key\n    }\n  }\n}\nresource "aws_lambda_function" "g" {}\nresource aws_s3_bucket b {\n}\nresource "aws_sqs_queue" "q" { name = "q" }\n',
  'repeated blocks': 'locals { a = 1 }\nlocals { b = 2 }\nprovider "aws" { region = "us-east-1" }\nprovider "aws" {\n  alias = "west"\n}\nresource "a" "x" { name = 1 }\nresource "b" "x" { name = 2 }\n',
  terraform: 'terraform {\n  required_version = ">= 1.5"\n  required_providers {\n    aws = {\n      source = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n  backend "s3" {}\n}\n',
  'attributes and blocks of one name': 'x {}\nx = 1\ny = 1\ny "a" {}\n',
  'block labels': 'resource "x" "$${a}" {}\nresource "x" "a\\nb" {}\n',
  empty: '',
  'only comments': '# only comments\n// more\n/* block\n */\n',
  'CRLF and BOM': '\ufeffa = 1\r\nb = "x"\r\nc = <<EOF\r\nline\r\n  two\r\nEOF\r\nd = <<-EOF\r\n   x\r\n  y\r\n  EOF\r\nblock {\r\n  e = [\r\n    1,\r\n  ]\r\n}\r\n',
  tabs: '\ta\t=\t1\nb {\n\tc = "\t"\n}\n',
  unicode: 'résumé = "héllo ✓ 😀"\nα_β-γ = 1\nblock "ラベル" {\n  名前 = "値"\n}\n',
  'no final newline': 'a = 1\nb = [1]',
  'nested for in templates': 'a = "${join(",", [for s in var.list : "${s}-x"])}"\n',
  'deep but allowed nesting': `a = ${'['.repeat(200)}${']'.repeat(200)}\n`,
};

for (const [name, text] of Object.entries(SNIPPETS)) {
  test(`snippet: ${name} — same JSON as hcl2json`, async () => {
    const theirs = await expected(text);
    assert.notEqual(theirs, 'error', 'the snippet is valid HCL for hcl2json');
    assert.deepEqual(native(text), theirs);
  });
}

test('keys come out sorted, as hcl2json writes them', () => {
  const result = parseHclNative('x.tf', 'b = 1\na = { d = 1, c = 2 }\n');
  assert.ok('value' in result);
  assert.equal(JSON.stringify(result.value), '{"a":{"c":2,"d":1},"b":1}');
});

test('an attribute named __proto__ is an own key, as in JSON.parse', () => {
  const result = parseHclNative('x.tf', '__proto__ = 1\n');
  assert.ok('value' in result);
  assert.equal(JSON.stringify(result.value), '{"__proto__":1}');
});

test('parseHclExpressionNative: the value of one expression, or undefined', () => {
  assert.deepEqual(parseHclExpressionNative('{ a = 1, b = var.x, c = [true] }'), { a: 1, b: '${var.x}', c: [true] });
  assert.equal(parseHclExpressionNative('"x-${var.y}"'), 'x-${var.y}');
  assert.equal(parseHclExpressionNative('((('), undefined);
});

const ERRORS: Array<[string, string, number, number, RegExp]> = [
  ['unclosed block', 'a = 1\nresource "x" "y" {\n  b = 1\n', 2, 18, /Unclosed configuration block/],
  ['object without closing brace', 'a = 1\nb = {\n  c = 1\n', 2, 5, /Missing closing brace/],
  ['list without closing bracket', 'a = [1, 2\n', 1, 5, /Missing closing bracket/],
  ['function call without closing parenthesis', 'a = f(1\n', 1, 6, /Unterminated function call/],
  ['string broken by a newline', 'a = "abc\nb = 1\n', 1, 9, /Invalid multi-line string/],
  ['unterminated string at the end of the file', 'a = 1\nb = "abc', 2, 5, /Unterminated template string/],
  ['unterminated heredoc', 'a = 1\nb = <<EOF\nabc\n', 2, 5, /Unterminated template string/],
  ['invalid character', 'a = 1\nb = 1 @ 2\n', 2, 7, /Invalid character/],
  ['attribute set twice', 'a = 1\na = 2\n', 2, 1, /Attribute redefined/],
  ['missing separator in an object', 'a = {b = 1 c = 2}\n', 1, 12, /Missing attribute separator/],
  ['single-line block left open', 'x { a = 1\n}\n', 1, 10, /single-argument block/],
  ['missing expression', 'a =\nb = 1\n', 1, 4, /Missing expression/],
  ['unclosed interpolation', 'a = "${x"\n', 1, 9, /Missing closing brace/],
  ['if without endif', 'a = "%{ if x }y"\n', 1, 6, /endif/],
  ['invalid escape', 'a = "\\q"\n', 1, 6, /Invalid escape sequence/],
  ['interpolation in a block label', 'x "a${b}" {}\n', 1, 5, /Template sequences|template sequences/],
  ['unterminated comment', 'a = 1\n/* abc', 2, 1, /Unterminated comment/],
  ['stray closing brace', 'a = 1\n}\n', 2, 1, /Argument or block definition required/],
  ['two values', 'a = 1 2\n', 1, 7, /Missing newline after argument/],
  ['blocks of one type with and without labels', 'x {}\nx "a" {}\n', 2, 1, /Unable to convert block/],
  ['nesting deeper than the limit', `a = ${'['.repeat(MAX_HCL_NESTING + 1)}${']'.repeat(MAX_HCL_NESTING + 1)}\n`, 1, 5 + MAX_HCL_NESTING, /nested deeper than 256/],
];

for (const [name, text, line, column, message] of ERRORS) {
  test(`error: ${name} — at ${line}:${column}, and hcl2json refuses it too`, async () => {
    const result = parseHclNative('x.tf', text);
    assert.ok('error' in result, JSON.stringify(result));
    assert.deepEqual({ line: result.error.line, column: result.error.column }, { line, column }, result.error.message);
    assert.match(result.error.message, message);
    if (!/nested deeper/.test(result.error.message)) assert.equal(await expected(text), 'error');
  });
}

test('hostile and huge inputs end with a value or an error', () => {
  const outcome = (text: string): string => {
    const result = parseHclNative('x.tf', text);
    return 'error' in result ? `error ${result.error.line}:${result.error.column}` : 'value';
  };
  const attrs = Array.from({ length: 100_000 }, (_, i) => `a${i} = "v${i}"`).join('\n') + '\n';
  const parsed = parseHclNative('x.tf', attrs);
  assert.ok('value' in parsed && Object.keys(parsed.value).length === 100_000);
  const block = 'resource "aws_s3_bucket" "b" {\n  bucket = "x-${var.y}"\n  tags = { a = 1, b = [1, 2, 3] }\n}\n';
  let i = 0;
  const tenMegabytes = block.repeat(Math.ceil((10 << 20) / block.length)).replace(/"b" \{/g, () => `"b${i++}" {`);
  assert.equal(outcome(tenMegabytes), 'value');
  assert.equal(outcome(`a = "${'x'.repeat(1 << 20)}"\n`), 'value');
  assert.equal(outcome(`a = ${Array.from({ length: 200_000 }, () => 'x').join(' + ')}\n`), 'value');
  assert.equal(outcome('a = <<EOF\n' + 'line\n'.repeat(200_000)), 'error 1:5');
  assert.equal(outcome('a = "' + 'x'.repeat(1 << 20)), 'error 1:5');
  assert.equal(outcome('/*' + 'x'.repeat(1 << 20)), 'error 1:1');
  assert.equal(outcome('#'.repeat(1 << 20)), 'value');
  assert.equal(outcome('['.repeat(100_000)), 'error 1:1');
  assert.match(outcome(`a = ${'!'.repeat(1_000_000)}x\n`), /^error 1:/);
  assert.match(outcome(`a = ${'"${'.repeat(10_000)}x${'}"'.repeat(10_000)}\n`), /^error 1:/);
  assert.match(outcome(`a = ${'x ? y : '.repeat(10_000)}z\n`), /^error 1:/);
  assert.match(outcome(`${'a {\n'.repeat(10_000)}${'}\n'.repeat(10_000)}`), /^error 257:/);
  // Random bytes, seeded so a failure can be replayed.
  let seed = 42;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 20; round++) {
    let bytes = '';
    for (let j = 0; j < 20_000; j++) bytes += String.fromCharCode(Math.floor(random() * 256));
    assert.match(outcome(bytes), /^(value|error \d+:\d+)$/);
  }
  // Random HCL-ish tokens exercise deeper paths than random bytes.
  const pieces = ['a', ' = ', '"', '${', '}', '%{', '{', '}', '[', ']', '(', ')', '\n', '<<EOF\n', 'EOF\n', ',', '.', '*', '?', ':', '1', '#', '/*', '*/', '~', '\\', 'for ', ' in ', 'if '];
  for (let round = 0; round < 500; round++) {
    let text = '';
    for (let j = 0; j < 60; j++) text += pieces[Math.floor(random() * pieces.length)];
    assert.match(outcome(text), /^(value|error \d+:\d+)$/);
  }
});
