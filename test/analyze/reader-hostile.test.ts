// Broken and hostile input never crashes the reader: each bad line is counted and named by file and line,
// and a large generated file is read with a flat heap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readFile } from '../../src/analyze/read/reader.js';
import { MAX_LINE } from '../../src/analyze/read/reader.js';
import { readAll, tempDir } from './read-helpers.js';

test('broken lines are counted with file, line and reason; good lines around them survive', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'broken.log');
    writeFileSync(
      file,
      [
        'START RequestId: ok Version: 1',
        '{"level": "INFO", "message": "cut',
        'REPORT RequestId: x\tDuration: fast ms\tBilled Duration: 1 ms\tMemory Size: 128 MB\tMax Memory Used: 1 MB',
        'REPORT RequestId: y\tDuration: 1 ms',
        '{"type":"platform.report","record":{"metrics":{"durationMs":"1"}}}',
        '[1, 2, 3]',
        'END RequestId: ok',
      ].join('\n'),
    );
    const { records, stats } = await readAll(file);
    assert.deepEqual(records.map((r) => r.type), ['START', undefined, 'END'], 'a JSON array line is kept as text');
    assert.equal(stats.bad, 4);
    assert.deepEqual(stats.badSamples.map((b) => `${b.file}:${b.line}`), [2, 3, 4, 5].map((n) => `${file}:${n}`));
    assert.match(stats.badSamples[0]?.reason ?? '', /invalid JSON/);
    assert.match(stats.badSamples[1]?.reason ?? '', /"Duration" is not a number/);
    assert.match(stats.badSamples[2]?.reason ?? '', /without "Billed Duration"/);
    assert.match(stats.badSamples[3]?.reason ?? '', /platform\.report metrics need/);
  } finally {
    cleanup();
  }
});

test('binary data and invalid UTF-8 are reported, not parsed', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const bin = join(dir, 'random.bin');
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 3)) & 0xff;
    writeFileSync(bin, bytes);
    const { stats } = await readAll(bin);
    assert.ok(stats.bad > 0);
    assert.equal(stats.badSamples[0]?.file, bin);
    assert.match(stats.badSamples[0]?.reason ?? '', /binary data/);

    const latin = join(dir, 'latin1.log');
    writeFileSync(latin, Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9, 0xff, 0xfe]), Buffer.from('\nnext\n')]));
    const text = await readAll(latin);
    assert.equal(text.records.length, 2, 'invalid UTF-8 becomes replacement characters, not a crash');
    assert.equal(text.records[1]?.message, 'next');
  } finally {
    cleanup();
  }
});

test('deep nesting, huge lines and hostile exports are handled without a crash', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const deep = join(dir, 'deep.log');
    writeFileSync(deep, `{"a":${'['.repeat(100000)}${']'.repeat(100000)}}\n{"a":${'['.repeat(1000)}\nok\n`);
    const d = await readAll(deep);
    // The 100,000-deep line is skipped by the depth guard (it would overflow whatever walks it later).
    assert.deepEqual(d.records.map((r) => r.message), ['ok']);
    assert.equal(d.stats.bad, 2);
    assert.deepEqual(d.stats.badSamples.map((b) => b.line), [1, 2]);
    assert.match(d.stats.badSamples[0]?.reason ?? '', /JSON nested deeper than 256 levels/);

    const huge = join(dir, 'huge.log');
    writeFileSync(huge, `small\n${'x'.repeat(MAX_LINE + 10)}\nafter\n`);
    const h = await readAll(huge);
    assert.deepEqual(h.records.map((r) => [r.line, r.message.slice(0, 10)]), [[1, 'small'], [3, 'after']]);
    assert.match(h.stats.badSamples[0]?.reason ?? '', /line longer than/);
    assert.equal(h.stats.badSamples[0]?.line, 2);

    const exp = join(dir, 'hostile-export.json');
    const event = JSON.stringify({ timestamp: 1, message: 'fine', eventId: '1' });
    writeFileSync(exp, `{"events": [${event}, 42, {"timestamp": 2, "message": ${'['.repeat(50000)}, ${event}`);
    const e = await readAll(exp);
    assert.ok(e.records.length >= 1);
    assert.ok(e.stats.bad >= 2, 'a bare value and the truncated document are both reported');
    assert.ok(e.stats.badSamples.every((b) => b.file === exp && b.line >= 1));
  } finally {
    cleanup();
  }
});

test('an empty file and a folder are handled: nothing read, or a file error', async () => {
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, 'empty.log'), '');
    const empty = await readAll(join(dir, 'empty.log'));
    assert.equal(empty.records.length, 0);
    assert.equal(empty.stats.fileErrors.length, 0);
    const folder = await readAll(dir);
    assert.equal(folder.stats.fileErrors.length, 1);
    assert.match(folder.stats.fileErrors[0]?.reason ?? '', /folder/);
  } finally {
    cleanup();
  }
});

test('memory stays flat while a large generated file is read', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'big.log');
    const out = createWriteStream(file);
    const lines = 240_000;
    for (let i = 0; i < lines; i++) {
      const line =
        i % 3 === 0
          ? `REPORT RequestId: ${i}\tDuration: ${i % 500}.5 ms\tBilled Duration: ${(i % 500) + 1} ms\tMemory Size: 512 MB\tMax Memory Used: 90 MB\n`
          : `{"level":"INFO","message":"request ${i} handled with some padding text","cold_start":${i % 50 === 0},"service":"orders","timestamp":"2026-11-02T10:00:00.000Z"}\n`;
      if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
    // ~35 MB of text; sample the live heap (after a full GC) every 40k records.
    const samples: number[] = [];
    let n = 0;
    let durations = 0;
    gc();
    const stats = await readFile(file, (r) => {
      durations += r.report?.duration ?? 0;
      if (++n % 40_000 === 0) {
        gc();
        samples.push(process.memoryUsage().heapUsed);
      }
    });
    assert.equal(stats.records, lines);
    assert.ok(durations > 0);
    const growth = Math.max(...samples) - Math.min(...samples);
    assert.ok(samples.length >= 5);
    assert.ok(growth < 8 * 1024 * 1024, `heap grew by ${Math.round(growth / 1024)} KB while reading`);
  } finally {
    cleanup();
  }
});
