// Scalars for the fast YAML reader (yaml-fast.ts): plain-scalar typing through js-yaml's own implicit types,
// the short-form tags' own constructors, quoted scalars (folded over lines as js-yaml folds them) and block
// scalars. Anything the reader is not sure to read exactly as js-yaml does throws DECLINE, and the caller falls
// back to js-yaml.
import type yaml from 'js-yaml';
import { CFN_SCHEMA } from './yaml.js';

/** Thrown to give up; `declineReason` says why (the corpus check groups files by it). */
export const DECLINE: unique symbol = Symbol('decline');
export let declineReason = '';

export function decline(reason: string): never {
  declineReason = reason;
  throw DECLINE;
}

/** The reader's position, as js-yaml keeps it (0-based line; `lineIndent`: leading spaces of the line). */
export interface Cursor {
  s: string;
  pos: number;
  line: number;
  lineStart: number;
  lineIndent: number;
}

type Construct = (data: unknown) => unknown;
interface CompiledSchema {
  compiledImplicit: yaml.Type[];
  compiledTypeMap: Record<'scalar' | 'sequence' | 'mapping', Record<string, yaml.Type | undefined>>;
}

let implicit: yaml.Type[] | undefined;
let tagTables: Record<'scalar' | 'sequence' | 'mapping', Map<string, Construct>> | undefined;

// Read lazily: yaml.ts imports this module's user, so CFN_SCHEMA is not initialised while modules load.
function schema(): CompiledSchema {
  return CFN_SCHEMA as unknown as CompiledSchema;
}

/**
 * The constructor js-yaml would call for tag `!Name` on a node of this kind; undefined for tags outside
 * the short forms (those are left to js-yaml).
 */
export function tagConstruct(kind: 'scalar' | 'sequence' | 'mapping', tag: string): Construct | undefined {
  if (!tagTables) {
    const map = schema().compiledTypeMap;
    const table = (k: 'scalar' | 'sequence' | 'mapping'): Map<string, Construct> => {
      const out = new Map<string, Construct>();
      for (const [name, type] of Object.entries(map[k])) {
        if (type && name.startsWith('!') && !name.startsWith('!!')) out.set(name, (data) => type.construct(data));
      }
      return out;
    };
    tagTables = { scalar: table('scalar'), sequence: table('sequence'), mapping: table('mapping') };
  }
  return tagTables[kind].get(tag);
}

/** First characters an implicit type (null, bool, int, float) can start with: `-+.0-9~nNtTfF`. */
const MAY_BE_TYPED = new Uint8Array(128);
for (const c of '-+.0123456789~nNtTfF') MAY_BE_TYPED[c.charCodeAt(0)] = 1;

