// The Japanese-font check: fontconfig's answer decides, and a machine without fc-list (or one that fails) is
// "unknown" rather than a crash; the answer is asked once per process.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cjkFontCheck, listJapaneseFonts } from '../../src/server/font-check.js';

test('fc-list output decides; a missing or failing fc-list is unknown, never an error', async () => {
  // `echo` prints its arguments: a line of output, as fc-list prints a font family.
  assert.equal(await listJapaneseFonts('echo'), 'present');
  // `true` prints nothing and succeeds, as fc-list does when no font covers Japanese.
  assert.equal(await listJapaneseFonts('true'), 'missing');
  assert.equal(await listJapaneseFonts('false'), 'unknown');
  assert.equal(await listJapaneseFonts('/nonexistent/fc-list'), 'unknown');
  assert.equal(await listJapaneseFonts(''), 'unknown');
  const check = cjkFontCheck('/nonexistent/fc-list');
  assert.equal(check(), check(), 'one check per process');
  assert.equal(await check(), 'unknown');
});
