// Messages filled when read: the same text as `fill` in each language, and a plain pair as JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, fillLater } from '../../src/util/i18n.js';

test('fillLater gives what fill gives, per language, and serializes as the {en, ja} pair', () => {
  const text = { en: 'Function {resource} has {n} layers{missing}', ja: '関数 {resource} のレイヤーは {n} 個{missing}' };
  const values = { resource: 'Fn', n: 6 };
  const message = fillLater(text, values);
  assert.equal(message.en, fill(text.en, values));
  assert.equal(message.ja, fill(text.ja, values));
  assert.equal(message.en, 'Function Fn has 6 layers{missing}');
  assert.equal(JSON.stringify({ message }), JSON.stringify({ message: { en: message.en, ja: message.ja } }));
});
