// A parsed query as a chain of stages that rows stream through. Only `stats` (one accumulator set per
// group) and `sort` (bounded by the limit that follows it) hold rows; everything else passes them on.
import type { Command, DiffPeriod, Query } from './ast.js';
import { accumulatorFor, type Accumulator, type AccumulatorFactory } from './aggregates.js';
import { compile, isTimeExpr, Row, type Compiled } from './compile.js';
import { MAX_LIMIT } from './parser.js';
import { DIFF_COLUMNS, DiffJoin, PATTERN_COLUMNS, patternStage } from './pattern-stages.js';
import { isMissing, sortCompare, toText, type Value } from './values.js';

export interface Stage {
  push(row: Row): void;
  end(): void;
}

/** What the output shows: columns in order, and which of them hold times. */
export interface Shape {
  columns: string[];
  timeColumns: Set<string>;
}

class Filter implements Stage {
  constructor(private readonly test: Compiled, private readonly next: Stage) {}
  push(row: Row): void {
    const v = this.test(row);
    if (v === true || (v !== false && v !== undefined && v !== null && v !== 0 && v !== '' && v !== 'false')) this.next.push(row);
  }
  end(): void {
    this.next.end();
  }
}

class Assign implements Stage {
  constructor(private readonly items: { name: string; f: Compiled }[], private readonly next: Stage) {}
  push(row: Row): void {
    for (const { name, f } of this.items) row.set(name, f(row));
    this.next.push(row);
  }
  end(): void {
    this.next.end();
  }
}

class Parse implements Stage {
  constructor(private readonly command: Extract<Command, { kind: 'parse' }>, private readonly source: Compiled, private readonly next: Stage) {}
  push(row: Row): void {
    const v = this.source(row);
    const { extract, names } = this.command;
    const values = isMissing(v) ? null : extract(toText(v));
    if (values) names.forEach((name, i) => row.set(name, values[i]));
    this.next.push(row);
  }
  end(): void {
    this.next.end();
  }
}

class Dedup implements Stage {
  private readonly seen = new Set<string>();
  constructor(private readonly keys: Compiled[], private readonly next: Stage) {}
  push(row: Row): void {
    const values = this.keys.map((f) => f(row));
    // Rows without the fields are not duplicates of each other (as in Logs Insights).
    if (values.some(isMissing)) return this.next.push(row);
    const key = JSON.stringify(values.map(toText));
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.next.push(row);
  }
  end(): void {
    this.next.end();
  }
}

/**
 * dedup with no sort before it: Logs Insights then orders by @timestamp descending, so the newest row of
 * each key is kept. One row per key is held (plus the rows with a missing key, which are all kept).
 */
class DedupNewest implements Stage {
  private readonly best = new Map<string, Row>();
  private readonly keyless: Row[] = [];
  constructor(private readonly keys: Compiled[], private readonly next: Stage) {}
  push(row: Row): void {
    const values = this.keys.map((f) => f(row));
    if (values.some(isMissing)) {
      this.keyless.push(row);
      return;
    }
    const key = JSON.stringify(values.map(toText));
    const held = this.best.get(key);
    if (held === undefined || (row.time() ?? -Infinity) > (held.time() ?? -Infinity)) this.best.set(key, row);
  }
  end(): void {
    const rows = [...this.best.values(), ...this.keyless].sort((a, b) => (b.time() ?? -Infinity) - (a.time() ?? -Infinity));
    for (const row of rows) this.next.push(row);
    this.next.end();
  }
}

class Unnest implements Stage {
  constructor(private readonly source: Compiled, private readonly name: string, private readonly next: Stage) {}
  push(row: Row): void {
    const v = this.source(row);
    const items = Array.isArray(v) ? v : [v];
    for (const item of items) {
      const copy = new Row(row.record);
      if (row.values !== undefined) copy.values = new Map(row.values);
      copy.set(this.name, item);
      this.next.push(copy);
    }
  }
  end(): void {
    this.next.end();
  }
}

class Limit implements Stage {
  private left: number;
  constructor(count: number, private readonly next: Stage) {
    this.left = count;
  }
  push(row: Row): void {
    if (this.left > 0) {
      this.left--;
      this.next.push(row);
    }
  }
  end(): void {
    this.next.end();
  }
}

interface Keyed {
  row: Row;
  keys: unknown[];
  seq: number;
}

class Sort implements Stage {
  private buffer: Keyed[] = [];
  private seq = 0;
  constructor(private readonly keys: { f: Compiled; desc: boolean }[], private readonly cap: number, private readonly next: Stage) {}

