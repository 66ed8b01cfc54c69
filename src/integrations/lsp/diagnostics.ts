// Findings as LSP diagnostics (rule id linking to its docs) and the hover text of the lens choice they belong to.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { loadBuiltinLens } from '../../lens/builtin.js';
import type { Finding } from '../../rules/types.js';
import type { ScanError } from '../../scan/types.js';
import { errorText } from '../../scan/error-text.js';
import { pillarName } from '../../report/lens-labels.js';
import { fill, type Lang, type Localized } from '../../util/i18n.js';

/** Where rule pages live when this install has no docs folder (a package installed from the registry). */
export const RULE_DOCS_URL = 'https://github.com/slens-dev/slens/blob/main/docs/rules/';

/** docs/rules of this install, found above this module (the compiled file or the bundle sit at different depths). */
function localDocs(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return existsSync(join(dir, 'docs', 'rules')) ? join(dir, 'docs', 'rules') : undefined;
  }
  return undefined;
}
const LOCAL_DOCS = localDocs();

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What a diagnostic carries for quick fixes and hover. */
export interface FindingData {
  ruleId: string;
  logicalId: string;
  /** The lens question and choice, when the rule answers one. */
  lens?: { pillar: string; question: string; choice: string };
}

/** Looked up once per rule: a re-check of a large template must not touch the disk per finding. */
const docsUrls = new Map<string, string>();

export function ruleDocsUrl(ruleId: string): string {
  let url = docsUrls.get(ruleId);
  if (url === undefined) {
    const local = LOCAL_DOCS && join(LOCAL_DOCS, `${ruleId}.md`);
    url = local && existsSync(local) ? pathToFileURL(local).href : `${RULE_DOCS_URL}${ruleId}.md`;
    docsUrls.set(ruleId, url);
  }
  return url;
}

/** A line's range, from the finding's column to the end of the line (positions are 0-based in LSP). */
function rangeOf(lines: readonly string[], line: number, column = 1): Diagnostic['range'] {
  const index = Math.min(Math.max(0, line - 1), Math.max(0, lines.length - 1));
  const text = lines[index] ?? '';
  const start = Math.min(Math.max(0, column - 1), text.length);
  return { start: { line: index, character: start }, end: { line: index, character: Math.max(start, text.length) } };
}

export function toDiagnostics(findings: readonly Finding[], errors: readonly ScanError[], text: string, lang: Lang): Diagnostic[] {
  const lines = text.split('\n');
  const out: Diagnostic[] = findings.map((f) => {
    const data: FindingData = { ruleId: f.ruleId, logicalId: f.resource.origin?.logicalId ?? f.resource.logicalId, ...(f.lens ? { lens: { ...f.lens } } : {}) };
    return {
      range: rangeOf(lines, f.location.line, f.location.column),
      severity: SEVERITY[f.severity],
      source: 'slens',
      code: f.ruleId,
      codeDescription: { href: ruleDocsUrl(f.ruleId) },
      message: f.message[lang],
      data,
    };
  });
  for (const e of errors) out.push({ range: rangeOf(lines, e.line, e.column), severity: DiagnosticSeverity.Error, source: 'slens', code: e.code, message: errorText(e, lang) });
  return out;
}

const HOVER: Localized = {
  en: '**Serverless Lens** — {pillar}\n\n**{question}** {questionTitle}\n\nThis finding weighs against the practice **{choice}**.{description}\n\nRule [`{rule}`]({docs})',
  ja: '**Serverless Lens** — {pillar}\n\n**{question}** {questionTitle}\n\nこの指摘は、プラクティス「**{choice}**」に反する根拠になります。{description}\n\nルール [`{rule}`]({docs})',
};

/** Markdown naming the lens question and choice a finding's rule answers. */
export function lensHover(data: FindingData, lang: Lang): string | undefined {
  if (!data.lens) return undefined;
  const lens = loadBuiltinLens(lang);
  const question = lens.pillars.flatMap((p) => p.questions).find((q) => q.id === data.lens!.question);
  const choice = question?.choices.find((c) => c.id === data.lens!.choice);
  if (!question || !choice) return undefined;
  const description = choice.description ? ` ${choice.description}` : '';
  return fill(HOVER[lang], { pillar: pillarName(data.lens.pillar, lang), question: question.id, questionTitle: question.title, choice: choice.title, description, rule: data.ruleId, docs: ruleDocsUrl(data.ruleId) });
}
