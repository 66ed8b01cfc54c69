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
  // Processor time of this process, the best of several runs: on a loaded machine wall-clock time stretches
  // a long run by the other processes' share (a run of 1 ms fits in one time slice, one of 30 ms does not),
  // which made linear counting look quadratic. Quadratic counting costs 16 times more processor per unit.
  const best = (text: string, runs = 5): number => {
    let fastest = Infinity;
    for (let i = 0; i < runs; i++) {
      const start = process.cpuUsage();
      countCharacters(text);
      const used = process.cpuUsage(start);
      fastest = Math.min(fastest, (used.user + used.system) / 1000);
    }
    return fastest;
  };
  best(hostile(2_000)); // warm up the segmenter
  const smallText = hostile(10_000);
  const largeText = hostile(160_000);
  const small = best(smallText) / smallText.length;
  const large = best(largeText) / largeText.length;
  // Quadratic counting made the large text 16 times slower per unit; linear stays near 1.
  assert.ok(large < small * 4, `processor ms per code unit (best of 5): ${small.toFixed(5)} ms at 10k, ${large.toFixed(5)} ms at 160k`);
  const japanese = '日本語😀'.repeat(20_000);
  assert.equal(countCharacters(japanese), 80_000);
  const ms = best(japanese, 3);
  assert.ok(ms < 500, `the 80k Japanese text that once took minutes is counted at once (best of 3: ${ms.toFixed(0)} ms of processor)`);
});
