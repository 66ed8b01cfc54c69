// Commands of a query, separated by `|`: fields, display, filter, stats … by, sort, limit, parse, dedup.
// Every error is a UserError at the line and column of the offending token.
import type { Command, DiffPeriod, Projection, Query, SortKey, Expr, SourceSpec } from './ast.js';
import { queryError, tokenize, type Token } from './lexer.js';
import { globMatcher, userRegex } from './matchers.js';
import { TokenStream, containsAggregate, editDistance, referencesAny } from './parse-expr.js';
import type { Localized } from '../../util/i18n.js';
import { QUERY_MESSAGES as M, QUERY_NOUNS } from './messages.js';
import { parseSource } from './source.js';

export const COMMANDS = ['fields', 'display', 'filter', 'filterIndex', 'stats', 'sort', 'limit', 'parse', 'dedup', 'unnest', 'pattern', 'diff'] as const;
const DIFF_PERIODS: readonly DiffPeriod[] = ['previousDay', 'previousWeek', 'previousMonth'];
/** Upper bound of `limit`, as in Logs Insights. */
export const MAX_LIMIT = 10_000;

/** `what` is one of QUERY_NOUNS. */
function fieldName(s: TokenStream, what: Localized): Token {
  const t = s.peek();
  if (t.kind !== 'ident' && t.kind !== 'field') s.fail(M.expected, { what, found: s.describe(t) });
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
      name = fieldName(s, QUERY_NOUNS.nameAfterAs).text;
    } else if (expr.kind === 'field') name = expr.name;
    items.push({ expr, name });
    if (!s.isOp(',')) break;
    s.next();
    if (stopWord !== undefined && s.isWord(stopWord)) s.fail(M.exprBefore, { word: stopWord });
  }
  return items;
}

