// Reading property values the way rules need: literal or not, which resources a value references.
// The loader resolves what it can; what stays is Symbolic (or, defensively, a raw intrinsic object).
import type { Symbolic } from '../iac/types.js';
import type { PropertyPath } from './types.js';

export function isSymbolic(value: unknown): value is Symbolic {
  return typeof value === 'object' && value !== null && (value as { symbolic?: unknown }).symbolic === true;
}

/** A one-key `{Ref: …}` / `{'Fn::…': …}` / `{Condition: …}` object as written in a template. */
export function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const key = keys[0] as string;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
}

/** True when a value is not a literal the rule can judge (unknown ≠ wrong). */
export function isUnresolved(value: unknown): boolean {
  return isSymbolic(value) || isIntrinsic(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isSymbolic(value);
}

/** The value at a path, or undefined when a step is missing or not a container. */
export function valueAt(root: unknown, path: PropertyPath): unknown {
  let current: unknown = root;
  for (const step of path) {
    if (isSymbolic(current)) return undefined;
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step];
    } else {
      if (!isRecord(current)) return undefined;
      current = current[step];
    }
  }
  return current;
}

/** A literal string, or undefined. */
export function literalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Present means written with any value (symbolic included); `null` counts as absent, as in CloudFormation. */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** Strings of a string-or-list value (IAM `Action`, `Service`); symbolic items are skipped. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Names in `${…}` of a Sub pattern, without `!` literals; `${X.Arn}` gives `X`. */
export function subNames(pattern: string): string[] {
  const names: string[] = [];
  for (const match of pattern.matchAll(/\$\{([^}!][^}]*)\}/g)) {
    const name = (match[1] as string).trim();
    names.push(name.split('.')[0] as string);
  }
  return names;
}

/**
 * Logical ids a value references anywhere inside (Ref, GetAtt in both forms, Sub patterns, nested
 * intrinsics, Symbolic expressions). Pseudo parameters (`AWS::…`) are left out.
 */
export function referencedIds(value: unknown, out: Set<string> = new Set()): Set<string> {
  collect(value, out, 0, { left: NODE_BUDGET });
  return out;
}

/**
 * Walks stop after this many nodes: templates with shared YAML aliases can be exponentially large when
 * walked as trees, and a rule must never hang on hostile input.
 */
export const NODE_BUDGET = 100_000;

interface Budget {
  left: number;
}

function collect(value: unknown, out: Set<string>, depth: number, budget: Budget): void {
  if (depth > 64 || value === null || typeof value !== 'object' || --budget.left < 0) return;
  if (isSymbolic(value)) {
    collect(value.expression, out, depth + 1, budget);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1, budget);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [key, inner] of Object.entries(record)) {
    if (key === 'Ref' && typeof inner === 'string') addId(inner, out);
    else if (key === 'Fn::GetAtt') {
      if (typeof inner === 'string') addId(inner.split('.')[0] as string, out);
      else if (Array.isArray(inner) && typeof inner[0] === 'string') addId(inner[0], out);
    } else if (key === 'Fn::Sub') {
      const pattern = Array.isArray(inner) ? inner[0] : inner;
      const vars = Array.isArray(inner) && isRecord(inner[1]) ? inner[1] : {};
      if (typeof pattern === 'string') for (const name of subNames(pattern)) if (!(name in vars)) addId(name, out);
      collect(vars, out, depth + 1, budget);
    } else collect(inner, out, depth + 1, budget);
  }
}

function addId(name: string, out: Set<string>): void {
  if (!name.startsWith('AWS::')) out.add(name);
}

/** The single logical id a `Ref`/`GetAtt` value points at directly (not inside a Sub or Join). */
export function directTarget(value: unknown): string | undefined {
  const expression = isSymbolic(value) ? value.expression : value;
  if (!isIntrinsic(expression)) return undefined;
  const ref = expression['Ref'];
  if (typeof ref === 'string') return ref.startsWith('AWS::') ? undefined : ref;
  const getAtt = expression['Fn::GetAtt'];
  if (typeof getAtt === 'string') return getAtt.split('.')[0];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  return undefined;
}

/** A stable text for comparing values that may be symbolic (e.g. two principals written the same way). */
export function valueKey(value: unknown): string {
  return boundedJson(isSymbolic(value) ? { symbolic: value.expression } : value);
}

/** JSON text of a value, cut off after `limit` characters (shared aliases can make JSON.stringify explode). */
export function boundedJson(value: unknown, limit = 10_000): string {
  const parts: string[] = [];
  let length = 0;
  const emit = (text: string): boolean => {
    parts.push(text);
    length += text.length;
    return length < limit;
  };
  const write = (v: unknown, depth: number): boolean => {
    if (depth > 64) return emit('…');
    if (v === null || typeof v !== 'object') return emit(JSON.stringify(v) ?? 'null');
    if (Array.isArray(v)) {
      if (!emit('[')) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !emit(',')) || !write(v[i], depth + 1)) return false;
      return emit(']');
    }
    if (!emit('{')) return false;
    let first = true;
    for (const [k, inner] of Object.entries(v as Record<string, unknown>)) {
      if ((!first && !emit(',')) || !emit(`${JSON.stringify(k)}:`) || !write(inner, depth + 1)) return false;
      first = false;
    }
    return emit('}');
  };
  write(value, 0);
  return parts.join('').slice(0, limit);
}
