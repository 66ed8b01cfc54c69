// The streamed JSON writer must produce exactly what JSON.stringify(value, null, 2) does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batched, jsonObjectChunks, type JsonMember } from '../../src/util/json-chunks.js';

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

test('batched joins pieces into blocks without losing or reordering text', () => {
  const pieces = Array.from({ length: 100 }, (_, i) => `piece${i};`);
  const blocks = [...batched(pieces, 50)];
  assert.ok(blocks.length > 1 && blocks.length < 100);
  assert.equal(blocks.join(''), pieces.join(''));
});
