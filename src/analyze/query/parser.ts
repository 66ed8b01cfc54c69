// Commands of a query, separated by `|`: fields, display, filter, stats … by, sort, limit, parse, dedup.
// Every error is a UserError at the line and column of the offending token.
import type { Command, Projection, Query, SortKey, Expr } from './ast.js';
import { compileRegex, tokenize, type Token } from './lexer.js';
import { TokenStream, containsAggregate, editDistance } from './parse-expr.js';

export const COMMANDS = ['fields', 'display', 'filter', 'stats', 'sort', 'limit', 'parse', 'dedup'] as const;
/** Upper bound of `limit`, as in Logs Insights. */
export const MAX_LIMIT = 10_000;

function fieldName(s: TokenStream, what: string): Token {
  const t = s.peek();
  if (t.kind !== 'ident' && t.kind !== 'field') s.fail(`expected ${what}, found ${s.describe(t)}`);
  return s.next();
}

function projections(s: TokenStream, stopWord?: string): Projection[] {
  const items: Projection[] = [];
  for (;;) {
    const start = s.pos;
    const expr = s.expression();
    let name = s.textFrom(start);
    if (s.isWord('as')) {
      s.next();
      name = fieldName(s, 'a name after "as"').text;
    } else if (expr.kind === 'field') name = expr.name;
    items.push({ expr, name });
    if (!s.isOp(',')) break;
    s.next();
    if (stopWord !== undefined && s.isWord(stopWord)) s.fail(`expected an expression before "${stopWord}"`);
  }
  return items;
}

/** A glob pattern (`*` captures) as a regex with one positional group per star. */
function globRegex(glob: string): { regex: RegExp; stars: number } {
  const parts = glob.split('*');
  const escape = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let body = escape(parts[0] as string);
  for (let i = 1; i < parts.length; i++) body += (i === parts.length - 1 && parts[i] === '' ? '(.*)' : '(.*?)') + escape(parts[i] as string);
  return { regex: new RegExp(body, 's'), stars: parts.length - 1 };
}

function parseCommand(s: TokenStream): Command[] {
  const head = s.peek();
  if (head.kind !== 'ident') s.fail(`expected a command (${COMMANDS.join(', ')}), found ${s.describe(head)}`);
  const word = head.text.toLowerCase();
  const pos = s.at(head);
  s.next();
  switch (word) {
    case 'fields':
    case 'display': {
      const items = projections(s);
      return [{ kind: word, items, pos }];
    }
    case 'filter':
      return [{ kind: 'filter', expr: s.expression(), pos }];
    case 'stats': {
      s.aggregates = [];
      const items = projections(s, 'by');
      const aggregates = s.aggregates;
      s.aggregates = null;
      for (const item of items) if (!containsAggregate(item.expr)) s.fail(`"${item.name}" is not an aggregate such as count(*) or avg(@duration)`, head);
      if (aggregates.length === 0) s.fail('stats needs an aggregate such as count(*)', head);
      let by: Projection[] = [];
      if (s.isWord('by')) {
        s.next();
        by = projections(s);
      }
      return [{ kind: 'stats', items, aggregates, by, pos }];
    }
    case 'sort': {
      const keys: SortKey[] = [];
      for (;;) {
        const expr = s.expression();
        let desc = false;
        if (s.isWord('desc') || s.isWord('asc')) desc = s.next().text.toLowerCase() === 'desc';
        keys.push({ expr, desc });
        if (!s.isOp(',')) break;
        s.next();
      }
      return [{ kind: 'sort', keys, pos }];
    }
    case 'limit': {
      const t = s.next();
      const n = Number(t.text);
      if (t.kind !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_LIMIT) s.fail(`limit takes a whole number from 1 to ${MAX_LIMIT}`, t);
      return [{ kind: 'limit', count: n, pos }];
    }
    case 'parse':
      return [parseParse(s, pos)];
    case 'dedup': {
      const fields: Expr[] = [];
      const names: string[] = [];
      for (;;) {
        const t = fieldName(s, 'a field to dedup on');
        fields.push({ kind: 'field', name: t.text, pos: s.at(t) });
        names.push(t.text);
        if (!s.isOp(',')) break;
        s.next();
      }
      return [{ kind: 'dedup', fields, names, pos }];
    }
    default: {
      const hint = COMMANDS.find((c) => editDistance(c, word) <= 2);
      return s.fail(`unknown command "${head.text}"${hint ? ` (did you mean ${hint}?)` : ''}; commands: ${COMMANDS.join(', ')}`, head);
    }
  }
}

function parseParse(s: TokenStream, pos: { line: number; column: number }): Command {
  let source: Expr = { kind: 'field', name: '@message', pos };
  if (s.peek().kind === 'ident' || s.peek().kind === 'field') {
    const t = s.next();
    source = { kind: 'field', name: t.text, pos: s.at(t) };
  }
  const pattern = s.next();
  if (pattern.kind === 'regex') {
    const regex = compileRegex(pattern.text, pattern.extra, pattern.line, pattern.column);
    const names = [...pattern.text.matchAll(/\(\?P?<([A-Za-z_$][\w$]*)>/g)].map((m) => m[1] as string);
    if (names.length === 0) s.fail('a parse regular expression needs named groups such as (?<user>\\S+)', pattern);
    if (s.isWord('as')) s.fail('a parse regular expression names its fields with (?<name>…) groups, not "as"');
    return { kind: 'parse', source, regex, names, positional: false, pos };
  }
  if (pattern.kind !== 'string') s.fail(`parse needs a "glob * pattern" or a /regular expression/, found ${s.describe(pattern)}`, pattern);
  const { regex, stars } = globRegex(pattern.text);
  if (stars === 0) s.fail('a parse pattern needs at least one * to capture', pattern);
  if (!s.isWord('as')) s.fail(`expected "as" and ${stars} field name${stars === 1 ? '' : 's'} after the pattern`);
  s.next();
  const names: string[] = [];
  for (;;) {
    names.push(fieldName(s, 'a field name').text);
    if (!s.isOp(',')) break;
    s.next();
  }
  if (names.length !== stars) s.fail(`the pattern has ${stars} * but ${names.length} name${names.length === 1 ? '' : 's'} follow "as"`, pattern);
  return { kind: 'parse', source, regex, names, positional: true, pos };
}

/** Parses a whole query; throws a UserError with the line and column of the first problem. */
export function parseQuery(text: string): Query {
  const s = new TokenStream(tokenize(text), text);
  const commands: Command[] = [];
  if (s.peek().kind === 'eof') s.fail('the query is empty');
  for (;;) {
    if (s.isOp('|')) s.fail('expected a command before "|"');
    commands.push(...parseCommand(s));
    const t = s.peek();
    if (t.kind === 'eof') break;
    if (!s.isOp('|')) s.fail(`expected "|" or the end of the query, found ${s.describe(t)}`);
    s.next();
    if (s.peek().kind === 'eof') s.fail('expected a command after "|"');
  }
  return { commands };
}
