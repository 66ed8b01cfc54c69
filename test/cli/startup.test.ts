// What a scan loads at start: what it does not need stays unloaded (start-up is most of a small scan's time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo.js';

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
