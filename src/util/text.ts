// Text measures as a person counts them.

// Made on first use: building it loads ICU data, a cost every command would pay at start-up otherwise.
let segmenter: Intl.Segmenter | undefined;

// Node 20's segmenter costs time in proportion to the whole text for every segment it yields (10k characters
// 33 ms, 80k 1.6 s), so it only ever sees short slices; code units below U+0300 are counted without it.
const SLICE = 128;
const SIMPLE_BELOW = 0x300;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Counts user-perceived characters (an emoji or a Japanese character is one) in time linear in the text. Every
 * code unit below U+0300 (Latin, controls) is its own character unless a mark or joiner follows it, or it is
 * CR before LF; the rest is segmented in short slices, each restarted at the last boundary it proved.
 */
export function countCharacters(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const here = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (here < SIMPLE_BELOW && next < SIMPLE_BELOW) {
      // A boundary always follows: nothing below U+0300 extends or joins the character before it.
      count++;
      i += here === CR && next === LF ? 2 : 1;
      continue;
    }
    const counted = countSlice(segmenter, text, i);
    count += counted.count;
    i = counted.next;
  }
  return count;
}

/** Segments from `start` (a known boundary): the characters proven complete, and where the next one begins. */
function countSlice(seg: Intl.Segmenter, text: string, start: number): { count: number; next: number } {
  for (let size = SLICE; ; size *= 2) {
    let end = Math.min(text.length, start + size);
    // Never cut a surrogate pair: a lone half would move the boundaries before it.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    let segments = 0;
    let lastStart = 0;
    for (const piece of seg.segment(text.slice(start, end))) {
      segments++;
      lastStart = piece.index;
    }
    if (end === text.length) return { count: segments, next: end };
    // The last segment may go on past the slice; one character longer than the slice is tried again, wider.
    if (segments > 1) return { count: segments - 1, next: start + lastStart };
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Order of strings by UTF-16 code units: the same on every machine, and without the locale data that
 * `localeCompare` loads on first use (several milliseconds, paid by every scan).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
