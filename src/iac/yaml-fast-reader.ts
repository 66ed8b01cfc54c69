// The cursor of the fast YAML reader (yaml-fast.ts) and what it shares between block and flow context:
// spaces and comments, plain scalars, short-form tags, and flow collections (js-yaml's readFlowCollection),
// which may run over lines. Like the rest of the reader it follows js-yaml's own steps and declines (throws
// DECLINE) on anything it is not sure to read exactly as js-yaml does.
import { INCLUDE, MappingPositions, SequencePositions, type PositionTable } from './yaml.js';
import { decline, isSeparator, readQuoted, tagConstruct, typePlain, type Cursor } from './yaml-fast-scalar.js';

const DEPTH_LIMIT = 400; // js-yaml refuses 500 (MAX_DEPTH), and counts a level or two more than we do

export function isWsOrEol(c: number): boolean {
  return c === 0x20 || c === 0x0a;
}
function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/** js-yaml's reader state (0-based line, `lineIndent`: the line's leading spaces) and the shared readers. */
export class ReaderBase implements Cursor {
  pos = 0;
  line = 0;
  lineStart = 0;
  lineIndent = 0;
  depth = 0;
  mentionsInclude = false;
  readonly positions: PositionTable = new WeakMap();
  constructor(readonly s: string) {}

  ch(): number {
    return this.s.charCodeAt(this.pos);
  }

  /** A document separator at a line's start. */
  atSeparator(): boolean {
    return this.pos === this.lineStart && isSeparator(this.s, this.pos);
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
    if (this.s.charCodeAt(this.pos) !== 0x0a) return; // stopped at ` #`
    const at = this.nextFilledLine();
    const c = this.s.charCodeAt(at);
    if (c !== 0 && c !== 0x23 && this.filledIndent >= nodeIndent) decline('multi-line plain scalar');
  }

  /** Indent of the line `nextFilledLine` found. */
  private filledIndent = 0;

  /** From the line end at the cursor: where the next line holding more than spaces starts its text (0 past the end). */
  private nextFilledLine(): number {
    const s = this.s;
    let at = this.pos;
    for (;;) {
      let indent = 0;
      let c = s.charCodeAt(++at);
      while (c === 0x20) {
        indent++;
        c = s.charCodeAt(++at);
      }
      if (c === 0x0a) continue;
      this.filledIndent = indent;
      return at;
    }
  }

  /** A scalar value (untagged) seen by the listener: note the include transform's name. */
  scalar(value: unknown): unknown {
    if (value === INCLUDE) this.mentionsInclude = true;
    return value;
  }

  wrap(kind: 'scalar' | 'sequence' | 'mapping', tag: string, value: unknown): unknown {
    const construct = tagConstruct(kind, tag);
    if (!construct) decline('tag');
    return construct(value);
  }

  /** Only spaces and a comment may follow on this line. */
  endOfLine(): void {
    let c = this.ch();
    while (c === 0x20) c = this.s.charCodeAt(++this.pos);
    if (c !== 0x0a && c !== 0x23 && c !== 0) decline('content after a multi-line node');
  }

  /**
   * A flow sequence or mapping at the cursor (js-yaml's readFlowCollection); it may run over lines.
   * `nodeIndent`: below it a plain scalar's next line does not continue the scalar.
   */
  flow(nodeIndent: number): unknown {
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
      const line = this.line;
      const column = this.pos - this.lineStart + 1;
      const item = this.flowNode(nodeIndent);
      this.flowSpace();
      if (this.ch() === 0x3a) {
        // js-yaml pairs a key with its value only when the `:` is on the key's line
        if (!isMapping || this.line !== line) decline('flow pair');
        if (item !== null && typeof item === 'object') decline('collection as a key'); // js-yaml flattens those
        this.pos++;
        this.flowSpace();
        const key = String(item);
        if (key === '__proto__' || key === '<<' || Object.prototype.hasOwnProperty.call(mapping, key)) decline('duplicate key');
        const c2 = this.ch();
        if (c2 === 0x2c || c2 === 0x7d) decline('flow value missing');
        mapping[key] = this.flowNode(nodeIndent);
        keys.push(key);
      } else if (isMapping) decline('flow key without value');
      else sequence.push(item);
      coordinates.push(line + 1, column);
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

  /** Spaces, comments and line breaks inside a flow collection; its end there is a syntax error. */
  flowSpace(): void {
    this.skipSpace();
    if (this.ch() === 0) decline('unclosed flow collection');
  }

  /**
   * After a plain scalar in a flow collection ran to its line's end: js-yaml carries on into the next
   * non-blank line when it is indented at least `nodeIndent`, unless that line starts with what ends the
   * scalar anyway (`,[]{}`, a comment, `: `). A true continuation is declined.
   */
  checkFlowPlainEnds(nodeIndent: number): void {
    const s = this.s;
    if (s.charCodeAt(this.pos) !== 0x0a) return;
    const at = this.nextFilledLine();
    const c = s.charCodeAt(at);
    if (this.filledIndent < nodeIndent || c === 0 || c === 0x23 || isFlowIndicator(c)) return;
    const next = s.charCodeAt(at + 1);
    if (c === 0x3a && (isWsOrEol(next) || isFlowIndicator(next))) return;
    decline('multi-line plain scalar in a flow collection');
  }

  /** A node inside a flow collection (composeNode, flow-in). */
  flowNode(nodeIndent: number): unknown {
    const c = this.ch();
    if (c === 0x5b || c === 0x7b) return this.flow(nodeIndent);
    if (c === 0x27 || c === 0x22) return this.scalar(readQuoted(this, false));
    if (c === 0x21) {
      const s = this.s;
      const from = this.pos;
      let t = s.charCodeAt(++this.pos);
      while (t !== 0 && !isWsOrEol(t)) t = s.charCodeAt(++this.pos);
      const tag = s.slice(from, this.pos);
      while (t === 0x20) t = s.charCodeAt(++this.pos);
      if (t === 0x0a || t === 0x23 || t === 0) decline('tag at a line end in a flow collection');
      if (t === 0x5b || t === 0x7b) return this.wrap(t === 0x5b ? 'sequence' : 'mapping', tag, this.flow(nodeIndent));
      if (t === 0x27 || t === 0x22) return this.wrap('scalar', tag, readQuoted(this, false));
      const raw = this.plain(true);
      if (raw === '') decline('flow node');
      this.checkFlowPlainEnds(nodeIndent);
      return this.wrap('scalar', tag, raw);
    }
    const raw = this.plain(true);
    if (raw === '') decline('flow node');
    this.checkFlowPlainEnds(nodeIndent);
    return this.scalar(typePlain(raw));
  }
}

