// Text measures as a person counts them.

// Made on first use: building it loads ICU data, a cost every command would pay at start-up otherwise.
let segmenter: Intl.Segmenter | undefined;

/** Counts user-perceived characters: an emoji or a Japanese character is one. */
export function countCharacters(text: string): number {
  let count = 0;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const _ of segmenter.segment(text)) count++;
  return count;
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
