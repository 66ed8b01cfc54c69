// Strict UTF-8 decoding for every file slens reads (templates, code beside them, log input): invalid bytes
// throw a TypeError that each reader reports in its own words. One decoder serves all calls, since
// decoding without `stream` keeps no state between them.
const STRICT = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes; throws a TypeError when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  return STRICT.decode(bytes);
}

/** Byte offset of the first byte that does not start a valid UTF-8 sequence; -1 when all bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the range of the first one (no overlongs, no surrogates).
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters) of the first invalid byte, or undefined when the bytes are valid UTF-8. */
export function invalidUtf8Position(bytes: Uint8Array): { line: number; column: number } | undefined {
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < at; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Everything before `at` is valid, so the start of its line decodes; the column counts characters.
  const before = decodeUtf8(bytes.subarray(lineStart, at));
  let column = 1;
  for (const _ of before) column++;
  return { line, column };
}
