// Expressions: `or` < `and` < `not` < comparisons (= != < <= > >= like =~ in) < + - < * / % < ^ < unary
// minus < values (fields, literals, regexes, durations, lists, calls, parentheses). Aggregate calls are only
// accepted where the caller allows them (inside `stats`) and become numbered slots.
import type { AggregateSpec, BinaryOp, Expr, Pos } from './ast.js';
import { queryError, type Token } from './lexer.js';
import { userRegex } from './matchers.js';
import { AGGREGATES, CALENDAR_UNITS, DURATION_UNITS, FUNCTION_NAMES, scalarArity } from './functions.js';
import { fillLater, type FillValue, type Localized } from '../../util/i18n.js';
import { QUERY_FOUND, QUERY_MESSAGES as M, QUERY_NOUNS } from './messages.js';

/** Nesting deeper than this is refused, so a hostile query cannot overflow the stack. */
export const MAX_DEPTH = 100;

const COMPARISONS = new Set(['=', '==', '!=', '<', '<=', '>', '>=', '=~']);

export class TokenStream {
  pos = 0;
  private depth = 0;
  /** Set by `stats` while it parses its items: aggregate calls are collected here. */
  aggregates: AggregateSpec[] | null = null;

  constructor(readonly tokens: Token[], readonly source: string) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.pos + offset, this.tokens.length - 1)] as Token;
  }

  next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  at(t: Token): Pos {
    return { line: t.line, column: t.column };
  }

  /** True when the next token is the keyword (case-insensitive). */
  isWord(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'ident' && t.text.toLowerCase() === word;
  }

  isOp(op: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.text === op;
  }

  /** What an error found at `t`, for the `{found}` of a message: the end of the query, or the token as written. */
  describe(t: Token): Localized {
    if (t.kind === 'eof') return QUERY_FOUND.end;
    const token = t.kind === 'string' ? JSON.stringify(t.text) : t.kind === 'regex' ? `/${t.text}/` : t.kind === 'duration' ? `"${t.text}${t.extra}"` : `"${t.text}"`;
    return fillLater(QUERY_FOUND.token, { token });
  }

  /** Throws a QUERY_MESSAGES entry, filled with `values`, at the token `t` (the next one unless given). */
  fail(text: Localized, values: Readonly<Record<string, FillValue>> = {}, t: Token = this.peek()): never {
    throw queryError(text, values, t.line, t.column);
  }

  /** `what` is one of QUERY_NOUNS (filled, for a call's name). */
  expectOp(op: string, what: Localized): Token {
    if (!this.isOp(op)) this.fail(M.expectedOp, { op, what, found: this.describe(this.peek()) });
    return this.next();
  }

  /** The text of the tokens from `startIndex` to the current position, as the user wrote it. */
  textFrom(startIndex: number): string {
    const first = this.tokens[startIndex] as Token;
    const end = this.peek().kind === 'eof' ? this.source.length : this.peek().start;
    return this.source.slice(first.start, end).replace(/#.*$/gm, '').trim();
  }

  expression(): Expr {
    return this.nested(() => this.or());
  }

  private or(): Expr {
    let left = this.and();
    while (this.isWord('or')) {
      const t = this.next();
      left = { kind: 'binary', op: 'or', left, right: this.and(), pos: this.at(t) };
    }
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.isWord('and')) {
      const t = this.next();
      left = { kind: 'binary', op: 'and', left, right: this.not(), pos: this.at(t) };
    }
    return left;
  }

  private not(): Expr {
    if (this.isWord('not')) {
      const t = this.next();
      return { kind: 'unary', op: 'not', arg: this.nested(() => this.not()), pos: this.at(t) };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.additive();
    const t = this.peek();
    let op: BinaryOp | undefined;
    if (t.kind === 'op' && COMPARISONS.has(t.text)) op = t.text === '=~' ? 'like' : t.text === '==' ? '=' : (t.text as BinaryOp);
    else if (this.isWord('like')) op = 'like';
    else if (this.isWord('in')) op = 'in';
    else if (this.isWord('not') && (this.isWord('like', 1) || this.isWord('in', 1))) {
      this.next();
      op = this.isWord('like') ? 'not like' : 'not in';
    }
    if (op === undefined) return left;
    this.next();
    const right = this.additive();
    if ((op === 'in' || op === 'not in') && right.kind !== 'list') this.fail(M.inList, { op }, t);
    if ((op === 'like' || op === 'not like') && right.kind !== 'regex' && right.kind !== 'literal') this.fail(M.likeOperand, { op }, t);
    return { kind: 'binary', op, left, right, pos: this.at(t) };
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.isOp('+') || this.isOp('-')) {
      const t = this.next();
      left = { kind: 'binary', op: t.text as BinaryOp, left, right: this.multiplicative(), pos: this.at(t) };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.power();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
      const t = this.next();
      left = { kind: 'binary', op: t.text as BinaryOp, left, right: this.power(), pos: this.at(t) };
    }
    return left;
  }

  private power(): Expr {
    const left = this.unary();
    if (!this.isOp('^')) return left;
    const t = this.next();
    return { kind: 'binary', op: '^', left, right: this.nested(() => this.power()), pos: this.at(t) };
  }

  private unary(): Expr {
    if (this.isOp('-')) {
      const t = this.next();
      return { kind: 'unary', op: '-', arg: this.nested(() => this.unary()), pos: this.at(t) };
    }
    let value = this.primary();
    // Postfix `[i]` on a field, call or parenthesized value.
    while (this.isOp('[') && value.kind !== 'list' && value.kind !== 'literal') {
      const open = this.next();
      const index = this.expression();
      this.expectOp(']', QUERY_NOUNS.closeIndex);
      value = { kind: 'index', base: value, index, pos: this.at(open) };
    }
    return value;
  }

  private nested(parse: () => Expr): Expr {
    if (++this.depth > MAX_DEPTH) this.fail(M.tooDeep, { max: MAX_DEPTH });
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private primary(): Expr {
    const t = this.peek();
    const pos = this.at(t);
    switch (t.kind) {
      case 'number':
        this.next();
        return { kind: 'literal', value: Number(t.text), pos };
      case 'string':
        this.next();
        return { kind: 'literal', value: t.text, pos };
      case 'regex':
        this.next();
        return { kind: 'regex', regex: userRegex(t.text, t.extra, t.line, t.column), pos };
      case 'duration': {
        this.next();
        const name = t.extra.toLowerCase();
        const unit = DURATION_UNITS[name];
        const calendar = CALENDAR_UNITS[name];
        if (unit === undefined && calendar === undefined) this.fail(M.timeUnit, { unit: t.extra }, t);
        const count = Number(t.text);
        if (!(count > 0)) this.fail(M.periodZero, {}, t);
        if (calendar !== undefined && !Number.isInteger(count)) this.fail(M.periodWhole, { unit: t.extra }, t);
        const months = calendar === undefined ? 0 : count * calendar;
        // A calendar period's `ms` is a nominal 30-day month, used only where a number is asked of it.
        const ms = unit === undefined ? months * 30 * 86_400_000 : count * unit;
        return { kind: 'duration', ms, months, text: `${t.text}${t.extra}`, pos };
      }
      case 'field':
        this.next();
        return { kind: 'field', name: t.text, pos };
      case 'ident': {
        this.next();
        if (this.isOp('(')) return this.call(t);
        const lower = t.text.toLowerCase();
        if (lower === 'true' || lower === 'false') return { kind: 'literal', value: lower === 'true', pos };
        if (lower === 'null') return { kind: 'literal', value: null, pos };
        return { kind: 'field', name: t.text, pos };
      }
      case 'op':
        if (t.text === '(') {
          this.next();
          const inner = this.expression();
          this.expectOp(')', QUERY_NOUNS.closeParen);
          return inner;
        }
        if (t.text === '[') return this.list();
        break;
      default:
        break;
    }
    return this.fail(M.expectedValue, { found: this.describe(t) }, t);
  }

  private list(): Expr {
    const open = this.next();
    const items: Expr[] = [];
    while (!this.isOp(']')) {
      items.push(this.expression());
      if (!this.isOp(',')) break;
      this.next();
    }
    this.expectOp(']', QUERY_NOUNS.closeList);
    return { kind: 'list', items, pos: this.at(open) };
  }

  private call(nameToken: Token): Expr {
    const lower = nameToken.text.toLowerCase();
    // `percentile` is the documented long name of `pct`.
    const name = lower === 'percentile' ? 'pct' : lower;
    const pos = this.at(nameToken);
    this.next(); // (
    const args: Expr[] = [];
    if (name === 'count' && this.isOp('*')) {
      this.next();
    } else {
      while (!this.isOp(')')) {
        args.push(this.expression());
        if (!this.isOp(',')) break;
        this.next();
      }
    }
    this.expectOp(')', fillLater(QUERY_NOUNS.closeCall, { name: nameToken.text }));
    const aggregate = AGGREGATES[name];
    const arity = aggregate ?? scalarArity(name);
    if (arity === undefined) {
      const hint = FUNCTION_NAMES.find((f) => editDistance(f, name) <= 2);
      this.fail(hint ? M.unknownFunctionHint : M.unknownFunction, { name: nameToken.text, hint: hint ?? '' }, nameToken);
    }
    if (args.length < arity.min || args.length > arity.max) {
      const one = arity.max === 1;
      const text = arity.min === arity.max ? (one ? M.arityOne : M.arity) : one ? M.arityRangeOne : M.arityRange;
      this.fail(text, { name: nameToken.text, min: arity.min, max: arity.max, count: args.length }, nameToken);
    }
    if (aggregate) {
      if (this.aggregates === null) this.fail(M.aggregateOutside, { name: nameToken.text }, nameToken);
      if (args.some(containsAggregate)) this.fail(M.nestedAggregate, { name: nameToken.text }, nameToken);
      this.aggregates.push({ fn: name, args, pos });
      return { kind: 'aggregate', slot: this.aggregates.length - 1, pos };
    }
    if (name === 'bin' && args[0]?.kind !== 'duration') this.fail(M.binPeriod, {}, nameToken);
    if ((name === 'datefloor' || name === 'dateceil') && args[1]?.kind !== 'duration') this.fail(M.datePeriod, { name }, nameToken);
    return { kind: 'call', name, args, pos };
  }
}

/** Levenshtein distance, for "did you mean" hints on short words. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 40 || b.length > 40) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

export function containsAggregate(e: Expr): boolean {
  switch (e.kind) {
    case 'aggregate':
      return true;
    case 'unary':
      return containsAggregate(e.arg);
    case 'binary':
      return containsAggregate(e.left) || containsAggregate(e.right);
    case 'call':
      return e.args.some(containsAggregate);
    case 'list':
      return e.items.some(containsAggregate);
    case 'index':
      return containsAggregate(e.base) || containsAggregate(e.index);
    default:
      return false;
  }
}

/** Whether the expression reads one of the fields named (an earlier alias of the same `stats`). */
export function referencesAny(e: Expr, names: ReadonlySet<string>): boolean {
  switch (e.kind) {
    case 'field':
      return names.has(e.name);
    case 'unary':
      return referencesAny(e.arg, names);
    case 'binary':
      return referencesAny(e.left, names) || referencesAny(e.right, names);
    case 'call':
      return e.args.some((a) => referencesAny(a, names));
    case 'list':
      return e.items.some((a) => referencesAny(a, names));
    case 'index':
      return referencesAny(e.base, names) || referencesAny(e.index, names);
    default:
      return false;
  }
}
