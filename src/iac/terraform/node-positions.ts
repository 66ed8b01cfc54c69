// Where blocks and attributes are written, taken from the syntax tree's offsets and laid over a block's parsed
// value (a PositionTable, as for YAML), so findings point at the attribute's line. Recorded: attributes, nested
// blocks (their lists and each body), and the keys of object values (`variables = {` … `}`) that start a line
// or follow the opening brace — keys later on a line share the line of the first and are left to it.
import type { LineIndex } from '../../util/positions.js';
import type { Pos, PositionTable } from '../yaml.js';
import type { Block, Body, Expr } from './hcl-parser.js';

type Rec = Record<string, unknown>;
type ObjectExpr = Extract<Expr, { k: 'object' }>;

/** Deepest nesting of blocks and objects given positions. */
const MAX_DEPTH = 64;

const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface Source {
  text: string;
  lines: LineIndex;
}

function pos(source: Source, at: number): Pos {
  const { line, column } = source.lines.locate(at);
  return [line, column];
}

/** The first block of the file's body of type `kind` whose labels begin with `labels`. */
export function findBlock(body: Body, kind: string, labels: readonly string[]): Block | undefined {
  return blockFinder(body)(kind, labels);
}

/** Blocks by type, then by each label in turn; `first` is the first block (in file order) reaching this far. */
interface BlockTrie {
  first?: Block;
  next?: Map<string, BlockTrie>;
}

/** findBlock for many lookups in one file: the blocks are indexed once, not searched through for each. */
export function blockFinder(body: Body): (kind: string, labels: readonly string[]) => Block | undefined {
  const root: BlockTrie = {};
  const blocks = body.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    let node = root;
    for (let i = -1; i < block.labels.length; i++) {
      const key = i < 0 ? block.type : (block.labels[i] as string);
      node.next ??= new Map();
      let child = node.next.get(key);
      if (child === undefined) {
        child = { first: block };
        node.next.set(key, child);
      }
      node = child;
    }
  }
  return (kind, labels) => {
    let node = root.next?.get(kind);
    for (let i = 0; i < labels.length && node !== undefined; i++) node = node.next?.get(labels[i] as string);
    return node?.first;
  };
}

/** Records the positions of `body` over its parsed value (nested blocks are lists of bodies in the value). */
export function attachPositions(table: PositionTable, value: unknown, body: Body, source: Source, depth = 0): void {
  if (!isRec(value) || depth > MAX_DEPTH) return;
  const own = new Map<string | number, Pos>();
  const { attrs, blocks } = body;
  const keys = Object.keys(value);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const inner = value[key];
    let attr: Body['attrs'][number] | undefined;
    for (let i = 0; i < attrs.length; i++) {
      if ((attrs[i] as Body['attrs'][number]).name === key) {
        attr = attrs[i];
        break;
      }
    }
    if (attr) {
      own.set(key, pos(source, attr.at));
      if (attr.expr.k === 'object') attachObjectPositions(table, inner, attr.expr, source, depth + 1);
      continue;
    }
    // The blocks of this type, in order: the value holds their bodies as a list.
    let index = 0;
    let items: Map<string | number, Pos> | undefined;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      if (block.type !== key) continue;
      if (index === 0) {
        own.set(key, pos(source, block.at));
        if (!Array.isArray(inner)) break;
        items = new Map();
      }
      if (index >= (inner as unknown[]).length) break;
      (items as Map<string | number, Pos>).set(index, pos(source, block.at));
      attachPositions(table, (inner as unknown[])[index], block.body, source, depth + 1);
      index++;
    }
    if (items) table.set(inner as unknown[], items);
  }
  table.set(value, own);
}

/** An object key as the parsed value names it, when it is a name or a literal string. */
function keyName(source: Source, key: Expr): string | undefined {
  if (key.k === 'trav') return source.text.slice(key.s, key.e);
  if (key.k !== 'tmpl' || key.wrap) return undefined;
  let name = '';
  for (const part of key.parts) {
    if (part.k !== 'text') return undefined;
    name += part.text;
  }
  return name;
}

/** Does a key at `at` start its line (spaces aside) or follow its object's opening brace? */
function startsStatement(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '{';
}

function attachObjectPositions(table: PositionTable, value: unknown, object: ObjectExpr, source: Source, depth: number): void {
  if (!isRec(value) || depth > MAX_DEPTH) return;
  // The first place a key is written gives its position; the last object written under it its keys' positions.
  const first = new Map<string, number>();
  const nested = new Map<string, Expr>();
  const items = object.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as ObjectExpr['items'][number];
    const name = keyName(source, item.key);
    if (name === undefined || !startsStatement(source.text, item.key.s)) continue;
    if (!first.has(name)) first.set(name, item.key.s);
    if (item.value.k === 'object') nested.set(name, item.value);
  }
  const own = new Map<string | number, Pos>();
  const keys = Object.keys(value);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const at = first.get(key);
    if (at === undefined) continue;
    const inner = value[key];
    own.set(key, pos(source, at));
    const child = nested.get(key);
    if (child?.k === 'object') attachObjectPositions(table, inner, child, source, depth + 1);
  }
  table.set(value, own);
}
