// decodeUtf8 uses Node's validator instead of a fatal TextDecoder (no encoding module at start): it must accept,
// reject and decode exactly as the decoder it replaced, byte-order mark included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUtf8 } from '../../src/util/utf8.js';

const reference = new TextDecoder('utf-8', { fatal: true });

/** The decoded text, or 'invalid' when decoding throws a TypeError. */
function outcome(decode: (bytes: Uint8Array) => string, bytes: Uint8Array): string {
  try {
    return decode(bytes);
  } catch (error) {
    assert.ok(error instanceof TypeError, 'a TypeError');
    return 'invalid';
  }
}

const CASES: Record<string, number[]> = {
  empty: [],
  ascii: [0x61, 0x62, 0x0a],
  'byte-order mark alone': [0xef, 0xbb, 0xbf],
  'byte-order mark, then text': [0xef, 0xbb, 0xbf, 0x41],
  'two byte-order marks (only the first is dropped)': [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41],
  'byte-order mark cut short': [0xef, 0xbb],
  'Japanese text': [...Buffer.from('テンプレート、日本語。', 'utf8')],
  'four-byte sequence': [0xf0, 0x9f, 0x98, 0x80],
  'overlong slash': [0xc0, 0xaf],
  'overlong three-byte': [0xe0, 0x80, 0xaf],
  'encoded surrogate': [0xed, 0xa0, 0x80],
  'beyond U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
  'truncated sequence at the end': [0x41, 0xe3, 0x81],
  'lone continuation byte': [0x80],
  'invalid byte 0xff': [0x41, 0xff],
  NUL: [0x00, 0x41],
};

test('decodeUtf8 accepts, rejects and decodes as a fatal TextDecoder does, a leading byte-order mark dropped', () => {
  for (const [name, bytes] of Object.entries(CASES)) {
    const data = Uint8Array.from(bytes);
    assert.equal(outcome(decodeUtf8, data), outcome((b) => reference.decode(b), data), name);
  }
  assert.equal(decodeUtf8(Uint8Array.from(CASES['byte-order mark, then text'] ?? [])), 'A');
  assert.equal(outcome(decodeUtf8, Uint8Array.from([0xc0, 0xaf])), 'invalid');
});

test('decodeUtf8 reads a view at its own offset, not the whole buffer beneath it', () => {
  const bytes = Buffer.concat([Buffer.from('xx'), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello, 世界'), Buffer.from('yy')]);
  const view = bytes.subarray(2, bytes.length - 2);
  assert.equal(decodeUtf8(view), 'Hello, 世界');
  assert.equal(decodeUtf8(view), reference.decode(view));
});
