// What every formatter shares: stable ordering, grouping by lens question, the summary numbers and words.
import type { Lang } from '../util/i18n.js';
import type { Finding } from '../rules/types.js';
import type { ScanOutput } from '../scan/types.js';
import { compareFindings, FindingStore, severityCounts, type Findings } from '../scan/finding-store.js';
import { QUESTION_ORDER } from './lens-labels.js';

export { compareFindings, inReportOrder } from '../scan/finding-store.js';

export interface ReportOptions {
  lang: Lang;
  /** ANSI colour (text format on a terminal only). */
  color?: boolean;
  /** slens version, for SARIF's tool description. */
  toolVersion?: string;
}

export function sortedFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(compareFindings);
}

export interface QuestionGroup {
  /** Question id, or undefined for findings without a lens choice. */
  question?: string;
  pillar?: string;
  /** In report order (a store's are read back as they are iterated). */
  findings: Iterable<Finding>;
}

/** Findings grouped by lens question in lens order; findings without a lens come last. */
export function groupByQuestion(findings: Findings<Finding>): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup & { items: (Finding | number)[] }>();
  const place = (lens: Finding['lens'], item: Finding | number): void => {
    const key = lens?.question ?? '';
    let group = groups.get(key);
    if (!group) {
      group = lens ? { question: lens.question, pillar: lens.pillar, findings: [], items: [] } : { findings: [], items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  };
  // A store's findings are grouped by position (its index knows each one's rule), and read back when written.
  if (findings instanceof FindingStore) for (const i of findings.order()) place(findings.headAt(i).lens, i);
  else for (const finding of sortedFindings(findings)) place(finding.lens, finding);
  for (const group of groups.values()) {
    const { items } = group;
    group.findings = findings instanceof FindingStore ? (function* () {
      for (const item of items) yield findings.at(item as number);
    })() : (items as Finding[]);
  }
  const rank = (q: string | undefined): number => {
    if (q === undefined) return 1000;
    const i = (QUESTION_ORDER as readonly string[]).indexOf(q);
    return i === -1 ? 999 : i;
  };
  return [...groups.values()].sort((a, b) => rank(a.question) - rank(b.question)).map(({ items: _items, ...group }) => group);
}

export interface Summary {
  files: number;
  resources: number;
  findings: number;
  error: number;
  warning: number;
  info: number;
  suppressed: number;
  errors: number;
}

export function summarize(result: ScanOutput): Summary {
  const counts = severityCounts(result.findings);
  return {
    files: result.files.length,
    resources: result.resources,
    findings: result.findings.length,
    error: counts.error,
    warning: counts.warning,
    info: counts.info,
    suppressed: result.suppressed.length,
    errors: result.errors.length,
  };
}

/** The one-line summary, in the chosen language. */
export function summaryLine(summary: Summary, lang: Lang): string {
  if (lang === 'ja') {
    const base = `${summary.files} ファイル、${summary.resources} リソース: エラー ${summary.error} 件、警告 ${summary.warning} 件、情報 ${summary.info} 件`;
    const extra = [
      summary.suppressed ? `抑制 ${summary.suppressed} 件` : '',
      summary.errors ? `読み込めなかった問題 ${summary.errors} 件` : '',
    ].filter(Boolean);
    return extra.length ? `${base} (${extra.join('、')})` : base;
  }
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const base = `${plural(summary.files, 'file')}, ${plural(summary.resources, 'resource')}: ${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${summary.info} info`;
  const extra = [summary.suppressed ? `${summary.suppressed} suppressed` : '', summary.errors ? `${plural(summary.errors, 'load error')}` : ''].filter(Boolean);
  return extra.length ? `${base} (${extra.join(', ')})` : base;
}

export const SEVERITY_WORDS: Readonly<Record<Lang, Readonly<Record<Finding['severity'], string>>>> = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  ja: { error: 'エラー', warning: '警告', info: '情報' },
};
