// The terminal report: findings grouped by lens pillar and question, each `file:line`, severity, resource,
// message and rule id; then load errors and a summary line. Colour only when asked (a TTY).
import type { Finding } from '../rules/types.js';
import { errorText } from '../scan/error-text.js';
import type { ScanOutput } from '../scan/types.js';
import { groupByQuestion, summarize, summaryLine, SEVERITY_WORDS, type ReportOptions } from './common.js';
import { GENERAL_GROUP, pillarName, questionTitle } from './lens-labels.js';
import { evidenceCounts } from '../scan/evidence.js';
import { countsText, lensViewQuestions, LENS_VIEW_WORDS, RISK_WORDS, STATUS_MARK } from './lens-view.js';
import { fill, type Localized } from '../util/i18n.js';

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

function paint(on: boolean, code: string, text: string): string {
  return on ? `${code}${text}${ANSI.reset}` : text;
}

const FINDINGS_HEADING: Localized = { en: 'Findings: {heading}', ja: '指摘: {heading}' };
const UNREAD_HEADING: Localized = { en: 'Files that could not be read', ja: '読み込めなかったファイル' };
const NO_FINDINGS: Localized = { en: 'No findings.', ja: '指摘はありません。' };

const SEVERITY_COLOUR: Record<Finding['severity'], string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan };

/** The report a line at a time (each piece ends with its newline). */
export function* textChunks(result: ScanOutput, options: ReportOptions): Generator<string> {
  const { lang } = options;
  const colour = options.color === true;
  // The lens view always comes first, so every later part is set off by a blank line.
  for (const line of lensView(result, options)) yield `${line}\n`;
  const words = SEVERITY_WORDS[lang];
  const width = Math.max(...Object.values(words).map((w) => w.length));
  let lastPillar: string | undefined;
  for (const group of groupByQuestion(result.findings)) {
    if (group.pillar !== lastPillar || group.question === undefined) {
      const heading = group.question === undefined ? GENERAL_GROUP[lang] : pillarName(group.pillar as string, lang);
      yield `\n${paint(colour, ANSI.bold, fill(FINDINGS_HEADING[lang], { heading }))}\n`;
      lastPillar = group.pillar;
    }
    if (group.question !== undefined) yield `  ${group.question} ${questionTitle(group.question, lang)}\n`;
    for (const f of group.findings) {
      const where = `${f.location.file}:${f.location.line}`;
      const severity = paint(colour, SEVERITY_COLOUR[f.severity], words[f.severity].padEnd(width));
      // CDK resources also carry their construct path: the name the developer wrote, beside the generated id.
      const resource = f.resource.logicalId ? `${f.resource.logicalId}${f.resource.constructPath ? ` (${f.resource.constructPath})` : ''}  ` : '';
      yield `    ${where}  ${severity}  ${resource}${f.message[lang]}  ${paint(colour, ANSI.dim, `[${f.ruleId}]`)}\n`;
    }
  }
  if (result.errors.length) {
    yield `\n${paint(colour, ANSI.bold, UNREAD_HEADING[lang])}\n`;
    for (const e of [...result.errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))) {
      yield `    ${e.file}:${e.line}  ${paint(colour, ANSI.red, e.code)}  ${errorText(e, lang)}\n`;
    }
  }
  const summary = summarize(result);
  const noFindings = NO_FINDINGS[lang];
  yield `\n${summary.findings === 0 && summary.errors === 0 ? `${noFindings} ${summaryLine(summary, lang)}` : summaryLine(summary, lang)}\n`;
}

export function formatText(result: ScanOutput, options: ReportOptions): string {
  return [...textChunks(result, options)].join('');
}

const MARK_COLOUR = { supported: '\u001b[32m', contradicted: ANSI.red, unknown: ANSI.dim } as const;

/** Per question, each choice with ✓ / ✗ / ? and its counts, and the risk of the suggested answer. */
function lensView(result: ScanOutput, options: ReportOptions): string[] {
  const { lang } = options;
  const colour = options.color === true;
  const words = LENS_VIEW_WORDS[lang];
  const lines = [paint(colour, ANSI.bold, `${words.heading} (${words.legend})`)];
  let lastPillar: string | undefined;
  for (const q of lensViewQuestions(evidenceCounts(result), lang)) {
    if (q.pillar !== lastPillar) lines.push(`  ${pillarName(q.pillar, lang)}`);
    lastPillar = q.pillar;
    lines.push(`    ${q.question} ${q.title}  — ${words.suggested}: ${RISK_WORDS[lang][q.risk]}`);
    for (const { evidence, title } of q.choices) {
      lines.push(`      ${paint(colour, MARK_COLOUR[evidence.status], STATUS_MARK[evidence.status])} ${title}  ${paint(colour, ANSI.dim, `(${countsText(evidence, lang)})`)}`);
    }
  }
  return lines;
}
