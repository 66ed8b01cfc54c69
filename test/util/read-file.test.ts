// The one bounded file reader: regular files only (devices and FIFOs refused without blocking), a byte bound
// applied while reading (not taken from stat), strict UTF-8 with the line and column of the first bad byte,
// and every refusal a user error naming the file in English and Japanese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileReadError, fileProblem, readFileBytes, readFileBytesOrFolder, readTextFile, tooLarge } from '../../src/util/read-file.js';
import { fileLoadError } from '../../src/iac/file-error.js';
import { firstInvalidUtf8, invalidUtf8Position } from '../../src/util/utf8.js';
import { formatUserError } from '../../src/util/errors.js';

function refusal(run: () => unknown): FileReadError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof FileReadError, String(error));
    return error;
  }
  assert.fail('expected a FileReadError');
}

function withDir(body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'slens-read-file-'));
  try {
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a regular file is read whole, its byte-order mark dropped from the text', () => {
  withDir((dir) => {
    const file = join(dir, 'a.yaml');
    writeFileSync(file, '\uFEFFResources: {}\n');
    assert.equal(readTextFile(file, { maxBytes: 100 }), 'Resources: {}\n');
    assert.equal(readFileBytes(file, { maxBytes: 100 }).length, 17);
    writeFileSync(file, '');
    assert.equal(readTextFile(file, { maxBytes: 0 }), '');
  });
});

test('devices, and links to them, are refused by name as not regular files', () => {
  withDir((dir) => {
    const link = join(dir, 'evil.yaml');
    symlinkSync('/dev/zero', link);
    for (const path of ['/dev/zero', '/dev/urandom', link]) {
      const error = refusal(() => readTextFile(path, { maxBytes: 1024 }));
      assert.equal(error.code, 'not-a-file');
      assert.equal(error.location.file, path);
      assert.equal(formatUserError(error, 'en'), `${path}: not a regular file (a device, pipe or socket); it is not read`);
      assert.equal(formatUserError(error, 'ja'), `${path}: 通常のファイルではありません（デバイス、パイプまたはソケット）。読み込みません。`);
    }
  });
});

test('a FIFO without a writer is refused at once instead of blocking the open', () => {
  withDir((dir) => {
    const fifo = join(dir, 'template.yaml');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const error = refusal(() => readFileBytes(fifo, { maxBytes: 1024, shown: 'template.yaml' }));
    assert.equal(error.code, 'not-a-file');
    assert.equal(error.location.file, 'template.yaml');
    assert.ok(Date.now() - started < 1000);
  });
});

test('the byte bound holds while reading: a file whose size stat gives as 0 is still cut off', () => {
  // Files under /proc report a size of 0 yet have content: only a bound applied to what is read catches them.
  const error = refusal(() => readFileBytes('/proc/self/maps', { maxBytes: 16 }));
  assert.equal(error.code, 'too-large');
  assert.equal(error.localized.en, 'the file is 17 B; at most 16 B is read');
  assert.ok(readFileBytes('/proc/self/maps', { maxBytes: 1 << 20 }).length > 16);
});

test('a file larger than the bound is refused from its size, in both languages, with the sizes as data', () => {
  withDir((dir) => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, '{}');
    truncateSync(file, 70 * 1024 * 1024);
    const error = refusal(() => readTextFile(file, { maxBytes: 10 * 1024 * 1024, shown: 'huge.json' }));
    assert.equal(error.code, 'too-large');
    assert.equal(formatUserError(error, 'en'), 'huge.json: the file is 70.0 MB; at most 10.0 MB is read');
    assert.equal(formatUserError(error, 'ja'), 'huge.json: ファイルが 70.0 MB あります。読み込めるのは 10.0 MB までです。');
    assert.equal(error.data['bytes'], String(70 * 1024 * 1024));
    assert.equal(tooLarge('x', 11, 10).localized.en, 'the file is 11 B; at most 10 B is read');
  });
});

