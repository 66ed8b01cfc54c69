// The committed rule reference must match what the generator writes from rule metadata.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleDocFiles, renderRulePage } from '../../scripts/generate-rule-docs.js';
import { RULES } from '../../src/rules/index.js';
import { repoRoot } from '../helpers/repo.js';

test('docs/rules is up to date with the rule metadata (run: node dist/scripts/generate-rule-docs.js)', () => {
  const files = ruleDocFiles();
  for (const [path, content] of files) {
    const onDisk = join(repoRoot, path);
    assert.ok(existsSync(onDisk), `${path} is missing`);
    assert.equal(readFileSync(onDisk, 'utf8'), content, `${path} is stale`);
  }
  const extra = readdirSync(join(repoRoot, 'docs', 'rules')).filter((name) => !files.has(`docs/rules/${name}`));
  assert.deepEqual(extra, [], 'docs/rules holds pages for rules that no longer exist');
});

test('every rule page has an English and a Japanese section with the rule title', () => {
  for (const rule of RULES) {
    const page = renderRulePage(rule);
    assert.match(page, /^## English$/m);
    assert.match(page, /^## 日本語$/m);
    assert.ok(page.includes(rule.title.en) && page.includes(rule.title.ja), rule.id);
    for (const alias of rule.aliases) assert.ok(page.includes(`\`${alias}\``), `${rule.id} lists ${alias}`);
  }
});
