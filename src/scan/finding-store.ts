// Findings kept as compact records instead of objects (issue 21: memory flat in the template count). Each finding
// is written once, as it is added, as a short JSON record in a Spill (memory while small, then a temporary file);
// what stays in memory is a small index per finding (about 23 bytes: where its record is, its file, line, column,
// rule and severity), enough to order, count and group findings without reading them. Reports read the records
// back one at a time, in report order, and let each go once it is written.
import type { Finding, LensRef, Severity } from '../rules/types.js';
import type { SuppressedFinding, SuppressionSource } from './types.js';
import { Spill } from './spill.js';
import { fillLater, fillParts, type FillValue, type Localized } from '../util/i18n.js';

/** Total order on findings: file, line, column, rule, resource, message — so output is byte-stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.resource.logicalId, b.resource.logicalId) ||
    compareText(a.message.en, b.message.en)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What findings of one rule share: held once, not per finding. */
export interface FindingHead {
  ruleId: string;
  aliases: readonly string[];
  lens?: LensRef;
}

const SEVERITY_CODES: readonly Severity[] = ['error', 'warning', 'info'];
const severityCode = (s: Severity): number => (s === 'error' ? 0 : s === 'warning' ? 1 : 2);

/** A column of numbers that grows as findings are added (by half: less unused room than doubling). */
class Column<A extends Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array> {
  constructor(public values: A) {}
  set(index: number, value: number): void {
    if (index === this.values.length) {
      const grown = new (this.values.constructor as new (n: number) => A)(Math.ceil(this.values.length * 1.5));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[index] = value;
  }
}

/** Marks a line or column that is not a 32-bit integer (kept exactly beside the column; none is expected). */
const ODD = -(2 ** 31);

/**
 * A message as kept: the rule's text (a number: its place in the store's list of texts), its values and the
 * resource name, filled again when read (as the scan made it: filled on read); or, for a message already text
 * (or with a value JSON cannot carry exactly), English and Japanese.
 */
type MessageRecord = [text: number, values: Readonly<Record<string, FillValue>>, resource: string | null] | [en: string, ja: string];

/** A record: message id, message, the resource, and (suppressed findings) the suppression. */
type FindingRecord = [
  messageId: string,
  message: MessageRecord,
  logicalId: string,
  type: string,
  origin: [string, string] | null,
  constructPath: string | null,
  suppression?: [SuppressionSource, string | null],
];

export class FindingStore<F extends Finding = Finding> {
  private readonly spill: Spill;
  private count = 0;
  /** Where each record starts (records are contiguous: one ends where the next starts). */
  private readonly offset = new Column(new Float64Array(256));
  private readonly fileOf = new Column(new Uint32Array(256));
  private readonly lineOf = new Column(new Int32Array(256));
  private readonly columnOf = new Column(new Int32Array(256));
  /** Lines and columns that are not 32-bit integers, by position: [line, column]. */
  private readonly odd = new Map<number, [number, number]>();
  private readonly headOf = new Column(new Uint16Array(256));
  private readonly severityOf = new Column(new Uint8Array(256));
  private readonly fileIds = new Map<string, number>();
  private readonly files: string[] = [];
  private readonly headIds = new Map<string, number>();
  readonly heads: FindingHead[] = [];
  /** The rules' message texts records point at, each once (by content: Terraform wording makes new objects). */
  private readonly texts: Localized[] = [];
  private readonly textIds = new Map<string, number>();
  private sortedOrder: Uint32Array | undefined;

  /** `memoryLimit`: record bytes held in memory before they go to a temporary file. */
  constructor(memoryLimit?: number) {
    this.spill = new Spill(memoryLimit);
  }

  get length(): number {
    return this.count;
  }

  /** True once the records live in a temporary file. */
  get onDisk(): boolean {
    return this.spill.onDisk;
  }

