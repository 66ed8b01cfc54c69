// The per-template runner and the file driver: load errors, duplicate keys, rule failures, unreadable files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplate } from '../../src/iac/index.js';
import { emptyConfig, parseConfig } from '../../src/scan/config.js';
import { scanTemplate } from '../../src/scan/run.js';
import { displayPath, scanFiles } from '../../src/scan/scan-files.js';
import type { Rule } from '../../src/rules/types.js';
import { RULES } from '../../src/rules/index.js';
import { bareFunction, template } from './build.js';

const env = { today: '2026-11-25' };

test('a duplicate key becomes an error finding of template-duplicate-key; other load errors are errors entries', () => {
  const t = template('t.yaml', [bareFunction('Fn', 2)], {}, [
    { file: 't.yaml', line: 7, column: 5, code: 'duplicate-key', message: 'duplicate key "Timeout" (first at line 5, again at line 7)' },
  ]);
  const result = scanTemplate(t, { rules: RULES, config: emptyConfig('/'), env, displayFile: 't.yaml', absoluteFile: '/t.yaml' });
  const dup = result.findings.find((f) => f.ruleId === 'template-duplicate-key');
  assert.equal(dup?.severity, 'error');
  assert.deepEqual([dup?.location.line, dup?.location.column], [7, 5]);
  assert.match(dup?.message.ja ?? '', /line 5/);
  const broken = template('b.yaml', [], {}, [{ file: 'b.yaml', line: 3, code: 'yaml-syntax', message: 'bad indentation' }]);
  const r2 = scanTemplate(broken, { rules: RULES, config: emptyConfig('/'), env, displayFile: 'b.yaml', absoluteFile: '/b.yaml' });
  assert.deepEqual(r2.errors, [{ file: 'b.yaml', line: 3, code: 'yaml-syntax', message: 'bad indentation' }]);
  assert.deepEqual(r2.findings, []);
});

