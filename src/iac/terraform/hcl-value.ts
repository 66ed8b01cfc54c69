// A non-literal expression kept in a block's value as its syntax tree node, evaluated where the value is used
// (expressions.ts): references, function calls, templates with interpolations. Literals, tuples and objects
// are plain values around it, so positions and attribute paths work on the value as on any parsed document.
import type { Expr } from './hcl-tree.js';

/** What a node needs from the file it was parsed from. */
export interface NodeSource {
  /** The file's text. */
  readonly text: string;
  /** The node's source text as the loader has always written it into `${…}` (see hcl-native.ts). */
  sourceOf(x: Expr): string;
  /** The node's value written as one string: `${source}`, or a template's text with `${…}` and `%{…}` inside. */
  textOf(x: Expr): string;
  /** A literal's text inside a template (numbers in full decimal, `null`, `true`). */
  literalText(x: Extract<Expr, { k: 'lit' }>): string;
  /** The value of an expression that stands alone (a jsonencode argument), its own source taken exactly. */
  valueOf(x: Expr): unknown;
}

export class HclValue {
  readonly #expr: Expr;
  readonly #from: NodeSource;
  readonly #exact: boolean;

  constructor(expr: Expr, from: NodeSource, exact = false) {
    this.#expr = expr;
    this.#from = from;
    this.#exact = exact;
  }

  get hclExpr(): Expr {
    return this.#expr;
  }

  get hclFrom(): NodeSource {
    return this.#from;
  }

  /** The source text of the expression, as evaluated and as shown in an unresolved value. */
  hclSource(): string {
    return this.#exact ? this.#from.text.slice(this.#expr.s, this.#expr.e) : this.#from.sourceOf(this.#expr);
  }

  /** The whole value as one string (`${…}` for an expression, the template's text for a template). */
  hclText(): string {
    const x = this.#expr;
    return x.k === 'tmpl' ? this.#from.textOf(x) : '${' + this.hclSource() + '}';
  }
}

/** A value with its nodes written as text (where a plain value is shown: a variable's default, a module source). */
export function plainValue(value: unknown, depth = 0): unknown {
  if (value instanceof HclValue) return value.hclText();
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) return value.map((item) => plainValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    // `__proto__` is a key like any other here, as JSON.parse makes it.
    if (key === '__proto__') Object.defineProperty(out, key, { value: plainValue(inner, depth + 1), enumerable: true, writable: true, configurable: true });
    else out[key] = plainValue(inner, depth + 1);
  }
  return out;
}
