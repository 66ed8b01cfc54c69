// Reads a CloudFormation template (YAML or JSON — JSON is read as YAML flow style) with js-yaml and records,
// through js-yaml's parse listener, where every mapping key and sequence item is written. Positions are kept in
// a side table keyed by the parsed objects, so the values themselves stay plain data. JSON (cdk synth output)
// is first offered to json-fast.ts, which gives the same reading natively or declines.
//
// Tolerance: js-yaml reads what PyYAML / SAM CLI read (including their lenient indentation); duplicate keys
// are read with the last value winning (`json: true`) and reported as `duplicate-key` errors naming both lines.
import yaml from 'js-yaml';
import type { LoadError } from './types.js';
import { parseJsonDocument } from './json-fast.js';
import { parseYamlFast } from './yaml-fast.js';

/** 1-based line and column; the file when it is not the template's own (a value read from an included file). */
export type Pos = readonly [line: number, column: number, file?: string];

/** Where the keys of a mapping (or the items of a sequence) are written: a Map, or the parser's record. */
export interface KeyPositions {
  get(key: string | number): Pos | undefined;
}

/** Positions per parsed mapping or sequence. */
export type PositionTable = WeakMap<object, KeyPositions>;

/** Mappings of at most this many keys are searched key by key: quicker than making their lookup Map. */
const SMALL_MAPPING = 8;

/**
 * The parser's record of one mapping: its keys and their line/column pairs in two flat lists. Most
 * mappings are never asked where a key is, so the lookup Map is made on first use (later keys win, as
 * the parsed value's do).
 */
export class MappingPositions implements KeyPositions {
  private map: Map<string | number, Pos> | undefined;
  constructor(
    private readonly keys: string[],
    private readonly coordinates: number[],
  ) {}

  get(key: string | number): Pos | undefined {
    if (typeof key !== 'string') return undefined;
    // A small mapping is searched from its last key (the one its value keeps) rather than given a Map.
    if (!this.map && this.keys.length <= SMALL_MAPPING) {
      for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] === key) return [this.coordinates[2 * i] as number, this.coordinates[2 * i + 1] as number];
      return undefined;
    }
    if (!this.map) {
      this.map = new Map();
      for (let i = 0; i < this.keys.length; i++) this.map.set(this.keys[i] as string, [this.coordinates[2 * i] as number, this.coordinates[2 * i + 1] as number]);
    }
    return this.map.get(key);
  }
}

/** The parser's record of one sequence: item i's line and column at 2i and 2i+1. */
export class SequencePositions implements KeyPositions {
  constructor(private readonly coordinates: number[]) {}

  get(key: string | number): Pos | undefined {
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 0) return undefined;
    const line = this.coordinates[2 * key];
    return line === undefined ? undefined : [line, this.coordinates[2 * key + 1] as number];
  }
}

export interface ParsedDocument {
  value: unknown;
  positions: PositionTable;
  errors: LoadError[];
  /** Position of the document's first node, used when nothing better is known. */
  start: Pos;
  /**
   * Whether a scalar reads `AWS::Include` (the name of the include transform): without one the document holds no
   * include, and the loader need not walk it looking for them.
   */
  mentionsInclude: boolean;
}

/** Deepest nesting read; deeper input is refused (recursion would otherwise overflow the stack). */
export const MAX_DEPTH = 500;
/** Largest expanded size (nodes, counting every alias use) accepted: stops "billion laughs" documents. */
export const MAX_EXPANDED_NODES = 2_000_000;

/**
 * CloudFormation's short-form tags, each with the long form it stands for. One object literal per tag: a
 * literal key makes the object far quicker than a computed one, and templates hold thousands of these.
 */
const LONG_FORMS: Readonly<Record<string, (value: unknown) => Record<string, unknown>>> = {
  Ref: (value) => ({ Ref: value }),
  Condition: (value) => ({ Condition: value }),
  Sub: (value) => ({ 'Fn::Sub': value }),
  GetAtt: (value) => ({ 'Fn::GetAtt': value }),
  Join: (value) => ({ 'Fn::Join': value }),
  If: (value) => ({ 'Fn::If': value }),
  Select: (value) => ({ 'Fn::Select': value }),
  Split: (value) => ({ 'Fn::Split': value }),
  FindInMap: (value) => ({ 'Fn::FindInMap': value }),
  Base64: (value) => ({ 'Fn::Base64': value }),
  Cidr: (value) => ({ 'Fn::Cidr': value }),
  ImportValue: (value) => ({ 'Fn::ImportValue': value }),
  GetAZs: (value) => ({ 'Fn::GetAZs': value }),
  Equals: (value) => ({ 'Fn::Equals': value }),
  And: (value) => ({ 'Fn::And': value }),
  Or: (value) => ({ 'Fn::Or': value }),
  Not: (value) => ({ 'Fn::Not': value }),
  Transform: (value) => ({ 'Fn::Transform': value }),
  ToJsonString: (value) => ({ 'Fn::ToJsonString': value }),
  Length: (value) => ({ 'Fn::Length': value }),
  ForEach: (value) => ({ 'Fn::ForEach': value }),
};
const SHORT_TAGS = Object.keys(LONG_FORMS);

