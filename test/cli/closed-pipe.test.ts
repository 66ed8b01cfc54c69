// Output piped to a reader that stops early (`slens scan … | head`): the CLI goes quiet instead of crashing
// with an EPIPE stack trace, and exits with the code the command itself would have had.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo.js';

/** Runs the real CLI, closing its standard output after the first chunk; resolves with its exit code and stderr. */
function runClosingEarly(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'slens.js'), ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.once('data', () => child.stdout.destroy());
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

// SARIF of these examples (about 470 KB) is far over a pipe's 64 KB buffer: most of it is written after the reader left.
const EXAMPLES = ['examples/orders-careless', 'examples/orders-well-architected', 'examples/sam-app'];

test('a clean scan whose reader closes the pipe exits 0, quietly', async () => {
  const run = await runClosingEarly(['scan', ...EXAMPLES, '--format', 'sarif', '--fail-on', 'none']);
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
});

test('a scan with findings whose reader closes the pipe still exits 1, quietly', async () => {
  const run = await runClosingEarly(['scan', ...EXAMPLES, '--format', 'sarif']);
  assert.doesNotMatch(run.stderr, /EPIPE|at .*\.js/);
  assert.equal(run.code, 1);
});
