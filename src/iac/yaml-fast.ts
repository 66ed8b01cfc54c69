// A fast reader for the YAML that CloudFormation and SAM templates are written in. It gives exactly the
// ParsedDocument that js-yaml with the position listener gives (same value, same positions, same `start` and
// `mentionsInclude`), and returns undefined — leaving the document to js-yaml — on anything else: anchors,
// directives, several documents, tabs, CR line ends, multi-line plain scalars and keys, tags other than the
// short forms, merge and duplicate keys, and every syntax error.
//
// It follows js-yaml's own steps (readBlockMapping, readBlockSequence, composeNode) for the subset it reads,
// and keeps js-yaml's cursor (line, lineStart, lineIndent) so positions are those the listener records: a key
// where it starts, a sequence item where its content starts (after `- ` and any blank lines).
import { MappingPositions, SequencePositions, type ParsedDocument } from './yaml.js';
import { DECLINE, decline, declineReason, readBlockScalar, readQuoted, typePlain } from './yaml-fast-scalar.js';
import { ReaderBase, isWsOrEol } from './yaml-fast-reader.js';

/** Mappings this small are checked for duplicate keys by a scan of their keys (quicker than a property lookup). */
const SMALL = 8;
// Characters js-yaml refuses in scalars, and tabs and CRs (not read here): one scan of the input for all.
const REFUSED = /[\x00-\x09\x0B-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** Why the last call to parseYamlFast returned undefined (for the corpus check). */
export function lastDeclineReason(): string {
  return declineReason;
}

/** The document read the fast way, or undefined when js-yaml must read it (lastDeclineReason says why). */
export function parseYamlFast(source: string): ParsedDocument | undefined {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  try {
    if (text.length === 0) decline('empty');
    // A flow document (JSON) is left to the other readers before the scan of every character below.
    let first = 0;
    while (first < text.length && text.charCodeAt(first) <= 0x20) first++;
    const c = text.charCodeAt(first);
    if (c === 0x7b || c === 0x5b) decline('flow document');
    if (REFUSED.test(text)) decline('tab, CR or non-printable character');
    if (text.charCodeAt(text.length - 1) !== 0x0a) text += '\n';
    return new FastReader(text + '\0').document();
  } catch (error) {
    if (error === DECLINE) return undefined;
    if (error instanceof RangeError) return undefined; // out of stack: js-yaml reports the depth
    throw error;
  }
}

class FastReader extends ReaderBase {
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

  /** A block mapping key at the cursor (plain or quoted, on one line); the cursor is left past its `:`. */
  readKey(): string {
    const c = this.ch();
    if (c === 0x27 || c === 0x22) {
      const key = readQuoted(this, false);
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
    if (c === 0x5b || c === 0x7b) return this.flowInBlock(parent);
    if (c === 0x7c || c === 0x3e) return this.scalar(readBlockScalar(this, parent + 1));
    if (c === 0x2d && isWsOrEol(this.s.charCodeAt(this.pos + 1))) {
      if (!blocks) decline('sequence on its key line');
      return this.sequence(this.pos - this.lineStart);
    }
    if (!blocks) {
      if (c === 0x27 || c === 0x22) return this.scalar(this.quotedInBlock());
      return this.plainValue(parent);
    }
    const column = this.pos - this.lineStart;
    const line = this.line;
    let key: string;
    if (c === 0x27 || c === 0x22) {
      // A quoted scalar is a key when `:` follows it on its line; otherwise it is the value itself.
      const quoted = this.quotedInBlock();
      if (this.line !== line) return this.scalar(quoted);
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
      if (c === 0x5b || c === 0x7b) return this.wrap(c === 0x5b ? 'sequence' : 'mapping', tag, this.flowInBlock(parent));
      if (c === 0x7c || c === 0x3e) return this.wrap('scalar', tag, readBlockScalar(this, parent + 1));
      let raw: string;
      if (c === 0x27 || c === 0x22) raw = this.quotedInBlock();
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

  /** A quoted scalar in block context, which may run over lines: then nothing but a comment may follow it. */
  quotedInBlock(): string {
    const line = this.line;
    const value = readQuoted(this, true);
    if (this.line !== line) this.endOfLine();
    return value;
  }

  /** A flow collection in a block (`parent`: the block's indentation); it must end its line. */
  flowInBlock(parent: number): unknown {
    const value = this.flow(parent + 1);
    this.endOfLine();
    return value;
  }
}
