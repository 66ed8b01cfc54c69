// The outcomes of a whole scan, compact: one rule's answer on one resource is two integers (the resource, the rule
// and status), and each judged resource is one object every rule's answer on it shares. A 10,000-template scan
// gives ~250,000 outcomes; as objects they were a fifth of its memory. Reports read them by position (evidence,
// JUnit) or as Outcome objects made while iterating.
import type { Severity } from '../rules/types.js';
import type { Outcome, OutcomeStatus } from './types.js';

/** A resource rules answered on, as outcomes name it (the proof of a pass). */
export interface JudgedResource {
  file: string;
  logicalId: string;
  resourceType: string;
  /** Where the resource is written. */
  line?: number;
}

/** The resource an outcome names, built by assignment (not a spread of an optional part): one shape for every outcome with a line. */
function judgedResource(o: Outcome): JudgedResource {
  const r: JudgedResource = { file: o.file, logicalId: o.logicalId, resourceType: o.resourceType };
  if (o.line !== undefined) r.line = o.line;
  return r;
}

/** One file's outcomes in the compact form a worker thread posts (plain arrays: cheap to copy between threads). */
export interface FileOutcomes {
  resources: JudgedResource[];
  /** The rule ids of the outcomes, each once. */
  rules: string[];
  /** Per outcome, in order: resource index × RESOURCE_UNIT + rule index × RULE_UNIT + status code. */
  codes: number[];
}

const RULE_UNIT = 8;
const RESOURCE_UNIT = 2 ** 20;
/** Status codes: the status, and a failure's severity with it. */
const STATUS: readonly OutcomeStatus[] = ['pass', 'unknown', 'fail', 'fail', 'fail', 'fail'];
const SEVERITY: readonly (Severity | undefined)[] = [undefined, undefined, undefined, 'error', 'warning', 'info'];

function statusCode(outcome: Outcome): number {
  if (outcome.status === 'pass') return 0;
  if (outcome.status === 'unknown') return 1;
  return outcome.severity === undefined ? 2 : outcome.severity === 'error' ? 3 : outcome.severity === 'warning' ? 4 : 5;
}

/** One file's outcomes made compact: the resources they name each once, in the order the outcomes were given. */
export function compactOutcomes(outcomes: readonly Outcome[]): FileOutcomes {
  const out: FileOutcomes = { resources: [], rules: [], codes: [] };
  const resources = new Map<string, number[]>();
  const rules = new Map<string, number>();
  for (const o of outcomes) {
    const known = resources.get(o.logicalId);
    let index = known?.find((i) => {
      const r = out.resources[i] as JudgedResource;
      return r.file === o.file && r.resourceType === o.resourceType && r.line === o.line;
    });
    if (index === undefined) {
      index = out.resources.length;
      out.resources.push(judgedResource(o));
      if (known) known.push(index);
      else resources.set(o.logicalId, [index]);
    }
    let rule = rules.get(o.ruleId);
    if (rule === undefined) {
      rules.set(o.ruleId, (rule = out.rules.length));
      out.rules.push(o.ruleId);
    }
    out.codes.push(index * RESOURCE_UNIT + rule * RULE_UNIT + statusCode(o));
  }
  return out;
}

/** Every outcome of a scan, in the order they were added. */
export class OutcomeTable implements Iterable<Outcome> {
  readonly resources: JudgedResource[] = [];
  private readonly ruleIds: string[] = [];
  private readonly ruleIndex = new Map<string, number>();
  /** Per outcome: its resource (an index into `resources`). */
  private resourceOf: Int32Array = new Int32Array(1024);
  /** Per outcome: rule index × RULE_UNIT + status code. */
  private ruleAndStatus: Int32Array = new Int32Array(1024);
  private size = 0;

  get length(): number {
    return this.size;
  }

  private rule(id: string): number {
    let index = this.ruleIndex.get(id);
    if (index === undefined) {
      this.ruleIndex.set(id, (index = this.ruleIds.length));
      this.ruleIds.push(id);
    }
    return index;
  }

