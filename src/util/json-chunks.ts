// JSON text in pieces, byte-identical to `JSON.stringify(value, null, 2)`: a big report (a 10,000-template
// scan is ~70 MB of JSON) is written a piece at a time instead of being held as one string.

/** One member of a top-level object; an array member may be produced lazily, one element at a time. */
export type JsonMember = readonly [key: string, value: unknown] | readonly [key: string, items: Iterable<unknown>, kind: 'array'];

const INDENTS = ['\n', '\n  ', '\n    ', '\n      '];

/** Nested text of `JSON.stringify` re-indented for `depth` levels (its own newlines are the only ones). */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replaceAll('\n', INDENTS[depth] ?? `\n${'  '.repeat(depth)}`);
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
  let first = true;
  for (const member of members) {
    const [key, value] = member;
    if (member.length === 2 && (value === undefined || typeof value === 'function')) continue;
    yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
    first = false;
    if (member.length === 3) yield* arrayChunks(value as Iterable<unknown>, 1);
    else yield nested(value, 1);
  }
  yield first ? '{}' : '\n}';
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