test('a duplicate key read by the loader reads fully in English and Japanese', () => {
  const t = loadTemplate('d.yaml', 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Type: AWS::SNS::Topic\n');
  const result = scanTemplate(t, { rules: [], config: emptyConfig('/'), env, displayFile: 'd.yaml', absoluteFile: '/d.yaml' });
  const dup = result.findings[0];
  assert.equal(dup?.messageId, 'duplicate');
  assert.equal(dup?.message.en, 'Key "Type" appears twice in one mapping (lines 3 and 4); the value on line 4 is used.');
  assert.equal(dup?.message.ja, 'キー "Type" が同じマッピングに 2 回あります（3 行目と 4 行目）。4 行目の値が使われます。');
  assert.deepEqual([dup?.location.line, dup?.location.column], [4, 5]);
});

test('findings at one place share one location, and findings on one resource one resource entry', () => {
  const t = template('t.yaml', [{ id: 'Fn', type: 'AWS::Lambda::Function', line: 10, properties: { TracingConfig: { Mode: 'PassThrough' } } }, bareFunction('Other', 20)]);
  const result = scanTemplate(t, { rules: RULES, config: emptyConfig('/'), env, displayFile: 't.yaml', absoluteFile: '/t.yaml' });
  const at = (id: string, line: number) => result.findings.filter((f) => f.resource.logicalId === id && f.location.line === line);
  const onFn = at('Fn', 10);
  assert.ok(onFn.length >= 2, 'several rules fail Fn at its own line');
  assert.ok(onFn.every((f) => f.location === onFn[0]?.location && f.resource === onFn[0]?.resource));
  // Another place, another resource: their own objects, with their own values.
  const traced = result.findings.find((f) => f.ruleId === 'lambda-tracing' && f.resource.logicalId === 'Fn');
  assert.notEqual(traced?.location, onFn[0]?.location);
  assert.deepEqual(traced?.location, { file: 't.yaml', line: 12, column: traced?.location.column });
  const other = result.findings.find((f) => f.resource.logicalId === 'Other');
  assert.notEqual(other?.resource, onFn[0]?.resource);
  assert.deepEqual([other?.location.line, other?.resource.logicalId, other?.resource.type], [20, 'Other', 'AWS::Lambda::Function']);
});

test('a rule that throws becomes an error entry, and the other rules still run', () => {
  const boom: Rule = { ...(RULES[0] as Rule), id: 'boom', resourceTypes: ['AWS::Lambda::Function'], check: () => { throw new Error('kaput'); } };
  const result = scanTemplate(template('t.yaml', [bareFunction('Fn', 2)]), { rules: [boom, ...RULES], config: emptyConfig('/'), env, displayFile: 't.yaml', absoluteFile: '/t.yaml' });
  assert.match(result.errors[0]?.message ?? '', /rule boom failed on Fn: kaput/);
  assert.ok(result.findings.some((f) => f.ruleId === 'lambda-tracing'));
});

test('findings point at the property path when the rule gives one, else at the resource', () => {
  const t = template('t.yaml', [{ id: 'Fn', type: 'AWS::Lambda::Function', line: 10, properties: { TracingConfig: { Mode: 'PassThrough' } } }]);
  const result = scanTemplate(t, { rules: RULES, config: emptyConfig('/'), env, displayFile: 't.yaml', absoluteFile: '/t.yaml' });
  assert.equal(result.findings.find((f) => f.ruleId === 'lambda-tracing')?.location.line, 12);
  assert.equal(result.findings.find((f) => f.ruleId === 'lambda-explicit-memory')?.location.line, 10);
  assert.deepEqual(
    result.outcomes.filter((o) => o.ruleId === 'lambda-tracing'),
    [{ ruleId: 'lambda-tracing', file: 't.yaml', line: 10, logicalId: 'Fn', resourceType: 'AWS::Lambda::Function', status: 'fail', severity: 'warning' }],
  );
});

test('scanFiles: unreadable, non-UTF-8 and ignored files; the rest is scanned', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-scan-'));
  try {
    mkdirSync(join(dir, 'legacy'));
    writeFileSync(join(dir, 'good.yaml'), 'Resources: {}\n');
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x52, 0x65, 0xe9, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(dir, 'legacy', 'old.yaml'), 'Resources: {}\n');
    const loaded: string[] = [];
    const loader = {
      load: (file: string, data: string | Buffer) => {
        loaded.push(file);
        if (typeof data !== 'string') return template(file, [], {}, [{ file, line: 1, code: 'not-utf8', message: 'not UTF-8' }]);
        return template(file, [bareFunction('Fn', 2)]);
      },
    };
    const config = parseConfig('ignorePaths: ["legacy/"]\n', '.slens.yml', dir);
    const result = scanFiles(['good.yaml', 'latin1.yaml', 'legacy/old.yaml', 'gone.yaml'], { loader, config, today: '2026-11-25', cwd: dir });
    assert.deepEqual(loaded, ['good.yaml', 'latin1.yaml']);
    assert.deepEqual(result.files, ['good.yaml']);
    assert.deepEqual(result.errors.map((e) => [e.file, e.code]).sort(), [['gone.yaml', 'not-found'], ['latin1.yaml', 'not-utf8']]);
    assert.ok(result.findings.length > 0);
    assert.equal(displayPath(join(dir, 'a', 'b.yaml'), dir), 'a/b.yaml');
    assert.equal(displayPath('/elsewhere/x.yaml', dir), '/elsewhere/x.yaml');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('scanFiles: a loader that throws is an error entry, not a crash; progress is reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-scan-'));
  try {
    writeFileSync(join(dir, 'a.yaml'), 'x');
    writeFileSync(join(dir, 'b.yaml'), 'x');
    const progress: string[] = [];
    const loader = { load: (file: string) => { if (file === 'a.yaml') throw new Error('loader bug'); return template(file, []); } };
    const result = scanFiles(['a.yaml', 'b.yaml'], { loader, config: emptyConfig(dir), today: '2026-11-25', cwd: dir, onProgress: (d, t) => progress.push(`${d}/${t}`) });
    assert.deepEqual(result.errors.map((e) => [e.file, e.code, e.message]), [['a.yaml', 'load-failed', 'loader bug']]);
    assert.deepEqual(result.files, ['b.yaml']);
    assert.deepEqual(progress, ['1/2', '2/2']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a duplicate-key finding can be suppressed template-wide or turned off in the config', () => {
  const errors = [{ file: 't.yaml', line: 7, code: 'duplicate-key', message: 'duplicate key "A" (lines 5 and 7)' }];
  const metadata = { slens: { ignore: [{ rule: 'template-duplicate-key', reason: 'generated file, fixed upstream' }] } };
  const suppressed = scanTemplate(template('t.yaml', [], metadata, errors), { rules: [], config: emptyConfig('/'), env, displayFile: 't.yaml', absoluteFile: '/t.yaml' });
  assert.deepEqual(suppressed.findings, []);
  assert.equal(suppressed.suppressed[0]?.ruleId, 'template-duplicate-key');
  const off = parseConfig('rules:\n  template-duplicate-key: off\n', '.slens.yml', '/');
  assert.deepEqual(scanTemplate(template('t.yaml', [], {}, errors), { rules: [], config: off, env, displayFile: 't.yaml', absoluteFile: '/t.yaml' }).findings, []);
});

test('advice rules (code signing, gradual deployment) answer as evidence but report only when asked', () => {
  const t = template('t.yaml', [bareFunction('Fn', 2)]);
  const scan = (config: ReturnType<typeof emptyConfig>) => scanTemplate(t, { rules: RULES, config, env, displayFile: 't.yaml', absoluteFile: '/t.yaml' });
  assert.deepEqual(RULES.filter((r) => r.advice).map((r) => r.id), ['lambda-code-signing', 'lambda-gradual-deployment']);
  const advice = ['lambda-code-signing'];
  const quiet = scan(emptyConfig('/'));
  assert.deepEqual(quiet.findings.filter((f) => advice.includes(f.ruleId)), []);
  assert.deepEqual(quiet.outcomes.filter((o) => advice.includes(o.ruleId)).map((o) => `${o.ruleId} ${o.status} ${o.severity}`), ['lambda-code-signing fail info']);
  const asked = scan({ ...emptyConfig('/'), includeAdvice: true });
  assert.deepEqual(asked.findings.filter((f) => advice.includes(f.ruleId)).map((f) => f.ruleId), advice);
  // Turning one rule on in .slens.yml asks for that rule only.
  const one = scan(parseConfig('rules:\n  lambda-code-signing: on\n', '.slens.yml', '/'));
  assert.deepEqual(one.findings.filter((f) => advice.includes(f.ruleId)).map((f) => f.ruleId), ['lambda-code-signing']);
  assert.equal(parseConfig('includeAdvice: true\n', '.slens.yml', '/').includeAdvice, true);
  assert.throws(() => parseConfig('includeAdvice: yes please\n', '.slens.yml', '/'), /includeAdvice must be true or false/);
});
