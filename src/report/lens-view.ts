// The lens view of a scan (text and Markdown): per question, each choice with its evidence mark and counts,
// and the risk the suggested answer would get. Words in English and Japanese.
import type { Lang } from '../util/i18n.js';
import { loadBuiltinLens } from '../lens/builtin.js';
import type { EvaluatedRisk } from '../lens/risk.js';
import type { ChoiceCounts, ChoiceEvidence, EvidenceCounts, EvidenceStatus } from '../scan/evidence.js';

export const STATUS_MARK: Readonly<Record<EvidenceStatus, string>> = { supported: '✓', contradicted: '✗', unknown: '?' };

export const RISK_WORDS: Readonly<Record<Lang, Readonly<Record<EvaluatedRisk, string>>>> = {
  en: { HIGH_RISK: 'high risk', MEDIUM_RISK: 'medium risk', NO_RISK: 'no risk', UNANSWERED: 'unanswered' },
  ja: { HIGH_RISK: '高リスク', MEDIUM_RISK: '中リスク', NO_RISK: 'リスクなし', UNANSWERED: '未回答' },
};

export const LENS_VIEW_WORDS = {
  en: { heading: 'Serverless Lens evidence', suggested: 'suggested answer', legend: '✓ supported  ✗ contradicted  ? unknown' },
  ja: { heading: 'Serverless Lens のエビデンス', suggested: '回答の提案', legend: '✓ 裏付けあり  ✗ 反証あり  ? 不明' },
} as const;

/** Words for the common kinds of resource a choice judges: singular, plural and Japanese. */
const KIND_WORDS: ReadonlyArray<readonly [readonly string[], { one: string; many: string; ja: string }]> = [
  [['AWS::Lambda::Function'], { one: 'function', many: 'functions', ja: '関数' }],
  [['AWS::SQS::Queue'], { one: 'queue', many: 'queues', ja: 'キュー' }],
  [['AWS::SNS::Topic'], { one: 'topic', many: 'topics', ja: 'トピック' }],
  [['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api', 'AWS::AppSync::GraphQLApi'], { one: 'API', many: 'APIs', ja: 'API' }],
  [['AWS::StepFunctions::StateMachine'], { one: 'state machine', many: 'state machines', ja: 'ステートマシン' }],
  [['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'], { one: 'table', many: 'tables', ja: 'テーブル' }],
  [['AWS::S3::Bucket'], { one: 'bucket', many: 'buckets', ja: 'バケット' }],
  [['AWS::Logs::LogGroup'], { one: 'log group', many: 'log groups', ja: 'ロググループ' }],
];
const RESOURCE_WORDS = { one: 'resource', many: 'resources', ja: 'リソース' } as const;

/** What to call the judged resources: their kind when all share one the words know, else "resources". */
export function kindWords(types: readonly string[] | undefined): { one: string; many: string; ja: string } {
  if (!types || types.length === 0) return RESOURCE_WORDS;
  const kinds = new Set(types.map((t) => KIND_WORDS.find(([names]) => names.includes(t))?.[1]));
  const [only] = kinds;
  return kinds.size === 1 && only ? only : RESOURCE_WORDS;
}

/** "3 of 4 functions failing", "2 of 2 queues passing", "no evidence" — in the chosen language. */
export function countsText(evidence: Pick<ChoiceEvidence, 'status' | 'passed' | 'failed' | 'rules'> & { resourceTypes?: readonly string[] | undefined }, lang: Lang): string {
  const total = evidence.passed + evidence.failed;
  const words = kindWords(evidence.resourceTypes);
  if (lang === 'ja') {
    if (evidence.status === 'contradicted') return `${total} 個の${words.ja}のうち ${evidence.failed} 個が不適合`;
    if (evidence.status === 'supported') return `${total} 個の${words.ja}すべてが適合`;
    return evidence.rules.length ? '判断できる材料なし' : '確認するルールなし';
  }
  const noun = total === 1 ? words.one : words.many;
  if (evidence.status === 'contradicted') return `${evidence.failed} of ${total} ${noun} failing`;
  if (evidence.status === 'supported') return `${total} of ${total} ${noun} passing`;
  return evidence.rules.length ? 'nothing scanned decides it' : 'no rule checks it';
}

export interface LensViewQuestion {
  pillar: string;
  question: string;
  title: string;
  risk: EvaluatedRisk;
  choices: { evidence: ChoiceCounts; title: string }[];
}

/** The evidence grouped by question with titles from the built-in lens in `lang`. */
export function lensViewQuestions(evidence: EvidenceCounts, lang: Lang): LensViewQuestion[] {
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
