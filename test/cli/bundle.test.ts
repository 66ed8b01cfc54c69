// The bundled CLI (scripts/bundle.ts) must behave exactly like the compiled modules it is built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/repo.js';

const BIN = join(repoRoot, 'bin', 'slens.js');

function run(bundle: '0' | '1' | 'full', args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, SLENS_BUNDLE: bundle, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the build leaves a bundle newer than the compiled modules, so bin/slens.js runs it by default', () => {
  const bundle = statSync(join(repoRoot, 'dist', 'src', 'bundle', 'main.cjs'));
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

test('the scan bundle, the whole-CLI bundle and the modules scan alike, on one thread and over worker threads', () => {
  const scan = statSync(join(repoRoot, 'dist', 'src', 'bundle', 'scan.cjs'));
  assert.ok(scan.size < statSync(join(repoRoot, 'dist', 'src', 'bundle', 'main.cjs')).size * 0.7, 'the scan bundle leaves the other commands out');
  const args = ['scan', 'examples', '--format', 'junit', '--today', '2026-11-25'];
  const modules = run('0', args, { SLENS_WORKERS: '0' });
  assert.ok(modules.stdout.length > 1000);
  for (const [bundle, workers] of [['1', '0'], ['1', '2'], ['full', '1'], ['0', '1']] as const) {
    const other = run(bundle, args, { SLENS_WORKERS: workers });
    assert.equal(other.stderr, modules.stderr, `${bundle} with ${workers} workers`);
    assert.equal(other.status, modules.status, `${bundle} with ${workers} workers`);
    assert.equal(other.stdout, modules.stdout, `${bundle} with ${workers} workers`);
  }
  for (const usage of [['scan'], ['scan', '--help'], ['scan', '--format', 'xml', 'examples'], ['scan', '--lang', 'ja', 'nowhere']]) {
    const full = run('full', usage);
    const alone = run('1', usage);
    assert.deepEqual(alone, full, usage.join(' '));
  }
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

test('the code cache is used when it matches the bundle, and a refused or stale cache only costs compiling', async () => {
  const { loadBundle } = (await import(pathToFileURL(join(repoRoot, 'bin', 'bundle-loader.js')).href)) as {
    loadBundle: (url: URL) => { exports: { main?: unknown }; cache: 'used' | 'rejected' | 'absent' };
  };
  const dir = mkdtempSync(join(tmpdir(), 'slens-bundle-'));
  try {
    const file = join(dir, 'main.cjs');
    copyFileSync(join(repoRoot, 'dist', 'src', 'bundle', 'main.cjs'), file);
    copyFileSync(join(repoRoot, 'dist', 'src', 'bundle', 'main.cjs.cache'), `${file}.cache`);
    const used = loadBundle(pathToFileURL(file));
    assert.equal(used.cache, 'used');
    assert.equal(typeof used.exports.main, 'function');
    writeFileSync(`${file}.cache`, Buffer.from('not a code cache'));
    const refused = loadBundle(pathToFileURL(file));
    assert.equal(refused.cache, 'rejected');
    assert.equal(typeof refused.exports.main, 'function');
    const past = new Date(Date.now() - 60_000);
    utimesSync(`${file}.cache`, past, past);
    assert.equal(loadBundle(pathToFileURL(file)).cache, 'absent', 'a cache older than the bundle is not even read');
    rmSync(`${file}.cache`);
    assert.equal(loadBundle(pathToFileURL(file)).cache, 'absent');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