  add(finding: F): void {
    const i = this.count;
    const { resource, location, message } = finding;
    const record: FindingRecord = [finding.messageId, this.messageRecord(message), resource.logicalId, resource.type, resource.origin ? [resource.origin.logicalId, resource.origin.type] : null, resource.constructPath ?? null];
    const suppression = (finding as Partial<SuppressedFinding>).suppression;
    if (suppression) record.push([suppression.source, suppression.reason ?? null]);
    this.offset.set(i, this.spill.append(JSON.stringify(record)).offset);
    this.fileOf.set(i, this.fileId(location.file));
    const exact = (location.line | 0) === location.line && (location.column | 0) === location.column && location.line !== ODD;
    if (!exact) this.odd.set(i, [location.line, location.column]);
    this.lineOf.set(i, exact ? location.line : ODD);
    this.columnOf.set(i, exact ? location.column : ODD);
    this.headOf.set(i, this.headId(finding));
    this.severityOf.set(i, severityCode(finding.severity));
    this.count += 1;
    this.sortedOrder = undefined;
  }

  severityAt(i: number): Severity {
    return SEVERITY_CODES[this.severityOf.values[i] as number] as Severity;
  }

  headAt(i: number): FindingHead {
    return this.heads[this.headOf.values[i] as number] as FindingHead;
  }

  fileAt(i: number): string {
    return this.files[this.fileOf.values[i] as number] as string;
  }

  lineAt(i: number): number {
    const line = this.lineOf.values[i] as number;
    return line === ODD ? (this.odd.get(i) as [number, number])[0] : line;
  }

  columnAt(i: number): number {
    const column = this.columnOf.values[i] as number;
    return column === ODD ? (this.odd.get(i) as [number, number])[1] : column;
  }

  /** The finding at position `i` (in the order added), read back from its record: a new object on each call. */
  at(i: number): F {
    const [messageId, kept, logicalId, type, origin, constructPath, suppression] = JSON.parse(this.spill.read(this.range(i))) as FindingRecord;
    const message: Localized = typeof kept[0] === 'number' ? fillLater(this.texts[kept[0]] as Localized, kept[1] as Record<string, FillValue>, (kept[2] as string | null) ?? undefined) : { en: kept[0], ja: kept[1] as string };
    const head = this.headAt(i);
    const shown: Finding['resource'] = { logicalId, type };
    if (origin) shown.origin = { logicalId: origin[0], type: origin[1] };
    if (constructPath !== null) shown.constructPath = constructPath;
    const finding: Finding = { ruleId: head.ruleId, aliases: head.aliases, severity: this.severityAt(i), messageId, message, resource: shown, location: { file: this.fileAt(i), line: this.lineAt(i), column: this.columnAt(i) } };
    if (head.lens) finding.lens = head.lens;
    if (suppression) (finding as SuppressedFinding).suppression = suppression[1] === null ? { source: suppression[0] } : { source: suppression[0], reason: suppression[1] };
    return finding as F;
  }

  /** Every finding in the order added. */
  *[Symbol.iterator](): Iterator<F> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  /** Positions in report order (compareFindings; equal findings in the order added), computed once. */
  order(): Uint32Array {
    if (this.sortedOrder) return this.sortedOrder;
    const fileRank = rankOf(this.files);
    const headRank = rankOf(this.heads.map((h) => h.ruleId));
    const files = this.fileOf.values;
    const heads = this.headOf.values;
    // Exact lines and columns (a copy only when one is not a 32-bit integer).
    const lines = this.odd.size ? Float64Array.from({ length: this.count }, (_, i) => this.lineAt(i)) : this.lineOf.values;
    const columns = this.odd.size ? Float64Array.from({ length: this.count }, (_, i) => this.columnAt(i)) : this.columnOf.values;
    // Rare ties on file, line, column and rule are broken by the resource and the English message, read back once.
    const tieKeys = new Map<number, [string, string]>();
    const tieKey = (i: number): [string, string] => {
      let key = tieKeys.get(i);
      if (!key) {
        const f = this.at(i);
        tieKeys.set(i, (key = [f.resource.logicalId, f.message.en]));
      }
      return key;
    };
    const positions = Array.from({ length: this.count }, (_, i) => i);
    positions.sort((a, b) => {
      const byPlace = (fileRank[files[a] as number] as number) - (fileRank[files[b] as number] as number) || (lines[a] as number) - (lines[b] as number) || (columns[a] as number) - (columns[b] as number) || (headRank[heads[a] as number] as number) - (headRank[heads[b] as number] as number);
      if (byPlace) return byPlace;
      const [idA, enA] = tieKey(a);
      const [idB, enB] = tieKey(b);
      return compareText(idA, idB) || compareText(enA, enB) || a - b;
    });
    return (this.sortedOrder = Uint32Array.from(positions));
  }

