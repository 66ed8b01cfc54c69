// JUnit XML for CI dashboards: one test suite per rule, one test case per rule × resource it judged
// (pass, failure with every finding of that resource, skipped when suppressed or undecidable), and a
// suite for template problems and load errors. Sorted, no timestamps.
import type { Finding } from '../rules/types.js';
import { errorText } from '../scan/error-text.js';
import type { ScanError, ScanOutput, SuppressedFinding } from '../scan/types.js';
import { outcomeTable, type OutcomeTable } from '../scan/outcome-table.js';
import { FindingStore, inReportOrder, type Findings } from '../scan/finding-store.js';
import { Spill } from '../scan/spill.js';
import { SEVERITY_WORDS, type ReportOptions } from './common.js';
import { fill, type Localized } from '../util/i18n.js';

const UNDECIDED: Localized = { en: 'cannot be decided from the template (unresolved value)', ja: 'テンプレートからは判定できません (未解決の値)' };
const SUPPRESSED: Localized = { en: 'suppressed: {reason}', ja: '抑制: {reason}' };
const NO_REASON: Localized = { en: '(no reason)', ja: '(理由なし)' };

/** Escapes text for XML attributes and content; drops characters XML 1.0 cannot carry. */
export function xml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Case {
  name: string;
  classname: string;
  file: string;
  line: number;
  failures: Finding[];
  skipped?: string;
  error?: string;
}

/**
 * Values by file, then by a key within the file: a rule's resource is keyed by its logical id alone (no string
 * is made per outcome: a 10,000-template scan has ~250,000), anything else by a key made for it.
 */
class ByFile<T> {
  private readonly files = new Map<string, Map<string, T>>();
  constructor(private readonly suite: string) {}
  /** The key of a rule's resource within its file. */
  key(ruleId: string, logicalId: string): string {
    return ruleId === this.suite ? logicalId : `${ruleId}\u0000${logicalId}`;
  }
  get(file: string, key: string): T | undefined {
    return this.files.get(file)?.get(key);
  }
  set(file: string, key: string, value: T): void {
    let inFile = this.files.get(file);
    if (!inFile) this.files.set(file, (inFile = new Map()));
    inFile.set(key, value);
  }
}

/** What one suite is made of: the rule's outcomes, findings and suppressed findings (load errors for "slens"). */
interface SuiteInput {
  name: string;
  /** The scan's outcomes, and the positions of this suite's among them. */
  table?: OutcomeTable;
  outcomes: ArrayLike<number>;
  /** In report order: findings, or their positions in the scan's store (read back when the suite is made). */
  findings: (Finding | number)[];
  suppressed: (SuppressedFinding | number)[];
  errors: ScanError[];
}

/** Findings of a suite as objects: a store's read back from their positions. */
function resolved<F extends Finding>(items: readonly (F | number)[], list: Findings<F>): F[] {
  return items.map((item) => (typeof item === 'number' ? (list as FindingStore<F>).at(item) : item));
}

/** Each finding (or its position in a store) with its rule id and lens, in report order (a list's in the order given). */
function* placed<F extends Finding>(list: Findings<F>, sort: boolean): Generator<[F | number, string, boolean]> {
  if (list instanceof FindingStore) {
    for (const i of sort ? list.order() : Array.from({ length: list.length }, (_, k) => k)) {
      const head = list.headAt(i);
      yield [i, head.ruleId, head.lens !== undefined];
    }
  } else for (const f of sort ? inReportOrder(list) : list) yield [f, f.ruleId, f.lens !== undefined];
}

/** The scan's items by suite (references only), so each suite's cases are made, written and dropped in turn. */
function bySuite(result: ScanOutput): Map<string, SuiteInput> {
  const suites = new Map<string, SuiteInput>();
  const input = (suite: string): SuiteInput => {
    let found = suites.get(suite);
    if (!found) suites.set(suite, (found = { name: suite, outcomes: [], findings: [], suppressed: [], errors: [] }));
    return found;
  };
  const table = outcomeTable(result.outcomes);
  for (const [ruleId, positions] of table.positionsByRule()) {
    const suite = input(ruleId);
    suite.table = table;
    suite.outcomes = positions;
  }
  for (const [s, ruleId] of placed(result.suppressed, false)) input(ruleId).suppressed.push(s);
  for (const [f, ruleId, inLens] of placed(result.findings, true)) input(inLens ? ruleId : 'slens').findings.push(f);
  for (const e of result.errors) input('slens').errors.push(e);
  return suites;
}

