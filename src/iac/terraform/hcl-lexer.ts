// The token scanner of the HCL native syntax. It scans one token at a time from a position, so the parser can
// switch to reading template text character by character (quoted strings, heredocs) and back. Newlines are
// tokens only where the grammar gives them meaning (bodies, object constructors); inside ( ) and [ ] and
// template interpolations the parser turns them off.

/** A problem in the text at an offset; the parser throws it, the entry point turns it into line and column. */
export class HclSyntaxError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Token kinds: 'eof', 'nl', 'id', 'num', '"' (a template opens), '<<' (a heredoc header, newline included),
 * and the punctuation itself ('{', '=>', '...', '&&', …).
 */
export type Tok = string;

/** ASCII letters and `_` start a name; digits and `-` may follow. Filled by code ranges (no regular expressions at load). */
const ASCII_ID_START = new Uint8Array(128);
const ASCII_ID_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (letter) ASCII_ID_START[c] = 1;
  if (letter || (c >= 48 && c <= 57) || c === 45) ASCII_ID_PART[c] = 1;
}
const ID_START = /[\p{ID_Start}_]/u;
const ID_PART = /[\p{ID_Continue}-]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Go's unicode.IsSpace, which HCL uses to trim template text (`~` strip markers, flush heredocs). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

export function trimStartSpace(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

export function trimEndSpace(s: string): string {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}

// One-character punctuation (`&` and `|` only come doubled), as token kinds by character code.
const SINGLE: Array<string | undefined> = new Array<string | undefined>(128).fill(undefined);
for (const ch of '{}[]()=:,.?*!-+/%<>~') SINGLE[ch.charCodeAt(0)] = ch;

export class Lexer {
  /** The current token: kind, start and end offsets. */
  t: Tok = 'eof';
  ts = 0;
  te = 0;
  /** Whether newlines are tokens (true in bodies and object constructors). */
  nl = true;
  /** For a heredoc header: its marker and whether it is the indented (`<<-`) form. */
  marker = '';
  flush = false;

  constructor(readonly text: string) {}

  fail(at: number, message: string): never {
    throw new HclSyntaxError(at, message);
  }

  /** Scans the token that starts at or after `from` (whitespace and comments skipped). */
  scanFrom(from: number): void {
    const text = this.text;
    const n = text.length;
    let p = from;
    for (;;) {
      if (p >= n) {
        this.set('eof', n, n);
        return;
      }
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9) {
        p++;
      } else if (c === 10 || (c === 13 && text.charCodeAt(p + 1) === 10)) {
        const end = c === 10 ? p + 1 : p + 2;
        if (this.nl) {
          this.set('nl', p, end);
          return;
        }
        p = end;
      } else if (c === 35 || (c === 47 && text.charCodeAt(p + 1) === 47)) {
        // A line comment ends before its newline (`\n` or `\r\n`), which stays a token.
        const newline = text.indexOf('\n', p);
        p = newline < 0 ? n : newline > p && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      } else if (c === 47 && text.charCodeAt(p + 1) === 42) {
        const close = text.indexOf('*/', p + 2);
        if (close < 0) this.fail(p, 'Unterminated comment: there is no closing */ for this comment');
        p = close + 2;
      } else {
        this.scanToken(p, c);
        return;
      }
    }
  }

  /** Moves to the token after the current one. */
  next(): void {
    this.scanFrom(this.te);
  }

  private set(t: Tok, ts: number, te: number): void {
    this.t = t;
    this.ts = ts;
    this.te = te;
  }

  private scanToken(p: number, c: number): void {
    const text = this.text;
    if (c < 128 ? ASCII_ID_START[c] === 1 : this.idStartAt(p)) {
      let q = p + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      for (;;) {
        const d = text.charCodeAt(q);
        if (d < 128) {
          if (ASCII_ID_PART[d] !== 1) break;
          q++;
        } else if (d === d && this.idPartAt(q)) {
          q += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        } else break;
      }
      this.set('id', p, q);
      return;
    }
    if (isDigit(c)) {
      let q = p + 1;
      while (isDigit(text.charCodeAt(q))) q++;
      if (text.charCodeAt(q) === 46 && isDigit(text.charCodeAt(q + 1))) {
        q += 2;
        while (isDigit(text.charCodeAt(q))) q++;
      }
      const e = text.charCodeAt(q);
      if (e === 101 || e === 69) {
        let r = q + 1;
        const sign = text.charCodeAt(r);
        if (sign === 43 || sign === 45) r++;
        if (isDigit(text.charCodeAt(r))) {
          q = r + 1;
          while (isDigit(text.charCodeAt(q))) q++;
        }
      }
      this.set('num', p, q);
      return;
    }
    if (c === 34) {
      this.set('"', p, p + 1);
      return;
    }
    if (c === 60 && text.charCodeAt(p + 1) === 60) {
      this.scanHeredocHeader(p);
      return;
    }
    const d = text.charCodeAt(p + 1);
    switch (c) {
      case 46: // .
        if (d === 46 && text.charCodeAt(p + 2) === 46) return this.set('...', p, p + 3);
        break;
      case 61: // =
        if (d === 62) return this.set('=>', p, p + 2);
        if (d === 61) return this.set('==', p, p + 2);
        break;
      case 33: // !
        if (d === 61) return this.set('!=', p, p + 2);
        break;
      case 60: // <
        if (d === 61) return this.set('<=', p, p + 2);
        break;
      case 62: // >
        if (d === 61) return this.set('>=', p, p + 2);
        break;
      case 38: // &
        if (d === 38) return this.set('&&', p, p + 2);
        break;
      case 124: // |
        if (d === 124) return this.set('||', p, p + 2);
        break;
      case 58: // :
        if (d === 58) return this.set('::', p, p + 2);
        break;
    }
    const single = c < 128 ? SINGLE[c] : undefined;
    if (single !== undefined) return this.set(single, p, p + 1);
    this.fail(p, 'Invalid character: this character is not used within the language');
  }

  private idStartAt(p: number): boolean {
    const cp = this.text.codePointAt(p) as number;
    return cp !== 0xfeff && ID_START.test(String.fromCodePoint(cp));
  }

  private idPartAt(p: number): boolean {
    const cp = this.text.codePointAt(p);
    return cp !== undefined && ID_PART.test(String.fromCodePoint(cp));
  }

  /** `<<EOF` or `<<-EOF`, which must end its line; the token ends after that newline. */
  private scanHeredocHeader(p: number): void {
    const text = this.text;
    let q = p + 2;
    this.flush = text.charCodeAt(q) === 45;
    if (this.flush) q++;
    const start = q;
    const c = text.charCodeAt(q);
    if (!(c < 128 ? ASCII_ID_START[c] === 1 : c === c && this.idStartAt(q))) this.fail(p, 'Invalid heredoc: a heredoc marker must be an identifier, as in <<EOF');
    q++;
    while (q < text.length) {
      const d = text.charCodeAt(q);
      if (d < 128 ? ASCII_ID_PART[d] === 1 : this.idPartAt(q)) q++;
      else break;
    }
    this.marker = text.slice(start, q);
    if (text.charCodeAt(q) === 10) q += 1;
    else if (text.charCodeAt(q) === 13 && text.charCodeAt(q + 1) === 10) q += 2;
    else this.fail(q, 'Invalid heredoc: the heredoc marker must be followed by a newline');
    this.set('<<', p, q);
  }
}
