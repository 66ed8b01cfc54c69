// A cheap guard run before JSON.parse: V8 parses a 10,000-deep line, but everything that walks the value
// later (JSON.stringify for output, field lookups) recurses and overflows the stack. Such a line is skipped
// and counted as bad, with its line number, instead of failing the whole file.

/** Deepest nesting of objects and arrays a JSON log line may have (Logs Insights itself flattens far less). */
export const MAX_JSON_DEPTH = 256;

/** True when the JSON text nests objects/arrays deeper than `max` (strings are skipped, escapes honoured). */
export function jsonTooDeep(text: string, max: number = MAX_JSON_DEPTH): boolean {
  // Each level costs at least two characters ("[" and "]"), so a short line cannot be too deep.
  if (text.length <= 2 * max) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}
