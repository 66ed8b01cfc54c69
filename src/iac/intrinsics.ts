// Resolves CloudFormation intrinsic functions where the template alone decides the value (parameters with
// defaults, Sub/Join/Select/Split/FindInMap over literals); everything else becomes a Symbolic value that keeps
// the expression as written, so rules can see what it refers to but never mistake it for a literal.
import type { Symbolic } from './types.js';
import { isRecord, isSymbolic } from './values.js';

export interface ParameterInfo {
  hasDefault: boolean;
  default?: unknown;
}

export interface ResolveContext {
  parameters: ReadonlyMap<string, ParameterInfo>;
  mappings: Record<string, unknown>;
}

/** `Fn::If` stays symbolic; both branches, resolved, are kept so rules can judge each (see docs/iac.md). */
export interface SymbolicIf extends Symbolic {
  readonly condition: string;
  readonly branches: readonly [unknown, unknown];
}

/** Marker for `Ref: AWS::NoValue`: the property or list item is dropped. */
const NO_VALUE = Symbol('AWS::NoValue');

export function symbolic(expression: unknown): Symbolic {
  return { symbolic: true, expression };
}

type Literal = string | number | boolean;
const isLiteral = (v: unknown): v is Literal => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Resolves a value as far as the template allows. */
export function resolveValue(value: unknown, ctx: ResolveContext): unknown {
  const out = resolve(value, ctx, 0);
  return out === NO_VALUE ? undefined : out;
}

// Collections are copied only from the first member that resolves to something else: most of a template
// is literal, and sharing its parsed objects (never modified afterwards) saves a copy of every resource.
function resolve(value: unknown, ctx: ResolveContext, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > 200) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const r = resolve(item, ctx, depth + 1);
      if (out === undefined && r === item) continue;
      out ??= value.slice(0, i);
      if (r !== NO_VALUE) out.push(r);
    }
    return out ?? value;
  }
  const record = value as Record<string, unknown>;
  // The keys are listed once: they tell a Symbolic value (its `symbolic` is an own key, as every maker writes it)
  // without asking a parsed mapping for a key it lacks (slow: the parser makes objects of many shapes), and a
  // one-key `Ref` / `Condition` / `Fn::…` mapping is an intrinsic (as intrinsicName tells).
  const keys = Object.keys(record);
  if (keys.includes('symbolic') && isSymbolic(value)) return value;
  if (keys.length === 1) {
    const only = keys[0] as string;
    if (only === 'Ref' || only === 'Condition' || only.startsWith('Fn::')) return resolveIntrinsic(only, record[only], value, ctx, depth);
  }
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = record[key];
    const r = resolve(item, ctx, depth + 1);
    if (out === undefined && r === item) continue;
    if (out === undefined) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j] as string] = record[keys[j] as string];
    }
    if (r !== NO_VALUE) out[key] = r;
  }
  return out ?? value;
}

function resolveIntrinsic(name: string, arg: unknown, expression: object, ctx: ResolveContext, depth: number): unknown {
  switch (name) {
    case 'Ref': {
      if (arg === 'AWS::NoValue') return NO_VALUE;
      const param = typeof arg === 'string' ? ctx.parameters.get(arg) : undefined;
      if (param?.hasDefault) return resolve(param.default, ctx, depth + 1);
      return symbolic(expression);
    }
    case 'Fn::Sub':
      return resolveSub(arg, expression, ctx, depth);
    case 'Fn::Join': {
      if (!Array.isArray(arg) || typeof arg[0] !== 'string') return symbolic(expression);
      const parts = resolve(arg[1], ctx, depth + 1);
      if (Array.isArray(parts) && parts.every(isLiteral)) return parts.map(String).join(arg[0]);
      return symbolic(expression);
    }
    case 'Fn::Select': {
      if (!Array.isArray(arg)) return symbolic(expression);
      const index = resolve(arg[0], ctx, depth + 1);
      const list = resolve(arg[1], ctx, depth + 1);
      const i = typeof index === 'number' ? index : typeof index === 'string' && /^\d+$/.test(index) ? Number(index) : NaN;
      if (Array.isArray(list) && Number.isInteger(i) && i >= 0 && i < list.length) return list[i];
      return symbolic(expression);
    }
    case 'Fn::Split': {
      if (!Array.isArray(arg)) return symbolic(expression);
      const delimiter = resolve(arg[0], ctx, depth + 1);
      const source = resolve(arg[1], ctx, depth + 1);
      if (typeof delimiter === 'string' && delimiter !== '' && typeof source === 'string') return source.split(delimiter);
      return symbolic(expression);
    }
    case 'Fn::FindInMap': {
      if (!Array.isArray(arg) || arg.length < 3) return symbolic(expression);
      const keys = arg.slice(0, 3).map((k) => resolve(k, ctx, depth + 1));
      if (!keys.every(isLiteral)) return symbolic(expression);
      const top = ctx.mappings[String(keys[0])];
      const second = isRecord(top) ? top[String(keys[1])] : undefined;
      const found = isRecord(second) ? second[String(keys[2])] : undefined;
      if (found !== undefined) return resolve(found, ctx, depth + 1);
      // The optional fourth argument is `{DefaultValue: …}` (AWS::LanguageExtensions).
      const fallback = isRecord(arg[3]) ? arg[3]['DefaultValue'] : undefined;
      return fallback !== undefined ? resolve(fallback, ctx, depth + 1) : symbolic(expression);
    }
    case 'Fn::If': {
      if (!Array.isArray(arg) || typeof arg[0] !== 'string') return symbolic(expression);
      const whenTrue = resolve(arg[1], ctx, depth + 1);
      const whenFalse = resolve(arg[2], ctx, depth + 1);
      const branches: [unknown, unknown] = [whenTrue === NO_VALUE ? undefined : whenTrue, whenFalse === NO_VALUE ? undefined : whenFalse];
      const result: SymbolicIf = { symbolic: true, expression, condition: arg[0], branches };
      return result;
    }
    case 'Fn::Base64': {
      const inner = resolve(arg, ctx, depth + 1);
      return typeof inner === 'string' ? Buffer.from(inner, 'utf8').toString('base64') : symbolic(expression);
    }
    default:
      // GetAtt, ImportValue, GetAZs, Cidr, Transform, conditions, ToJsonString, Length: decided at deploy time.
      return symbolic(expression);
  }
}

function resolveSub(arg: unknown, expression: object, ctx: ResolveContext, depth: number): unknown {
  const pattern = Array.isArray(arg) ? arg[0] : arg;
  if (typeof pattern !== 'string') return symbolic(expression);
  const vars = Array.isArray(arg) && isRecord(arg[1]) ? arg[1] : {};
  let unresolved = false;
  const text = pattern.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    if (Object.prototype.hasOwnProperty.call(vars, name)) {
      const v = resolve(vars[name], ctx, depth + 1);
      if (isLiteral(v)) return String(v);
      unresolved = true;
      return whole;
    }
    const param = ctx.parameters.get(name);
    if (param?.hasDefault) {
      const v = resolve(param.default, ctx, depth + 1);
      if (isLiteral(v)) return String(v);
    }
    unresolved = true;
    return whole;
  });
  return unresolved ? symbolic(expression) : text;
}

