// Trees discovery parsed are handed to the loader once, for the same text only; the loader's result is the same
// whether it parses the text itself or takes the tree discovery kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHclFile } from '../../../src/iac/terraform/hcl-native.js';
import { Parser } from '../../../src/iac/terraform/hcl-parser.js';
import { MAX_HCL_NESTING } from '../../../src/iac/terraform/hcl.js';
import { localModuleSources } from '../../../src/iac/terraform/module-sources.js';
import { keepParsed, takeParsed } from '../../../src/iac/terraform/parsed-texts.js';
import { plainValue } from '../../../src/iac/terraform/hcl-value.js';

const TEXT = `module "fn" {
  source = "./modules/fn"
  name   = "\${var.prefix}-fn"
}
resource "aws_sqs_queue" "q" {
  name = "q"
}
`;

test('a kept tree is taken once, and only for the very same text', () => {
  const text = `${TEXT}# kept once\n`;
  const body = new Parser(text, MAX_HCL_NESTING).parseFile();
  keepParsed(text, body);
  assert.equal(takeParsed(`${text} `), undefined);
  assert.equal(takeParsed(text), body);
  assert.equal(takeParsed(text), undefined);
});

test('the loader gives the same value from the tree discovery parsed as from its own parse', () => {
  const fresh = parseHclFile(TEXT);
  assert.ok('value' in fresh);
  assert.deepEqual(localModuleSources(TEXT), ['./modules/fn']);
  const kept = takeParsed(TEXT);
  assert.ok(kept, 'discovery kept the tree of a file with a module block');
  keepParsed(TEXT, kept);
  const reused = parseHclFile(TEXT);
  assert.ok('value' in reused);
  assert.equal(reused.body, kept);
  assert.deepEqual(plainValue(reused.value), plainValue(fresh.value));
});
