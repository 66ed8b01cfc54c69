// Terraform expressions → values: syntax tree nodes (HclValue) from .tf files, and `${…}` strings from a plan
// JSON (`"${aws_iam_role.r.arn}"`), read the same way. Variables with defaults (or module inputs), locals, `jsonencode({…})`, IAM policy documents and
// module outputs resolve; a resource attribute becomes the CloudFormation intrinsic the rules already follow
// (`.arn` → GetAtt Arn, `.id`/`.name` → Ref); anything else (functions, conditionals, data sources) stays Symbolic.
import { symbolic } from '../intrinsics.js';
import { parseHclExpression } from './hcl-native.js';
import type { Expr, Part } from './hcl-tree.js';
import { HclValue, type NodeSource } from './hcl-value.js';

export interface Scope {
  /** `var.NAME`: module inputs, else defaults. Missing → Symbolic. */
  variable(name: string): unknown;
  /** `local.NAME`, evaluated. */
  local(name: string): unknown;
  /** Logical id of `TYPE.NAME` when this module declares it. */
  resourceId(type: string, name: string): string | undefined;
  /** `data.TYPE.NAME.ATTR` when it can be known (IAM policy documents). */
  data(type: string, name: string, attribute: string | undefined): unknown;
  /** `module.NAME.OUTPUT`. */
  moduleOutput(name: string, output: string): unknown;
}

/** Deepest nesting followed (locals referring to locals, nested values). */
export const MAX_EVAL_DEPTH = 64;

const REF_ATTRIBUTES = new Set(['id', 'name', 'function_name', 'url', 'bucket', 'topic', 'rest_api_id', 'api_id']);
const ARN_ATTRIBUTES = new Set(['arn', 'invoke_arn', 'qualified_arn', 'qualified_invoke_arn']);

function pascal(name: string): string {
  return name
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `${…}` segments of a template string, with brace nesting and quoted strings inside. */
export function templateParts(text: string): (string | { expression: string })[] {
  const parts: (string | { expression: string })[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$${', i)) {
      literal += '${';
      i += 3;
      continue;
    }
    if (text.startsWith('${', i)) {
      let depth = 1;
      let j = i + 2;
      let quote = false;
      while (j < text.length && depth > 0) {
        const c = text[j];
        if (quote) {
          if (c === '\\') j += 1;
          else if (c === '"') quote = false;
        } else if (c === '"') quote = true;
        else if (c === '{') depth += 1;
        else if (c === '}') depth -= 1;
        j += 1;
      }
      if (depth > 0) {
        literal += text.slice(i);
        break;
      }
      if (literal) parts.push(literal);
      literal = '';
      parts.push({ expression: text.slice(i + 2, j - 1).trim() });
      i = j;
      continue;
    }
    literal += text[i];
    i += 1;
  }
  if (literal) parts.push(literal);
  return parts;
}

const isLiteral = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const isSymbolicValue = (v: unknown): boolean => typeof v === 'object' && v !== null && (v as { symbolic?: unknown }).symbolic === true;

export function evaluate(value: unknown, scope: Scope, depth = 0): unknown {
  if (depth > MAX_EVAL_DEPTH) return symbolic('(nested too deep)');
  if (typeof value === 'string') return value.includes('${') ? evaluateString(value, scope, depth) : value;
  if (value === null || typeof value !== 'object' || isSymbolicValue(value)) return value;
  if (value instanceof HclValue) return evaluateNode(value, scope, depth);
  // A list or object whose members all evaluate to themselves (literal text, numbers, nested literal values) is
  // shared, not copied: nothing writes to evaluated values (links.ts copies a list before appending to it).
  if (Array.isArray(value)) return evaluateList(value, scope, depth);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const inner = record[key];
    const result = evaluate(inner, scope, depth + 1);
    if (out === undefined && (result !== inner || key === '__proto__')) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j] as string] = record[keys[j] as string];
    }
    if (out !== undefined) out[key] = result;
  }
  return out ?? value;
}

function evaluateList(list: readonly unknown[], scope: Scope, depth: number): unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const result = evaluate(item, scope, depth + 1);
    if (out === undefined && result !== item) out = list.slice(0, i);
    if (out !== undefined) out.push(result);
  }
  return out ?? (list as unknown[]);
}

function evaluateString(text: string, scope: Scope, depth: number): unknown {
  const parts = templateParts(text);
  if (parts.length === 1 && typeof parts[0] === 'object') return expression(parts[0].expression, scope, depth);
  const values = parts.map((part) => (typeof part === 'string' ? part : expression(part.expression, scope, depth)));
  return joined(values, text);
}

/**
 * A template's pieces, evaluated, → its value: a string, an `Fn::Join` of intrinsics, or Symbolic (`text` as
 * written; a node's text is made only then, most templates resolve).
 */
function joined(values: unknown[], text: string | HclValue): unknown {
  if (values.every(isLiteral)) return values.map(String).join('');
  if (values.some((v) => isSymbolicValue(v) || (!isLiteral(v) && !isIntrinsic(v)))) return symbolic(typeof text === 'string' ? text : text.hclText());
  return { 'Fn::Join': ['', values.map((v) => (isLiteral(v) ? String(v) : v))] };
}

function isIntrinsic(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || (keys[0] ?? '').startsWith('Fn::'));
}

const NAME = /^[A-Za-z_][\w-]*$/;

/** Is every step of a dotted path a name? */
function allNames(path: readonly string[]): boolean {
  for (let i = 0; i < path.length; i++) if (!NAME.test(path[i] as string)) return false;
  return true;
}

