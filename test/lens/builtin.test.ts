// The built-in lens a scan uses is read from the generated files: it must be the lens the bilingual source builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_LENS_VERSION, loadBuiltinLens } from '../../src/lens/builtin.js';
import { buildServerlessLens, SERVERLESS_LENS_VERSION } from '../../src/lens/serverless/build.js';

test('the built-in lens read from src/lens/data is the lens built from the source, in English and Japanese', () => {
  for (const lang of ['en', 'ja'] as const) {
    const loaded = loadBuiltinLens(lang);
    assert.deepEqual(loaded, buildServerlessLens(lang), lang);
    assert.equal(loadBuiltinLens(lang), loaded, `${lang}: read once, then remembered`);
  }
  assert.notEqual(loadBuiltinLens('ja').pillars[0]?.name, loadBuiltinLens('en').pillars[0]?.name, 'each language its own file');
  assert.equal(BUILTIN_LENS_VERSION, SERVERLESS_LENS_VERSION);
});
