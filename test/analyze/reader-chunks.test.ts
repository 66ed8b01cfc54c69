// Lines cut by the reader's 1 MiB chunks: a line split by a boundary, a CRLF whose CR ends one chunk and whose LF
// starts the next, a line spanning three chunks, a line cut inside a multi-byte character, and a last line without
// a newline are all read as whole lines with their right line numbers, exactly as splitting the file at once would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_LINE } from '../../src/analyze/read/reader.js';
import { readAll, tempDir } from './read-helpers.js';

const CHUNK = 1 << 20;

/** `{"n":…,"pad":"xxx…"}` of exactly `length` characters (ASCII). */
function jsonLine(n: number, length: number): string {
  const head = `{"n":${n},"pad":"`;
  return `${head}${'x'.repeat(length - head.length - 2)}"}`;
}

test('lines cut by chunk boundaries are read whole, with their line numbers', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const lines: string[] = [];
    let size = 0;
    const add = (line: string, eol = '\r\n'): void => {
      lines.push(line);
      size += Buffer.byteLength(line) + eol.length;
    };
    // Fill up to one byte before the first boundary, so that line's CR ends chunk 1 and its LF starts chunk 2.
    while (size + 1000 < CHUNK) add(jsonLine(lines.length + 1, 500));
    add(jsonLine(lines.length + 1, CHUNK - size - 1));
    assert.equal(size, CHUNK + 1);
    // A line cut in the middle (a plain text line), then one longer than two chunks, cut twice.
    add(`plain text line ${'y'.repeat(200)}`);
    add(jsonLine(lines.length + 1, 2 * CHUNK + 300));
    // A line whose multi-byte characters straddle the next boundary.
    while (size + 400 < 4 * CHUNK) add(jsonLine(lines.length + 1, 300));
    add(`café ${'日本語'.repeat(200)}`);
    for (let i = 0; i < 50; i++) add(jsonLine(lines.length + 1, 700));
    const text = lines.map((l) => `${l}\r\n`).join('').slice(0, -2);
    const file = join(dir, 'cut.log');
    writeFileSync(file, text);
    const { records, stats } = await readAll(file);
    assert.ok(size > 4 * CHUNK);
    assert.equal(MAX_LINE > 2 * CHUNK + 300, true);
    assert.equal(stats.bad, 0);
    assert.equal(stats.lines, lines.length);
    assert.equal(records.length, lines.length);
    records.forEach((r, i) => {
      assert.equal(r.line, i + 1);
      assert.ok(r.message === lines[i], `line ${i + 1} differs (${r.message.length} vs ${lines[i]?.length} characters)`);
    });
    const json = records.filter((r) => r.json !== undefined);
    assert.equal(json.length, lines.length - 2);
    assert.ok(json.every((r) => r.json?.['n'] === r.line));
  } finally {
    cleanup();
  }
});
