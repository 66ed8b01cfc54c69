// localModuleSources: discovery's question "which local folders does this file use as modules?", answered
// without parsing when the file cannot hold a module block, and exactly as the parser answers otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localModuleSources, moduleSources } from '../../../src/iac/terraform/module-sources.js';
import { Parser } from '../../../src/iac/terraform/hcl-parser.js';

/** What a full parse says (the answer before the keyword pre-check). */
function parsed(text: string): string[] {
  try {
    return moduleSources(new Parser(text, 64).parseFile()).filter((s) => /^\.\.?[\\/]/.test(s));
  } catch {
    return [];
  }
}

const CASES: [string, string[]][] = [
  ['module "fn" {\n  source = "./modules/fn"\n}\n', ['./modules/fn']],
  ['/* first */ module "a" { source = "../a" }\n', ['../a']],
  ['module b {\n  source = "./b"\n}\n', ['./b']],
  ['locals {\n  x = "a"\n}\n\nmodule "remote" {\n  source = "terraform-aws-modules/lambda/aws"\n}\nmodule "local" {\n  source = "./l"\n}\n', ['./l']],
  // Only traversals, longer names and strings say "module": no block, nothing to parse.
  ['output "arn" {\n  value = module.fn.lambda_function_arn\n}\nresource "aws_s3_object" "o" {\n  source = "${path.module}/lambda.zip"\n  my-module = 1\n  modules = 2\n}\n', []],
  ['# module "c" { source = "./c" }\n', []],
  ['module "broken" {\n  source = "./x"\n', []],
  ['module "tmpl" {\n  source = "./${var.x}"\n}\n', []],
];

test('localModuleSources agrees with a full parse, with or without the word module', () => {
  for (const [text, expected] of CASES) {
    assert.deepEqual(localModuleSources(text), expected, text);
    assert.deepEqual(localModuleSources(text), parsed(text), text);
  }
});

test('a huge file of module traversals and a hostile nesting are answered without a throw', () => {
  const big = 'output "o" {\n  value = [\n' + 'module.fn.arn,\n'.repeat(200_000) + ']\n}\n';
  assert.deepEqual(localModuleSources(big), []);
  assert.deepEqual(localModuleSources(`module "x" { source = ${'['.repeat(10_000)} }`), []);
});