/** One suite's test cases: a case per resource the rule judged, failing with its findings. */
function suiteCases(input: SuiteInput, result: ScanOutput, options: ReportOptions): Case[] {
  const { lang } = options;
  const findings = resolved(input.findings, result.findings);
  const suppressed = resolved(input.suppressed, result.suppressed);
  // The cases in the order they were made (the sort keeps that order among equals), and by file and key.
  const all: Case[] = [];
  const cases = new ByFile<Case>(input.name);
  const lineOf = new ByFile<number>(input.name);
  for (const list of [findings, suppressed]) {
    for (const f of list) {
      const k = lineOf.key(f.ruleId, f.resource.logicalId);
      lineOf.set(f.location.file, k, Math.min(lineOf.get(f.location.file, k) ?? Infinity, f.location.line));
    }
  }
  const { table } = input;
  for (let i = 0; table && i < input.outcomes.length; i++) {
    const position = input.outcomes[i] as number;
    const ruleId = table.ruleAt(position);
    const o = table.resourceAt(position);
    const k = cases.key(ruleId, o.logicalId);
    let c = cases.get(o.file, k);
    if (!c) {
      c = { name: `${o.file} ${o.logicalId} (${o.resourceType})`, classname: ruleId, file: o.file, line: lineOf.get(o.file, k) ?? 0, failures: [] };
      cases.set(o.file, k, c);
      all.push(c);
    }
    if (table.statusAt(position) === 'unknown') c.skipped = UNDECIDED[lang];
  }
  for (const s of suppressed) {
    const c = cases.get(s.location.file, cases.key(s.ruleId, s.resource.logicalId));
    if (c) c.skipped = fill(SUPPRESSED[lang], { reason: s.suppression.reason ?? NO_REASON[lang] });
  }
  for (const f of findings) {
    const base = cases.key(f.ruleId, f.resource.logicalId);
    const k = f.lens ? base : `${base}\u0000${f.location.line}\u0000${f.message.en}`;
    let c = cases.get(f.location.file, k);
    if (!c) {
      c = {
        name: `${f.location.file}${f.resource.logicalId ? ` ${f.resource.logicalId} (${f.resource.type})` : `:${f.location.line}`}`,
        classname: f.ruleId,
        file: f.location.file,
        line: f.location.line,
        failures: [],
      };
      cases.set(f.location.file, k, c);
      all.push(c);
    }
    c.failures.push(f);
    c.skipped = undefined;
  }
  for (const e of input.errors) {
    // Keyed apart from resources: a logical id has no NUL character.
    const k = `\u0000error\u0000${e.line}\u0000${e.message}`;
    if (cases.get(e.file, k)) continue;
    const c: Case = { name: `${e.file}:${e.line}`, classname: 'load-error', file: e.file, line: e.line, failures: [], error: `${e.code}: ${errorText(e, options.lang)}` };
    cases.set(e.file, k, c);
    all.push(c);
  }
  return all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.line - b.line));
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function countsOf(cases: Iterable<Case>): Counts {
  const counts: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const c of cases) {
    counts.tests++;
    if (c.failures.length) counts.failures++;
    if (c.error) counts.errors++;
    if (c.skipped && !c.failures.length) counts.skipped++;
  }
  return counts;
}

function caseLines(c: Case, lang: ReportOptions['lang']): string[] {
  const attrs = `classname="${xml(c.classname)}" name="${xml(c.name)}" file="${xml(c.file)}"${c.line ? ` line="${c.line}"` : ''}`;
  if (c.failures.length) {
    const first = c.failures[0] as Finding;
    const detail = c.failures.map((f) => `${f.location.file}:${f.location.line}: ${SEVERITY_WORDS[lang][f.severity]}: ${f.message[lang]} [${f.ruleId}]`).join('\n');
    return [`    <testcase ${attrs}>`, `      <failure type="${first.severity}" message="${xml(first.message[lang])}">${xml(detail)}</failure>`, '    </testcase>'];
  }
  if (c.error) return [`    <testcase ${attrs}>`, `      <error type="load-error" message="${xml(c.error)}">${xml(c.error)}</error>`, '    </testcase>'];
  if (c.skipped) return [`    <testcase ${attrs}>`, `      <skipped message="${xml(c.skipped)}"/>`, '    </testcase>'];
  return [`    <testcase ${attrs}/>`];
}

/**
 * The JUnit XML in pieces. The totals open the document, so each suite is made once and written to a spill
 * (memory while small, then a temporary file) as it is counted, and read back after the totals: only one
 * suite's cases are held at a time.
 */
export function* junitChunks(result: ScanOutput, options: ReportOptions): Generator<string> {
  const suites = bySuite(result);
  const names = [...suites.keys()].sort();
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const body = new Spill();
  try {
    for (const name of names) {
      const cases = suiteCases(suites.get(name) as SuiteInput, result, options);
      suites.delete(name);
      if (cases.length === 0) continue;
      const counts = countsOf(cases);
      total.tests += counts.tests;
      total.failures += counts.failures;
      total.errors += counts.errors;
      total.skipped += counts.skipped;
      body.append(`  <testsuite name="${xml(name)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}">\n`);
      for (const c of cases) body.append(`${caseLines(c, options.lang).join('\n')}\n`);
      body.append('  </testsuite>\n');
    }
    yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="slens scan" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}">\n`;
    yield* body.text();
    yield '</testsuites>\n';
  } finally {
    body.close();
  }
}

export function formatJunit(result: ScanOutput, options: ReportOptions): string {
  return [...junitChunks(result, options)].join('');
}