/** The words js-yaml's null and bool types resolve (type/null.js, type/bool.js). */
const WORDS = new Set(['~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** The value js-yaml gives an untagged plain scalar: its implicit types asked in the schema's order. */
export function typePlain(raw: string): unknown {
  const c = raw.charCodeAt(0);
  if (c >= 128 || MAY_BE_TYPED[c] === 0) return raw;
  // Starting with a letter or `~`, only null and bool can match (int and float start with `-+.0-9`), and
  // those take only the words below: any other such scalar is a string without asking.
  if (c > 0x39 && !WORDS.has(raw)) return raw;
  implicit ??= schema().compiledImplicit;
  for (const type of implicit) {
    if (type.resolve(raw)) return type.construct(raw);
  }
  return raw;
}

/** js-yaml's one-character escapes (`\n`, `\t`, `\"` …); 0 where the character is not one. */
const SIMPLE_ESCAPES: Record<number, string> = {
  0x30: '\x00', 0x61: '\x07', 0x62: '\x08', 0x74: '\x09', 0x09: '\x09', 0x6e: '\x0A', 0x76: '\x0B', 0x66: '\x0C',
  0x72: '\x0D', 0x65: '\x1B', 0x20: ' ', 0x22: '"', 0x2f: '/', 0x5c: '\\', 0x4e: '\x85', 0x5f: '\xA0',
  0x4c: '\u2028', 0x50: '\u2029',
};

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lc = c | 0x20;
  return lc >= 0x61 && lc <= 0x66 ? lc - 0x61 + 10 : -1;
}

/**
 * Spaces and line breaks (no comments), as js-yaml's skipSeparationSpace in a quoted scalar; returns the breaks.
 */
function skipBreaks(cur: Cursor): number {
  const s = cur.s;
  let breaks = 0;
  let c = s.charCodeAt(cur.pos);
  for (;;) {
    while (c === 0x20) c = s.charCodeAt(++cur.pos);
    if (c !== 0x0a) return breaks;
    breaks++;
    cur.line++;
    cur.lineStart = ++cur.pos;
    cur.lineIndent = 0;
    c = s.charCodeAt(cur.pos);
    while (c === 0x20) {
      cur.lineIndent++;
      c = s.charCodeAt(++cur.pos);
    }
  }
}

/**
 * A single- or double-quoted scalar (js-yaml's readSingleQuotedScalar / readDoubleQuotedScalar); the cursor
 * moves past the closing quote. With `multiLine` false, a scalar that does not close on its line is declined;
 * otherwise its lines are folded as js-yaml folds them (one break a space, n breaks n-1 newlines).
 */
export function readQuoted(cur: Cursor, multiLine: boolean): string {
  const s = cur.s;
  const quote = s.charCodeAt(cur.pos);
  let at = cur.pos + 1;
  let start = at;
  let end = at;
  let out = '';
  for (;;) {
    const c = s.charCodeAt(at);
    if (c === quote) {
      out += s.slice(start, at);
      if (quote === 0x27 && s.charCodeAt(at + 1) === 0x27) {
        start = at + 1; // `''` is one quote: the second starts the next piece
        at += 2;
        end = at;
        continue;
      }
      cur.pos = at + 1;
      return out;
    }
    if (c === 0x5c && quote === 0x22) {
      out += s.slice(start, at);
      const e = s.charCodeAt(at + 1);
      const simple = SIMPLE_ESCAPES[e];
      if (e === 0x0a) {
        // an escaped line break: the break and the next line's indentation are dropped
        if (!multiLine) decline('multi-line quoted scalar');
        cur.pos = at + 1;
        skipBreaks(cur);
        at = cur.pos;
      } else if (simple !== undefined) {
        out += simple;
        at += 2;
      } else {
        const length = e === 0x78 ? 2 : e === 0x75 ? 4 : e === 0x55 ? 8 : 0;
        if (length === 0) decline('escape sequence');
        let code = 0;
        for (let i = 0; i < length; i++) {
          const d = hexDigit(s.charCodeAt(at + 2 + i));
          if (d < 0) decline('escape sequence');
          code = code * 16 + d;
        }
        if (code > 0x10ffff) decline('escape sequence');
        out += code <= 0xffff ? String.fromCharCode(code) : String.fromCharCode(((code - 0x10000) >> 10) + 0xd800, ((code - 0x10000) & 0x3ff) + 0xdc00);
        at += 2 + length;
      }
      start = end = at;
      continue;
    }
    if (c === 0x0a) {
      if (!multiLine) decline('multi-line quoted scalar');
      out += s.slice(start, end);
      cur.pos = at;
      const breaks = skipBreaks(cur);
      at = cur.pos;
      if (s.charCodeAt(at) === 0) decline('unclosed quoted scalar');
      if (at === cur.lineStart && isSeparator(s, at)) decline('document separator in a quoted scalar');
      out += breaks === 1 ? ' ' : newlines(breaks - 1);
      start = end = at;
      continue;
    }
    if (c === 0) decline('unclosed quoted scalar');
    at++;
    if (c !== 0x20) end = at;
  }
}

/** `---` or `...` followed by a space, a line end or the end (js-yaml's testDocumentSeparator). */
export function isSeparator(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if ((c !== 0x2d && c !== 0x2e) || s.charCodeAt(at + 1) !== c || s.charCodeAt(at + 2) !== c) return false;
  const after = s.charCodeAt(at + 3);
  return after === 0 || after === 0x20 || after === 0x0a;
}

function newlines(count: number): string {
  return count <= 0 ? '' : '\n'.repeat(count);
}

/**
 * A literal (`|`) or folded (`>`) block scalar, following js-yaml's readBlockScalar step by step (header,
 * automatic or explicit indentation, folding, chomping), so the text and the cursor end where its do.
 */
export function readBlockScalar(cur: Cursor, nodeIndent: number): string {
  const s = cur.s;
  const folding = s.charCodeAt(cur.pos) === 0x3e;
  let chomping = 1; // 1 clip, 2 strip, 3 keep
  let detectedIndent = false;
  let textIndent = nodeIndent;
  let ch: number;
  for (;;) {
    ch = s.charCodeAt(++cur.pos);
    if (ch === 0x2b || ch === 0x2d) {
      if (chomping !== 1) decline('block scalar header');
      chomping = ch === 0x2b ? 3 : 2;
    } else if (ch >= 0x30 && ch <= 0x39) {
      if (ch === 0x30 || detectedIndent) decline('block scalar header');
      textIndent = nodeIndent + (ch - 0x30) - 1;
      detectedIndent = true;
    } else break;
  }
  if (ch === 0x20) {
    do ch = s.charCodeAt(++cur.pos);
    while (ch === 0x20);
    if (ch === 0x23) {
      do ch = s.charCodeAt(++cur.pos);
      while (ch !== 0x0a && ch !== 0);
    }
  }
  if (ch !== 0x0a) decline('block scalar header');
  let result = '';
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  while (ch !== 0) {
    // js-yaml's readLineBreak (only LF reaches here: inputs with CR are declined)
    cur.pos++;
    cur.line++;
    cur.lineStart = cur.pos;
    cur.lineIndent = 0;
    ch = s.charCodeAt(cur.pos);
    while ((!detectedIndent || cur.lineIndent < textIndent) && ch === 0x20) {
      cur.lineIndent++;
      ch = s.charCodeAt(++cur.pos);
    }
    if (!detectedIndent && cur.lineIndent > textIndent) textIndent = cur.lineIndent;
    if (ch === 0x0a) {
      emptyLines++;
      continue;
    }
    if (!detectedIndent && textIndent === 0) decline('block scalar without indentation');
    if (cur.lineIndent < textIndent) {
      if (chomping === 3) result += newlines(didReadContent ? 1 + emptyLines : emptyLines);
      else if (chomping === 1 && didReadContent) result += '\n';
      break;
    }
    if (folding) {
      if (ch === 0x20 || ch === 0x09) {
        atMoreIndented = true;
        result += newlines(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += newlines(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += ' ';
      } else result += newlines(emptyLines);
    } else result += newlines(didReadContent ? 1 + emptyLines : emptyLines);
    didReadContent = true;
    detectedIndent = true;
    emptyLines = 0;
    const from = cur.pos;
    while (ch !== 0x0a && ch !== 0) ch = s.charCodeAt(++cur.pos);
    result += s.slice(from, cur.pos);
  }
  return result;
}
