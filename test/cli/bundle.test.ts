// The bundled CLI (scripts/bundle.ts) must behave exactly like the compiled modules it is built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo.js';

const BIN = join(repoRoot, 'bin', 'slens.js');

function run(bundle: '0' | '1', args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, SLENS_BUNDLE: bundle } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the build leaves a bundle newer than the compiled modules, so bin/slens.js runs it by default', () => {
  const bundle = statSync(join(repoRoot, 'dist', 'src', 'bundle', 'main.js'));
  const modules = statSync(join(repoRoot, 'dist', 'src', 'cli', 'main.js'));
  assert.ok(bundle.mtimeMs >= modules.mtimeMs, 'run the build (npm test runs scripts/bundle.ts after tsc)');
});

test('bundled and unbundled CLI print byte-identical scans of every example (CloudFormation, SAM, Serverless, Terraform) in every format', () => {
  for (const format of ['json', 'sarif', 'junit', 'markdown', 'text']) {
    const args = ['scan', 'examples', '--format', format, '--today', '2026-11-25', '--lang', format === 'markdown' ? 'ja' : 'en'];
    const modules = run('0', args);
    const bundled = run('1', args);
    assert.equal(bundled.stderr, modules.stderr, format);
    assert.equal(bundled.status, modules.status, format);
    assert.equal(bundled.stdout, modules.stdout, format);
    assert.ok(modules.stdout.length > 1000, `${format}: the scan printed findings`);
  }
  const json = JSON.parse(run('1', ['scan', 'examples', '--format', 'json', '--today', '2026-11-25']).stdout) as { files: string[] };
  assert.ok(json.files.some((f) => f.endsWith('.tf') || f.includes('terraform')), 'Terraform (the parser kept outside the bundle) was read');
});

test('bundled CLI answers usage errors and other commands like the modules do', () => {
  for (const args of [['scan'], ['lens', 'show', 'serverless', '--format', 'json'], ['nope'], ['tune', '--help']]) {
    const modules = run('0', args);
    const bundled = run('1', args);
    assert.equal(bundled.status, modules.status, args.join(' '));
    assert.equal(bundled.stdout, modules.stdout, args.join(' '));
    assert.equal(bundled.stderr, modules.stderr, args.join(' '));
  }
});
