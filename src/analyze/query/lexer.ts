// Tokens of the Logs-Insights-like query language, each with the line and column it starts at so that
// errors can point at the exact place. `/…/` is a regex where a value is expected, a division elsewhere.
import { UserError } from '../../util/errors.js';
import { fillLater, type FillValue, type Localized } from '../../util/i18n.js';
import { QUERY_MESSAGES as M } from './messages.js';

export type TokenKind = 'ident' | 'field' | 'string' | 'regex' | 'number' | 'duration' | 'op' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Identifier/field name, string contents, regex source, number text or operator. */
  text: string;
  /** Regex flags (`i` from a leading `(?i)`), or the unit of a duration. */
  extra: string;
  line: number;
  column: number;
  /** Offset in the query text, so a column's default name can be the expression as written. */
  start: number;
}

export const MAX_QUERY_LENGTH = 64 * 1024;

const OPERATORS = ['!=', '<=', '>=', '=~', '==', '=', '<', '>', '+', '-', '*', '/', '%', '^', '|', ',', '(', ')', '[', ']', ':'];
const IDENT_START = /[A-Za-z_@$]/;
const IDENT_PART = /[A-Za-z0-9_.@$]/;

/** A query error at a line and column: a QUERY_MESSAGES entry filled with `values` in both languages. */
export function queryError(text: Localized, values: Readonly<Record<string, FillValue>>, line: number, column: number): UserError {
  return new UserError('query-syntax', fillLater(text, values), { file: 'query', line, column });
}

export function tokenize(query: string): Token[] {
  if (query.length > MAX_QUERY_LENGTH) throw queryError(M.tooLong, { max: MAX_QUERY_LENGTH }, 1, 1);
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const push = (kind: TokenKind, text: string, start: number, extra = '', startLine = line, startCol = start - lineStart + 1): void => {
    tokens.push({ kind, text, extra, line: startLine, column: startCol, start });
  };
  // A `/` starts a regex when the previous token cannot end a value.
  const valueEnded = (): boolean => {
    const prev = tokens[tokens.length - 1];
    if (!prev) return false;
    if (prev.kind === 'op') return prev.text === ')' || prev.text === ']';
    // `parse @message /regex/`: the field after `parse` is followed by the pattern.
    const before = tokens[tokens.length - 2];
    if (prev.kind === 'ident' && before?.kind === 'ident' && before.text.toLowerCase() === 'parse') return false;
    if (prev.kind === 'field' && before?.kind === 'ident' && before.text.toLowerCase() === 'parse') return false;
    if (prev.kind === 'ident') return !['like', 'filter', 'and', 'or', 'not', 'in', 'parse'].includes(prev.text.toLowerCase());
    return true;
  };
  while (i < query.length) {
    const c = query[i] as string;
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < query.length && query[i] !== '\n') i++;
      continue;
    }
    const col = i - lineStart + 1;
    if (c === '"' || c === "'" || c === '`') {
      const start = i;
      let text = '';
      i++;
      for (;;) {
        if (i >= query.length || query[i] === '\n') {
          throw queryError(c === '`' ? M.unterminatedField : M.unterminatedString, {}, line, col);
        }
        const d = query[i] as string;
        if (d === c) break;
        if (d === '\\' && c !== '`' && i + 1 < query.length) {
          const e = query[i + 1] as string;
          text += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          i += 2;
          continue;
        }
        text += d;
        i++;
      }
      i++;
      push(c === '`' ? 'field' : 'string', text, start);
      continue;
    }
    if (c === '/' && !valueEnded()) {
      const start = i;
      let source = '';
      i++;
      let inClass = false;
      for (;;) {
        if (i >= query.length || query[i] === '\n') throw queryError(M.unterminatedRegex, {}, line, col);
        const d = query[i] as string;
        if (d === '\\' && i + 1 < query.length) {
          source += d + (query[i + 1] as string);
          i += 2;
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        source += d;
        i++;
      }
      i++;
      let flags = '';
      while (i < query.length && /[a-z]/.test(query[i] as string)) flags += query[i++];
      if (/[^ims]/.test(flags)) throw queryError(M.regexFlag, { flags }, line, col);
      push('regex', source, start, flags);
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(query[i + 1] ?? ''))) {
      const start = i;
      while (i < query.length && /[0-9.]/.test(query[i] as string)) i++;
      if (/[eE]/.test(query[i] ?? '') && /[-+0-9]/.test(query[i + 1] ?? '')) {
        i += 2;
        while (i < query.length && /[0-9]/.test(query[i] as string)) i++;
      }
      const text = query.slice(start, i);
      if (!Number.isFinite(Number(text))) throw queryError(M.notNumber, { text }, line, col);
      let unit = '';
      while (i < query.length && /[A-Za-z]/.test(query[i] as string)) unit += query[i++];
      push(unit ? 'duration' : 'number', text, start, unit);
      continue;
    }
    if (IDENT_START.test(c)) {
      const start = i;
      i++;
      while (i < query.length && IDENT_PART.test(query[i] as string)) i++;
      push('ident', query.slice(start, i), start);
      continue;
    }
    const op = OPERATORS.find((o) => query.startsWith(o, i));
    if (op === undefined) throw queryError(M.character, { ch: JSON.stringify(c) }, line, col);
    push('op', op, i);
    i += op.length;
  }
  push('eof', '', i);
  return tokens;
}