  private append(resource: number, ruleAndStatus: number): void {
    if (this.size === this.resourceOf.length) {
      const grown = (from: Int32Array): Int32Array => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.resourceOf = grown(this.resourceOf);
      this.ruleAndStatus = grown(this.ruleAndStatus);
    }
    this.resourceOf[this.size] = resource;
    this.ruleAndStatus[this.size] = ruleAndStatus;
    this.size += 1;
  }

  /** Adds one file's outcomes (its resources become the table's). */
  addFile(file: FileOutcomes): void {
    const base = this.resources.length;
    for (const resource of file.resources) this.resources.push(resource);
    const rules = file.rules.map((id) => this.rule(id));
    for (const code of file.codes) {
      const resource = Math.floor(code / RESOURCE_UNIT);
      const rest = code - resource * RESOURCE_UNIT;
      const status = rest % RULE_UNIT;
      this.append(base + resource, (rules[(rest - status) / RULE_UNIT] as number) * RULE_UNIT + status);
    }
  }

  /** Adds outcomes one by one (each names its own resource). */
  push(...outcomes: Outcome[]): number {
    for (const o of outcomes) {
      this.resources.push(judgedResource(o));
      this.append(this.resources.length - 1, this.rule(o.ruleId) * RULE_UNIT + statusCode(o));
    }
    return this.size;
  }

  ruleAt(position: number): string {
    return this.ruleIds[Math.floor((this.ruleAndStatus[position] as number) / RULE_UNIT)] as string;
  }

  statusAt(position: number): OutcomeStatus {
    return STATUS[(this.ruleAndStatus[position] as number) % RULE_UNIT] as OutcomeStatus;
  }

  /** A failure's highest severity (undefined for a pass, an unknown, or a failure given without one). */
  severityAt(position: number): Severity | undefined {
    return SEVERITY[(this.ruleAndStatus[position] as number) % RULE_UNIT];
  }

  /** The row of the resource the outcome at `position` names (an index into `resources`). */
  resourceIndexAt(position: number): number {
    return this.resourceOf[position] as number;
  }

  resourceAt(position: number): JudgedResource {
    return this.resources[this.resourceOf[position] as number] as JudgedResource;
  }

  /** The outcome at `position` as an object (made on each call). */
  at(position: number): Outcome {
    const r = this.resourceAt(position);
    const severity = this.severityAt(position);
    return { ruleId: this.ruleAt(position), file: r.file, logicalId: r.logicalId, resourceType: r.resourceType, ...(r.line !== undefined ? { line: r.line } : {}), status: this.statusAt(position), ...(severity ? { severity } : {}) };
  }

  *[Symbol.iterator](): Iterator<Outcome> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }

  /** The positions of each rule's outcomes, in order, by rule id (one array shared by all: 4 bytes an outcome). */
  positionsByRule(): Map<string, Uint32Array> {
    const counts = new Uint32Array(this.ruleIds.length + 1);
    for (let i = 0; i < this.size; i++) (counts[Math.floor((this.ruleAndStatus[i] as number) / RULE_UNIT) + 1] as number) += 1;
    for (let r = 1; r < counts.length; r++) (counts[r] as number) += counts[r - 1] as number;
    const starts = counts.slice(0, this.ruleIds.length);
    const order = new Uint32Array(this.size);
    const next = starts.slice();
    for (let i = 0; i < this.size; i++) {
      const rule = Math.floor((this.ruleAndStatus[i] as number) / RULE_UNIT);
      order[(next[rule] as number)++] = i;
    }
    return new Map(this.ruleIds.map((id, r) => [id, order.subarray(starts[r] as number, next[r] as number)]));
  }
}

/** Outcomes as a scan keeps them, or as a list (tests, results built by hand). */
export type Outcomes = OutcomeTable | Outcome[];

/** The outcomes as a table: the scan's own, or one made from a list. */
export function outcomeTable(outcomes: Outcomes): OutcomeTable {
  if (outcomes instanceof OutcomeTable) return outcomes;
  const table = new OutcomeTable();
  for (const outcome of outcomes) table.push(outcome);
  return table;
}
