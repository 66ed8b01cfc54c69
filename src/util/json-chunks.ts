// JSON text in pieces, byte-identical to `JSON.stringify(value, null, 2)`: a big report (a 10,000-template
// scan is ~70 MB of JSON) is written a piece at a time instead of being held as one string.

/** One member of a top-level object; an array member may be produced lazily, one element at a time. */
export type JsonMember = readonly [key: string, value: unknown] | readonly [key: string, items: Iterable<unknown>, kind: 'array'];

/**
 * Nested text of `JSON.stringify` indented for `depth` levels. The value is written inside `depth` arrays, so
 * JSON.stringify indents it itself, and the text of those arrays around it is cut off: a second pass over the
 * text to re-indent each line (replaceAll) cost a third of the time.
 */
function nested(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2);
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each wrapping array k (1…depth) opens with `[`, a newline and 2k spaces, and closes with a newline,
  // 2(k-1) spaces and `]`.
  return text.slice(depth * (depth + 3), text.length - depth * (depth + 1));
}

function* arrayChunks(items: Iterable<unknown>, depth: number): Generator<string> {
  const pad = '  '.repeat(depth + 1);
  let first = true;
  for (const item of items) {
    // JSON.stringify writes undefined / functions inside arrays as null.
    const text = item === undefined || typeof item === 'function' ? 'null' : nested(item, depth + 1);
    yield `${first ? '[\n' : ',\n'}${pad}${text}`;
    first = false;
  }
  yield first ? '[]' : `\n${'  '.repeat(depth)}]`;
}

/** A top-level object as JSON text pieces (members in the order given; undefined values left out). */
export function* jsonObjectChunks(members: Iterable<JsonMember>): Generator<string> {
  const value: Record<string, unknown> = {};
  for (const member of members) value[member[0]] = member.length === 3 ? lazyArray(member[1]) : member[1];
  yield* jsonChunks(value);
}

/** An array written one element at a time, wherever it stands in a value given to `jsonChunks`. */
export class LazyArray {
  constructor(readonly items: Iterable<unknown>) {}
}

export function lazyArray(items: Iterable<unknown>): LazyArray {
  return new LazyArray(items);
}

/** Items mapped one at a time, as they are asked for (the elements of a lazy array). */
export function* mapped<T>(items: Iterable<T>, map: (item: T) => unknown): Generator<unknown> {
  for (const item of items) yield map(item);
}

function holdsLazy(value: unknown, depth: number): boolean {
  if (value instanceof LazyArray) return true;
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  for (const inner of Array.isArray(value) ? value : Object.values(value)) if (holdsLazy(inner, depth + 1)) return true;
  return false;
}

/**
 * Any JSON value as text pieces, byte-identical to `JSON.stringify(value, null, 2)` once joined, where each
 * `LazyArray` inside is written element by element (the rest of the value is a small skeleton).
 */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (value instanceof LazyArray) {
    yield* arrayChunks(value.items, depth);
    return;
  }
  if (value === null || typeof value !== 'object' || !holdsLazy(value, 0)) {
    yield nested(value, depth);
    return;
  }
  const pad = '  '.repeat(depth + 1);
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      yield `${i ? ',\n' : '\n'}${pad}`;
      if (item === undefined || typeof item === 'function') yield 'null';
      else yield* jsonChunks(item, depth + 1);
    }
    yield `\n${'  '.repeat(depth)}]`;
    return;
  }
  let first = true;
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined || typeof inner === 'function') continue;
    yield `${first ? '{\n' : ',\n'}${pad}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(inner, depth + 1);
  }
  yield first ? '{}' : `\n${'  '.repeat(depth)}}`;
}

/** Joins small pieces into blocks of about `size` characters: few writes, yet each block small enough for
 * the young generation (large strings go to large-object space and stay until a full GC, raising peak RSS). */
export function* batched(chunks: Iterable<string>, size = 1 << 15): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join('');
}
