// The reader's text chunks: ASCII chunks take the copy-only path, everything else the UTF-8 decoder, and the
// text is the same as decoding the whole file at once — characters cut by a chunk boundary included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { textChunks } from '../../src/analyze/read/source.js';
import { tempDir } from './read-helpers.js';

const CHUNK = 1 << 20;

async function textOf(file: string): Promise<string> {
  let text = '';
  for await (const chunk of textChunks(file)) text += chunk;
  return text;
}

test('text read in chunks equals the whole file decoded at once, wherever multi-byte characters fall', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const ascii = (n: number): Buffer => Buffer.from('x'.repeat(n - 1) + '\n');
    const cases: [string, Buffer][] = [
      // A two-byte é cut by the first boundary, then ASCII chunks (the decoder's held byte must be completed first).
      ['cut-2', Buffer.concat([ascii(CHUNK - 1), Buffer.from('é\n'), ascii(2 * CHUNK)])],
      // A four-byte character cut after its first byte, and one cut after its second.
      ['cut-4', Buffer.concat([ascii(CHUNK - 1), Buffer.from('😀日本\n'), ascii(CHUNK - 12), Buffer.from('😀\n'), ascii(CHUNK)])],
      // Invalid UTF-8: a lead byte ends a chunk and the next chunk is ASCII (a replacement character, as before).
      ['lone-lead', Buffer.concat([ascii(CHUNK - 1), Buffer.from([0xe6]), ascii(CHUNK)])],
      // Latin-1 bytes in the middle of ASCII chunks.
      ['latin1', Buffer.concat([ascii(CHUNK), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), ascii(CHUNK)])],
    ];
    for (const [name, bytes] of cases) {
      const plain = join(dir, `${name}.log`);
      writeFileSync(plain, bytes);
      const text = await textOf(plain);
      assert.equal(text.length, bytes.toString('utf8').length, name);
      assert.ok(text === bytes.toString('utf8'), `${name}: the chunked text differs from the file decoded whole`);
      const gz = join(dir, `${name}.log.gz`);
      writeFileSync(gz, gzipSync(bytes));
      assert.ok((await textOf(gz)) === bytes.toString('utf8'), `${name} (gzip): the chunked text differs from the file decoded whole`);
    }
    // The ASCII path yields the bytes unchanged (no character is altered).
    const plainAscii = join(dir, 'ascii.log');
    const all = Buffer.from(Array.from({ length: 3 * CHUNK }, (_, i) => (i % 127) + 1));
    writeFileSync(plainAscii, all);
    assert.ok((await textOf(plainAscii)) === all.toString('utf8'));
  } finally {
    cleanup();
  }
});
