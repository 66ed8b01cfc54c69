// `SOURCE logGroups(namePrefix: [...], class: ..., accountIdentifiers: [...])` at the start of a query: which
// log groups it reads. Over files, a record's group is the one its export names (`@log`: `account:group`);
// a record from an input that names no group is matched by its file path instead. No input names a group's log
// class: every file is taken as the default class (STANDARD), and `class: INFREQUENT_ACCESS` is refused.
import type { SourceSpec } from './ast.js';
import type { TokenStream } from './parse-expr.js';
import type { LogRecord } from '../read/record.js';
import { QUERY_MESSAGES as M } from './messages.js';

const CLASSES = ['STANDARD', 'INFREQUENT_ACCESS'];

function stringList(s: TokenStream, key: string): string[] {
  const out: string[] = [];
  const one = (): void => {
    const t = s.next();
    if (t.kind !== 'string') s.fail(M.sourceList, { key }, t);
    out.push(t.text);
  };
  if (!s.isOp('[')) {
    one();
    return out;
  }
  s.next();
  for (;;) {
    one();
    if (s.isOp(']')) break;
    if (!s.isOp(',')) s.fail(M.sourceList, { key });
    s.next();
  }
  s.next();
  return out;
}

/** Parses the SOURCE clause; the stream is just after the word SOURCE. */
export function parseSource(s: TokenStream, head: { line: number; column: number }): SourceSpec {
  const spec: SourceSpec = { namePrefixes: [], accounts: [], logClass: undefined, pos: head };
  if (!s.isWord('loggroups')) s.fail(M.sourceForm);
  s.next();
  if (!s.isOp('(')) s.fail(M.sourceForm);
  s.next();
  while (!s.isOp(')')) {
    const key = s.next();
    if (key.kind !== 'ident') s.fail(M.sourceForm, {}, key);
    if (!s.isOp(':')) s.fail(M.sourceForm);
    s.next();
    const name = key.text.toLowerCase();
    if (name === 'nameprefix') spec.namePrefixes.push(...stringList(s, key.text));
    else if (name === 'accountidentifiers') spec.accounts.push(...stringList(s, key.text));
    else if (name === 'class') {
      // `class: STANDARD`, `class: 'STANDARD'` or, as the reference prints it, `class: ['INFREQUENT_ACCESS']`.
      const listed = s.isOp('[');
      if (listed) s.next();
      const t = s.next();
      const value = t.text.toUpperCase();
      if ((t.kind !== 'string' && t.kind !== 'ident') || !CLASSES.includes(value)) s.fail(M.sourceClass, { classes: CLASSES.join(', ') }, t);
      if (listed) {
        if (!s.isOp(']')) s.fail(M.sourceClass, { classes: CLASSES.join(', ') });
        s.next();
      }
      // Without class Logs Insights reads the Standard groups; files carry no class, so every file stands for one.
      // The Infrequent Access groups cannot be told apart: refused rather than answered with the wrong groups.
      if (value === 'INFREQUENT_ACCESS') s.fail(M.sourceInfrequent, {}, t);
      spec.logClass = value;
    } else s.fail(M.sourceKey, { name: key.text }, key);
    if (s.isOp(',')) s.next();
    else if (!s.isOp(')')) s.fail(M.sourceForm);
  }
  s.next();
  return spec;
}

/** A test on records for the SOURCE clause. */
export function sourceFilter(spec: SourceSpec): (record: LogRecord) => boolean {
  const prefixes = spec.namePrefixes;
  const accounts = new Set(spec.accounts);
  return (record) => {
    const named = record.logGroup;
    let group = record.file;
    let account: string | undefined;
    if (named !== undefined) {
      // `account:group`: a log group name holds no colon, so the first one separates the account.
      const colon = named.indexOf(':');
      group = colon >= 0 ? named.slice(colon + 1) : named;
      account = colon >= 0 ? named.slice(0, colon) : undefined;
    }
    if (accounts.size > 0 && (account === undefined || !accounts.has(account))) return false;
    // Without namePrefix every log group is read, as the reference says.
    return prefixes.length === 0 || prefixes.some((p) => group.startsWith(p));
  };
}
