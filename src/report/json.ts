// The JSON report: a documented, stable contract (docs/scan.md). Same input, byte-identical output:
// keys in a fixed order, arrays sorted, no timestamps.
import type { ScanOutput, SuppressedFinding } from '../scan/types.js';
import type { Lang } from '../util/i18n.js';
import { jsonObjectChunks, mapped } from '../util/json-chunks.js';
import { errorText } from '../scan/error-text.js';
import type { Finding } from '../rules/types.js';
import { evidenceCounts } from '../scan/evidence.js';
import { FindingStore, inReportOrder, type Findings } from '../scan/finding-store.js';
import { summarize, type ReportOptions } from './common.js';

/** Bumped only when the shape changes incompatibly. */
export const JSON_REPORT_VERSION = 1;

function findingJson(f: Finding, lang: Lang): object {
  return {
    ruleId: f.ruleId,
    aliases: [...f.aliases],
    severity: f.severity,
    lens: f.lens ? { pillar: f.lens.pillar, question: f.lens.question, choice: f.lens.choice } : null,
    file: f.location.file,
    line: f.location.line,
    column: f.location.column,
    resource: f.resource.logicalId,
    resourceType: f.resource.type,
    ...(f.resource.origin ? { origin: { resource: f.resource.origin.logicalId, resourceType: f.resource.origin.type } } : {}),
    ...(f.resource.constructPath ? { constructPath: f.resource.constructPath } : {}),
    messageId: f.messageId,
    message: f.message[lang],
  };
}

function suppressedJson(f: SuppressedFinding, lang: Lang): object {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.location.file,
    line: f.location.line,
    column: f.location.column,
    resource: f.resource.logicalId,
    resourceType: f.resource.type,
    source: f.suppression.source,
    reason: f.suppression.reason ?? null,
    message: f.message[lang],
  };
}

/** The report as JSON text pieces; each finding becomes an object only while it is written. */
export function jsonReportChunks(result: ScanOutput, options: ReportOptions): Generator<string> {
  const { lang } = options;
  const ordered = result.findings instanceof FindingStore ? result.findings : [...inReportOrder(result.findings)];
  const errors = [...result.errors]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.message < b.message ? -1 : 1)))
    .map((e) => ({ file: e.file, line: e.line, column: e.column ?? null, code: e.code, message: errorText(e, lang) }));
  const { evidence, suggestions } = evidenceReport(result, ordered);
  return jsonObjectChunks([
    ['version', JSON_REPORT_VERSION],
    ['files', [...result.files].sort()],
    ['findings', mapped(ordered instanceof FindingStore ? ordered.sorted() : ordered, (f) => findingJson(f, lang)), 'array'],
    ['suppressed', mapped(inReportOrder(result.suppressed), (f) => suppressedJson(f, lang)), 'array'],
    ['errors', errors],
    ['summary', summarize(result)],
    ['evidence', evidence, 'array'],
    ['suggestions', suggestions],
  ]);
}

/** Each lens choice's findings: their indices in report order, gathered in one pass (a store's from its index alone). */
function indicesByChoice(ordered: Findings<Finding>): Map<string, number[]> {
  const indices = new Map<string, number[]>();
  const add = (choice: string | undefined, i: number): void => {
    if (choice === undefined) return;
    const list = indices.get(choice);
    if (list) list.push(i);
    else indices.set(choice, [i]);
  };
  if (ordered instanceof FindingStore) ordered.order().forEach((position, i) => add(ordered.headAt(position).lens?.choice, i));
  else ordered.forEach((f, i) => add(f.lens?.choice, i));
  return indices;
}

/** Evidence per lens choice (findings as indices into the sorted `findings`) and the suggested answers. */
function evidenceReport(result: ScanOutput, ordered: Findings<Finding>): { evidence: object[]; suggestions: object[] } {
  // A Map keyed by 100,000 finding objects cost more than the rest of the evidence: indices instead.
  const indices = indicesByChoice(ordered);
  const computed = evidenceCounts(result);
  const evidence = computed.choices.map((c) => ({
    pillar: c.pillar,
    question: c.question,
    choice: c.choice,
    status: c.status,
    passed: c.passed,
    failed: c.failed,
    findings: indices.get(c.choice) ?? [],
    rules: [...c.rules],
  }));
  const suggestions = computed.answers.map((a) => ({ pillar: a.pillar, question: a.question, selectedChoices: [...a.selectedChoices], risk: a.risk }));
  return { evidence, suggestions };
}

export function formatJson(result: ScanOutput, options: ReportOptions): string {
  return `${[...jsonReportChunks(result, options)].join('')}\n`;
}
