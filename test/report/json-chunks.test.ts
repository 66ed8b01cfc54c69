// The streamed JSON writer must produce exactly what JSON.stringify(value, null, 2) does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batched, jsonChunks, jsonObjectChunks, lazyArray, type JsonMember } from '../../src/util/json-chunks.js';

function* lazy<T>(items: T[]): Generator<T> {
  yield* items;
}

test('streamed object equals JSON.stringify with 2-space indent, arrays given lazily or whole', () => {
  const value = {
    version: 1,
    files: ['a.yaml', 'b "q".yaml'],
    findings: [{ a: 1, nested: { list: [1, [2, { x: null }]], empty: [], obj: {} }, text: 'line\nbreak — 日本語' }, { b: [] }],
    none: [],
    skipped: undefined,
    summary: { n: 2 },
    holes: [undefined, 3],
  };
  const members: JsonMember[] = [
    ['version', value.version],
    ['files', value.files],
    ['findings', lazy(value.findings), 'array'],
    ['none', lazy(value.none), 'array'],
    ['skipped', value.skipped],
    ['summary', value.summary],
    ['holes', lazy(value.holes), 'array'],
  ];
  assert.equal([...jsonObjectChunks(members)].join(''), JSON.stringify(value, null, 2));
  assert.equal([...jsonObjectChunks([])].join(''), '{}');
});

test('lazy arrays at any depth (as in SARIF: runs[0].results) stream to exactly what JSON.stringify writes', () => {
  const results = [{ ruleId: 'a', message: { text: 'x "y" \u0001 日本' }, locations: [{ region: { startLine: 1 } }] }, { ruleId: 'b', empty: {}, list: [] }];
  const whole = { $schema: 's', version: '2.1.0', runs: [{ tool: { driver: { rules: [{ id: 'a' }] } }, invocations: [{ notes: [] }], results }], tail: [undefined, () => 1, null] };
  const streamed = { ...whole, runs: [{ ...whole.runs[0], invocations: [{ notes: lazyArray(lazy([])) }], results: lazyArray(lazy(results)) }] };
  assert.equal([...jsonChunks(streamed)].join(''), JSON.stringify(whole, null, 2));
  // Plain values, empty containers and lazies standing alone or inside arrays.
  for (const value of [1, 'two', null, true, [], {}, [1, [2, [3]]], { a: { b: { c: [] } } }]) assert.equal([...jsonChunks(value)].join(''), JSON.stringify(value, null, 2));
  assert.equal([...jsonChunks(lazyArray(lazy([1, { a: 2 }])))].join(''), JSON.stringify([1, { a: 2 }], null, 2));
  assert.equal([...jsonChunks([lazyArray(lazy([])), lazyArray(lazy([{ x: [1] }]))])].join(''), JSON.stringify([[], [{ x: [1] }]], null, 2));
  assert.equal([...jsonChunks({ skip: undefined, keep: lazyArray(lazy([undefined])) })].join(''), JSON.stringify({ keep: [undefined] }, null, 2));
});

test('a lazy array is read once, element by element, while the text is written', () => {
  let made = 0;
  function* items(): Generator<object> {
    for (let i = 0; i < 3; i++) {
      made++;
      yield { i };
    }
  }
  const chunks = jsonChunks({ before: 1, items: lazyArray(items()) });
  let text = '';
  let madeWhenFirstWritten = -1;
  for (const chunk of chunks) {
    text += chunk;
    if (madeWhenFirstWritten < 0 && text.includes('"i": 0')) madeWhenFirstWritten = made;
  }
  assert.equal(madeWhenFirstWritten, 1, 'elements are made as they are written, not all first');
  assert.equal(made, 3);
  assert.deepEqual(JSON.parse(text), { before: 1, items: [{ i: 0 }, { i: 1 }, { i: 2 }] });
});

test('batched joins pieces into blocks without losing or reordering text', () => {
  const pieces = Array.from({ length: 100 }, (_, i) => `piece${i};`);
  const blocks = [...batched(pieces, 50)];
  assert.ok(blocks.length > 1 && blocks.length < 100);
  assert.equal(blocks.join(''), pieces.join(''));
});

test('elements of lazy arrays deep inside a value keep their indentation, whatever their own depth and content', () => {
  const element = { text: 'two\nlines "q" 日本', list: [1, [2, { deep: [[], {}, null] }]], empty: {}, none: [] };
  const items = [element, 'plain', 7, null, [element]];
  // The lazy array at depth 0 through 7: each level adds an object or an array around it (a fresh lazy array each time).
  const around = (inner: unknown, depth: number): unknown => {
    let value = inner;
    for (let i = 0; i < depth; i++) value = i % 2 ? { k: value, after: [element] } : [value, element];
    return value;
  };
  for (let depth = 0; depth < 8; depth++) {
    assert.equal([...jsonChunks(around(lazyArray(lazy(items)), depth))].join(''), JSON.stringify(around(items, depth), null, 2), `lazy array at depth ${depth}`);
  }
});