/** `!GetAtt A.B.C` → `['A', 'B.C']` (the long form CloudFormation documents). */
function getAttList(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  const dot = data.indexOf('.');
  return dot < 0 ? [data] : [data.slice(0, dot), data.slice(dot + 1)];
}

function shortFormTypes(): yaml.Type[] {
  const types: yaml.Type[] = [];
  for (const tag of SHORT_TAGS) {
    const long = LONG_FORMS[tag] as (value: unknown) => Record<string, unknown>;
    for (const kind of ['scalar', 'sequence', 'mapping'] as const) {
      types.push(
        new yaml.Type(`!${tag}`, {
          kind,
          // An empty node (`!GetAZs`) is the empty string, as CloudFormation reads it.
          construct: tag === 'GetAtt' ? (data: unknown) => long(getAttList(data)) : (data: unknown) => long(data === null ? '' : data),
        }),
      );
    }
  }
  return types;
}

/** The transform whose scalar name `mentionsInclude` looks for (every reader of templates). */
export const INCLUDE = 'AWS::Include';

const SHORT_TAG_NAMES = new Set(SHORT_TAGS.map((tag) => `!${tag}`));

/** The YAML 1.2 core schema (what CloudFormation uses) plus CloudFormation's short-form tags. */
export const CFN_SCHEMA = yaml.CORE_SCHEMA.extend(shortFormTypes());

/**
 * Parses one document. Never throws: syntax errors, excessive depth and alias bombs become `errors`
 * (with `value` undefined when the document could not be read at all).
 */
export function parseDocument(file: string, source: string): ParsedDocument {
  // JSON (cdk synth output) is read natively, CloudFormation's usual YAML by the fast reader, each only when it
  // gives exactly what js-yaml would; whatever either declines is read by js-yaml.
  return parseJsonDocument(source) ?? parseYamlFast(source) ?? parseDocumentJsYaml(file, source);
}

