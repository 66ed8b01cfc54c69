// Standard output written by writeSync when it is a pipe, a socket or a file (src/cli/direct-stdout.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { directWriter } from '../../src/cli/direct-stdout.js';
import { repoRoot } from '../helpers/repo.js';

test('the direct writer writes every chunk in order, multi-byte text intact, without its fallback', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-direct-'));
  try {
    const file = join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    let fellBack = false;
    const write = directWriter(fd, () => {
      fellBack = true;
      return () => undefined;
    });
    const big = 'é'.repeat(100_000);
    for (const chunk of ['{"a":', '"日本語（テスト）"', big, '}\n']) write(chunk);
    closeSync(fd);
    assert.equal(readFileSync(file, 'utf8'), `{"a":"日本語（テスト）"${big}}\n`);
    assert.equal(fellBack, false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a full non-blocking pipe (EAGAIN) hands what is left, and every later chunk, to the fallback', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-direct-'));
  try {
    const fifo = join(dir, 'fifo');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const handed: Buffer[] = [];
    const write = directWriter(writer, () => (text) => handed.push(Buffer.from(text)));
    const text = 'あいう'.repeat(100_000); // 900 KB, far over a pipe's buffer
    write(text);
    write('end\n');
    const drained: Buffer[] = [];
    const buffer = Buffer.alloc(1 << 16);
    for (let n = readSync(reader, buffer); n > 0; n = readSyncOrZero(reader, buffer)) drained.push(Buffer.from(buffer.subarray(0, n)));
    closeSync(writer);
    closeSync(reader);
    assert.ok(drained.length > 0, 'the pipe took the first part directly');
    assert.ok(handed.length === 2, 'the rest and the next chunk went to the fallback');
    assert.equal(Buffer.concat([...drained, ...handed]).toString('utf8'), `${text}end\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A read of a non-blocking pipe: 0 once it is empty (EAGAIN). */
function readSyncOrZero(fd: number, buffer: Buffer): number {
  try {
    return readSync(fd, buffer);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return 0;
    throw error;
  }
}

test('a descriptor that cannot be written makes the direct writer quiet, not a crash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-direct-'));
  try {
    const fd = openSync(join(dir, 'in.txt'), 'w+');
    closeSync(fd);
    const write = directWriter(fd, () => assert.fail('only EAGAIN falls back'));
    assert.doesNotThrow(() => write('text'));
    assert.doesNotThrow(() => write('more'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a scan printed to a pipe gives the same bytes as one written to --output, with neither stream nor net loaded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-direct-'));
  try {
    const hook = join(dir, 'hook.cjs');
    const list = join(dir, 'modules.json');
    const out = join(dir, 'report.sarif');
    writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`);
    const args = ['scan', join(repoRoot, 'examples', 'sam-app', 'template.yaml'), '--format', 'sarif', '--today', '2026-01-01'];
    for (const bundle of ['1', '0']) {
      const piped = spawnSync(process.execPath, ['--require', hook, join(repoRoot, 'bin', 'slens.js'), ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, SLENS_BUNDLE: bundle } });
      assert.equal(piped.status, 1, 'the example has findings');
      const modules = JSON.parse(readFileSync(list, 'utf8')) as string[];
      if (bundle === '1') assert.ok(!modules.includes('NativeModule net'), 'net loaded');
      spawnSync(process.execPath, [join(repoRoot, 'bin', 'slens.js'), ...args, '--output', out], { cwd: repoRoot, env: { ...process.env, SLENS_BUNDLE: bundle } });
      assert.equal(piped.stdout, readFileSync(out, 'utf8'), bundle);
      assert.ok(piped.stdout.length > 1000);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
