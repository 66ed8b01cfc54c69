// What a scan loads at start: what it does not need stays unloaded (start-up is most of a small scan's time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo.js';
import { META_RULES, RULES } from '../../src/rules/index.js';

const BIN = join(repoRoot, 'bin', 'slens.js');
const TEMPLATE = join(repoRoot, 'examples', 'sam-app', 'template.yaml');

/** Node's built-in modules loaded by `slens <args>` (SLENS_BUNDLE as given), and its exit status and output. */
function loaded(args: string[], bundle: string): { modules: string[]; status: number | null; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'slens-startup-'));
  try {
    const hook = join(dir, 'hook.cjs');
    const list = join(dir, 'modules.json');
    writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`);
    const run = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, SLENS_BUNDLE: bundle } });
    return { modules: JSON.parse(readFileSync(list, 'utf8')) as string[], status: run.status, stdout: run.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a scan that writes its report to --output or to a pipe never builds process.stdout (no stream or net modules), with either bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-startup-out-'));
  try {
    // (The compiled modules, run when no bundle is built, need Node's ES module loader, which loads them anyway.)
    for (const bundle of ['1', 'full']) {
      const out = join(dir, `report-${bundle}.json`);
      const run = loaded(['scan', TEMPLATE, '--format', 'json', '--today', '2026-01-01', '--output', out], bundle);
      assert.equal(run.status, 1, 'the example has findings');
      assert.ok(readFileSync(out, 'utf8').includes('"findings"'));
      assert.ok(!run.modules.includes('NativeModule net'), `${bundle}: net loaded`);
      assert.ok(!run.modules.includes('NativeModule stream'), `${bundle}: stream loaded`);
    }
    // Printed to a pipe, the report is written to fd 1 directly (src/cli/direct-stdout.ts): no stream either.
    const printed = loaded(['scan', TEMPLATE, '--format', 'json', '--today', '2026-01-01'], '1');
    assert.ok(printed.stdout.includes('"findings"'));
    assert.ok(!printed.modules.includes('NativeModule net'), 'piped: net loaded');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the scan bundle loads child_process and worker_threads only when used: not for a one-template scan', () => {
  const run = loaded(['scan', TEMPLATE, '--format', 'json', '--today', '2026-01-01'], '1');
  assert.equal(run.status, 1);
  assert.ok(!run.modules.includes('NativeModule child_process'), 'child_process loaded');
  assert.ok(!run.modules.includes('NativeModule worker_threads'), 'worker_threads loaded');
});

/** The files `slens <args>` read with readFileSync (SLENS_BUNDLE as given), and its exit status and output. */
function filesRead(args: string[], bundle: string): { files: string[]; status: number | null; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'slens-startup-read-'));
  try {
    const hook = join(dir, 'hook.cjs');
    const list = join(dir, 'files.json');
    writeFileSync(
      hook,
      [
        "const fs = require('node:fs');",
        'const files = []; const read = fs.readFileSync;',
        'fs.readFileSync = function (path, ...rest) { files.push(String(path)); return read.call(this, path, ...rest); };',
        `process.on('exit', () => fs.writeFileSync(${JSON.stringify(list)}, JSON.stringify(files)));`,
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, SLENS_BUNDLE: bundle } });
    return { files: JSON.parse(readFileSync(list, 'utf8')) as string[], status: run.status, stdout: run.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the rule docs are not in the scan bundle: each rule reads its own from rule-docs.json beside it, and the whole CLI keeps them inline', () => {
  const scanBundle = readFileSync(join(repoRoot, 'dist', 'src', 'bundle', 'scan.cjs'), 'latin1');
  const wholeBundle = readFileSync(join(repoRoot, 'dist', 'src', 'bundle', 'main.cjs'), 'latin1');
  const docs = JSON.parse(readFileSync(join(repoRoot, 'dist', 'src', 'bundle', 'rule-docs.json'), 'utf8')) as Record<string, { rationale: { en: string } }>;
  const catalog = [...RULES, ...META_RULES];
  assert.deepEqual(Object.keys(docs).sort(), catalog.map((r) => r.id).sort());
  assert.equal(scanBundle.split('get docs(){return __slensRuleDocs(').length - 1, catalog.length, 'one getter per rule');
  assert.ok(!/\brationale:\{/.test(scanBundle), 'a rationale literal is in the scan bundle');
  assert.ok(/\brationale:\{/.test(wholeBundle), 'the whole CLI bundle has its docs inline');
  for (const rule of catalog) assert.deepEqual(docs[rule.id], rule.docs, `${rule.id}: the docs file holds the rule's docs`);
});

test('a JSON scan reads neither the rule docs nor the lens text; SARIF reads the rule docs and writes what the compiled modules write', () => {
  const args = ['scan', TEMPLATE, '--today', '2026-01-01'];
  const json = filesRead([...args, '--format', 'json'], '1');
  assert.equal(json.status, 1);
  assert.ok(json.stdout.includes('"suggestions"'));
  assert.ok(json.files.some((f) => f.endsWith('serverless.outline.json')), `the lens outline is read: ${json.files.join(', ')}`);
  assert.ok(!json.files.some((f) => f.endsWith('rule-docs.json') || /serverless\.(en|ja)\.json$/.test(f)), `read: ${json.files.join(', ')}`);
  for (const lang of ['en', 'ja']) {
    const sarif = filesRead([...args, '--format', 'sarif', '--lang', lang], '1');
    assert.equal(sarif.status, 1);
    assert.ok(sarif.files.some((f) => f.endsWith('rule-docs.json')), `${lang}: SARIF's rule help reads the docs file`);
    const modules = spawnSync(process.execPath, [BIN, ...args, '--format', 'sarif', '--lang', lang], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, SLENS_BUNDLE: '0' } });
    assert.equal(sarif.stdout, modules.stdout, `${lang}: SARIF from the scan bundle and from the modules`);
  }
});

test('a scan of template files runs with the code cache of single templates, a scan of a folder with the cache of every example', () => {
  const cacheOf = (args: string[]): string => {
    const run = spawnSync(process.execPath, [BIN, 'scan', ...args, '--format', 'json', '--today', '2026-01-01'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, SLENS_BUNDLE: '1', SLENS_BUNDLE_DEBUG: '1' } });
    assert.equal(run.status, 1, run.stderr);
    return run.stderr.trim();
  };
  assert.equal(cacheOf([TEMPLATE]), 'slens: bundle code cache used (template.cache)');
  assert.equal(cacheOf([join(repoRoot, 'examples', 'sam-app')]), 'slens: bundle code cache used (cache)');
  assert.equal(cacheOf([TEMPLATE, join(repoRoot, 'examples', 'orders-careless')]), 'slens: bundle code cache used (cache)', 'a folder among the paths');
});
