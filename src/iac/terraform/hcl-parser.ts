// The HCL native syntax (the Terraform language) → a small syntax tree: bodies of attributes and blocks, and
// expressions kept only as precisely as the JSON conversion needs them (literals, templates, tuples, objects,
// unary operators on literals, conditionals; everything else is a source range). Linear time; recursion is
// bounded by MAX_HCL_NESTING so hostile nesting is an error, not a stack overflow.
import { HclSyntaxError, isSpace } from './hcl-lexer.js';
import type { Attribute, Block, Body, Expr } from './hcl-tree.js';
import { TemplateParser } from './hcl-template.js';

const PRECEDENCE: Record<string, number> = { '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };

export class Parser extends TemplateParser {
  private skipNewlines(): void {
    while (this.is('nl')) this.next();
  }

  /** Ends a bracketed group at its closing token: returns where the group ends, with the newline mode and nesting restored. */
  private closeGroup(before: boolean): number {
    const e = this.te;
    this.mode(before);
    this.depth--;
    this.next();
    return e;
  }

  /** Comma-separated items up to `close`; an unclosed group is reported at its opening `open`. */
  private parseItems(close: string, open: number, unclosed: string, missingComma: string, item: () => void): void {
    while (!this.is(close)) {
      if (this.is('eof')) this.fail(open, unclosed);
      item();
      if (this.is(',')) this.next();
      else if (this.is('eof')) this.fail(open, unclosed);
      else if (!this.is(close)) this.fail(this.ts, missingComma);
    }
  }

  // ---- bodies ----

  parseFile(): Body {
    const start = this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.scanFrom(start);
    return this.parseBody(-1);
  }

  /** A body up to `}` (or the end of the file when `open` is -1, the file's own body). */
  private parseBody(open: number): Body {
    const body: Body = { attrs: [], blocks: [] };
    const seen = new Set<string>();
    for (;;) {
      this.skipNewlines();
      if (this.is('eof')) {
        if (open >= 0) this.fail(open, 'Unclosed configuration block: there is no closing brace for this block before the end of the file');
        return body;
      }
      if (this.is('}')) {
        if (open < 0) this.fail(this.ts, 'Argument or block definition required: an unexpected closing brace');
        return body;
      }
      if (!this.is('id')) this.fail(this.ts, 'Argument or block definition required: an argument or block definition is required here');
      const at = this.ts;
      const name = this.text.slice(this.ts, this.te);
      this.next();
      if (this.is('=')) {
        body.attrs.push(this.parseAttribute(name, at, seen));
        if (!this.is('nl') && !this.is('eof')) this.fail(this.ts, 'Missing newline after argument: an argument definition must end with a newline');
      } else {
        body.blocks.push(this.parseBlock(name, at));
      }
    }
  }

  private parseAttribute(name: string, at: number, seen: Set<string>): Attribute {
    if (seen.has(name)) this.fail(at, `Attribute redefined: the argument "${name}" was already set; each argument may be set only once`);
    seen.add(name);
    this.next();
    if (this.is('nl') || this.is('eof')) this.fail(this.ts, 'Missing expression: expected the start of an expression');
    return { name, at, expr: this.parseExpr() };
  }

  private parseBlock(type: string, at: number): Block {
    const labels: string[] = [];
    while (!this.is('{')) {
      if (this.is('id')) labels.push(this.text.slice(this.ts, this.te));
      else if (this.is('"')) labels.push(this.parseLabel());
      else if (this.is('nl') || this.is('eof')) this.fail(at, 'Invalid block definition: a block definition must have its opening brace on the same line');
      else this.fail(this.ts, 'Invalid block definition: either a quoted string block label or an opening brace ("{") is expected here');
      this.next();
    }
    const open = this.ts;
    this.enter(open);
    this.next();
    let body: Body;
    if (this.is('nl') || this.is('}')) {
      body = this.parseBody(open);
    } else if (this.is('eof')) {
      this.fail(open, 'Unclosed configuration block: there is no closing brace for this block before the end of the file');
    } else {
      // A single-line block: one argument, closed on the same line.
      if (!this.is('id')) this.fail(this.ts, 'Invalid single-argument block definition: a single-line block definition can contain only a single argument');
      const name = this.text.slice(this.ts, this.te);
      const attrAt = this.ts;
      this.next();
      if (!this.is('=')) this.fail(this.ts, 'Invalid single-argument block definition: a single-line block definition can contain only a single argument');
      body = { attrs: [this.parseAttribute(name, attrAt, new Set())], blocks: [] };
      if (!this.is('}')) this.fail(this.ts, 'Invalid single-argument block definition: a single-line block definition must be closed on the same line');
    }
    this.depth--;
    this.next();
    if (!this.is('nl') && !this.is('eof')) this.fail(this.ts, 'Missing newline after block definition: a block definition must end with a newline');
    return { type, labels, at, body };
  }

  /** A quoted block label: escapes are read, template sequences are not allowed. */
  private parseLabel(): string {
    const pieces = this.scanQuoted(this.te, true);
    const only = pieces[0];
    if (pieces.length === 1 && only?.k === 'text') return only.text;
    return pieces.map((p) => (p.k === 'text' ? p.text : '')).join('');
  }

  // ---- expressions ----

  parseExpr(): Expr {
    const c = this.parseBinary(1);
    if (!this.is('?')) return c;
    // Nested conditionals recurse like brackets, so they count as nesting.
    this.enter(this.ts);
    this.next();
    const t = this.parseExpr();
    this.expect(':', 'Missing false expression in conditional: the conditional operator (...?...:...) requires a false expression, delimited by a colon');
    this.next();
    const f = this.parseExpr();
    this.depth--;
    return { k: 'cond', s: c.s, e: f.e, c, t, f };
  }

  private parseBinary(min: number): Expr {
    let left = this.parseUnary();
    for (;;) {
      const prec = PRECEDENCE[this.t];
      if (prec === undefined || prec < min) return left;
      this.next();
      const right = this.parseBinary(prec + 1);
      left = { k: 'other', s: left.s, e: right.e };
    }
  }

  private parseUnary(): Expr {
    if (this.is('-') || this.is('!')) {
      const op = this.t;
      const s = this.ts;
      this.enter(s);
      this.next();
      const x = this.parseUnary();
      this.depth--;
      return { k: 'unary', s, e: x.e, op, x };
    }
    return this.parsePostfix();
  }

  private parsePostfix(): Expr {
    let expr = this.parsePrimary();
    let traversal = expr.k === 'trav';
    for (;;) {
      if (this.is('.')) {
        this.next();
        if (this.is('id') || this.is('num')) {
          // `a.0` is an index in the legacy form; `a.0.1` is scanned as one number, which is the same text.
          expr = { k: 'other', s: expr.s, e: this.te };
        } else if (this.is('*')) {
          traversal = false;
          expr = { k: 'other', s: expr.s, e: this.te };
        } else {
          this.fail(this.ts, 'Invalid attribute name: an attribute name is required after a dot');
        }
        this.next();
      } else if (this.is('[')) {
        const open = this.ts;
        const before = this.mode(false);
        this.enter(open);
        this.next();
        if (this.is('*')) {
          traversal = false;
          this.next();
        } else {
          const index = this.parseExpr();
          if (index.k !== 'lit' && !(index.k === 'tmpl' && !index.wrap && index.parts.every((p) => p.k === 'text'))) traversal = false;
        }
        if (!this.is(']')) this.fail(open, 'Missing close bracket on index: the index operator must end with a closing bracket ("]")');
        const e = this.closeGroup(before);
        expr = { k: 'other', s: expr.s, e };
      } else {
        break;
      }
      if (traversal) expr = { k: 'trav', s: expr.s, e: expr.e };
    }
    return expr;
  }

  private parsePrimary(): Expr {
    const s = this.ts;
    const e = this.te;
    switch (this.t) {
      case 'num': {
        this.next();
        return { k: 'lit', s, e, v: Number(this.text.slice(s, e)) };
      }
      case 'id': {
        const name = this.text.slice(s, e);
        this.next();
        if (this.is('(') || this.is('::')) return this.parseCall(s, e);
        if (name === 'true' || name === 'false') return { k: 'lit', s, e, v: name === 'true' };
        if (name === 'null') return { k: 'lit', s, e, v: null };
        return { k: 'trav', s, e };
      }
      case '"': {
        const pieces = this.scanQuoted(e, false);
        const tmpl = this.template(s, this.te, pieces);
        this.next();
        return tmpl;
      }
      case '<<':
        return this.parseHeredoc(s);
      case '(': {
        const before = this.mode(false);
        this.enter(s);
        this.next();
        this.parseExpr();
        if (!this.is(')')) this.fail(s, 'Unbalanced parentheses: expected a closing parenthesis');
        const end = this.te;
        this.mode(before);
        this.depth--;
        this.next();
        return { k: 'other', s, e: end };
      }
      case '[':
        return this.parseTuple(s);
      case '{':
        return this.parseObject(s);
      case 'eof':
      case 'nl':
        return this.fail(s, 'Missing expression: expected the start of an expression, but found the end of the line or file');
      default:
        return this.fail(s, 'Invalid expression: expected the start of an expression');
    }
  }

  /** `name(args)`, `provider::aws::name(args)`; arguments may end with `...`. */
  private parseCall(s: number, idEnd: number): Expr {
    let nameEnd = idEnd;
    while (this.is('::')) {
      this.next();
      this.expect('id', 'Invalid function name: a function name is expected after "::"');
      nameEnd = this.te;
      this.next();
    }
    this.expect('(', 'Invalid function call: an opening parenthesis is expected');
    const open = this.ts;
    const name = this.text.slice(s, nameEnd);
    const before = this.mode(false);
    this.enter(open);
    this.next();
    const args: Expr[] = [];
    this.parseItems(')', open, 'Unterminated function call: there is no closing parenthesis for this function call', 'Missing argument separator: a comma is required to separate function arguments', () => {
      args.push(this.parseExpr());
      if (this.is('...')) this.next();
    });
    const e = this.closeGroup(before);
    return { k: 'call', s, e, name, open, args };
  }

  private parseTuple(s: number): Expr {
    const before = this.mode(false);
    this.enter(s);
    this.next();
    if (this.isFor()) {
      this.parseForRest(s, ']');
      const e = this.closeGroup(before);
      return { k: 'other', s, e };
    }
    const items: Expr[] = [];
    this.parseItems(']', s, 'Missing closing bracket: there is no closing bracket for this list before the end of the file', 'Missing item separator: expected a comma to mark the beginning of the next item', () => {
      items.push(this.parseExpr());
    });
    const e = this.closeGroup(before);
    return { k: 'tuple', s, e, items };
  }

  private parseObject(s: number): Expr {
    const before = this.mode(true);
    this.enter(s);
    this.next();
    this.skipNewlines();
    if (this.isFor()) {
      this.mode(false);
      this.parseForRest(s, '}');
      const e = this.closeGroup(before);
      return { k: 'other', s, e };
    }
    const items: Array<{ key: Expr; value: Expr }> = [];
    for (;;) {
      this.skipNewlines();
      if (this.is('}')) break;
      if (this.is('eof')) this.fail(s, 'Missing closing brace: there is no closing brace for this object before the end of the file');
      const key = this.parseExpr();
      if (!this.is('=') && !this.is(':')) this.fail(this.ts, 'Missing key/value separator: expected an equals sign ("=") to mark the beginning of the attribute value');
      this.next();
      const value = this.parseExpr();
      items.push({ key, value });
      if (this.is(',')) this.next();
      else if (this.is('nl')) this.next();
      else if (!this.is('}')) this.fail(this.ts, 'Missing attribute separator: expected a newline or comma to mark the beginning of the next attribute');
    }
    const e = this.closeGroup(before);
    return { k: 'object', s, e, items };
  }

  private isFor(): boolean {
    return this.is('id') && this.te - this.ts === 3 && this.text.startsWith('for', this.ts);
  }

  /** After `for`: `k, v in coll : [key =>] value [...] [if cond]`, up to the closing bracket (left current). */
  private parseForRest(open: number, close: string): void {
    this.next();
    this.expect('id', "Invalid 'for' expression: a variable name is required after 'for'");
    this.next();
    if (this.is(',')) {
      this.next();
      this.expect('id', "Invalid 'for' expression: a value variable name is required after the comma");
      this.next();
    }
    if (!(this.is('id') && this.text.slice(this.ts, this.te) === 'in')) this.fail(this.ts, "Invalid 'for' expression: the 'in' keyword is required after the variable names");
    this.next();
    this.parseExpr();
    this.expect(':', "Invalid 'for' expression: a colon is required after the collection expression");
    this.next();
    this.parseExpr();
    if (close === '}') {
      this.expect('=>', "Invalid 'for' expression: a key expression and '=>' are required in an object 'for' expression");
      this.next();
      this.parseExpr();
      if (this.is('...')) this.next();
    }
    if (this.is('id') && this.text.slice(this.ts, this.te) === 'if') {
      this.next();
      this.parseExpr();
    }
    if (this.t !== close) this.fail(this.is('eof') ? open : this.ts, `Invalid 'for' expression: a closing "${close}" is expected`);
  }

  // ---- templates ----
}

export { HclSyntaxError, isSpace };
export type { Attribute, Block, Body, Expr, Part } from './hcl-tree.js';
