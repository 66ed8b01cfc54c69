// The clustering behind the `pattern` and `diff` commands: each text becomes a pattern by a fixed token rule
// (so the same input always gives the same patterns, whatever order it comes in), and each pattern keeps its
// count, severity, a few values of each dynamic token and its counts over time — bounded, whatever the input.
//
// The token rule (docs/analyze.md states it for users):
//  - The text is cut at whitespace; runs of whitespace print as one space.
//  - Leading `( [ { " ' <` and trailing `) ] } " ' , ; . : >` stay as written around a token.
//  - A token holding a digit (numbers, times, dates, IPs, ids, versions) is dynamic and prints as `<*>`.
//  - `key=value` keeps `key=` and makes the value dynamic (`user=alice` → `user=<*>`).
//  - Every other word is static: messages that differ in a word without digits are different patterns.
// The severity of a text is its first static word naming a level (ERROR, Error, ERR, FATAL, CRITICAL → Error;
// WARN, WARNING → Warning; INFO → Info; DEBUG, TRACE → Debug), else the row's `level` field, else Unknown.
import { createHash } from 'node:crypto';

/** At most this many patterns are kept; texts of any further pattern are counted in one `<*>` pattern. */
export const MAX_PATTERNS = 10_000;
/** Distinct values kept per dynamic token (the counts of those stay exact). */
const MAX_TOKEN_VALUES = 20;
/** Values shown per dynamic token in `@tokens`. */
const SHOWN_TOKEN_VALUES = 5;
/** Time buckets per pattern before they are merged two by two. */
const MAX_BUCKETS = 128;
/** Bars of `@visualization` at most (the bucket length is doubled until the span fits). */
const MAX_BARS = 60;
const MINUTE = 60_000;
export const OVERFLOW_PATTERN = '<*>';

const OPEN = '([{"\'<';
const CLOSE = ')]}"\',;.:>';
const KEY_VALUE = /^([A-Za-z_][\w.-]*=)(.+)$/;

const LEVELS: Record<string, string> = {
  ERROR: 'Error', Error: 'Error', ERR: 'Error', FATAL: 'Error', Fatal: 'Error', CRITICAL: 'Error', Critical: 'Error',
  WARN: 'Warning', Warn: 'Warning', WARNING: 'Warning', Warning: 'Warning',
  INFO: 'Info', Info: 'Info',
  DEBUG: 'Debug', Debug: 'Debug', TRACE: 'Debug', Trace: 'Debug',
};
const SEVERITY_ORDER = ['Error', 'Warning', 'Info', 'Debug', 'Unknown'];

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export interface Tokenized {
  pattern: string;
  /** The values of the dynamic tokens, in order. */
  values: string[];
  /** The severity named in the text, if any. */
  severity: string | undefined;
}

/** Applies the token rule to one text. */
export function tokenize(text: string): Tokenized {
  const out: string[] = [];
  const values: string[] = [];
  let severity: string | undefined;
  for (const word of text.split(/\s+/)) {
    if (word.length === 0) continue;
    let start = 0;
    let end = word.length;
    while (start < end && OPEN.includes(word[start] as string)) start++;
    while (end > start && CLOSE.includes(word[end - 1] as string)) end--;
    const core = word.slice(start, end);
    const before = word.slice(0, start);
    const after = word.slice(end);
    if (core.length === 0) {
      out.push(word);
      continue;
    }
    const kv = KEY_VALUE.exec(core);
    if (hasDigit(core) && kv === null) {
      values.push(core);
      out.push(`${before}<*>${after}`);
    } else if (kv !== null) {
      values.push(kv[2] as string);
      out.push(`${before}${kv[1] as string}<*>${after}`);
    } else {
      severity ??= LEVELS[core];
      out.push(word);
    }
  }
  return { pattern: out.join(' '), values, severity };
}

/** Counts over time, in buckets of `unit` ms that double (merging pairs) when there are too many. */
class Timeline {
  unit = MINUTE;
  counts = new Map<number, number>();

  add(time: number): void {
    const key = Math.floor(time / this.unit);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (this.counts.size > MAX_BUCKETS) this.coarsen();
  }

  coarsen(): void {
    const merged = new Map<number, number>();
    for (const [key, n] of this.counts) {
      const k = Math.floor(key / 2);
      merged.set(k, (merged.get(k) ?? 0) + n);
    }
    this.unit *= 2;
    this.counts = merged;
  }
}

