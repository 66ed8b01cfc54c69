// The syntax tree of the HCL native syntax, as the parser (hcl-parser.ts, with templates in hcl-template.ts)
// builds it: bodies of attributes and blocks, and expressions kept as precisely as the loader uses them. Its
// own module, so the parser and the template reader both depend on it rather than on each other.

/** Every expression carries its source range [s, e). */
export type Expr =
  | { k: 'lit'; s: number; e: number; v: number | boolean | null }
  | { k: 'tmpl'; s: number; e: number; parts: Part[]; wrap: boolean }
  | { k: 'tuple'; s: number; e: number; items: Expr[] }
  | { k: 'object'; s: number; e: number; items: Array<{ key: Expr; value: Expr }> }
  | { k: 'unary'; s: number; e: number; op: string; x: Expr }
  | { k: 'cond'; s: number; e: number; c: Expr; t: Expr; f: Expr }
  // A bare reference (`a.b[0]`): as an object key it is its own text.
  | { k: 'trav'; s: number; e: number }
  // A function call: `name` as written (`provider::aws::arn_parse` too), `open` the offset of its parenthesis.
  | { k: 'call'; s: number; e: number; name: string; open: number; args: Expr[] }
  | { k: 'other'; s: number; e: number };

/** A template piece. `wrap` on a template means it is exactly one interpolation (`"${x}"`): its value is x's. */
export type Part =
  | { k: 'text'; text: string }
  | { k: 'interp'; x: Expr }
  | { k: 'if'; c: Expr; then: Part[]; else: Part[] }
  | { k: 'for'; key: string | undefined; val: string; coll: Expr; body: Part[] };

export interface Attribute {
  name: string;
  at: number;
  expr: Expr;
}
export interface Block {
  type: string;
  labels: string[];
  at: number;
  body: Body;
}
export interface Body {
  attrs: Attribute[];
  blocks: Block[];
}

