// A fast reader for the YAML that CloudFormation and SAM templates are written in. It gives exactly the
// ParsedDocument that js-yaml with the position listener gives (same value, same positions, same `start` and
// `mentionsInclude`), and returns undefined — leaving the document to js-yaml — on anything else: anchors,
// directives, several documents, tabs, CR line ends, multi-line plain or quoted scalars, multi-line flow
// collections, tags other than the short forms, duplicate keys and every syntax error.
//
// It follows js-yaml's own steps (readBlockMapping, readBlockSequence, composeNode) for the subset it reads,
// and keeps js-yaml's cursor (line, lineStart, lineIndent) so positions are those the listener records: a key
// where it starts, a sequence item where its content starts (after `- ` and any blank lines).
import { MappingPositions, SequencePositions, type ParsedDocument, type PositionTable } from './yaml.js';
import { DECLINE, decline, declineReason, readBlockScalar, readQuoted, tagConstruct, typePlain, type Cursor } from './yaml-fast-scalar.js';

const INCLUDE = 'AWS::Include';
/** Deeper documents go to js-yaml, which reports its depth error. */
/** Mappings this small are checked for duplicate keys by a scan of their keys (quicker than a property lookup). */
const SMALL = 8;
const DEPTH_LIMIT = 400; // js-yaml refuses 500 (MAX_DEPTH), and counts a level or two more than we do
// Characters js-yaml refuses in scalars, and tabs and CRs (not read here): one scan of the input for all.
const REFUSED = /[\x00-\x09\x0B-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

function isWsOrEol(c: number): boolean {
  return c === 0x20 || c === 0x0a;
}
function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/** Why the last call to parseYamlFast returned undefined (for the corpus check). */
export function lastDeclineReason(): string {
  return declineReason;
}

/** The document read the fast way, or undefined when js-yaml must read it (lastDeclineReason says why). */
export function parseYamlFast(source: string): ParsedDocument | undefined {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    if (text.length === 0) decline('empty');
    if (REFUSED.test(text)) decline('tab, CR or non-printable character');
    if (text.charCodeAt(text.length - 1) !== 0x0a) text += '\n';
    return new FastReader(text + '\0').document();
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

class FastReader implements Cursor {
  pos = 0;
  line = 0;
  lineStart = 0;
  lineIndent = 0;
  depth = 0;
  mentionsInclude = false;
  readonly positions: PositionTable = new WeakMap();
  constructor(readonly s: string) {}

  document(): ParsedDocument {
    const s = this.s;
    while (s.charCodeAt(this.pos) === 0x20) {
      this.lineIndent++;
      this.pos++;
    }
    this.skipSpace();
    if (this.lineIndent === 0 && this.ch() === 0x25) decline('directive');
    if (this.lineIndent === 0 && this.atSeparator()) {
      if (s.charCodeAt(this.pos) === 0x2e) decline('document end marker');
      this.pos += 3;
      if (this.skipSpace() === 0 && this.ch() !== 0) decline('content after ---');
    }
    if (this.ch() === 0) decline('empty document');
    const line = this.line;
    const column = this.pos - this.lineStart;
    const value = this.mappingFromKey(column, this.readKey(), line, column);
    this.skipSpace();
    if (this.ch() !== 0) decline(this.atSeparator() ? 'several documents' : 'content after the document');
    return { value, positions: this.positions, errors: [], start: [line + 1, column + 1], mentionsInclude: this.mentionsInclude };
  }

  ch(): number {
    return this.s.charCodeAt(this.pos);
  }

  /** `---` or `...` then a space or line end, at a line's start (js-yaml's testDocumentSeparator). */
  atSeparator(): boolean {
    const s = this.s;
    const c = s.charCodeAt(this.pos);
    if (this.pos !== this.lineStart || (c !== 0x2d && c !== 0x2e)) return false;
    if (s.charCodeAt(this.pos + 1) !== c || s.charCodeAt(this.pos + 2) !== c) return false;
    const after = s.charCodeAt(this.pos + 3);
    return after === 0 || isWsOrEol(after);
  }

  /** js-yaml's skipSeparationSpace with comments: spaces, comments and line breaks; returns the breaks. */
  skipSpace(): number {
    const s = this.s;
    let breaks = 0;
    let c = s.charCodeAt(this.pos);
    for (;;) {
      while (c === 0x20) c = s.charCodeAt(++this.pos);
      if (c === 0x23) {
        do c = s.charCodeAt(++this.pos);
        while (c !== 0x0a && c !== 0);
      }
      if (c !== 0x0a) return breaks;
      breaks++;
      this.line++;
      this.lineStart = ++this.pos;
      let indent = 0;
      c = s.charCodeAt(this.pos);
      while (c === 0x20) {
        indent++;
        c = s.charCodeAt(++this.pos);
      }
      this.lineIndent = indent;
    }
  }

  enter(): void {
    if (++this.depth > DEPTH_LIMIT) decline('too deep');
  }

  /**
   * A plain scalar's text from the cursor (js-yaml's readPlainScalar, one line). Stops before `: `, ` #`,
   * the line end and, in flow, `,[]{}` and `:` before them. Returns '' when no plain scalar starts here.
   */
  plain(inFlow: boolean): string {
    const s = this.s;
    let c = s.charCodeAt(this.pos);
    if (c === 0x2d || c === 0x3f) {
      const next = s.charCodeAt(this.pos + 1);
      if (isWsOrEol(next) || (inFlow && isFlowIndicator(next))) return '';
    } else if (
      isWsOrEol(c) || isFlowIndicator(c) || c === 0x23 || c === 0x26 || c === 0x2a || c === 0x21 || c === 0x7c || c === 0x3e ||
      c === 0x27 || c === 0x22 || c === 0x25 || c === 0x40 || c === 0x60 || c === 0
    ) return '';
    if (this.atSeparator()) decline('document separator');
    const from = this.pos;
    let end = from;
    for (;;) {
      if (c === 0x3a) {
        const next = s.charCodeAt(this.pos + 1);
        if (isWsOrEol(next) || (inFlow && isFlowIndicator(next))) break;
      } else if (c === 0x23) {
        if (s.charCodeAt(this.pos - 1) === 0x20) break;
      } else if (c === 0x0a || c === 0 || (inFlow && isFlowIndicator(c))) break;
      if (c !== 0x20) end = this.pos + 1;
      c = s.charCodeAt(++this.pos);
    }
    return s.slice(from, end);
  }

  /**
   * After a plain scalar that ran to its line's end: js-yaml would carry on into the next non-blank line
   * unless that line is a comment, the end, or indented less than `nodeIndent`. Such scalars are declined.
   */
  checkPlainEnds(nodeIndent: number): void {
    const s = this.s;
    let at = this.pos;
    if (s.charCodeAt(at) !== 0x0a) return; // stopped at ` #`
    for (;;) {
      let indent = 0;
      let c = s.charCodeAt(++at);
      while (c === 0x20) {
        indent++;
        c = s.charCodeAt(++at);
      }
      if (c === 0x0a) continue;
      if (c !== 0 && c !== 0x23 && indent >= nodeIndent) decline('multi-line plain scalar');
      return;
    }
  }

  /** A scalar value (untagged) seen by the listener: note the include transform's name. */
  scalar(value: unknown): unknown {
    if (value === INCLUDE) this.mentionsInclude = true;
    return value;
  }

  /** A block mapping key at the cursor (plain or quoted, on one line); the cursor is left past its `:`. */
  readKey(): string {
    const c = this.ch();
    if (c === 0x27 || c === 0x22) {
      const key = readQuoted(this);
      while (this.ch() === 0x20) this.pos++;
      return this.finishKey(key);
    }
    const raw = this.plain(false);
    if (raw === '') decline('unsupported key');
    return this.finishKey(String(typePlain(raw)));
  }

  /** The cursor is after a key and its spaces: step over the `:` that must follow. */
  finishKey(key: string): string {
    if (this.ch() !== 0x3a) decline('not a key');
    if (!isWsOrEol(this.s.charCodeAt(this.pos + 1))) decline('no space after :');
    this.pos++;
    if (key === '<<' || key === '__proto__') decline('merge key');
    this.scalar(key);
    return key;
  }

  /** A block mapping whose first key (at column `indent`) was just read; the cursor is past its `:`. */
  mappingFromKey(indent: number, firstKey: string, firstLine: number, firstColumn: number): Record<string, unknown> {
    this.enter();
    const out: Record<string, unknown> = {};
    const keys: string[] = [];
    const coordinates: number[] = [];
    let key = firstKey;
    let keyLine = firstLine;
    let keyColumn = firstColumn;
    for (;;) {
      if (keys.length < SMALL && keys.length > 0 ? keys.includes(key) : Object.prototype.hasOwnProperty.call(out, key)) decline('duplicate key');
      keys.push(key);
      coordinates.push(keyLine + 1, keyColumn + 1);
      out[key] = this.valueAfterColon(indent);
      this.skipSpace();
      if (this.ch() === 0) break;
      if (this.line === keyLine || this.lineIndent > indent) decline('bad indentation of a mapping entry');
      if (this.lineIndent < indent) break;
      keyLine = this.line;
      keyColumn = this.pos - this.lineStart;
      key = this.readKey();
    }
    this.positions.set(out, new MappingPositions(keys, coordinates));
    this.depth--;
    return out;
  }

  /** A mapping value: the cursor is just past the `:` (composeNode, block-out, seeking). */
  valueAfterColon(indent: number): unknown {
    if (this.skipSpace() === 0) return this.node(indent, false, true);
    if (this.ch() === 0 || this.lineIndent < indent) return null;
    if (this.lineIndent === indent) return this.atSequence() ? this.sequence(indent) : null;
    return this.node(indent, true, false);
  }

  atSequence(): boolean {
    return this.ch() === 0x2d && isWsOrEol(this.s.charCodeAt(this.pos + 1));
  }

  /** A block sequence whose first `-` is at the cursor, at column `indent`. */
  sequence(indent: number): unknown[] {
    this.enter();
    const out: unknown[] = [];
    const coordinates: number[] = [];
    do {
      this.pos++;
      if (this.skipSpace() !== 0 && this.lineIndent <= indent) decline('empty sequence item');
      if (this.ch() === 0) decline('empty sequence item');
      const itemLine = this.line;
      coordinates.push(itemLine + 1, this.pos - this.lineStart + 1);
      out.push(this.node(indent, true, false));
      this.skipSpace();
      if (this.ch() === 0) break;
      if (this.line === itemLine || this.lineIndent > indent) decline('bad indentation of a sequence entry');
      if (this.lineIndent < indent) break;
    } while (this.atSequence());
    this.positions.set(out, new SequencePositions(coordinates));
    this.depth--;
    return out;
  }

  /**
   * A node whose content starts at the cursor (js-yaml's composeNode). `parent`: the indentation of the
   * collection holding it; `blocks`: whether a block mapping or sequence may start here (a sequence item,
   * or a value on a line of its own); `afterKey`: a value on its key's line.
   */
  node(parent: number, blocks: boolean, afterKey: boolean): unknown {
    const c = this.ch();
    if (c === 0x21) return this.tagged(parent, afterKey);
    if (c === 0x5b || c === 0x7b) return this.flow();
    if (c === 0x7c || c === 0x3e) return this.scalar(readBlockScalar(this, parent + 1));
    if (c === 0x2d && isWsOrEol(this.s.charCodeAt(this.pos + 1))) {
      if (!blocks) decline('sequence on its key line');
      return this.sequence(this.pos - this.lineStart);
    }
    if (!blocks) {
      if (c === 0x27 || c === 0x22) return this.scalar(readQuoted(this));
      return this.plainValue(parent);
    }
    const column = this.pos - this.lineStart;
    const line = this.line;
    let key: string;
    if (c === 0x27 || c === 0x22) {
      // A quoted scalar is a key when `:` follows it; otherwise it is the value itself.
      const quoted = readQuoted(this);
      const end = this.pos;
      while (this.ch() === 0x20) this.pos++;
      if (this.ch() !== 0x3a) {
        this.pos = end;
        return this.scalar(quoted);
      }
      key = this.finishKey(quoted);
    } else {
      const raw = this.plain(false);
      if (raw === '') decline('unsupported node');
      if (this.ch() !== 0x3a) {
        this.checkPlainEnds(parent + 1);
        return this.scalar(typePlain(raw));
      }
      key = this.finishKey(String(typePlain(raw)));
    }
    return this.mappingFromKey(column, key, line, column);
  }

  /** A plain scalar value on its key's line. */
  plainValue(parent: number): unknown {
    const raw = this.plain(false);
    if (raw === '') decline('unsupported value');
    this.checkPlainEnds(parent + 1);
    return this.scalar(typePlain(raw));
  }

  /** `!Ref x`, `!Join [..]`, `!If` then a block sequence… The wrapped value keeps the positions. */
  tagged(parent: number, afterKey: boolean): unknown {
    const s = this.s;
    const from = this.pos;
    let c = s.charCodeAt(++this.pos);
    while (c !== 0 && !isWsOrEol(c)) c = s.charCodeAt(++this.pos);
    const tag = s.slice(from, this.pos);
    if (this.skipSpace() === 0) {
      c = this.ch();
      if (c === 0x5b || c === 0x7b) return this.wrap(c === 0x5b ? 'sequence' : 'mapping', tag, this.flow());
      if (c === 0x7c || c === 0x3e) return this.wrap('scalar', tag, readBlockScalar(this, parent + 1));
      let raw: string;
      if (c === 0x27 || c === 0x22) raw = readQuoted(this);
      else {
        raw = this.plain(false);
        if (raw === '') decline('unsupported tagged node');
        this.checkPlainEnds(parent + 1);
      }
      // js-yaml first tries the tag as the first key of a mapping (`!Ref a: b`): decline that reading.
      while (this.ch() === 0x20) this.pos++;
      if (this.ch() === 0x3a) decline('tagged key');
      return this.wrap('scalar', tag, raw);
    }
    if (this.ch() === 0) decline('empty tagged node');
    if (this.lineIndent > parent) {
      if (this.atSequence()) return this.wrap('sequence', tag, this.sequence(this.pos - this.lineStart));
      const line = this.line;
      const column = this.pos - this.lineStart;
      return this.wrap('mapping', tag, this.mappingFromKey(column, this.readKey(), line, column));
    }
    if (afterKey && this.lineIndent === parent && this.atSequence()) return this.wrap('sequence', tag, this.sequence(parent));
    decline('empty tagged node');
  }

  wrap(kind: 'scalar' | 'sequence' | 'mapping', tag: string, value: unknown): unknown {
    const construct = tagConstruct(kind, tag);
    if (!construct) decline('tag');
    return construct(value);
  }

  /** A one-line flow sequence or mapping at the cursor (js-yaml's readFlowCollection). */
  flow(): unknown {
    this.enter();
    const s = this.s;
    const isMapping = s.charCodeAt(this.pos) === 0x7b;
    const terminator = isMapping ? 0x7d : 0x5d;
    const mapping: Record<string, unknown> = {};
    const sequence: unknown[] = [];
    const keys: string[] = [];
    const coordinates: number[] = [];
    let readNext = true;
    this.pos++;
    for (;;) {
      this.flowSpace();
      const c = this.ch();
      if (c === terminator) {
        this.pos++;
        break;
      }
      if (!readNext || c === 0x2c) decline('flow syntax');
      if (c === 0x3f && isWsOrEol(s.charCodeAt(this.pos + 1))) decline('explicit key');
      const line = this.line + 1;
      const column = this.pos - this.lineStart + 1;
      const item = this.flowNode();
      this.flowSpace();
      if (isMapping) {
        if (this.ch() !== 0x3a) decline('flow key without value');
        this.pos++;
        this.flowSpace();
        const key = String(item);
        if (key === '__proto__' || key === '<<' || Object.prototype.hasOwnProperty.call(mapping, key)) decline('duplicate key');
        const c2 = this.ch();
        if (c2 === 0x2c || c2 === 0x7d) decline('flow value missing');
        mapping[key] = this.flowNode();
        keys.push(key);
      } else {
        if (this.ch() === 0x3a) decline('flow pair');
        sequence.push(item);
      }
      coordinates.push(line, column);
      this.flowSpace();
      if (this.ch() === 0x2c) {
        readNext = true;
        this.pos++;
      } else readNext = false;
    }
    this.depth--;
    if (isMapping) {
      if (keys.length > 0) this.positions.set(mapping, new MappingPositions(keys, coordinates));
      return mapping;
    }
    if (sequence.length > 0) this.positions.set(sequence, new SequencePositions(coordinates));
    return sequence;
  }

  /** Spaces inside a flow collection; a line end or comment there means a multi-line collection. */
  flowSpace(): void {
    let c = this.ch();
    while (c === 0x20) c = this.s.charCodeAt(++this.pos);
    if (c === 0x0a || c === 0x23 || c === 0) decline('multi-line flow collection');
  }

  /** A node inside a flow collection (composeNode, flow-in). */
  flowNode(): unknown {
    const c = this.ch();
    if (c === 0x5b || c === 0x7b) return this.flow();
    if (c === 0x27 || c === 0x22) return this.scalar(readQuoted(this));
    if (c === 0x21) {
      const s = this.s;
      const from = this.pos;
      let t = s.charCodeAt(++this.pos);
      while (t !== 0 && !isWsOrEol(t)) t = s.charCodeAt(++this.pos);
      const tag = s.slice(from, this.pos);
      this.flowSpace();
      const v = this.ch();
      if (v === 0x5b || v === 0x7b) return this.wrap(v === 0x5b ? 'sequence' : 'mapping', tag, this.flow());
      if (v === 0x27 || v === 0x22) return this.wrap('scalar', tag, readQuoted(this));
      const raw = this.plain(true);
      if (raw === '' || this.ch() === 0x0a) decline('flow node');
      return this.wrap('scalar', tag, raw);
    }
    const raw = this.plain(true);
    if (raw === '' || this.ch() === 0x0a) decline('flow node');
    return this.scalar(typePlain(raw));
  }
}