export class PatternStats {
  count = 0;
  readonly severities = new Map<string, number>();
  readonly tokens: Map<string, number>[] = [];
  readonly overflow: number[] = [];
  readonly timeline = new Timeline();

  constructor(readonly pattern: string) {}

  add(t: Tokenized | undefined, severity: string, time: number | undefined): void {
    this.count++;
    this.severities.set(severity, (this.severities.get(severity) ?? 0) + 1);
    if (time !== undefined) this.timeline.add(time);
    if (t === undefined) return;
    t.values.forEach((value, i) => {
      const seen = (this.tokens[i] ??= new Map());
      const n = seen.get(value);
      if (n !== undefined) seen.set(value, n + 1);
      else if (seen.size < MAX_TOKEN_VALUES) seen.set(value, 1);
      else this.overflow[i] = (this.overflow[i] ?? 0) + 1;
    });
  }

  /** The most frequent severity of the pattern's texts (ties: Error before Warning, Info, Debug, Unknown). */
  severity(): string {
    let best = 'Unknown';
    let bestCount = -1;
    for (const label of SEVERITY_ORDER) {
      const n = this.severities.get(label) ?? 0;
      if (n > bestCount) {
        best = label;
        bestCount = n;
      }
    }
    return best;
  }

  /** `@tokens`: for each dynamic token, its position (from 1) and its most frequent values with their counts. */
  tokensJson(): string {
    return JSON.stringify(
      this.tokens.map((seen, i) => {
        const top = [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, SHOWN_TOKEN_VALUES);
        return { position: i + 1, values: Object.fromEntries(top), ...(this.overflow[i] ? { otherValues: this.overflow[i] } : {}) };
      }),
    );
  }
}

/** A 32-hex-digit id of a pattern's text, the same in every run. */
export function patternId(pattern: string): string {
  return createHash('sha256').update(pattern).digest('hex').slice(0, 32);
}

/** The severity of a text from its tokens, else the row's level field. */
export function severityOf(t: Tokenized | undefined, level: unknown): string {
  if (t?.severity !== undefined) return t.severity;
  if (typeof level === 'string') {
    const label = LEVELS[level] ?? LEVELS[level.toUpperCase()];
    if (label !== undefined) return label;
  }
  return 'Unknown';
}

/** Patterns of a stream of texts, at most MAX_PATTERNS of them. */
export class PatternSet {
  readonly patterns = new Map<string, PatternStats>();
  total = 0;
  minTime = Infinity;
  maxTime = -Infinity;

  add(text: string, level: unknown, time: number | undefined): void {
    this.total++;
    if (time !== undefined) {
      if (time < this.minTime) this.minTime = time;
      if (time > this.maxTime) this.maxTime = time;
    }
    const t = tokenize(text);
    let stats = this.patterns.get(t.pattern);
    if (stats === undefined) {
      if (this.patterns.size >= MAX_PATTERNS) {
        stats = this.patterns.get(OVERFLOW_PATTERN) ?? new PatternStats(OVERFLOW_PATTERN);
        this.patterns.set(OVERFLOW_PATTERN, stats);
        stats.add(undefined, severityOf(t, level), time);
        return;
      }
      stats = new PatternStats(t.pattern);
      this.patterns.set(t.pattern, stats);
    }
    stats.add(t, severityOf(t, level), time);
  }

  /** Patterns by count, most frequent first; equal counts in the order of their text. */
  sorted(): PatternStats[] {
    return [...this.patterns.values()].sort((a, b) => b.count - a.count || (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
  }

  /** `@visualization`: the pattern's counts in equal buckets over the time span of all texts, as JSON. */
  visualization(stats: PatternStats): string {
    if (this.minTime > this.maxTime) return JSON.stringify({ start: null, bucketSeconds: null, counts: [] });
    let unit = MINUTE;
    let maxUnit = MINUTE;
    for (const p of this.patterns.values()) maxUnit = Math.max(maxUnit, p.timeline.unit);
    while (unit < maxUnit || (Math.floor(this.maxTime / unit) - Math.floor(this.minTime / unit) + 1) > MAX_BARS) unit *= 2;
    const first = Math.floor(this.minTime / unit);
    const counts = new Array<number>(Math.floor(this.maxTime / unit) - first + 1).fill(0);
    const ratio = unit / stats.timeline.unit;
    for (const [key, n] of stats.timeline.counts) {
      const i = Math.floor(key / ratio) - first;
      counts[i] = (counts[i] ?? 0) + n;
    }
    return JSON.stringify({ start: new Date(first * unit).toISOString(), bucketSeconds: unit / 1000, counts });
  }
}