/** One expression inside `${…}`. */
export function expression(raw: string, scope: Scope, depth: number): unknown {
  const text = raw.trim();
  const unknown = () => symbolic(`\${${text}}`);
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(text);
  if (quoted) return evaluate(quoted[1] as string, scope, depth + 1);
  // Indexes of count/for_each resources (`[0]`, `["a"]`, `[*]`) name the same resource for our purpose.
  const path = (text.includes('[') ? text.replace(/\[(?:\d+|\*|"[^"]*")\]/g, '') : text).split('.');
  // Indexes, not destructuring: until the code is optimized, destructuring walks an iterator.
  const head = path[0];
  const second = path[1];
  const third = path[2];
  const fourth = path[3];
  if (!allNames(path)) return jsonencode(text, scope, depth) ?? unknown();
  if (head === 'var' && second && path.length === 2) return scope.variable(second);
  if (head === 'local' && second && path.length === 2) return scope.local(second);
  if (head === 'module' && second && third && path.length === 3) return scope.moduleOutput(second, third);
  if (head === 'data' && second && third) return path.length <= 4 ? scope.data(second, third, fourth) : unknown();
  if (head && second && head.includes('_') && path.length <= 3) {
    const id = scope.resourceId(head, second);
    if (!id) return unknown();
    if (third === undefined || REF_ATTRIBUTES.has(third)) return { Ref: id };
    if (ARN_ATTRIBUTES.has(third)) return { 'Fn::GetAtt': [id, 'Arn'] };
    return { 'Fn::GetAtt': [id, pascal(third)] };
  }
  return unknown();
}

/** `jsonencode({…})` / `jsonencode([…])`: the literal is parsed as HCL and evaluated (the JSON value itself). */
function jsonencode(text: string, scope: Scope, depth: number): unknown {
  const match = /^jsonencode\(([\s\S]*)\)$/.exec(text);
  if (!match) return undefined;
  const parsed = parseHclExpression((match[1] as string).trim());
  if (parsed === undefined) return undefined;
  return evaluate(parsed, scope, depth + 1);
}

// ---- syntax tree nodes (HclValue): what the text above does with `${…}` strings, done on the node ----

/** A node's value: a template from its parts, `jsonencode(…)` from its argument, anything else from its source. */
function evaluateNode(node: HclValue, scope: Scope, depth: number): unknown {
  const x = node.hclExpr;
  if (x.k === 'tmpl') return evaluateTemplate(node, x.parts, scope, depth);
  if (x.k === 'call') {
    const argument = jsonencodeArgument(node, x);
    if (argument !== undefined) return evaluate(argument, scope, depth + 1);
  }
  return expression(node.hclSource(), scope, depth);
}

type Call = Extract<Expr, { k: 'call' }>;

/** The value of the one argument of `jsonencode(x)`, when it stands alone; undefined sends the call down the text path. */
function jsonencodeArgument(node: HclValue, x: Call): unknown {
  const arg = x.args[0];
  const from = node.hclFrom;
  if (x.name !== 'jsonencode' || x.open !== x.s + 10 || x.args.length !== 1 || !arg) return undefined;
  if (node.hclSource().length !== x.e - x.s) return undefined;
  const text = from.text;
  if (text.slice(x.open + 1, arg.s).trim() !== '' || text.slice(arg.e, x.e - 1).trim() !== '') return undefined;
  // Self-delimited arguments only: an operator expression may span lines, which the text path reads differently.
  const selfDelimited = arg.k === 'object' || arg.k === 'tuple' || arg.k === 'tmpl' || arg.k === 'lit' || ((arg.k === 'trav' || arg.k === 'call') && !text.slice(arg.s, arg.e).includes('\n'));
  return selfDelimited ? from.valueOf(arg) : undefined;
}

/** A template's pieces: literal text (as the text path leaves it) and the expressions interpolated. */
function templatePieces(from: NodeSource, parts: readonly Part[], into: (string | Expr)[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Part;
    if (part.k === 'text') {
      into.push(part.text.includes('%{') ? part.text.replace(/%\{/g, '%%{') : part.text);
      continue;
    }
    if (part.k !== 'interp') return false;
    let x = part.x;
    while (x.k === 'tmpl' && x.wrap) x = (x.parts[0] as { x: Expr }).x;
    if (x.k === 'lit') into.push(from.literalText(x));
    else if (x.k === 'tmpl') {
      if (!templatePieces(from, x.parts, into)) return false;
    } else if (x.k === 'cond') return false;
    else {
      // A `$` just before `${` reads as the escape `$${` on the text path.
      const last = into[into.length - 1];
      if (typeof last === 'string' && last.endsWith('$')) return false;
      into.push(x);
    }
  }
  return true;
}

function evaluateTemplate(node: HclValue, parts: readonly Part[], scope: Scope, depth: number): unknown {
  const from = node.hclFrom;
  const pieces: (string | Expr)[] = [];
  // Directives and conditionals keep the text path: their text is what an unresolved value shows.
  if (!templatePieces(from, parts, pieces)) return evaluate(node.hclText(), scope, depth);
  const merged: (string | Expr)[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string | Expr;
    const last = merged[merged.length - 1];
    if (typeof piece === 'string') {
      if (piece === '') continue;
      if (typeof last === 'string') merged[merged.length - 1] = last + piece;
      else merged.push(piece);
    } else merged.push(piece);
  }
  const only = merged[0];
  if (merged.length === 1 && typeof only === 'object') return expression(from.sourceOf(only), scope, depth);
  const values = merged.map((piece) => (typeof piece === 'string' ? piece : expression(from.sourceOf(piece), scope, depth)));
  return joined(values, node);
}
