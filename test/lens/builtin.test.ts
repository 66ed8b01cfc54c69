// The built-in lens a scan uses is read from the generated files: it must be the lens the bilingual source builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_LENS_VERSION, loadBuiltinLens, loadBuiltinLensOutline } from '../../src/lens/builtin.js';
import { lensOutline } from '../../src/lens/types.js';
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

test('the lens outline a scan reads (ids and risk rules) is the outline of the built-in lens, in either language', () => {
  const outline = loadBuiltinLensOutline();
  assert.deepEqual(outline, lensOutline(buildServerlessLens('en')));
  assert.deepEqual(outline, lensOutline(buildServerlessLens('ja')));
  assert.ok(outline.pillars.every((p) => p.questions.every((q) => q.riskRules.length > 0 && q.choices.length > 1)), 'every question has choices and risk rules');
  assert.equal(JSON.stringify(outline).length < 10_000, true, 'no lens text in the outline');
});
