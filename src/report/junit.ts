// JUnit XML for CI dashboards: one test suite per rule, one test case per rule × resource it judged
// (pass, failure with every finding of that resource, skipped when suppressed or undecidable), and a
// suite for template problems and load errors. Sorted, no timestamps.
import type { Finding } from '../rules/types.js';
import { errorText } from '../scan/error-text.js';
import type { ScanResult } from '../scan/types.js';
import { sortedFindings, SEVERITY_WORDS, type ReportOptions } from './common.js';

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

function key(ruleId: string, file: string, logicalId: string): string {
  return `${ruleId}\u0000${file}\u0000${logicalId}`;
}

export function formatJunit(result: ScanResult, options: ReportOptions): string {
  const { lang } = options;
  const ja = lang === 'ja';
  const suites = new Map<string, Map<string, Case>>();
  const caseFor = (suite: string, id: string, make: () => Case): Case => {
    let cases = suites.get(suite);
    if (!cases) suites.set(suite, (cases = new Map()));
    let c = cases.get(id);
    if (!c) cases.set(id, (c = make()));
    return c;
  };
  const lineOf = new Map<string, number>();
  for (const f of [...result.findings, ...result.suppressed]) {
    const k = key(f.ruleId, f.location.file, f.resource.logicalId);
    lineOf.set(k, Math.min(lineOf.get(k) ?? Infinity, f.location.line));
  }
  for (const o of result.outcomes) {
    const k = key(o.ruleId, o.file, o.logicalId);
    const c = caseFor(o.ruleId, k, () => ({ name: `${o.file} ${o.logicalId} (${o.resourceType})`, classname: o.ruleId, file: o.file, line: lineOf.get(k) ?? 0, failures: [] }));
    if (o.status === 'unknown') c.skipped = ja ? 'テンプレートからは判定できません (未解決の値)' : 'cannot be decided from the template (unresolved value)';
  }
  for (const s of result.suppressed) {
    const c = suites.get(s.ruleId)?.get(key(s.ruleId, s.location.file, s.resource.logicalId));
    if (c) c.skipped = `${ja ? '抑制' : 'suppressed'}: ${s.suppression.reason ?? (ja ? '(理由なし)' : '(no reason)')}`;
  }
  for (const f of sortedFindings(result.findings)) {
    const k = key(f.ruleId, f.location.file, f.resource.logicalId);
    const suite = f.lens ? f.ruleId : 'slens';
    const c = caseFor(suite, f.lens ? k : `${k}\u0000${f.location.line}\u0000${f.message.en}`, () => ({
      name: `${f.location.file}${f.resource.logicalId ? ` ${f.resource.logicalId} (${f.resource.type})` : `:${f.location.line}`}`,
      classname: f.ruleId,
      file: f.location.file,
      line: f.location.line,
      failures: [],
    }));
    c.failures.push(f);
    c.skipped = undefined;
  }
  for (const e of result.errors) {
    caseFor('slens', `error\u0000${e.file}\u0000${e.line}\u0000${e.message}`, () => ({ name: `${e.file}:${e.line}`, classname: 'load-error', file: e.file, line: e.line, failures: [], error: `${e.code}: ${errorText(e, options.lang)}` }));
  }

  const body: string[] = [];
  let total = 0;
  let failed = 0;
  let errored = 0;
  let skippedTotal = 0;
  for (const suite of [...suites.keys()].sort()) {
    const cases = [...(suites.get(suite) as Map<string, Case>).values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.line - b.line));
    const failures = cases.filter((c) => c.failures.length).length;
    const errors = cases.filter((c) => c.error).length;
    const skipped = cases.filter((c) => c.skipped && !c.failures.length).length;
    total += cases.length;
    failed += failures;
    errored += errors;
    skippedTotal += skipped;
    body.push(`  <testsuite name="${xml(suite)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">`);
    for (const c of cases) {
      const attrs = `classname="${xml(c.classname)}" name="${xml(c.name)}" file="${xml(c.file)}"${c.line ? ` line="${c.line}"` : ''}`;
      if (c.failures.length) {
        const first = c.failures[0] as Finding;
        const detail = c.failures.map((f) => `${f.location.file}:${f.location.line}: ${SEVERITY_WORDS[lang][f.severity]}: ${f.message[lang]} [${f.ruleId}]`).join('\n');
        body.push(`    <testcase ${attrs}>`, `      <failure type="${first.severity}" message="${xml(first.message[lang])}">${xml(detail)}</failure>`, '    </testcase>');
      } else if (c.error) body.push(`    <testcase ${attrs}>`, `      <error type="load-error" message="${xml(c.error)}">${xml(c.error)}</error>`, '    </testcase>');
      else if (c.skipped) body.push(`    <testcase ${attrs}>`, `      <skipped message="${xml(c.skipped)}"/>`, '    </testcase>');
      else body.push(`    <testcase ${attrs}/>`);
    }
    body.push('  </testsuite>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="slens scan" tests="${total}" failures="${failed}" errors="${errored}" skipped="${skippedTotal}">`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}
