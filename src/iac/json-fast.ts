// A fast path for templates written as JSON (`cdk synth` output): the native JSON.parse reads the value, and
// one linear pass over the text, walked in step with that value, records where every mapping key and sequence
// item is written. The result is the ParsedDocument the js-yaml path gives for the same text. Whenever the two
// readings could differ (js-yaml would report an error, or read a number otherwise), the fast path declines
// and the YAML path reads the document as before.
//
// Why each JSON construct reads alike in js-yaml (YAML 1.2 flow style, CFN_SCHEMA, `json: true`):
// - strings are double-quoted scalars; JSON's escapes (\" \\ \/ \b \f \n \r \t \uXXXX) are a subset of
//   YAML's and decode to the same code units (a \u surrogate pair is read half by half, as JSON does); JSON
//   strings hold no raw line break or tab, so YAML's line folding never applies;
// - true, false, null resolve through the core schema to the same values; numbers are checked one by one;
// - `__proto__` becomes an own property in both (JSON.parse defines it; js-yaml defines it on purpose);
// - line breaks are counted as js-yaml counts them: \n, \r\n, and a lone \r.
// Declined: anything JSON.parse refuses (YAML may still read it, or js-yaml words the error), a document not
// opening with `{` or `[` (a BOM included), duplicate keys (js-yaml reports them), a `:` on a later line than
// its key (js-yaml refuses it), numbers js-yaml reads otherwise (`-0`, `1e400`), and nesting near MAX_DEPTH,
// which is looked for before JSON.parse: V8's parser does not overflow on it, but spends ~1 µs a level.
import { INCLUDE, MappingPositions, MAX_DEPTH, SequencePositions, type ParsedDocument, type PositionTable, type Pos } from './yaml.js';
import { typePlain } from './yaml-fast-scalar.js';

/**
 * Deepest nesting taken: js-yaml counts a level more than JSON does at the top (the would-be key it tries
 * first) and one for the scalar at the bottom, so stay clear of MAX_DEPTH and let it word the error.
 */
function depthLimit(): number {
  // A function, not a constant: yaml.ts imports this module, so its exports are not set when this one loads.
  return MAX_DEPTH - 10;
}

/**
 * Whether brackets outside strings nest deeper than `limit`, read from `from` on. Exact for valid JSON (its
 * strings are skipped as JSON.parse reads them); for other text it only decides where JSON.parse will fail.
 */
export function nestedDeeperThan(text: string, from: number, limit: number): boolean {
  let depth = 0;
  const length = text.length;
  for (let i = from; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) continue; // the commonest character outside strings, dismissed first
    if (c === 0x22) {
      // To the closing quote: the first one not escaped by an odd run of backslashes.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) return false;
        if (text.charCodeAt(i - 1) !== 0x5c) break;
        let before = i - 1;
        while (text.charCodeAt(before) === 0x5c) before--;
        if ((i - 1 - before) % 2 === 0) break;
      }
    } else if ((c | 0x20) === 0x7b) {
      // `[` or `{`
      if (++depth > limit) return true;
    } else if ((c | 0x20) === 0x7d) depth--; // `]` or `}`
  }
  return false;
}

/** One pass over the text in step with the parsed value. Each step returns false to decline. */
class Walk {
  i = 0;
  line = 1;
  lineStart = 0;
  mentionsInclude = false;
  readonly positions: PositionTable = new WeakMap();
  /** Offset of the next backslash at or after the last string opened (Infinity: none left); -1 before the first. */
  private backslash = -1;
  /** Whether the string last measured by `stringEnd` holds escapes. */
  private escaped = false;
  /** Checked before JSON.parse already; checked again here so the recursion stays bounded regardless. */
  private readonly limit = depthLimit();

  constructor(private readonly text: string) {}

