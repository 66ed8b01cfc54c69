// Pattern matching that cannot run away on hostile input. A user's /regex/ runs on RE2 (linear in the
// text, whatever the pattern), and a parse glob such as "* * * took *ms" is matched with indexOf, never
// through a backtracking engine: `(a+)+$` or a glob with many stars took minutes on a few kilobytes.
import RE2 from 're2';
import { queryError } from './lexer.js';
import { QUERY_MESSAGES as M } from './messages.js';

/**
 * A regex from Insights syntax on RE2: a `(?i)` prefix becomes the `i` flag and Python-style `(?P<name>`
 * groups are accepted. JavaScript's parser checks the syntax first, so a typo reads as a syntax error; a
 * pattern that is valid but needs backtracking (back-references, lookaround) is refused by name.
 */
export function userRegex(source: string, flags: string, line: number, column: number): RegExp {
  let body = source;
  let f = flags;
  if (body.startsWith('(?i)')) {
    body = body.slice(4);
    if (!f.includes('i')) f += 'i';
  }
  body = body.replace(/\(\?P</g, '(?<');
  try {
    new RegExp(body, f);
  } catch (error) {
    throw queryError(M.invalidRegex, { detail: (error as Error).message.replace(/^Invalid regular expression: /, '') }, line, column);
  }
  try {
    return new RE2(body, f);
  } catch (error) {
    const detail = (error as Error).message;
    const pattern = `/${source}/${flags}`;
    if (/^invalid escape sequence: \\[1-9]/.test(detail) || /\\k</.test(body)) throw queryError(M.regexBackReference, { pattern }, line, column);
    if (/^invalid perl operator: \(\?<?[=!]/.test(detail)) throw queryError(M.regexLookaround, { pattern }, line, column);
    throw queryError(M.regexUnsupported, { pattern, detail }, line, column);
  }
}

/** A parse glob: literal parts between `*`s; each star captures the text between its neighbours. */
export interface Glob {
  stars: number;
  /** The captures, or null when the text does not hold the pattern. */
  match(text: string): string[] | null;
}

/**
 * The captures are those of the regex `P0(.*?)P1(.*?)…Pn` (the last star greedy when it ends the glob),
 * matched at the first place it fits: taking the earliest occurrence of each part never prevents a later
 * part from matching, so the first occurrence found by indexOf is the answer — at most one pass per part.
 */
export function globMatcher(glob: string): Glob {
  const parts = glob.split('*');
  const first = parts[0] as string;
  const rest = parts.slice(1);
  return {
    stars: rest.length,
    match(text) {
      const start = text.indexOf(first);
      if (start < 0) return null;
      let at = start + first.length;
      const captures: string[] = [];
      for (let i = 0; i < rest.length; i++) {
        const part = rest[i] as string;
        if (part === '' && i === rest.length - 1) {
          captures.push(text.slice(at));
          at = text.length;
          continue;
        }
        const found = text.indexOf(part, at);
        if (found < 0) return null;
        captures.push(text.slice(at, found));
        at = found + part.length;
      }
      return captures;
    },
  };
}
