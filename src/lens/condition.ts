// The risk-rule condition language: choice ids combined with `!`, `&&`, `||` and parentheses, or `default`.
// Precedence, tightest first: `!`, `&&`, `||`. Parsing never throws: a bad condition is a value with a column.
import { fillLater, type Localized } from '../util/i18n.js';
import { CONDITION_FOUND, CONDITION_MESSAGES as M } from './messages.js';

export type Condition =
  | { kind: 'default' }
  | { kind: 'choice'; id: string; column: number }
  | { kind: 'not'; operand: Condition }
  | { kind: 'and' | 'or'; left: Condition; right: Condition };

export type ConditionParse =
  | { ok: true; condition: Condition }
  | { ok: false; message: Localized; /** 1-based column in the condition text */ column: number };

type Token =
  | { type: 'id'; text: string; column: number }
  | { type: '!' | '&&' | '||' | '(' | ')'; column: number }
  | { type: 'end'; column: number };

const ID_CHAR = /[A-Za-z0-9_.-]/;

class ConditionSyntaxError {
  constructor(
    readonly message: Localized,
    readonly column: number,
  ) {}
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
    } else if (ch === '(' || ch === ')' || ch === '!') {
      tokens.push({ type: ch, column: i + 1 });
      i++;
    } else if (text.startsWith('&&', i) || text.startsWith('||', i)) {
      tokens.push({ type: text.slice(i, i + 2) as '&&' | '||', column: i + 1 });
      i += 2;
    } else if (ID_CHAR.test(ch)) {
      const start = i;
      while (i < text.length && ID_CHAR.test(text.charAt(i))) i++;
      tokens.push({ type: 'id', text: text.slice(start, i), column: start + 1 });
    } else if (ch === '&' || ch === '|') {
      throw new ConditionSyntaxError(fillLater(M.doubled, { ch }), i + 1);
    } else {
      throw new ConditionSyntaxError(fillLater(M.character, { ch }), i + 1);
    }
  }
  tokens.push({ type: 'end', column: text.length + 1 });
  return tokens;
}

/** Real conditions nest a few levels; a bound keeps parsing and evaluation recursion safe. */
const MAX_DEPTH = 200;

class Parser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.index] ?? { type: 'end', column: 0 };
  }

  private next(): Token {
    const token = this.peek();
    this.index++;
    return token;
  }

  parseAll(): Condition {
    const condition = this.parseOr();
    const rest = this.peek();
    if (rest.type !== 'end') throw new ConditionSyntaxError(fillLater(M.unexpected, { found: quoted(rest) }), rest.column);
    return condition;
  }

  private parseOr(): Condition {
    let left = this.parseAnd();
    while (this.peek().type === '||') {
      this.next();
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): Condition {
    let left = this.parseUnary();
    while (this.peek().type === '&&') {
      this.next();
      left = { kind: 'and', left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): Condition {
    const token = this.next();
    if (token.type === '!' || token.type === '(') {
      if (++this.depth > MAX_DEPTH) throw new ConditionSyntaxError(fillLater(M.tooDeep, { max: MAX_DEPTH }), token.column);
      try {
        return this.parseGroup(token);
      } finally {
        this.depth--;
      }
    }
    if (token.type === 'id') {
      if (token.text === 'default') throw new ConditionSyntaxError(M.defaultAlone, token.column);
      return { kind: 'choice', id: token.text, column: token.column };
    }
    throw expected(token);
  }

  private parseGroup(token: Token): Condition {
    switch (token.type) {
      case '!':
        return { kind: 'not', operand: this.parseUnary() };
      case '(': {
        const inner = this.parseOr();
        const close = this.next();
        if (close.type !== ')') throw new ConditionSyntaxError(fillLater(M.unclosed, { column: token.column }), close.column);
        return inner;
      }
      default:
        throw expected(token);
    }
  }
}

function quoted(token: Token): string {
  return `"${token.type === 'id' ? token.text : token.type}"`;
}

/** "expected … but found {found}": the token, or that the condition ended. */
function expected(token: Token): ConditionSyntaxError {
  const found = token.type === 'end' ? CONDITION_FOUND.end : fillLater(CONDITION_FOUND.token, { text: token.type === 'id' ? token.text : token.type });
  return new ConditionSyntaxError(fillLater(M.expected, { found }), token.column);
}

export function parseCondition(text: string): ConditionParse {
  if (text.trim() === 'default') return { ok: true, condition: { kind: 'default' } };
  if (text.trim() === '') return { ok: false, message: M.empty, column: 1 };
  // Bounded: a condition longer than any real lens allows is refused before parsing (keeps recursion shallow).
  if (text.length > 10_000) return { ok: false, message: M.tooLong, column: 1 };
  try {
    return { ok: true, condition: new Parser(tokenize(text)).parseAll() };
  } catch (error) {
    if (error instanceof ConditionSyntaxError) return { ok: false, message: error.message, column: error.column };
    throw error;
  }
}

/** Choice ids a condition names, with their columns (for "unknown choice" errors). */
export function conditionChoices(condition: Condition): { id: string; column: number }[] {
  switch (condition.kind) {
    case 'default':
      return [];
    case 'choice':
      return [{ id: condition.id, column: condition.column }];
    case 'not':
      return conditionChoices(condition.operand);
    default:
      return [...conditionChoices(condition.left), ...conditionChoices(condition.right)];
  }
}

export function evaluateCondition(condition: Condition, selected: ReadonlySet<string>): boolean {
  switch (condition.kind) {
    case 'default':
      return true;
    case 'choice':
      return selected.has(condition.id);
    case 'not':
      return !evaluateCondition(condition.operand, selected);
    case 'and':
      return evaluateCondition(condition.left, selected) && evaluateCondition(condition.right, selected);
    case 'or':
      return evaluateCondition(condition.left, selected) || evaluateCondition(condition.right, selected);
  }
}
