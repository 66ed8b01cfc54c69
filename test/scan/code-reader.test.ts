// Files beside templates: what one scan learns about folders is shared across its templates, texts are per template.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskCodeReader, MAX_CODE_BYTES, newCodeLookups } from '../../src/scan/code-reader.js';

function withDir(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'slens-code-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a path found missing by one template is not looked up again by the next one in the same scan', () => {
  withDir((dir) => {
    const lookups = newCodeLookups();
    assert.equal(diskCodeReader(dir, lookups).read('package-lock.json'), undefined);
    assert.deepEqual([...(lookups.listings.get(dir) ?? ['not listed'])], [], 'the folder was listed, empty');
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    // Same scan: the recorded absence stands (one look per path); a new scan sees the file.
    assert.equal(diskCodeReader(dir, lookups).read('package-lock.json'), undefined);
    assert.equal(diskCodeReader(dir, newCodeLookups()).read('package-lock.json'), '{}');
    writeFileSync(join(dir, 'handler.py'), 'def handler(e, c): pass\n');
    // The folder was listed before handler.py existed: within this scan it stays unknown.
    assert.equal(diskCodeReader(dir, lookups).read('handler.py'), undefined);
    const reader = diskCodeReader(join(dir, 'sub', '..'), newCodeLookups());
    assert.equal(reader.read('handler.py'), 'def handler(e, c): pass\n');
  });
});

test('a folder is listed once per scan, and names it lacks are answered from the listing', () => {
  withDir((dir) => {
    writeFileSync(join(dir, 'package.json'), '{"name":"x"}');
    const lookups = newCodeLookups();
    const reader = diskCodeReader(dir, lookups);
    assert.equal(reader.read('go.mod'), undefined);
    assert.equal(reader.read('package.json'), '{"name":"x"}');
    assert.deepEqual([...lookups.listings.keys()], [dir]);
    assert.deepEqual([...(lookups.listings.get(dir) ?? [])], ['package.json']);
  });
});

test('files in sub-folders, through symlinks, too large, not UTF-8, or folders are handled without throwing', () => {
  withDir((dir) => {
    mkdirSync(join(dir, 'src', 'handlers'), { recursive: true });
    writeFileSync(join(dir, 'src', 'handlers', 'app.js'), 'export const handler = async () => 1;\n');
    symlinkSync(join(dir, 'src', 'handlers', 'app.js'), join(dir, 'link.js'));
    symlinkSync(join(dir, 'nowhere.js'), join(dir, 'dangling.js'));
    writeFileSync(join(dir, 'big.js'), Buffer.alloc(MAX_CODE_BYTES + 1, 0x61));
    writeFileSync(join(dir, 'latin1.py'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const reader = diskCodeReader(dir, newCodeLookups());
    assert.equal(reader.read('src/handlers/app.js'), 'export const handler = async () => 1;\n');
    assert.equal(reader.read('link.js'), 'export const handler = async () => 1;\n');
    assert.equal(reader.read('dangling.js'), undefined);
    assert.equal(reader.read('big.js'), undefined);
    assert.equal(reader.read('latin1.py'), undefined);
    assert.equal(reader.read('src'), undefined);
    assert.equal(reader.read('missing-folder/app.js'), undefined);
  });
});

test('every spelling of a relative path reads the same file, and none reaches outside by accident', () => {
  withDir((dir) => {
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'app.py'), 'x = 1\n');
    writeFileSync(join(dir, 'top.txt'), 'top\n');
    const reader = diskCodeReader(join(dir, 'src'), newCodeLookups());
    for (const spelling of ['app.py', './app.py', '../src/app.py', './/app.py', 'app.py/../app.py']) {
      assert.equal(diskCodeReader(join(dir, 'src'), newCodeLookups()).read(spelling), 'x = 1\n', spelling);
    }
    assert.equal(reader.read('../top.txt'), 'top\n');
    assert.equal(reader.read('top.txt'), undefined);
    assert.equal(reader.read(''), undefined, 'the folder itself is not a file');
    assert.equal(reader.read(join(dir, 'top.txt')), 'top\n', 'an absolute path is read as it is');
    assert.equal(diskCodeReader(join(dir, 'src', 'sub', '..'), newCodeLookups()).read('app.py'), 'x = 1\n', 'an unnormalized folder is normalized first');
  });
});

test('readers of one folder in a scan share their folder key; other folders and other scans do not', () => {
  withDir((dir) => {
    mkdirSync(join(dir, 'a'));
    const lookups = newCodeLookups();
    const first = diskCodeReader(join(dir, 'a'), lookups);
    assert.ok(first.folder, 'a disk reader names its folder');
    assert.equal(diskCodeReader(join(dir, 'a', '.'), lookups).folder, first.folder, 'the same folder, spelt otherwise');
    assert.notEqual(diskCodeReader(dir, lookups).folder, first.folder);
    assert.notEqual(diskCodeReader(join(dir, 'a'), newCodeLookups()).folder, first.folder);
  });
});

test('what a scan remembers of folders stays bounded however many folders it visits, and answers stay right', () => {
  withDir((dir) => {
    writeFileSync(join(dir, 'package.json'), '{}');
    const lookups = newCodeLookups();
    for (let i = 0; i < 10_000; i++) {
      const reader = diskCodeReader(join(dir, `missing-${i}`), lookups);
      assert.equal(reader.read('package.json'), undefined);
      assert.equal(reader.read('../package.json'), '{}');
    }
    for (const [name, size] of [
      ['listings', lookups.listings.size],
      ['folders', lookups.folders.size],
      ['splits', lookups.splits.size],
      ['absent', lookups.absent.size],
    ] as const) {
      assert.ok(size <= 4096, `${name} holds ${size} entries`);
    }
    assert.ok(lookups.listings.size > 0);
  });
});
