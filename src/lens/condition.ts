// The risk-rule condition language: choice ids combined with `!`, `&&`, `||` and parentheses, or `default`.
// Precedence, tightest first: `!`, `&&`, `||`. Parsing never throws: a bad condition is a value with a column.

export type Condition =
  | { kind: 'default' }
  | { kind: 'choice'; id: string; column: number }
  | { kind: 'not'; operand: Condition }
  | { kind: 'and' | 'or'; left: Condition; right: Condition };

export type ConditionParse =
  | { ok: true; condition: Condition }
  | { ok: false; message: string; /** 1-based column in the condition text */ column: number };

type Token =
  | { type: 'id'; text: string; column: number }
  | { type: '!' | '&&' | '||' | '(' | ')'; column: number }
  | { type: 'end'; column: number };

const ID_CHAR = /[A-Za-z0-9_.-]/;

class ConditionSyntaxError {
  constructor(
    readonly message: string,
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
      throw new ConditionSyntaxError(`"${ch}" must be doubled: use "${ch}${ch}"`, i + 1);
    } else {
      throw new ConditionSyntaxError(`unexpected character "${ch}"`, i + 1);
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
    if (rest.type !== 'end') throw new ConditionSyntaxError(`unexpected ${describe(rest)}`, rest.column);
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
      if (++this.depth > MAX_DEPTH) throw new ConditionSyntaxError(`the condition is nested more than ${MAX_DEPTH} levels deep`, token.column);
      try {
        return this.parseGroup(token);
      } finally {
        this.depth--;
      }
    }
    if (token.type === 'id') {
      if (token.text === 'default') throw new ConditionSyntaxError('"default" must be the whole condition', token.column);
      return { kind: 'choice', id: token.text, column: token.column };
    }
    throw new ConditionSyntaxError(`expected a choice id, "!" or "(" but found ${describe(token)}`, token.column);
  }

  private parseGroup(token: Token): Condition {
    switch (token.type) {
      case '!':
        return { kind: 'not', operand: this.parseUnary() };
      case '(': {
        const inner = this.parseOr();
        const close = this.next();
        if (close.type !== ')') throw new ConditionSyntaxError(`expected ")" to close "(" at column ${token.column}`, close.column);
        return inner;
      }
      default:
        throw new ConditionSyntaxError(`expected a choice id, "!" or "(" but found ${describe(token)}`, token.column);
    }
  }
}

function describe(token: Token): string {
  if (token.type === 'end') return 'the end of the condition';
  if (token.type === 'id') return `"${token.text}"`;
  return `"${token.type}"`;
}

export function parseCondition(text: string): ConditionParse {
  if (text.trim() === 'default') return { ok: true, condition: { kind: 'default' } };
  if (text.trim() === '') return { ok: false, message: 'the condition is empty', column: 1 };
  // Bounded: a condition longer than any real lens allows is refused before parsing (keeps recursion shallow).
  if (text.length > 10_000) return { ok: false, message: 'the condition is longer than 10,000 characters', column: 1 };
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
