// Strings a scan keeps (ids, types, message values) made the scan's own. A string read from a template is often
// a slice of the whole template text (V8 keeps a substring of 13 or more characters as a view of its parent), so
// keeping one logical id kept the whole file: at 10,000 templates most of a scan's memory was template text.
// Each kept string is copied once and shared: the same id or type in a thousand templates is held once.

/** Gives each string as a copy the scan owns: equal strings share one copy. */
export type OwnStrings = (text: string) => string;

/** Shorter strings are copies already (V8 slices only from 13 characters). */
export const SLICED_FROM = 13;

export function ownStrings(): OwnStrings {
  const copies = new Map<string, string>();
  return (text) => {
    if (text.length < SLICED_FROM) return text;
    const known = copies.get(text);
    if (known !== undefined) return known;
    // A fresh string: decoding bytes never returns a view of another one (a lone surrogate does not survive
    // UTF-8, so such a string goes through JSON, which keeps it exactly).
    let copy = Buffer.from(text, 'utf8').toString('utf8');
    if (copy !== text) copy = JSON.parse(JSON.stringify(text)) as string;
    copies.set(copy, copy);
    return copy;
  };
}
