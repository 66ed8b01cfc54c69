// Messages filled when read: the same text as `fill` in each language, and a plain pair as JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, fillLater, reviveLocalized } from '../../src/util/i18n.js';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';

test('fillLater gives what fill gives, per language, and serializes as the {en, ja} pair', () => {
  const text = { en: 'Function {resource} has {n} layers{missing}', ja: '関数 {resource} のレイヤーは {n} 個{missing}' };
  const values = { resource: 'Fn', n: 6 };
  const message = fillLater(text, values);
  assert.equal(message.en, fill(text.en, values));
  assert.equal(message.ja, fill(text.ja, values));
  assert.equal(message.en, 'Function Fn has 6 layers{missing}');
  assert.equal(JSON.stringify({ message }), JSON.stringify({ message: { en: message.en, ja: message.ja } }));
});

test('a Localized value is read in the language of the template; nested fillLater pairs too', () => {
  const noun = { en: 'a pillar', ja: '柱' };
  const text = { en: '{what} must be a JSON object ({where})', ja: '{what}は JSON オブジェクトで指定してください（{where}）' };
  assert.equal(fill(text.en, { what: noun, where: '$' }), 'a pillar must be a JSON object ($)');
  assert.equal(fill(text.ja, { what: noun, where: '$' }, 'ja'), '柱は JSON オブジェクトで指定してください（$）');
  const inner = fillLater({ en: 'found {n}', ja: '{n}個あります' }, { n: 3 });
  const outer = fillLater({ en: 'too many: {detail}', ja: '多すぎます: {detail}' }, { detail: inner });
  assert.deepEqual(JSON.parse(JSON.stringify(outer)), { en: 'too many: found 3', ja: '多すぎます: 3個あります' });
  // A value is never read as a template: braces in it stay as they are.
  assert.equal(fillLater(text, { what: '{where}', where: 'x' }).en, '{where} must be a JSON object (x)');
});

test('a null or undefined value read from a template is written as text, never dereferenced', () => {
  const values = { a: null, b: undefined } as unknown as Record<string, string>;
  assert.equal(fill('{a}/{b}', values), 'null/undefined');
  assert.equal(fillLater({ en: '{a}', ja: '{a}' }, values).ja, 'null');
});

test('a resource name given apart fills {resource} unless the values name one, and survives a crossing to another thread', () => {
  const text = { en: 'Function {resource} has {n} layers', ja: '関数 {resource} のレイヤーは {n} 個' };
  const values = { n: 6 };
  const message = fillLater(text, values, 'OrdersFunction');
  assert.equal(message.en, 'Function OrdersFunction has 6 layers');
  assert.equal(message.ja, '関数 OrdersFunction のレイヤーは 6 個');
  assert.deepEqual(values, { n: 6 }, 'the values are not changed');
  assert.equal(fillLater(text, { n: 1, resource: 'Named' }, 'OrdersFunction').en, 'Function Named has 1 layers');
  // Structured cloning (postMessage) keeps the fields, not the getters: revived, it reads the same.
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(message);
  const copy = receiveMessageOnPort(port2)?.message as typeof message;
  port1.close();
  assert.equal(typeof copy.en, 'undefined');
  const revived = reviveLocalized(copy);
  assert.deepEqual([revived.en, revived.ja], [message.en, message.ja]);
});
