// Strings of the HCL native syntax: quoted templates, heredocs, escapes and `${…}` / `%{…}` sequences, on
// the parser state they share with expressions (nesting depth, newline mode). Sequences hold expressions,
// so the expression grammar (hcl-parser.ts, the subclass) is called back through `parseExpr`.
import { Lexer, trimEndSpace, trimStartSpace } from './hcl-lexer.js';
import type { Expr, Part } from './hcl-tree.js';

/** Template text and markers before they are nested: strip markers and flush indentation work on this list. */
type Piece =
  | { k: 'text'; text: string }
  | { k: 'interp'; x: Expr }
  | { k: 'if'; c: Expr; at: number }
  | { k: 'else'; at: number }
  | { k: 'endif'; at: number }
  | { k: 'for'; key: string | undefined; val: string; coll: Expr; at: number }
  | { k: 'endfor'; at: number };

/** What a quoted string's scan must look at: its end, newlines, escapes, and `${` / `%{` (or their escapes). */
const QUOTED_SPECIAL = /["\\\n\r$%]/g;
/** What a heredoc line's scan must look at: its newline, and `${` / `%{` (or their escapes). */
const HEREDOC_SPECIAL = /[\n$%]/g;

/** The offset of the first character at or after `p` that `special` matches; the text's length when none does. */
function nextSpecial(special: RegExp, text: string, p: number): number {
  special.lastIndex = p;
  return special.test(text) ? special.lastIndex - 1 : text.length;
}

/** `$${` or `%%{` at `p` (`c` is the character there): a literal `${` or `%{`, three characters in the source. */
function isEscapedOpening(text: string, p: number, c: number): boolean {
  return (c === 36 || c === 37) && text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === 123;
}

export abstract class TemplateParser extends Lexer {
  protected depth = 0;

  constructor(
    text: string,
    protected readonly maxDepth: number,
  ) {
    super(text);
  }

  protected enter(at: number): void {
    if (++this.depth > this.maxDepth) this.fail(at, `Nesting too deep: brackets, blocks or templates nested deeper than ${this.maxDepth} levels`);
  }

  /** Switches newline mode; the current token is scanned again if it was a newline that no longer counts. */
  protected mode(nl: boolean): boolean {
    const before = this.nl;
    this.nl = nl;
    if (!nl && this.is('nl')) this.scanFrom(this.ts);
    return before;
  }

  /** The current token's kind (a call, so TypeScript does not narrow it across `next()`). */
  protected is(t: string): boolean {
    return this.t === t;
  }

  protected expect(t: string, message: string): void {
    if (this.t !== t) this.fail(this.ts, message);
  }

  /** One expression (the subclass's grammar): interpolations and directives contain them. */
  abstract parseExpr(): Expr;

  /**
   * The pieces of a quoted template starting at `p` (after the opening quote); the current token becomes the
   * closing quote. Labels (`label`) allow escapes but no template sequences.
   */
  protected scanQuoted(p: number, label: boolean): Piece[] {
    const text = this.text;
    const open = p - 1;
    const pieces: Piece[] = [];
    let buf = '';
    let chunk = p;
    let strip = false;
    const flushText = (to: number): void => {
      buf += text.slice(chunk, to);
      if (buf !== '') {
        pieces.push({ k: 'text', text: strip ? trimStartSpace(buf) : buf });
        strip = false;
      }
      buf = '';
    };
    for (;;) {
      // Ordinary characters are passed over at once; the loop looks only at those that may mean something.
      p = nextSpecial(QUOTED_SPECIAL, text, p);
      const c = text.charCodeAt(p);
      if (c !== c) this.fail(open, 'Unterminated template string: no closing quote was found for the string');
      if (c === 34) {
        flushText(p);
        this.t = '"';
        this.ts = p;
        this.te = p + 1;
        return pieces;
      }
      if (c === 10 || c === 13) this.fail(p, 'Invalid multi-line string: quoted strings may not be split over multiple lines; use the \\n escape or a heredoc');
      if (c === 92) {
        buf += text.slice(chunk, p);
        const [value, end] = this.escape(p);
        buf += value;
        p = end;
        chunk = p;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === 123) {
        if (label) this.fail(p, 'Invalid string literal: template sequences are not allowed in this string; to include a literal "$", double it');
        flushText(p);
        const r = this.templateSequence(p, pieces);
        p = r.end;
        strip = r.strip;
        chunk = p;
        continue;
      }
      if (isEscapedOpening(text, p, c)) {
        buf += text.slice(chunk, p + 1) + '{';
        chunk = p += 3;
        continue;
      }
      p++;
    }
  }

  /** A backslash escape at `p`: its value and the offset after it. */
  private escape(p: number): [string, number] {
    const text = this.text;
    const c = text[p + 1];
    switch (c) {
      case 'n':
        return ['\n', p + 2];
      case 'r':
        return ['\r', p + 2];
      case 't':
        return ['\t', p + 2];
      case '"':
        return ['"', p + 2];
      case '\\':
        return ['\\', p + 2];
      case 'u':
      case 'U': {
        const len = c === 'u' ? 4 : 8;
        const hex = text.slice(p + 2, p + 2 + len);
        if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len) this.fail(p, 'Invalid escape sequence: the \\u and \\U escapes need 4 and 8 hexadecimal digits');
        const cp = parseInt(hex, 16);
        const valid = cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
        return [valid ? String.fromCodePoint(cp) : '\ufffd', p + 2 + len];
      }
      default:
        return this.fail(p, `Invalid escape sequence: the symbol ${JSON.stringify(c ?? '')} is not a valid escape sequence selector`);
    }
  }

  /**
   * `${ expr }` or `%{ directive }` at `p`: its piece is pushed (a `~` after the opening trims the text before);
   * returns the offset after the closing brace and whether a `~` there trims the text after.
   */
  private templateSequence(p: number, pieces: Piece[]): { end: number; strip: boolean } {
    const text = this.text;
    const interp = text.charCodeAt(p) === 36;
    let q = p + 2;
    if (text.charCodeAt(q) === 126) {
      q++;
      const last = pieces[pieces.length - 1];
      if (last?.k === 'text') {
        // Emptied text stays a piece: `"${x} "` is still a template, not the value of x.
        last.text = trimEndSpace(last.text);
      }
    }
    const before = this.mode(false);
    this.enter(p);
    this.scanFrom(q);
    if (interp) {
      pieces.push({ k: 'interp', x: this.parseExpr() });
    } else {
      pieces.push(this.directive(p));
    }
    let end: number;
    let strip = false;
    if (this.is('}')) end = this.te;
    else if (this.is('~') && text.charCodeAt(this.te) === 125) {
      end = this.te + 1;
      strip = true;
    } else {
      this.fail(this.is('eof') ? p : this.ts, interp ? 'Missing closing brace: an interpolation sequence must end with "}"' : 'Missing closing brace: a template directive must end with "}"');
    }
    this.depth--;
    this.mode(before);
    return { end, strip };
  }

  private directive(at: number): Piece {
    if (!this.is('id')) this.fail(this.ts, 'Invalid template directive: a template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence');
    const word = this.text.slice(this.ts, this.te);
    this.next();
    switch (word) {
      case 'if':
        return { k: 'if', c: this.parseExpr(), at };
      case 'else':
        return { k: 'else', at };
      case 'endif':
        return { k: 'endif', at };
      case 'endfor':
        return { k: 'endfor', at };
      case 'for': {
        this.expect('id', 'Invalid template directive: a variable name is required after "for"');
        let key: string | undefined;
        let val = this.text.slice(this.ts, this.te);
        this.next();
        if (this.is(',')) {
          this.next();
          this.expect('id', 'Invalid template directive: a value variable name is required after the comma');
          key = val;
          val = this.text.slice(this.ts, this.te);
          this.next();
        }
        if (!(this.is('id') && this.text.slice(this.ts, this.te) === 'in')) this.fail(this.ts, 'Invalid template directive: the "in" keyword is required in a for directive');
        this.next();
        return { k: 'for', key, val, coll: this.parseExpr(), at };
      }
      default:
        return this.fail(at, `Invalid template directive: "${word}" is not a template directive keyword`);
    }
  }

  /** A heredoc whose header is the current token: lines up to the closing marker; the marker's newline stays. */
  protected parseHeredoc(s: number): Expr {
    const text = this.text;
    const marker = this.marker;
    const flush = this.flush;
    let p = this.te;
    const pieces: Piece[] = [];
    let strip = false;
    const push = (value: string): void => {
      if (strip) value = trimStartSpace(value);
      strip = false;
      if (value !== '') pieces.push({ k: 'text', text: value });
    };
    let lineStart = true;
    for (;;) {
      if (p >= text.length) return this.fail(s, 'Unterminated template string: no closing marker was found for this heredoc');
      if (lineStart) {
        let q = p;
        while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
        if (text.startsWith(marker, q)) {
          // Spaces may follow the closing marker on its line.
          let r = q + marker.length;
          while (text.charCodeAt(r) === 32 || text.charCodeAt(r) === 9) r++;
          const c = text.charCodeAt(r);
          if (c === 10 || (c === 13 && text.charCodeAt(r + 1) === 10)) {
            if (flush) flushIndent(pieces);
            const tmpl = this.template(s, r, pieces);
            this.scanFrom(r);
            return tmpl;
          }
        }
      }
      // Text to the end of this line (newline included) or to the next template sequence.
      let buf = '';
      let chunk = p;
      lineStart = false;
      for (;;) {
        p = nextSpecial(HEREDOC_SPECIAL, text, p);
        const c = text.charCodeAt(p);
        if (c !== c) break;
        if (c === 10) {
          p++;
          lineStart = true;
          break;
        }
        if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === 123) break;
        if (isEscapedOpening(text, p, c)) {
          buf += text.slice(chunk, p + 1) + '{';
          chunk = p += 3;
          continue;
        }
        p++;
      }
      buf += text.slice(chunk, p);
      if (buf !== '') push(buf);
      if (!lineStart && p < text.length) {
        const r = this.templateSequence(p, pieces);
        p = r.end;
        strip = r.strip;
      }
    }
  }

  /** Pieces → a template expression (directives nested); `e` is the end offset of the template. */
  protected template(s: number, e: number, pieces: Piece[]): Expr {
    // Most templates hold text and interpolations only: their pieces are their parts.
    let plain = true;
    for (let j = 0; j < pieces.length; j++) {
      const k = (pieces[j] as Piece).k;
      if (k !== 'text' && k !== 'interp') {
        plain = false;
        break;
      }
    }
    if (plain) return { k: 'tmpl', s, e, parts: pieces as Part[], wrap: pieces.length === 1 && (pieces[0] as Piece).k === 'interp' };
    let i = 0;
    const seq = (): Part[] => {
      const parts: Part[] = [];
      while (i < pieces.length) {
        const p = pieces[i] as Piece;
        if (CLOSERS.has(p.k)) return parts;
        i++;
        if (p.k === 'text' || p.k === 'interp') parts.push(p);
        else if (p.k === 'if') {
          const then = seq();
          let other: Part[] = [];
          if (pieces[i]?.k === 'else') {
            i++;
            other = seq();
          }
          if (pieces[i]?.k !== 'endif') this.fail(p.at, 'Unexpected end of template: the if directive is missing its corresponding endif directive');
          i++;
          parts.push({ k: 'if', c: p.c, then, else: other });
        } else if (p.k === 'for') {
          const body = seq();
          if (pieces[i]?.k !== 'endfor') this.fail(p.at, 'Unexpected end of template: the for directive is missing its corresponding endfor directive');
          i++;
          parts.push({ k: 'for', key: p.key, val: p.val, coll: p.coll, body });
        } else {
          this.fail(p.at, `Unexpected ${p.k} directive: there is no matching opening directive`);
        }
      }
      return parts;
    };
    const parts = seq();
    if (i < pieces.length) {
      const p = pieces[i] as Piece & { at: number };
      this.fail(p.at, `Unexpected ${p.k} directive: there is no matching opening directive`);
    }
    const wrap = pieces.length === 1 && pieces[0]?.k === 'interp';
    return { k: 'tmpl', s, e, parts, wrap };
  }
}