  private compare = (a: Keyed, b: Keyed): number => {
    for (let i = 0; i < this.keys.length; i++) {
      const x = a.keys[i];
      const y = b.keys[i];
      const xm = isMissing(x);
      const ym = isMissing(y);
      if (xm || ym) {
        if (xm !== ym) return xm ? 1 : -1;
        continue;
      }
      const c = sortCompare(x, y);
      if (c !== 0) return this.keys[i]?.desc ? -c : c;
    }
    return a.seq - b.seq;
  };

  push(row: Row): void {
    this.buffer.push({ row, keys: this.keys.map((k) => k.f(row)), seq: this.seq++ });
    // Keep memory bounded by the rows that can still be shown: trim once the buffer doubles.
    if (this.buffer.length >= 2 * this.cap && this.cap < Infinity) this.trim();
  }

  private trim(): void {
    this.buffer.sort(this.compare);
    this.buffer.length = Math.min(this.buffer.length, this.cap);
  }

  end(): void {
    this.trim();
    for (const k of this.buffer) this.next.push(k.row);
    this.buffer = [];
    this.next.end();
  }
}

class Stats implements Stage {
  private readonly groups = new Map<unknown, { by: unknown[]; accs: Accumulator[] }>();
  constructor(
    private readonly by: Compiled[],
    private readonly factories: AccumulatorFactory[],
    private readonly items: { name: string; f: Compiled }[],
    private readonly byNames: string[],
    private readonly next: Stage,
  ) {}

  push(row: Row): void {
    // One group key is used as is (no array, no string building: the common `by bin(5m)` stays cheap).
    let key: unknown;
    let by: unknown[] | undefined;
    if (this.by.length === 0) key = '';
    else if (this.by.length === 1) {
      const v = (this.by[0] as Compiled)(row);
      key = typeof v === 'number' || typeof v === 'string' || v === undefined ? v : isMissing(v) ? undefined : toText(v);
    } else {
      by = this.by.map((f) => f(row));
      key = JSON.stringify(by.map((v) => (isMissing(v) ? null : toText(v))));
    }
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { by: by ?? (this.by.length === 1 ? [key] : []), accs: this.factories.map((make) => make()) };
      this.groups.set(key, group);
    }
    const accs = group.accs;
    for (let i = 0; i < accs.length; i++) (accs[i] as Accumulator).add(row);
  }

  end(): void {
    if (this.groups.size === 0 && this.by.length === 0) this.groups.set('', { by: [], accs: this.factories.map((make) => make()) });
    const groups = [...this.groups.values()].sort((a, b) => {
      for (let i = 0; i < a.by.length; i++) {
        const x = a.by[i];
        const y = b.by[i];
        if (isMissing(x) || isMissing(y)) {
          if (isMissing(x) !== isMissing(y)) return isMissing(x) ? 1 : -1;
          continue;
        }
        const c = sortCompare(x, y);
        if (c !== 0) return c;
      }
      return 0;
    });
    for (const group of groups) {
      const row = new Row(undefined);
      row.aggregates = group.accs.map((acc) => acc.result());
      this.byNames.forEach((name, i) => row.set(name, group.by[i]));
      for (const { name, f } of this.items) row.set(name, f(row) as Value);
      row.aggregates = undefined;
      this.next.push(row);
    }
    this.groups.clear();
    this.next.end();
  }
}

const TIME_FIELDS = ['@timestamp', '@ingestionTime'];

export interface Pipeline {
  head: Stage;
  shape: Shape;
  /** With `diff`: where the comparison period's records go (`head` takes the current period's), and how it is chosen. */
  diff?: { previous: Stage; period: DiffPeriod };
}

/** Builds the stages of a query in front of `sink`, and the shape of its output. */
export function buildPipeline(query: Query, sink: (row: Row) => void, done: () => void = () => {}): Pipeline {
  const tail: Stage = { push: sink, end: done };
  const diffAt = query.commands.findIndex((c) => c.kind === 'diff');
  const diff = query.commands[diffAt];
  if (diff?.kind !== 'diff') return chain(query.commands, tail);
  // Both periods run through the commands before diff (each with its own state), then meet in the join.
  const after = chain(query.commands.slice(diffAt + 1), tail, DIFF_COLUMNS);
  const before = query.commands[diffAt - 1];
  const source = compile(before?.kind === 'pattern' ? before.source : { kind: 'field', name: '@message', pos: diff.pos });
  const join = new DiffJoin(source, diff.period, after.head);
  const pre = query.commands.slice(0, before?.kind === 'pattern' ? diffAt - 1 : diffAt);
  return { head: chain(pre, join.current).head, shape: after.shape, diff: { previous: chain(pre, join.previous).head, period: diff.period } };
}

