import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCondition, evaluateCondition, conditionChoices } from '../../src/lens/condition.js';

function holds(text: string, selected: string[]): boolean {
  const parsed = parseCondition(text);
  assert.ok(parsed.ok, `should parse: ${text}`);
  return evaluateCondition(parsed.condition, new Set(selected));
}

test('a single choice is true exactly when selected', () => {
  assert.equal(holds('a_1', ['a_1']), true);
  assert.equal(holds('a_1', ['b_1']), false);
});

test('"default" is always true', () => {
  assert.equal(holds('default', []), true);
  assert.equal(holds('  default ', ['x']), true);
});

test('&& binds tighter than ||', () => {
  // a || (b && c)
  assert.equal(holds('a || b && c', ['a']), true);
  assert.equal(holds('a || b && c', ['b']), false);
  assert.equal(holds('a || b && c', ['b', 'c']), true);
  // (a || b) && c
  assert.equal(holds('(a || b) && c', ['a']), false);
  assert.equal(holds('(a || b) && c', ['a', 'c']), true);
});

test('! binds tighter than && and negates groups', () => {
  assert.equal(holds('!a && b', ['b']), true);
  assert.equal(holds('!a && b', ['a', 'b']), false);
  assert.equal(holds('!(a && b)', ['a', 'b']), false);
  assert.equal(holds('!(a && b)', ['a']), true);
  assert.equal(holds('!!a', ['a']), true);
  assert.equal(holds('a && !OPS1_no', ['a', 'OPS1_no']), false);
});

test('whitespace and newlines are insignificant', () => {
  assert.equal(holds('a&&b', ['a', 'b']), true);
  assert.equal(holds('\n a\t&&\n b ', ['a', 'b']), true);
});

test('malformed conditions are errors with a column, never exceptions', () => {
  const cases: [string, number, RegExp][] = [
    ['a &&', 5, /end of the condition/],
    ['a & b', 3, /doubled/],
    ['(a || b', 8, /"\)"/],
    ['a b', 3, /unexpected "b"/],
    ['a || )', 6, /found "\)"/],
    ['a == b', 3, /unexpected character "="/],
    ['', 1, /empty/],
    ['a && default', 6, /whole condition/],
  ];
  for (const [text, column, message] of cases) {
    const parsed = parseCondition(text);
    assert.equal(parsed.ok, false, text);
    if (!parsed.ok) {
      assert.equal(parsed.column, column, `column for ${JSON.stringify(text)}`);
      assert.match(parsed.message.en, message);
    }
  }
});

test('hostile conditions end in an error, not a crash', () => {
  assert.equal(parseCondition(`${'('.repeat(150)}a${')'.repeat(150)}`).ok, true);
  const deep = parseCondition(`${'('.repeat(4000)}a${')'.repeat(4000)}`);
  assert.ok(!deep.ok && /nested more than 200/.test(deep.message.en) && deep.column === 201);
  const tooLong = parseCondition('a || '.repeat(3000) + 'a');
  assert.equal(tooLong.ok, false);
  const deeper = parseCondition(`${'!'.repeat(9000)}a`);
  assert.equal(deeper.ok, false);
});

test('conditionChoices lists every named choice with its column', () => {
  const parsed = parseCondition('a && !(b || c_9)');
  assert.ok(parsed.ok);
  assert.deepEqual(conditionChoices(parsed.condition), [
    { id: 'a', column: 1 },
    { id: 'b', column: 8 },
    { id: 'c_9', column: 13 },
  ]);
});
