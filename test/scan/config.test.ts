// .slens.yml parsing: clear errors with file and line; discovery in the working directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseConfig } from '../../src/scan/config.js';
import { configSuppressionProblems } from '../../src/scan/suppressions.js';
import { UserError } from '../../src/util/errors.js';

function errorOf(text: string): UserError {
  try {
    parseConfig(text, '.slens.yml', '/work');
  } catch (error) {
    assert.ok(error instanceof UserError, String(error));
    return error;
  }
  assert.fail('expected an error');
}

test('an empty config is fine', () => {
  const config = parseConfig('', '.slens.yml', '/work');
  assert.equal(config.rules.size, 0);
  assert.deepEqual(config.ignorePaths, []);
});

test('rule settings accept ids and aliases, off/on/severities', () => {
  const config = parseConfig('rules:\n  WS1000: off\n  sqs-redrive-policy: warning\n  lambda-explicit-memory: on\n', '.slens.yml', '/work');
  assert.deepEqual(config.rules.get('lambda-tracing'), { enabled: false });
  assert.deepEqual(config.rules.get('sqs-redrive-policy'), { enabled: true, severity: 'warning' });
  assert.deepEqual(config.rules.get('lambda-explicit-memory'), { enabled: true });
});

test('broken YAML names the line and column', () => {
  const error = errorOf('rules:\n  lambda-tracing: off\n bad: [\n');
  assert.equal(error.code, 'config-syntax');
  assert.equal(error.location.file, '.slens.yml');
  assert.ok((error.location.line ?? 0) >= 3, JSON.stringify(error.location));
});

test('unknown keys, unknown rules and bad values are errors on their line', () => {
  assert.deepEqual([errorOf('rules: {}\nignorepaths: [a]\n').message, errorOf('rules: {}\nignorepaths: [a]\n').location.line], ['unknown key "ignorepaths" (expected rules, ignorePaths, ignore, includeAdvice)', 2]);
  const unknownRule = errorOf('rules:\n  lambda-tracin: off\n');
  assert.match(unknownRule.message, /unknown rule "lambda-tracin"/);
  assert.equal(unknownRule.location.line, 2);
  assert.match(errorOf('rules:\n  lambda-tracing: loud\n').message, /expected off, on, error, warning or info/);
  assert.match(errorOf('ignorePaths: legacy\n').message, /ignorePaths must be a list of strings/);
  assert.match(errorOf('ignore:\n  - reason: no rule\n').message, /needs rule/);
  assert.match(errorOf('ignore:\n  - rule: lambda-tracing\n    why: x\n').message, /unknown key "why"/);
  assert.match(errorOf('- just\n- a list\n').message, /must be a mapping/);
});

test('config suppressions without a reason or with an unknown rule are reported on their line', () => {
  const config = parseConfig('ignore:\n  - rule: lambda-tracing\n  - rule: nope-rule\n    reason: x\n  - rule: WS1004\n    reason: fine\n', '.slens.yml', '/work');
  const problems = configSuppressionProblems(config);
  assert.deepEqual(problems.map((p) => [p.messageId, p.location.line]), [['missing', 2], ['unknownRule', 3]]);
});

test('loadConfig: --config must exist; .slens.yml is found in the working directory; none is fine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-config-'));
  try {
    assert.throws(() => loadConfig('missing.yml', dir), (e: unknown) => e instanceof UserError && e.code === 'config-missing');
    assert.equal(loadConfig(undefined, dir).file, undefined);
    writeFileSync(join(dir, '.slens.yml'), 'rules:\n  lambda-tracing: off\n');
    const found = loadConfig(undefined, dir);
    assert.equal(found.file, '.slens.yml');
    assert.deepEqual(found.rules.get('lambda-tracing'), { enabled: false });
    writeFileSync(join(dir, 'other.yml'), 'rules:\n  lambda-tracing: info\n');
    assert.deepEqual(loadConfig('other.yml', dir).rules.get('lambda-tracing'), { enabled: true, severity: 'info' });
    writeFileSync(join(dir, 'alias.yml'), 'a: &a [*a]\n');
    assert.throws(() => loadConfig('alias.yml', dir), (e: unknown) => e instanceof UserError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