/** The stages of `commands` in front of `tail`; `initial` are the columns of rows that enter the chain. */
function chain(commands: readonly Command[], tail: Stage, initial?: string[]): { head: Stage; shape: Shape } {
  let columns: string[] | null = initial === undefined ? null : [...initial];
  const parsed: string[] = [];
  const timeFields = new Set(TIME_FIELDS);
  const builders: ((next: Stage) => Stage)[] = [];
  const addColumns = (names: string[]): void => {
    columns ??= [];
    for (const n of names) if (!columns.includes(n)) columns.push(n);
  };
  commands.forEach((command, index) => {
    switch (command.kind) {
      case 'fields':
      case 'display': {
        const items = command.items.filter((p) => !(p.expr.kind === 'field' && p.expr.name === p.name)).map((p) => ({ name: p.name, f: compile(p.expr) }));
        for (const p of command.items) if (isTimeExpr(p.expr, timeFields)) timeFields.add(p.name);
        if (command.kind === 'display') columns = [];
        addColumns(command.items.map((p) => p.name));
        if (items.length > 0) builders.push((next) => new Assign(items, next));
        break;
      }
      case 'filter': {
        const f = compile(command.expr);
        builders.push((next) => new Filter(f, next));
        break;
      }
      case 'parse': {
        const source = compile(command.source);
        parsed.push(...command.names.filter((n) => !parsed.includes(n)));
        builders.push((next) => new Parse(command, source, next));
        break;
      }
      case 'dedup': {
        const keys = command.fields.map(compile);
        const sorted = commands.slice(0, index).some((c) => c.kind === 'sort');
        builders.push((next) => (sorted ? new Dedup(keys, next) : new DedupNewest(keys, next)));
        break;
      }
      case 'limit':
        builders.push((next) => new Limit(command.count, next));
        break;
      case 'unnest': {
        const source = compile(command.source);
        builders.push((next) => new Unnest(source, command.name, next));
        break;
      }
      case 'sort': {
        const keys = command.keys.map((k) => ({ f: compile(k.expr), desc: k.desc }));
        const following = commands[index + 1];
        const later = commands.slice(index + 1);
        const cap = following?.kind === 'limit' ? following.count : later.some((c) => c.kind === 'stats' || c.kind === 'filter' || c.kind === 'dedup' || c.kind === 'pattern') ? Infinity : MAX_LIMIT;
        builders.push((next) => new Sort(keys, cap, next));
        break;
      }
      case 'pattern': {
        const source = compile(command.source);
        builders.push((next) => patternStage(source, next));
        timeFields.clear();
        columns = [...PATTERN_COLUMNS];
        parsed.length = 0;
        break;
      }
      case 'diff':
        // Split off by buildPipeline before the chains are built.
        break;
      case 'stats': {
        const factories = command.aggregates.map(accumulatorFor);
        const aggTime = (slot: number): boolean => {
          const spec = command.aggregates[slot];
          return spec !== undefined && ['min', 'max', 'earliest', 'latest', 'sortsfirst', 'sortslast'].includes(spec.fn) && spec.args[0] !== undefined && isTimeExpr(spec.args[0], timeFields);
        };
        const newTime = new Set<string>();
        for (const p of command.by) if (isTimeExpr(p.expr, timeFields)) newTime.add(p.name);
        for (const p of command.items) if (isTimeExpr(p.expr, timeFields, aggTime)) newTime.add(p.name);
        const by = command.by.map((p) => compile(p.expr));
        const items = command.items.map((p) => ({ name: p.name, f: compile(p.expr) }));
        const byNames = command.by.map((p) => p.name);
        builders.push((next) => new Stats(by, factories, items, byNames, next));
        timeFields.clear();
        for (const t of newTime) timeFields.add(t);
        columns = [...byNames, ...items.map((i) => i.name)];
        parsed.length = 0;
        break;
      }
    }
  });
  const finalColumns: string[] = columns ?? ['@timestamp', '@message', ...parsed];
  let head = tail;
  for (let i = builders.length - 1; i >= 0; i--) head = (builders[i] as (next: Stage) => Stage)(head);
  const timeColumns = new Set(finalColumns.filter((c) => timeFields.has(c)));
  return { head, shape: { columns: finalColumns, timeColumns } };
}