test('missing files and folders get their own messages', () => {
  withDir((dir) => {
    const missing = refusal(() => readTextFile(join(dir, 'nope.json'), { maxBytes: 10, shown: 'nope.json' }));
    assert.equal(missing.code, 'not-found');
    assert.equal(formatUserError(missing, 'ja'), 'nope.json: ファイルがありません。');
    const folder = refusal(() => readTextFile(dir, { maxBytes: 10, shown: 'dir' }));
    assert.equal(folder.code, 'is-a-folder');
    assert.equal(formatUserError(folder, 'en'), 'dir: is a folder, not a file');
  });
});

test('readFileBytesOrFolder answers a folder without throwing, leaves no descriptor open, and words it as the thrown error does', () => {
  withDir((dir) => {
    const file = join(dir, 'main.tf');
    writeFileSync(file, 'locals {}\n');
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 50; i++) assert.equal(readFileBytesOrFolder(dir, { maxBytes: 10 }), 'folder');
    assert.equal(open(), before);
    assert.equal(String(readFileBytesOrFolder(file, { maxBytes: 100 })), 'locals {}\n');
    // Every other problem is still thrown.
    assert.equal(refusal(() => readFileBytesOrFolder(join(dir, 'nope.tf'), { maxBytes: 10 })).code, 'not-found');
    assert.equal(refusal(() => readFileBytesOrFolder('/dev/zero', { maxBytes: 10 })).code, 'not-a-file');
    assert.equal(refusal(() => readFileBytesOrFolder(file, { maxBytes: 3 })).code, 'too-large');
    // The folder's load error built from plain data is the one built from the thrown FileReadError.
    const thrown = refusal(() => readFileBytes(dir, { maxBytes: 10, shown: 'app' }));
    const plain = fileLoadError(fileProblem('is-a-folder', 'app'));
    assert.deepEqual(plain, fileLoadError(thrown));
    assert.deepEqual([plain.message, plain.localized?.ja], ['is a folder, not a file', 'ファイルではなくフォルダーです。']);
  });
});

test('invalid UTF-8 is reported at the line and column of its first bad byte', () => {
  withDir((dir) => {
    const file = join(dir, 'latin1.yaml');
    const lines = Array.from({ length: 7 }, (_, i) => `line${i + 1}: ok é`);
    writeFileSync(file, Buffer.concat([Buffer.from(`${lines.join('\n')}\n  name: caf`), Buffer.from([0xe9]), Buffer.from('\n')]));
    const error = refusal(() => readTextFile(file, { maxBytes: 1000, shown: 'latin1.yaml' }));
    assert.equal(error.code, 'not-utf8');
    assert.deepEqual([error.location.line, error.location.column], [8, 12]);
    assert.equal(formatUserError(error, 'en'), 'latin1.yaml:8:12: not valid UTF-8 text (the first invalid byte is at line 8, column 12)');
    assert.equal(formatUserError(error, 'ja'), 'latin1.yaml:8:12: ファイルが有効な UTF-8 テキストではありません（最初の不正なバイトは 8 行 12 列）。');
  });
});

test('the UTF-8 check finds truncated, overlong, surrogate and out-of-range sequences, and counts columns in characters', () => {
  const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
  assert.equal(firstInvalidUtf8(Buffer.from('plain ascii, ü, 日本, 😀')), -1);
  assert.equal(firstInvalidUtf8(bytes(0x61, 0xc3)), 1, 'truncated two-byte sequence');
  assert.equal(firstInvalidUtf8(bytes(0xc0, 0xaf)), 0, 'overlong slash');
  assert.equal(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf)), 0, 'overlong three-byte');
  assert.equal(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0, 'UTF-16 surrogate');
  assert.equal(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80)), 0, 'above U+10FFFF');
  assert.equal(firstInvalidUtf8(bytes(0x41, 0xe6, 0x97, 0xa5, 0x80)), 4, 'stray continuation byte');
  assert.equal(firstInvalidUtf8(bytes(0xf0, 0x9f, 0x98)), 0, 'truncated four-byte sequence');
  assert.deepEqual(invalidUtf8Position(Buffer.concat([Buffer.from('a\n日本語'), bytes(0xff)])), { line: 2, column: 4 });
  assert.equal(invalidUtf8Position(Buffer.from('fine\n')), undefined);
});
