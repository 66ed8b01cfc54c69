// HCL → the value of a file, shaped as @cdktn/hcl2json shapes it, with non-literal expressions kept as syntax
// tree nodes (HclValue) for expressions.ts to evaluate. The shape was found by comparing with hcl2json: blocks
// nest by type then labels with each body in an array; attributes win over blocks of the same name; literals,
// tuples and objects are plain values; keys are sorted, as Go's JSON encoder sorts them. A node's text (what
// an unresolved value shows, and hcl2json's value for it) is "${source text}", or for a template its text with
// `${`/`%{` in literal text escaped (`$${`, `%%{`), interpolations as "${expression}" and directives (and
// conditionals inside templates) as `%{if c}…%{endif}`.
import { HclSyntaxError } from './hcl-lexer.js';
import { Parser, type Body, type Expr, type Part } from './hcl-parser.js';
import { MAX_HCL_NESTING, type HclError, type HclResult } from './hcl.js';
import { HclValue, plainValue, type NodeSource } from './hcl-value.js';
import { takeParsed } from './parsed-texts.js';

type Json = unknown;
type JsonObject = Record<string, Json>;

/** A conversion that hcl2json refuses (blocks that cannot share a key); reported after a clean parse. */
class ConvertError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** `obj[key] = value` that also works for the key `__proto__` (as JSON.parse does). */
function put(obj: JsonObject, key: string, value: Json): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** Literal template text as hcl2json writes it: a literal `${` or `%{` stays escaped. */
function escapeText(text: string): string {
  if (!text.includes('{')) return text;
  return text.replace(/([$%])\{/g, (_m, c: string) => c + c + '{');
}

/** A number's exact decimal text without exponent (Go's big.Float 'f' format), e.g. 1e3 → "1000". */
function decimalText(raw: string): string {
  const m = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(raw);
  if (!m) return String(Number(raw));
  const frac = m[2] ?? '';
  const exp = Number(m[3] ?? 0) - frac.length;
  const digits = ((m[1] as string) + frac).replace(/^0+/, '');
  if (digits === '') return '0';
  if (Math.abs(exp) > 100_000) return String(Number(raw));
  if (exp >= 0) return digits + '0'.repeat(exp);
  const point = digits.length + exp;
  const text = point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${'0'.repeat(-point)}${digits}`;
  return text.replace(/\.?0+$/, '');
}

class Converter implements NodeSource {
  private error: ConvertError | undefined;

  constructor(readonly text: string) {}

  /** An expression's source; a `)` right after it is taken in, as hcl2json does. */
  private source(x: { s: number; e: number }): string {
    const end = this.text.charCodeAt(x.e) === 41 ? x.e + 1 : x.e;
    return this.text.slice(x.s, end);
  }

  sourceOf(x: Expr): string {
    return this.source(x);
  }

  textOf(x: Expr): string {
    return x.k === 'tmpl' && !x.wrap ? this.parts(x.parts) : this.wrap(x);
  }

  literalText(x: Extract<Expr, { k: 'lit' }>): string {
    return this.part(x);
  }

  valueOf(x: Expr): unknown {
    return this.value(x, true);
  }

  private wrap(x: Expr): string {
    return '${' + this.source(x) + '}';
  }

  /** The value of a body: its keys in sorted order (attributes only, written in order, need no gathering first). */
  body(body: Body): JsonObject {
    // Indexed loops throughout: a for…of allocates an iterator result per item until the code is optimized, and a
    // scan is over before most of it is.
    const { blocks, attrs } = body;
    if (blocks.length === 0 && namesInOrder(attrs)) {
      const out: JsonObject = {};
      for (let i = 0; i < attrs.length; i++) {
        const attr = attrs[i] as Body['attrs'][number];
        put(out, attr.name, this.value(attr.expr));
      }
      return out;
    }
    const level: Level = new Map();
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as Body['blocks'][number];
      this.block(level, block.type, block.labels, block.at, this.body(block.body));
    }
    for (let i = 0; i < attrs.length; i++) {
      const attr = attrs[i] as Body['attrs'][number];
      level.set(attr.name, this.value(attr.expr));
    }
    return sortedObject(level);
  }

  private block(out: Level, type: string, labels: string[], at: number, value: JsonObject): void {
    let target = out;
    let key = type;
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i] as string;
      const current = target.get(key);
      if (current === undefined) {
        const next: Level = new Map();
        target.set(key, next);
        target = next;
      } else if (current instanceof Map) {
        target = current as Level;
      } else {
        this.error ??= new ConvertError(at, `Unable to convert block to JSON: ${[type, ...labels].join('.')} (blocks of one type need the same number of labels)`);
        return;
      }
      key = label;
    }
    const current = target.get(key);
    if (current === undefined) target.set(key, [value]);
    else if (Array.isArray(current)) current.push(value);
    else this.error ??= new ConvertError(at, `Invalid HCL for the "${key}" block: blocks of one type cannot have both with and without labels`);
  }

  get failure(): ConvertError | undefined {
    return this.error;
  }

  /** `exact`: the expression stands alone, so its own source is taken exactly (no `)` after it). */
  value(x: Expr, exact = false): Json {
    switch (x.k) {
      case 'lit':
        return x.v;
      case 'unary':
        if (x.x.k === 'lit') {
          const v = x.x.v;
          if (x.op === '-' && typeof v === 'number') return -v;
          if (x.op === '!' && typeof v === 'boolean') return !v;
        }
        return this.expression(x, exact);
      case 'tmpl':
        if (x.wrap) return this.value((x.parts[0] as { x: Expr }).x);
        if (!x.parts.every((p) => p.k === 'text')) return new HclValue(x, this);
        return this.parts(x.parts);
      case 'tuple':
        return x.items.map((item) => this.value(item));
      case 'object': {
        const items = x.items;
        if (items.length === 0) return {};
        if (items.length === 1) {
          const out: JsonObject = {};
          put(out, this.key((items[0] as (typeof items)[number]).key), this.value((items[0] as (typeof items)[number]).value));
          return out;
        }
        const level: Level = new Map();
        for (let i = 0; i < items.length; i++) {
          const item = items[i] as (typeof items)[number];
          level.set(this.key(item.key), this.value(item.value));
        }
        return sortedObject(level);
      }
      default:
        return this.expression(x, exact);
    }
  }

  private expression(x: Expr, exact: boolean): Json {
    return new HclValue(x, this, exact);
  }

  private key(x: Expr): string {
    return x.k === 'trav' ? this.source(x) : this.part(x);
  }

  private parts(parts: Part[]): string {
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as Part;
      switch (part.k) {
        case 'text':
          out += escapeText(part.text);
          break;
        case 'interp':
          out += this.part(part.x);
          break;
        case 'if': {
          out += `%{if ${this.source(part.c)}}${this.parts(part.then)}`;
          const other = this.parts(part.else);
          if (other !== '') out += `%{else}${other}`;
          out += '%{endif}';
          break;
        }
        case 'for':
          out += `%{for ${part.key !== undefined ? `${part.key}, ` : ''}${part.val} in ${this.source(part.coll)}}${this.parts(part.body)}%{endfor}`;
          break;
      }
    }
    return out;
  }

  /** An expression written inside a template (or as an object key). */
  private part(x: Expr): string {
    switch (x.k) {
      case 'lit':
        return x.v === null ? 'null' : typeof x.v === 'number' ? decimalText(this.text.slice(x.s, x.e)) : String(x.v);
      case 'tmpl':
        return x.wrap ? this.part((x.parts[0] as { x: Expr }).x) : this.parts(x.parts);
      case 'cond': {
        const other = this.part(x.f);
        return `%{if ${this.source(x.c)}}${this.part(x.t)}${other !== '' ? `%{else}${other}` : ''}%{endif}`;
      }
      default:
        return this.wrap(x);
    }
  }
}

/**
 * A body's or an object's keys while they are gathered: the values, or for blocks a level per label (a Map) down
 * to the list of bodies. Turned into an object once, its keys in sorted order as hcl2json's Go JSON encoder writes
 * them, so no object is built twice.
 */
type Level = Map<string, unknown>;

function sortedObject(level: Level): JsonObject {
  const keys: string[] = [];
  level.forEach((_value, key) => keys.push(key));
  keys.sort();
  const out: JsonObject = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const value = level.get(key);
    put(out, key, value instanceof Map ? sortedObject(value as Level) : value);
  }
  return out;
}

/** Are the attributes' names in sorted order (so their object is written as they come)? */
function namesInOrder(attrs: Body['attrs']): boolean {
  for (let i = 1; i < attrs.length; i++) if ((attrs[i - 1] as Body['attrs'][number]).name > (attrs[i] as Body['attrs'][number]).name) return false;
  return true;
}

/** Offset → 1-based line and column (columns count characters). */
function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(at, text.length);
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  let column = 1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff) && !(i === 0 && c === 0xfeff)) column++;
  }
  return { line, column };
}

/**
 * The file's syntax tree and its value, shaped as hcl2json shapes it (blocks nested by type and labels, keys
 * sorted) with non-literal expressions kept as nodes (HclValue), or the first error with its position. Never throws.
 */
export function parseHclFile(text: string): { value: Record<string, unknown>; body: Body } | { error: HclError } {
  try {
    const body = takeParsed(text) ?? new Parser(text, MAX_HCL_NESTING).parseFile();
    const converter = new Converter(text);
    const value = converter.body(body);
    const failure = converter.failure;
    if (failure) return { error: { ...position(text, failure.at), message: failure.message } };
    return { value, body };
  } catch (error) {
    if (error instanceof HclSyntaxError) return { error: { ...position(text, error.at), message: error.message } };
    return { error: { line: 1, column: 1, message: `the HCL parser failed: ${(error as Error).message}` } };
  }
}

/** One HCL expression (e.g. the object inside `jsonencode(…)`) → its value with nodes, or undefined. */
export function parseHclExpression(expression: string): unknown {
  const parsed = parseHclFile(`value = ${expression}\n`);
  return 'value' in parsed ? parsed.value['value'] : undefined;
}

/** The file as hcl2json gives it (every node written as its text): what the tests and bench/hcl-compare compare. */
export function parseHclNative(_file: string, text: string): HclResult {
  const parsed = parseHclFile(text);
  return 'error' in parsed ? parsed : { value: plainValue(parsed.value) as Record<string, unknown> };
}

/** `parseHclExpression` with every node written as its text, as hcl2json gives it. */
export function parseHclExpressionNative(expression: string): unknown {
  return plainValue(parseHclExpression(expression));
}