/** Where a sequence of template parts stops; the caller checks the directive found is the one it expects. */
const CLOSERS = new Set<string>(['else', 'endif', 'endfor']);

/**
 * `<<-` heredocs: the smallest indentation (in characters) of the lines is removed from each line. A line
 * counts by the text that starts it: a sequence at a line start means no indentation; blank lines do not count
 * and are left as they are.
 */
function flushIndent(pieces: Piece[]): void {
  let min = Infinity;
  let lineStart = true;
  const adjust: Array<{ k: 'text'; text: string }> = [];
  for (const piece of pieces) {
    if (lineStart) {
      lineStart = false;
      if (piece.k === 'text') {
        const trimmed = trimStartSpace(piece.text);
        if (!(trimmed === '' && piece.text.endsWith('\n'))) {
          let spaces = 0;
          const lead = piece.text.length - trimmed.length;
          for (let j = 0; j < lead; j++) if (!(piece.text.charCodeAt(j) >= 0xdc00 && piece.text.charCodeAt(j) <= 0xdfff)) spaces++;
          min = Math.min(min, spaces);
          adjust.push(piece);
        }
      } else {
        min = 0;
      }
    }
    if (piece.k === 'text' && piece.text.endsWith('\n')) lineStart = true;
  }
  if (min === 0 || min === Infinity) return;
  for (const piece of adjust) {
    let cut = 0;
    for (let n = 0; n < min; n++) cut += (piece.text.codePointAt(cut) as number) > 0xffff ? 2 : 1;
    piece.text = piece.text.slice(cut);
  }
}
