// Characters as a person counts them: the same count as segmenting the whole text at once, in linear time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countCharacters } from '../../src/util/text.js';

const whole = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segmentAtOnce = (text: string): number => [...whole.segment(text)].length;

// Pieces chosen to sit across slice edges: joiners, marks, flags, CR LF, lone surrogates, controls, Prepend.
const PIECES = ['a', 'Z', ' ', '\r', '\n', '\r\n', '\t', '\u0000', 'é', 'e\u0301', '\u0301', '日本', '😀', '👨‍👩‍👧‍👦', '\u200d', '🇯🇵', '🇯', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '\ud83d', '\ude00', '각', '\u1100\u1161\u11a8', '\u0600a', '©\ufe0f', 'क्षि'];

function randomText(seed: number, length: number): string {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state;
  };
  let text = '';
  while (text.length < length) text += PIECES[next() % PIECES.length];
  return text;
}

test('the count equals segmenting the whole text, across slice edges and in mixed scripts', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const text = randomText(seed, 50 + seed * 17);
    assert.equal(countCharacters(text), segmentAtOnce(text), `seed ${seed}: ${JSON.stringify(text)}`);
  }
  for (const text of ['', 'a', '\r\n', 'a\u0301', 'abc\r\n\r\n', 'x'.repeat(300) + '\u0301', `a${'\u0301'.repeat(1000)}b`, '🇯🇵'.repeat(200) + '🇯'])
    assert.equal(countCharacters(text), segmentAtOnce(text), JSON.stringify(text.slice(0, 40)));
});

test('counting is linear: 160k code units of hostile text take about as long per unit as 10k', { timeout: 10_000 }, () => {
  const hostile = (units: number): string => randomText(7, units);
  const perUnit = (text: string): number => {
    const start = performance.now();
    countCharacters(text);
    return (performance.now() - start) / text.length;
  };
  perUnit(hostile(2_000)); // warm up the segmenter
  const small = perUnit(hostile(10_000));
  const large = perUnit(hostile(160_000));
  // Quadratic counting made the large text 16 times slower per unit; linear stays near 1.
  assert.ok(large < small * 4, `per code unit: ${small.toFixed(5)} ms at 10k, ${large.toFixed(5)} ms at 160k`);
  const start = performance.now();
  assert.equal(countCharacters('日本語😀'.repeat(20_000)), 80_000);
  assert.ok(performance.now() - start < 500, 'the 80k Japanese text that once took minutes is counted at once');
});
