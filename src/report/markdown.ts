// The Markdown report (pull-request comments, job summaries): a summary, then a table per lens question.
import type { ScanOutput } from '../scan/types.js';
import { errorText } from '../scan/error-text.js';
import { groupByQuestion, inReportOrder, summarize, summaryLine, SEVERITY_WORDS, type ReportOptions } from './common.js';
import { GENERAL_GROUP, pillarName, questionTitle } from './lens-labels.js';
import { evidenceCounts } from '../scan/evidence.js';
import { countsText, lensViewQuestions, LENS_VIEW_WORDS, RISK_WORDS, STATUS_MARK } from './lens-view.js';
import { fill, type Localized } from '../util/i18n.js';

/** Makes text safe inside a table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

function code(text: string): string {
  return text ? `\`${text.replace(/`/g, "'")}\`` : '';
}

const TITLE: Localized = { en: '# slens scan', ja: '# slens スキャン結果' };
const FINDINGS_HEAD: Localized = { en: '| Severity | Location | Resource | Finding | Rule |', ja: '| 重大度 | 場所 | リソース | 指摘 | ルール |' };
const UNREAD_HEADING: Localized = { en: '## Files that could not be read', ja: '## 読み込めなかったファイル' };
const SUPPRESSED_SUMMARY: Localized = { en: '<details><summary>{count} suppressed</summary>', ja: '<details><summary>抑制された指摘 {count} 件</summary>' };
const NO_REASON: Localized = { en: '(no reason)', ja: '(理由なし)' };
const LENS_VIEW_HEAD: Localized = { en: '| | Choice | Evidence | Rules |', ja: '| | 選択肢 | エビデンス | ルール |' };

const ICON = { error: '⛔', warning: '⚠️', info: 'ℹ️' } as const;

/** The report a line at a time (each piece ends with its newline). */
export function* markdownChunks(result: ScanOutput, options: ReportOptions): Generator<string> {
  const { lang } = options;
  const out = (...lines: string[]): string => lines.map((line) => `${line}\n`).join('');
  yield out(TITLE[lang], '', `**${summaryLine(summarize(result), lang)}**`, ...lensView(result, options));
  const head = FINDINGS_HEAD[lang];
  let lastPillar: string | undefined;
  for (const group of groupByQuestion(result.findings)) {
    if (group.question === undefined) yield out('', `## ${GENERAL_GROUP[lang]}`);
    else {
      if (group.pillar !== lastPillar) yield out('', `## ${pillarName(group.pillar as string, lang)}`);
      yield out('', `### ${group.question} ${cell(questionTitle(group.question, lang))}`);
    }
    lastPillar = group.pillar;
    yield out('', head, '| --- | --- | --- | --- | --- |');
    for (const f of group.findings) {
      yield out(`| ${ICON[f.severity]} ${SEVERITY_WORDS[lang][f.severity]} | ${code(`${f.location.file}:${f.location.line}`)} | ${code(f.resource.logicalId)} | ${cell(f.message[lang])} | ${code(f.ruleId)} |`);
    }
  }
  if (result.errors.length) {
    yield out('', UNREAD_HEADING[lang], '');
    for (const e of [...result.errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))) yield out(`- ${code(`${e.file}:${e.line}`)} ${cell(errorText(e, lang))}`);
  }
  if (result.suppressed.length) {
    yield out('', fill(SUPPRESSED_SUMMARY[lang], { count: result.suppressed.length }), '');
    for (const s of inReportOrder(result.suppressed)) {
      yield out(`- ${code(s.ruleId)} ${code(`${s.location.file}:${s.location.line}`)} ${code(s.resource.logicalId)}: ${cell(s.suppression.reason ?? NO_REASON[lang])}`);
    }
    yield out('', '</details>');
  }
}

export function formatMarkdown(result: ScanOutput, options: ReportOptions): string {
  return [...markdownChunks(result, options)].join('');
}

/** A table per question: each choice with ✓ / ✗ / ?, its counts and rules; the suggested answer's risk. */
function lensView(result: ScanOutput, options: ReportOptions): string[] {
  const { lang } = options;
  const words = LENS_VIEW_WORDS[lang];
  const out = ['', `## ${words.heading}`, '', words.legend];
  const head = LENS_VIEW_HEAD[lang];
  for (const q of lensViewQuestions(evidenceCounts(result), lang)) {
    out.push('', `**${q.question} ${cell(q.title)}** — ${words.suggested}: ${RISK_WORDS[lang][q.risk]}`, '', head, '| --- | --- | --- | --- |');
    for (const { evidence, title } of q.choices) {
      out.push(`| ${STATUS_MARK[evidence.status]} | ${cell(title)} | ${cell(countsText(evidence, lang))} | ${evidence.rules.map(code).join(' ')} |`);
    }
  }
  return out;
}
