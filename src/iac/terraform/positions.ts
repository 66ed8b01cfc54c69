// Where blocks and attributes are written in a .tf file. The HCL parser gives values without positions, so this
// scans the text for the statements only (`name = …`, `name "label" {`), skipping strings, templates, heredocs
// and comments, and then lays those positions over the parsed JSON (a PositionTable, as for YAML), so findings
// can point at the attribute's line.
import type { Pos, PositionTable } from '../yaml.js';

export interface TextNode {
  line: number;
  column: number;
  labels: string[];
  attrs: Map<string, Pos>;
  /** Object-literal values of attributes (`variables = {` … `}`), for the positions of their keys. */
  objects: Map<string, TextNode>;
  blocks: Map<string, TextNode[]>;
}

type Frame = { kind: 'block' | 'object'; node: TextNode } | { kind: 'other' };

const ATTR = /([A-Za-z_][\w-]*)[ \t]*=(?![=>])/y;
const BLOCK = /([A-Za-z_][\w-]*)((?:[ \t]+(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w-]*))*)[ \t]*\{/y;
const OBJECT_KEY = /("(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w-]*)[ \t]*[=:](?![=>])/y;
const LABEL = /"((?:[^"\\\n]|\\.)*)"|([A-Za-z_][\w-]*)/g;

function newNode(line: number, column: number, labels: string[] = []): TextNode {
  return { line, column, labels, attrs: new Map(), objects: new Map(), blocks: new Map() };
}

/** Scans HCL text into a tree of blocks and attributes with their positions. Never throws. */
export function scanHcl(text: string): TextNode {
  const root = newNode(1, 1);
  const stack: Frame[] = [{ kind: 'block', node: root }];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let atStatement = true;
  const n = text.length;
  const pos = (at: number): Pos => [line, at - lineStart + 1];
  const newline = (at: number): void => {
    line += 1;
    lineStart = at + 1;
  };
  /** Skips a quoted string or template starting at `start` (the quote); returns the index after it. */
  const skipString = (start: number): number => {
    let j = start + 1;
    while (j < n) {
      const c = text[j];
      if (c === '\\') j += 2;
      else if (c === '"') return j + 1;
      else if ((c === '$' || c === '%') && text[j + 1] === '{') j = skipTemplate(j + 2);
      else {
        if (c === '\n') newline(j);
        j += 1;
      }
    }
    return n;
  };
  const skipTemplate = (start: number): number => {
    let depth = 1;
    let j = start;
    while (j < n && depth > 0) {
      const c = text[j];
      if (c === '"') {
        j = skipString(j);
        continue;
      }
      if (c === '{') depth += 1;
      else if (c === '}') depth -= 1;
      else if (c === '\n') newline(j);
      j += 1;
    }
    return j;
  };
  while (i < n) {
    const c = text[i] as string;
    const top = stack[stack.length - 1] as Frame;
    if (c === '\n') {
      newline(i);
      atStatement = true;
      i += 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i += 1;
      continue;
    }
    if (atStatement && top.kind !== 'other') {
      atStatement = false;
      const matched = top.kind === 'block' ? statement(top.node, i) : objectKey(top.node, i);
      if (matched > i) {
        i = matched;
        continue;
      }
    }
    atStatement = false;
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < n && text[i] !== '\n') i += 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let j = i; j < stop; j++) if (text[j] === '\n') newline(j);
      i = stop;
      continue;
    }
    if (c === '"') {
      i = skipString(i);
      continue;
    }
    if (c === '<' && text[i + 1] === '<') {
      const heredoc = /<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/y;
      heredoc.lastIndex = i;
      const m = heredoc.exec(text);
      if (m) {
        const marker = m[1] as string;
        let j = heredoc.lastIndex;
        newline(j - 1);
        while (j < n) {
          const end = text.indexOf('\n', j);
          const content = text.slice(j, end < 0 ? n : end).trim();
          j = end < 0 ? n : end + 1;
          if (end >= 0) newline(end);
          if (content === marker) break;
        }
        i = j;
        atStatement = true;
        continue;
      }
    }
    if (c === '{' || c === '[' || c === '(') stack.push({ kind: 'other' });
    else if ((c === '}' || c === ']' || c === ')') && stack.length > 1) stack.pop();
    i += 1;
  }
  return root;

  /** A statement in a block body: an attribute or a nested block. Returns where scanning goes on. */
  function statement(node: TextNode, at: number): number {
    BLOCK.lastIndex = at;
    const block = BLOCK.exec(text);
    if (block) {
      const labels = [...(block[2] ?? '').matchAll(LABEL)].map((m) => m[1] ?? m[2] ?? '');
      const child = newNode(...pos(at), labels);
      const name = block[1] as string;
      const list = node.blocks.get(name);
      if (list) list.push(child);
      else node.blocks.set(name, [child]);
      stack.push({ kind: 'block', node: child });
      atStatement = true;
      return BLOCK.lastIndex;
    }
    ATTR.lastIndex = at;
    const attr = ATTR.exec(text);
    if (!attr) return at;
    const name = attr[1] as string;
    if (!node.attrs.has(name)) node.attrs.set(name, pos(at));
    return afterAssignment(node, name, ATTR.lastIndex);
  }

  function objectKey(node: TextNode, at: number): number {
    OBJECT_KEY.lastIndex = at;
    const key = OBJECT_KEY.exec(text);
    if (!key) return at;
    const raw = key[1] as string;
    const name = raw.startsWith('"') ? raw.slice(1, -1) : raw;
    if (!node.attrs.has(name)) node.attrs.set(name, pos(at));
    return afterAssignment(node, name, OBJECT_KEY.lastIndex);
  }

  /** After `name =`: an object literal opening on this line gets its own node (for the keys inside). */
  function afterAssignment(node: TextNode, name: string, at: number): number {
    let j = at;
    while (text[j] === ' ' || text[j] === '\t') j += 1;
    if (text[j] !== '{') return j;
    const child = newNode(...pos(j));
    node.objects.set(name, child);
    stack.push({ kind: 'object', node: child });
    atStatement = true;
    return j + 1;
  }
}

/** Records the positions of `node` over the parsed body `value` (blocks are lists of bodies in the JSON). */
export function attachPositions(table: PositionTable, value: unknown, node: TextNode, depth = 0): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || depth > 64) return;
  const own = new Map<string | number, Pos>();
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const attr = node.attrs.get(key);
    const blocks = node.blocks.get(key);
    if (attr) {
      own.set(key, attr);
      const object = node.objects.get(key);
      if (object) attachPositions(table, inner, object, depth + 1);
    } else if (blocks && blocks.length > 0) {
      const first = blocks[0] as TextNode;
      own.set(key, [first.line, first.column]);
      if (Array.isArray(inner)) {
        const items = new Map<string | number, Pos>();
        inner.forEach((item, index) => {
          const block = blocks[index];
          if (!block) return;
          items.set(index, [block.line, block.column]);
          attachPositions(table, item, block, depth + 1);
        });
        table.set(inner, items);
      }
    }
  }
  table.set(value as object, own);
}

/** The top-level block `kind "label…"`, e.g. `resource "aws_lambda_function" "api"`. */
export function findBlock(root: TextNode, kind: string, labels: readonly string[]): TextNode | undefined {
  return root.blocks.get(kind)?.find((b) => labels.every((label, i) => b.labels[i] === label));
}