  /** Skips JSON whitespace, counting lines as js-yaml does. */
  space(): void {
    const text = this.text;
    let i = this.i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09) i++;
      else if (c === 0x0a || c === 0x0d) {
        i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        this.line++;
        this.lineStart = i;
      } else break;
    }
    this.i = i;
  }

  /** Offset of the quote that closes the string opening at `i`. */
  private stringEnd(): number {
    const text = this.text;
    const open = this.i;
    const close = text.indexOf('"', open + 1);
    // The next backslash is searched for once per backslash passed, so all strings together cost one pass.
    if (this.backslash < open) {
      const found = text.indexOf('\\', open);
      this.backslash = found < 0 ? Infinity : found;
    }
    this.escaped = this.backslash < close;
    if (!this.escaped) return close;
    let at = open + 1;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 0x5c) at += 2;
      else if (c === 0x22) return at;
      else at++;
    }
  }

  value(v: unknown, depth: number): boolean {
    const c = this.text.charCodeAt(this.i);
    if (c === 0x7b) return typeof v === 'object' && v !== null && !Array.isArray(v) && this.mapping(v as Record<string, unknown>, depth + 1);
    if (c === 0x5b) return Array.isArray(v) && this.sequence(v, depth + 1);
    if (c === 0x22) {
      this.i = this.stringEnd() + 1;
      if (v === INCLUDE) this.mentionsInclude = true;
      return true;
    }
    if (c === 0x74 || c === 0x6e) this.i += 4; // true, null
    else if (c === 0x66) this.i += 5; // false
    else return this.number(v);
    return true;
  }

  private number(v: unknown): boolean {
    const text = this.text;
    const start = this.i;
    const negative = text.charCodeAt(start) === 0x2d;
    let at = negative ? start + 1 : start;
    let integer = true;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c >= 0x30 && c <= 0x39) at++;
      else if (c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d) {
        integer = false;
        at++;
      } else break;
    }
    this.i = at;
    // Up to 15 digits both readings are exact, save `-0`, which YAML's int reads as 0.
    const digits = at - start - (negative ? 1 : 0);
    if (integer && digits <= 15 && !(negative && text.charCodeAt(start + 1) === 0x30)) return true;
    return Object.is(typePlain(text.slice(start, at)), v);
  }

  private mapping(object: Record<string, unknown>, depth: number): boolean {
    if (depth > this.limit) return false;
    const text = this.text;
    const own = Object.keys(object);
    this.i++;
    this.space();
    if (text.charCodeAt(this.i) === 0x7d) {
      this.i++;
      return own.length === 0; // js-yaml records nothing for an empty mapping
    }
    const keys: string[] = [];
    const coordinates: number[] = [];
    // While the written keys match the parsed object's, in order, its strings are reused rather than sliced.
    let same = true;
    for (;;) {
      const at = this.i;
      const line = this.line;
      coordinates.push(line, at - this.lineStart + 1);
      const end = this.stringEnd();
      const known = own[keys.length];
      let key: string;
      if (same && !this.escaped && known !== undefined && known.length === end - at - 1 && text.startsWith(known, at + 1)) key = known;
      else {
        same = false;
        key = this.escaped ? (JSON.parse(text.slice(at, end + 1)) as string) : text.slice(at + 1, end);
      }
      keys.push(key);
      if (key === INCLUDE) this.mentionsInclude = true;
      this.i = end + 1;
      this.space();
      // js-yaml takes a `:` as the key's only on the key's own line.
      if (this.line !== line) return false;
      this.i++;
      this.space();
      if (!this.value(object[key], depth)) return false;
      this.space();
      if (text.charCodeAt(this.i++) === 0x7d) break;
      this.space();
    }
    // More keys written than the object holds: a duplicate, which js-yaml reports.
    if (keys.length !== own.length) return false;
    this.positions.set(object, new MappingPositions(keys, coordinates));
    return true;
  }

  private sequence(array: unknown[], depth: number): boolean {
    if (depth > this.limit) return false;
    const text = this.text;
    this.i++;
    this.space();
    if (text.charCodeAt(this.i) === 0x5d) {
      this.i++;
      return array.length === 0;
    }
    const coordinates: number[] = [];
    let index = 0;
    for (;;) {
      coordinates.push(this.line, this.i - this.lineStart + 1);
      if (!this.value(array[index++], depth)) return false;
      this.space();
      if (text.charCodeAt(this.i++) === 0x5d) break;
      this.space();
    }
    if (index !== array.length) return false;
    this.positions.set(array, new SequencePositions(coordinates));
    return true;
  }
}

/**
 * The document read as JSON, exactly as `parseDocument`'s YAML path would read it, or undefined when this
 * path cannot be sure of that (the caller then reads it as YAML).
 */
export function parseJsonDocument(source: string): ParsedDocument | undefined {
  const walk = new Walk(source);
  walk.space();
  const first = source.charCodeAt(walk.i);
  if (first !== 0x7b && first !== 0x5b) return undefined;
  if (nestedDeeperThan(source, walk.i, depthLimit())) return undefined;
  let value: unknown;
  try {
    // V8's JSON.parse is not recursive (10 million levels read without a stack overflow on Node 20), but
    // deep nesting costs it ~1 µs a level: the check above keeps that off the path. A RangeError on another
    // engine is caught here like any refusal.
    value = JSON.parse(source);
  } catch {
    return undefined;
  }
  const start: Pos = [walk.line, walk.i - walk.lineStart + 1];
  try {
    if (!walk.value(value, 0)) return undefined;
  } catch {
    // Not expected on text JSON.parse accepted; should it happen, the YAML path still reads the document.
    return undefined;
  }
  return { value, positions: walk.positions, errors: [], start, mentionsInclude: walk.mentionsInclude };
}
