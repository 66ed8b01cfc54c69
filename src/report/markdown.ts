// The Markdown report (pull-request comments, job summaries): a summary, then a table per lens question.
import type { ScanResult } from '../scan/types.js';
import { errorText } from '../scan/error-text.js';
import { groupByQuestion, sortedFindings, summarize, summaryLine, SEVERITY_WORDS, type ReportOptions } from './common.js';
import { GENERAL_GROUP, pillarName, questionTitle } from './lens-labels.js';
import { computeEvidence } from '../scan/evidence.js';
import { countsText, lensViewQuestions, LENS_VIEW_WORDS, RISK_WORDS, STATUS_MARK } from './lens-view.js';

/** Makes text safe inside a table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

function code(text: string): string {
  return text ? `\`${text.replace(/`/g, "'")}\`` : '';
}

const ICON = { error: '⛔', warning: '⚠️', info: 'ℹ️' } as const;

/** The report a line at a time (each piece ends with its newline). */
export function* markdownChunks(result: ScanResult, options: ReportOptions): Generator<string> {
  const { lang } = options;
  const ja = lang === 'ja';
  const out = (...lines: string[]): string => lines.map((line) => `${line}\n`).join('');
  yield out(ja ? '# slens スキャン結果' : '# slens scan', '', `**${summaryLine(summarize(result), lang)}**`, ...lensView(result, options));
  const head = ja ? '| 重大度 | 場所 | リソース | 指摘 | ルール |' : '| Severity | Location | Resource | Finding | Rule |';
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
    yield out('', ja ? '## 読み込めなかったファイル' : '## Files that could not be read', '');
    for (const e of [...result.errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))) yield out(`- ${code(`${e.file}:${e.line}`)} ${cell(errorText(e, lang))}`);
  }
  if (result.suppressed.length) {
    yield out('', ja ? `<details><summary>抑制された指摘 ${result.suppressed.length} 件</summary>` : `<details><summary>${result.suppressed.length} suppressed</summary>`, '');
    for (const s of sortedFindings(result.suppressed)) {
      yield out(`- ${code(s.ruleId)} ${code(`${s.location.file}:${s.location.line}`)} ${code(s.resource.logicalId)}: ${cell(s.suppression.reason ?? (ja ? '(理由なし)' : '(no reason)'))}`);
    }
    yield out('', '</details>');
  }
}

export function formatMarkdown(result: ScanResult, options: ReportOptions): string {
  return [...markdownChunks(result, options)].join('');
}

/** A table per question: each choice with ✓ / ✗ / ?, its counts and rules; the suggested answer's risk. */
function lensView(result: ScanResult, options: ReportOptions): string[] {
  const { lang } = options;
  const words = LENS_VIEW_WORDS[lang];
  const out = ['', `## ${words.heading}`, '', words.legend];
  const head = lang === 'ja' ? '| | 選択肢 | エビデンス | ルール |' : '| | Choice | Evidence | Rules |';
  for (const q of lensViewQuestions(computeEvidence(result), lang)) {
    out.push('', `**${q.question} ${cell(q.title)}** — ${words.suggested}: ${RISK_WORDS[lang][q.risk]}`, '', head, '| --- | --- | --- | --- |');
    for (const { evidence, title } of q.choices) {
      out.push(`| ${STATUS_MARK[evidence.status]} | ${cell(title)} | ${cell(countsText(evidence, lang))} | ${evidence.rules.map(code).join(' ')} |`);
    }
  }
  return out;
}
