// The lens view of a scan (text and Markdown): per question, each choice with its evidence mark and counts,
// and the risk the suggested answer would get. Words in English and Japanese.
import type { Lang } from '../util/i18n.js';
import { loadBuiltinLens } from '../lens/builtin.js';
import type { EvaluatedRisk } from '../lens/risk.js';
import type { ChoiceEvidence, Evidence, EvidenceStatus } from '../scan/evidence.js';

export const STATUS_MARK: Readonly<Record<EvidenceStatus, string>> = { supported: '✓', contradicted: '✗', unknown: '?' };

export const RISK_WORDS: Readonly<Record<Lang, Readonly<Record<EvaluatedRisk, string>>>> = {
  en: { HIGH_RISK: 'high risk', MEDIUM_RISK: 'medium risk', NO_RISK: 'no risk', UNANSWERED: 'unanswered' },
  ja: { HIGH_RISK: '高リスク', MEDIUM_RISK: '中リスク', NO_RISK: 'リスクなし', UNANSWERED: '未回答' },
};

export const LENS_VIEW_WORDS = {
  en: { heading: 'Serverless Lens evidence', suggested: 'suggested answer', legend: '✓ supported  ✗ contradicted  ? unknown' },
  ja: { heading: 'Serverless Lens のエビデンス', suggested: '回答の提案', legend: '✓ 裏付けあり  ✗ 反証あり  ? 不明' },
} as const;

/** "3 of 12 resources fail", "12 resources conform", "no evidence" — in the chosen language. */
export function countsText(evidence: Pick<ChoiceEvidence, 'status' | 'passed' | 'failed' | 'rules'>, lang: Lang): string {
  const total = evidence.passed + evidence.failed;
  if (lang === 'ja') {
    if (evidence.status === 'contradicted') return `${total} リソース中 ${evidence.failed} 件が不適合`;
    if (evidence.status === 'supported') return `${total} リソースすべて適合`;
    return evidence.rules.length ? '判断できる材料なし' : '確認するルールなし';
  }
  const noun = (n: number): string => (n === 1 ? 'resource' : 'resources');
  if (evidence.status === 'contradicted') return `${evidence.failed} of ${total} ${noun(total)} ${evidence.failed === 1 ? 'fails' : 'fail'}`;
  if (evidence.status === 'supported') return `${total} ${noun(total)} ${total === 1 ? 'conforms' : 'conform'}`;
  return evidence.rules.length ? 'nothing scanned decides it' : 'no rule checks it';
}

export interface LensViewQuestion {
  pillar: string;
  question: string;
  title: string;
  risk: EvaluatedRisk;
  choices: { evidence: ChoiceEvidence; title: string }[];
}

/** The evidence grouped by question with titles from the built-in lens in `lang`. */
export function lensViewQuestions(evidence: Evidence, lang: Lang): LensViewQuestion[] {
  const lens = loadBuiltinLens(lang);
  const out: LensViewQuestion[] = [];
  for (const answer of evidence.answers) {
    const question = lens.pillars.flatMap((p) => p.questions).find((q) => q.id === answer.question);
    const choices = evidence.choices
      .filter((c) => c.question === answer.question)
      .map((c) => ({ evidence: c, title: question?.choices.find((x) => x.id === c.choice)?.title ?? c.choice }));
    out.push({ pillar: answer.pillar, question: answer.question, title: question?.title ?? answer.question, risk: answer.risk, choices });
  }
  return out;
}
