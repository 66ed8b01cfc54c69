// Files beside templates: absences are shared across the templates of one scan, texts are per template.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskCodeReader, type AbsentPaths } from '../../src/scan/code-reader.js';

test('a path found missing by one template is not looked up again by the next one in the same scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slens-code-'));
  try {
    const absent: AbsentPaths = new Set();
    assert.equal(diskCodeReader(dir, absent).read('package-lock.json'), undefined);
    assert.ok(absent.has(join(dir, 'package-lock.json')));
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    // Same scan: the recorded absence stands (one look per path); a new scan sees the file.
    assert.equal(diskCodeReader(dir, absent).read('package-lock.json'), undefined);
    assert.equal(diskCodeReader(dir, new Set()).read('package-lock.json'), '{}');
    writeFileSync(join(dir, 'handler.py'), 'def handler(e, c): pass\n');
    const reader = diskCodeReader(join(dir, 'sub', '..'), absent);
    assert.equal(reader.read('handler.py'), 'def handler(e, c): pass\n');
    assert.equal(absent.has(join(dir, 'handler.py')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