  /** Every finding in report order. */
  *sorted(): Generator<F> {
    for (const i of this.order()) yield this.at(i);
  }

  /** Lets the records go (the temporary file with them). */
  close(): void {
    this.spill.close();
  }

  private messageRecord(message: Localized): MessageRecord {
    const parts = fillParts(message);
    if (parts && Object.values(parts.values).every(exactInJson)) {
      const key = `${parts.text.en}\u0000${parts.text.ja}`;
      let id = this.textIds.get(key);
      if (id === undefined) {
        this.textIds.set(key, (id = this.texts.length));
        this.texts.push({ en: parts.text.en, ja: parts.text.ja });
      }
      return [id, parts.values, parts.resource ?? null];
    }
    return [message.en, message.ja];
  }

  private range(i: number): { offset: number; bytes: number } {
    const offset = this.offset.values[i] as number;
    return { offset, bytes: (i + 1 < this.count ? (this.offset.values[i + 1] as number) : this.spill.size) - offset };
  }

  private fileId(file: string): number {
    let id = this.fileIds.get(file);
    if (id === undefined) {
      this.fileIds.set(file, (id = this.files.length));
      this.files.push(file);
    }
    return id;
  }

  private headId(f: Finding): number {
    const lens = f.lens ? `${f.lens.pillar}\u0000${f.lens.question}\u0000${f.lens.choice}` : '';
    const key = `${f.ruleId}\u0000${f.aliases.join('\u0001')}\u0000${lens}`;
    let id = this.headIds.get(key);
    if (id === undefined) {
      this.headIds.set(key, (id = this.heads.length));
      this.heads.push({ ruleId: f.ruleId, aliases: f.aliases, ...(f.lens ? { lens: f.lens } : {}) });
    }
    return id;
  }
}

/** A value JSON gives back as it was filled: a string, a finite number, or a pair of strings. */
function exactInJson(value: FillValue): boolean {
  if (typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  return value !== null && typeof value === 'object' && typeof value.en === 'string' && typeof value.ja === 'string';
}

/** Each name's rank among them, by compareText (equal names share one). */
function rankOf(names: readonly string[]): Uint32Array {
  const byName = names.map((name, id) => ({ name, id })).sort((a, b) => compareText(a.name, b.name));
  const ranks = new Uint32Array(names.length);
  byName.forEach(({ name, id }, r) => (ranks[id] = r > 0 && (byName[r - 1] as { name: string }).name === name ? (ranks[(byName[r - 1] as { id: number }).id] as number) : r));
  return ranks;
}

/** Findings as a scan keeps them: a list, or a store of records (the CLI's scans). */
export type Findings<F extends Finding> = F[] | FindingStore<F>;

/** The findings in report order: a store reads them back one at a time; a list is sorted into a copy. */
export function inReportOrder<F extends Finding>(findings: Findings<F>): Iterable<F> {
  return findings instanceof FindingStore ? findings.sorted() : [...findings].sort(compareFindings);
}

/** Counts per severity, without reading a store's records. */
export function severityCounts(findings: Findings<Finding>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  if (findings instanceof FindingStore) for (let i = 0; i < findings.length; i++) counts[findings.severityAt(i)] += 1;
  else for (const f of findings) counts[f.severity] += 1;
  return counts;
}