/** `parseDocument` through js-yaml alone: the reading every fast path must give (tests compare them with it). */
export function parseDocumentJsYaml(file: string, source: string): ParsedDocument {
  const positions: PositionTable = new WeakMap();
  const errors: LoadError[] = [];
  // One flat stack of open nodes and one flat list of finished children; parallel arrays keep the listener cheap.
  const openLine: number[] = [];
  const openColumn: number[] = [];
  const openChildren: number[] = [];
  const children: unknown[] = [];
  const childLine: number[] = [];
  const childColumn: number[] = [];
  /** Offset just past each finished child: tells a key followed by `:` from a key written without a value. */
  const childEnd: number[] = [];
  /** Number of live entries in the child arrays (they are reused, not truncated: `length =` is slow in V8). */
  let top = 0;
  let text = '';
  let start: Pos = [1, 1];
  let sawAlias = false;
  let mentionsInclude = false;

  const listener = (event: 'open' | 'close', state: yaml.State): void => {
    const s = state as unknown as { line: number; position: number; lineStart: number; result: unknown; kind: string | null; tag: string | null; input: string };
    if (event === 'open') {
      openLine.push(s.line + 1);
      openColumn.push(s.position - s.lineStart + 1);
      openChildren.push(top);
      return;
    }
    text = s.input; // js-yaml's copy (BOM dropped, newline added): the offsets below are into it
    const line = openLine.pop() as number;
    const column = openColumn.pop() as number;
    const first = openChildren.pop() as number;
    const result = s.result;
    // js-yaml may read a top-level flow collection as a would-be key first: the node then closes twice.
    const reclosed = top === first + 1 && children[first] === result;
    if (top > first && !reclosed && result !== null && typeof result === 'object') {
      // A collection read through a short-form tag (`!Sub {…}`, `!Join […]`) is stored wrapped in
      // `{'Fn::Sub': …}`: its positions belong to the wrapped value.
      const inner = s.tag !== null && SHORT_TAG_NAMES.has(s.tag) ? Object.values(result)[0] : result;
      if (s.kind === 'mapping' && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) recordMapping(inner, first);
      else if (s.kind === 'sequence' && Array.isArray(inner)) recordSequence(inner, first);
    }
    if (s.kind === null && result !== null && typeof result === 'object') sawAlias = true;
    else if (result === INCLUDE) mentionsInclude = true;
    children[first] = result;
    childLine[first] = line;
    childColumn[first] = column;
    childEnd[first] = s.position;
    top = first + 1;
    if (openLine.length === 0) start = [line, column];
  };

  function recordMapping(result: object, first: number): void {
    const keys: string[] = [];
    const coordinates: number[] = [];
    let merges = false;
    for (let i = first; i < top; i += hasValue(i) ? 2 : 1) {
      const key = String(children[i]);
      if (key === '<<') merges = true;
      keys.push(key);
      coordinates.push(childLine[i] as number, childColumn[i] as number);
    }
    // The value keeps one property per distinct key (the last one wins), so equal counts mean no duplicates;
    // merge keys (`<<`) add properties of their own, so those mappings are always checked.
    if (merges || Object.keys(result).length !== keys.length) reportDuplicates(keys, coordinates);
    // A mapping read through a short-form tag (e.g. `!Sub` with a mapping) is wrapped: keep its positions too.
    positions.set(result, new MappingPositions(keys, coordinates));
  }

  function reportDuplicates(keys: readonly string[], coordinates: readonly number[]): void {
    const seen = new Map<string, number>();
    keys.forEach((key, i) => {
      const line = coordinates[2 * i] as number;
      const earlier = seen.get(key);
      if (earlier !== undefined && key !== '<<') {
        errors.push({
          file,
          line,
          column: coordinates[2 * i + 1] as number,
          code: 'duplicate-key',
          message: `duplicate key "${key}" (lines ${earlier} and ${line}); the value on line ${line} is used`,
          data: { key, first: String(earlier), second: String(line) },
        });
      }
      seen.set(key, line);
    });
  }

  function recordSequence(result: unknown[], first: number): void {
    const coordinates: number[] = [];
    for (let i = first; i < top; i++) coordinates.push(childLine[i] as number, childColumn[i] as number);
    positions.set(result, new SequencePositions(coordinates));
  }

  // A key has a value node when a `:` follows it (`{a, b: 1}` and `? a` have keys without one).
  function hasValue(i: number): boolean {
    if (i + 1 >= top) return false;
    let at = childEnd[i] as number;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) at++;
      else if (c === 0x23) {
        const eol = text.indexOf('\n', at);
        if (eol < 0) return false;
        at = eol + 1;
      } else return c === 0x3a;
    }
  }

  let value: unknown;
  try {
    // `maxDepth` is a js-yaml 4.1.1+ option its type definitions do not list yet.
    const options = { schema: CFN_SCHEMA, json: true, listener, maxDepth: MAX_DEPTH, filename: file } as yaml.LoadOptions;
    value = yaml.load(source, options);
  } catch (error) {
    return { value: undefined, positions, errors: [...errors, syntaxError(file, error)], start, mentionsInclude };
  }
  if (sawAlias && source.includes('&')) {
    const size = expandedSize(value, MAX_EXPANDED_NODES);
    if (size > MAX_EXPANDED_NODES) {
      errors.push({ file, line: 1, column: 1, code: 'alias-limit', message: `YAML aliases expand this document to more than ${MAX_EXPANDED_NODES} nodes; refusing to read it (an alias bomb?)`, data: { limit: String(MAX_EXPANDED_NODES) } });
      return { value: undefined, positions, errors, start, mentionsInclude };
    }
  }
  return { value, positions, errors, start, mentionsInclude };
}

function syntaxError(file: string, error: unknown): LoadError {
  if (error instanceof yaml.YAMLException) {
    const mark = error.mark as { line?: number; column?: number } | undefined;
    const reason = error.reason || error.message;
    const tooDeep = reason.includes('maxDepth');
    return {
      file,
      line: (mark?.line ?? 0) + 1,
      column: (mark?.column ?? 0) + 1,
      code: tooDeep ? 'too-deep' : 'yaml-syntax',
      message: tooDeep ? `nesting deeper than ${MAX_DEPTH} levels; refusing to read further` : reason,
      data: tooDeep ? { limit: String(MAX_DEPTH) } : { reason },
    };
  }
  if (error instanceof RangeError) return { file, line: 1, column: 1, code: 'too-deep', message: 'nesting too deep to read', data: { limit: String(MAX_DEPTH) } };
  const reason = error instanceof Error ? error.message : String(error);
  return { file, line: 1, column: 1, code: 'yaml-syntax', message: reason, data: { reason } };
}

/** Node count of the value as a tree (aliases counted at every use), stopping once past `limit`. */
export function expandedSize(value: unknown, limit: number): number {
  const memo = new Map<object, number>();
  const size = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 1;
    const known = memo.get(v);
    if (known !== undefined) return known;
    memo.set(v, limit + 1); // a cycle counts as too large
    let total = 1;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      total += size(child);
      if (total > limit) break;
    }
    memo.set(v, total);
    return total;
  };
  return size(value);
}