function parseCommand(s: TokenStream): Command[] {
  const head = s.peek();
  if (head.kind !== 'ident') s.fail(M.expectedCommand, { commands: COMMANDS.join(', '), found: s.describe(head) });
  const word = head.text.toLowerCase();
  const pos = s.at(head);
  s.next();
  switch (word) {
    case 'fields':
    case 'display': {
      const items = projections(s);
      return [{ kind: word, items, pos }];
    }
    // filterIndex narrows the scan to indexed fields in CloudWatch; over exported files it is a filter.
    case 'filter':
    case 'filterindex':
      return [{ kind: 'filter', expr: s.expression(), pos }];
    case 'unnest': {
      const source = s.expression();
      if (!s.isWord('into')) s.fail(M.unnestInto, { found: s.describe(s.peek()) });
      s.next();
      return [{ kind: 'unnest', source, name: fieldName(s, QUERY_NOUNS.fieldName).text, pos }];
    }
    case 'stats': {
      s.aggregates = [];
      const items = projections(s, 'by');
      const aggregates = s.aggregates;
      s.aggregates = null;
      // An item may build on aliases defined before it in the same stats, as AWS's own samples do
      // (`max(…) as provisonedMemoryMB, … provisonedMemoryMB - maxMemoryUsedMB as overProvisionedMB`).
      const aliases = new Set<string>();
      for (const item of items) {
        if (!containsAggregate(item.expr) && !referencesAny(item.expr, aliases)) s.fail(M.notAggregate, { name: item.name }, head);
        aliases.add(item.name);
      }
      if (aggregates.length === 0) s.fail(M.statsNeedsAggregate, {}, head);
      let by: Projection[] = [];
      if (s.isWord('by')) {
        s.next();
        by = projections(s);
      }
      return [{ kind: 'stats', items, aggregates, by, pos }];
    }
    case 'sort': {
      const keys: SortKey[] = [];
      // `sort by f desc`, as the Lambda operator guide writes it, is `sort f desc`.
      const after = s.peek(1);
      if (s.isWord('by') && !(after.kind === 'eof' || (after.kind === 'op' && (after.text === '|' || after.text === ',')) || (after.kind === 'ident' && ['asc', 'desc'].includes(after.text.toLowerCase())))) s.next();
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
      if (t.kind !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_LIMIT) s.fail(M.limit, { max: MAX_LIMIT }, t);
      return [{ kind: 'limit', count: n, pos }];
    }
    case 'parse':
      return [parseParse(s, pos)];
    case 'pattern': {
      const t = s.peek();
      const bare = t.kind === 'eof' || (t.kind === 'op' && t.text === '|');
      return [{ kind: 'pattern', source: bare ? { kind: 'field', name: '@message', pos } : s.expression(), pos }];
    }
    case 'diff': {
      const t = s.peek();
      if (t.kind === 'eof' || (t.kind === 'op' && t.text === '|')) return [{ kind: 'diff', period: 'previous', pos }];
      const period = DIFF_PERIODS.find((p) => t.kind === 'ident' && p.toLowerCase() === t.text.toLowerCase());
      if (period === undefined) s.fail(M.diffPeriod, { found: s.describe(t) }, t);
      s.next();
      return [{ kind: 'diff', period, pos }];
    }
    case 'dedup': {
      const fields: Expr[] = [];
      const names: string[] = [];
      for (;;) {
        const t = fieldName(s, QUERY_NOUNS.dedupField);
        fields.push({ kind: 'field', name: t.text, pos: s.at(t) });
        names.push(t.text);
        if (!s.isOp(',')) break;
        s.next();
      }
      return [{ kind: 'dedup', fields, names, pos }];
    }
    default: {
      const hint = COMMANDS.find((c) => editDistance(c.toLowerCase(), word) <= 2);
      return s.fail(hint ? M.unknownCommandHint : M.unknownCommand, { name: head.text, hint: hint ?? '', commands: COMMANDS.join(', ') }, head);
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
    const regex = userRegex(pattern.text, pattern.extra, pattern.line, pattern.column);
    const names = [...pattern.text.matchAll(/\(\?P?<([A-Za-z_$][\w$]*)>/g)].map((m) => m[1] as string);
    if (names.length === 0) s.fail(M.parseNoGroups, {}, pattern);
    if (s.isWord('as')) s.fail(M.parseRegexAs);
    const extract = (text: string): (string | undefined)[] | null => {
      const m = regex.exec(text);
      return m ? names.map((name) => m.groups?.[name]) : null;
    };
    return { kind: 'parse', source, extract, names, pos };
  }
  if (pattern.kind !== 'string') s.fail(M.parsePattern, { found: s.describe(pattern) }, pattern);
  const glob = globMatcher(pattern.text);
  const stars = glob.stars;
  if (stars === 0) s.fail(M.parseNoStar, {}, pattern);
  if (!s.isWord('as')) s.fail(stars === 1 ? M.parseAsOne : M.parseAs, { count: stars });
  s.next();
  const names: string[] = [];
  for (;;) {
    names.push(fieldName(s, QUERY_NOUNS.fieldName).text);
    if (!s.isOp(',')) break;
    s.next();
  }
  if (names.length !== stars) s.fail(names.length === 1 ? M.parseCountOne : M.parseCount, { stars, count: names.length }, pattern);
  return { kind: 'parse', source, extract: (text) => glob.match(text), names, pos };
}

/** Parses a whole query; throws a UserError with the line and column of the first problem. */
export function parseQuery(text: string): Query {
  const s = new TokenStream(tokenize(text), text);
  const commands: Command[] = [];
  if (s.peek().kind === 'eof') s.fail(M.empty);
  let source: SourceSpec | undefined;
  if (s.isWord('source')) {
    const head = s.next();
    source = parseSource(s, s.at(head));
    // `SOURCE … | command`, as the CLI examples write it; the pipe is optional, and SOURCE alone (as the
    // reference's examples print it) lists the chosen groups' events.
    if (s.isOp('|')) {
      s.next();
      if (s.peek().kind === 'eof') s.fail(M.commandAfterPipe);
    }
  }
  for (;;) {
    if (source !== undefined && commands.length === 0 && s.peek().kind === 'eof') break;
    if (s.isOp('|')) s.fail(M.commandBeforePipe);
    if (s.isWord('source')) s.fail(M.sourceNotFirst);
    commands.push(...parseCommand(s));
    const t = s.peek();
    if (t.kind === 'eof') break;
    if (!s.isOp('|')) s.fail(M.pipeOrEnd, { found: s.describe(t) });
    s.next();
    if (s.peek().kind === 'eof') s.fail(M.commandAfterPipe);
  }
  checkOrder(commands);
  return source === undefined ? { commands } : { source, commands };
}

/** Whole-query rules the Logs Insights reference states: at most two `stats`, and only `limit` after `dedup`. */
function checkOrder(commands: readonly Command[]): void {
  let stats = 0;
  let dedup = false;
  const diffAt = commands.findIndex((c) => c.kind === 'diff');
  if (diffAt >= 0) {
    const again = commands.slice(diffAt + 1).find((c) => c.kind === 'diff');
    if (again) throw queryError(M.diffOnce, {}, again.pos.line, again.pos.column);
    commands.slice(0, diffAt).forEach((c, i) => {
      if (c.kind === 'pattern' && i !== diffAt - 1) throw queryError(M.patternBeforeDiff, {}, c.pos.line, c.pos.column);
      if (!['filter', 'parse', 'fields', 'display', 'pattern', 'unnest'].includes(c.kind)) throw queryError(M.diffAfter, { command: c.kind }, c.pos.line, c.pos.column);
    });
  }
  for (const command of commands) {
    if (dedup && command.kind !== 'limit') throw queryError(M.afterDedup, { command: command.kind }, command.pos.line, command.pos.column);
    if (command.kind === 'dedup') dedup = true;
    if (command.kind === 'stats' && ++stats > 2) throw queryError(M.tooManyStats, {}, command.pos.line, command.pos.column);
  }
}
