// `Fn::ForEach` (the AWS::LanguageExtensions transform) in Resources: each loop is replaced by the resources it
// makes, one per item of its collection, before anything else reads the section. The copies keep the
// positions of what they were made from, so findings point at the loop's body; their logical ids point at
// the loop. A collection the template alone does not decide (a parameter without default) makes nothing.
import { isRecord } from './values.js';
import { resolveValue, type ResolveContext } from './intrinsics.js';
import type { Pos, PositionTable } from './yaml.js';

const PREFIX = 'Fn::ForEach::';
/** Loops inside loops are allowed; this many levels is far beyond any real template. */
const MAX_NESTING = 5;
/** Resources one section may make through loops (CloudFormation itself allows 500 per template). */
const MAX_MADE = 5_000;

export function hasForEach(section: Record<string, unknown>): boolean {
  return Object.keys(section).some((key) => key.startsWith(PREFIX));
}

/** The section with every `Fn::ForEach::Name` entry replaced by the entries it makes. */
export function expandForEach(section: Record<string, unknown>, positions: PositionTable, resolve: ResolveContext): Record<string, unknown> {
  if (!hasForEach(section)) return section;
  const budget = { left: MAX_MADE };
  return expandSection(section, positions, resolve, 0, budget, undefined);
}

function expandSection(section: Record<string, unknown>, positions: PositionTable, resolve: ResolveContext, depth: number, budget: { left: number }, at: Pos | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const table = new Map<string | number, Pos>();
  const own = positions.get(section);
  for (const [key, value] of Object.entries(section)) {
    const pos = at ?? own?.get(key);
    if (!key.startsWith(PREFIX)) {
      out[key] = value;
      if (pos) table.set(key, pos);
      continue;
    }
    if (depth >= MAX_NESTING || !Array.isArray(value) || typeof value[0] !== 'string' || !isRecord(value[2])) continue;
    const [identifier, collection, body] = value as [string, unknown, Record<string, unknown>];
    for (const item of items(collection, resolve)) {
      if (--budget.left < 0) break;
      const made = substitute(body, identifier, item, positions) as Record<string, unknown>;
      const inner = hasForEach(made) ? expandSection(made, positions, resolve, depth + 1, budget, pos) : made;
      for (const [id, resource] of Object.entries(inner)) {
        out[id] = resource;
        if (pos) table.set(id, pos);
      }
    }
  }
  positions.set(out, table);
  return out;
}

/** The loop's items as strings, or none when the template does not decide them. */
function items(collection: unknown, resolve: ResolveContext): string[] {
  const value = resolveValue(collection, resolve);
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : Array.isArray(value) ? value : [];
  return list.every((v) => typeof v === 'string' || typeof v === 'number') ? list.map(String) : [];
}

/** A copy of `value` with the identifier replaced (`${x}`, `&{x}` in keys and strings, `Ref: x`), positions carried over. */
function substitute(value: unknown, identifier: string, item: string, positions: PositionTable): unknown {
  const plain = `\${${identifier}}`;
  const alphanumeric = `&{${identifier}}`;
  const text = (s: string): string => (s.includes('{') ? s.split(plain).join(item).split(alphanumeric).join(item.replace(/[^A-Za-z0-9]/g, '')) : s);
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return text(v);
    if (v === null || typeof v !== 'object' || depth > 100) return v;
    const table = positions.get(v);
    if (Array.isArray(v)) {
      const copy = v.map((x) => walk(x, depth + 1));
      if (table) positions.set(copy, table);
      return copy;
    }
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === 'Ref' && record['Ref'] === identifier) return item;
    const copy: Record<string, unknown> = {};
    const copyTable = new Map<string | number, Pos>();
    for (const key of keys) {
      const newKey = text(key);
      copy[newKey] = walk(record[key], depth + 1);
      const pos = table?.get(key);
      if (pos) copyTable.set(newKey, pos);
    }
    if (table) positions.set(copy, copyTable);
    return copy;
  };
  return walk(value, 0);
}
