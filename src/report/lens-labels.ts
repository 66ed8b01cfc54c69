// Names of the Serverless Lens pillars and questions for grouping findings (ids from the built-in lens).
import type { Lang, Localized } from '../util/i18n.js';
import { loadBuiltinLens } from '../lens/builtin.js';

export const PILLAR_ORDER = ['operationalExcellence', 'security', 'reliability', 'performance', 'costOptimization'] as const;
export const QUESTION_ORDER = ['OPS1', 'OPS2', 'SEC1', 'SEC2', 'SEC3', 'REL1', 'REL2', 'PERF1', 'COST1'] as const;

export const PILLAR_NAMES: Readonly<Record<string, Localized>> = {
  operationalExcellence: { en: 'Operational excellence', ja: '運用上の優秀性' },
  security: { en: 'Security', ja: 'セキュリティ' },
  reliability: { en: 'Reliability', ja: '信頼性' },
  performance: { en: 'Performance efficiency', ja: 'パフォーマンス効率' },
  costOptimization: { en: 'Cost optimization', ja: 'コスト最適化' },
};

export const QUESTION_TITLES: Readonly<Record<string, Localized>> = {
  OPS1: { en: "How do you evaluate your serverless application's health?", ja: 'サーバーレスアプリケーションの状態をどのように評価しますか?' },
  OPS2: { en: 'How do you approach application lifecycle management?', ja: 'アプリケーションのライフサイクル管理について教えてください' },
  SEC1: { en: 'How do you control access to your serverless API?', ja: 'サーバーレス API へのアクセスをどのようにコントロールしますか?' },
  SEC2: { en: "How do you manage your serverless application's security boundaries?", ja: 'サーバーレスアプリケーションのセキュリティ境界をどのように管理していますか?' },
  SEC3: { en: 'How do you implement application security in your workload?', ja: 'ワークロードにどのようにアプリケーションセキュリティを実装しますか?' },
  REL1: { en: 'How do you regulate inbound request rates?', ja: 'インバウンドリクエスト率はどのように調整していますか?' },
  REL2: { en: 'How do you build resiliency into your serverless application?', ja: 'サーバーレスアプリケーションには回復力をどのように組み込んでいますか?' },
  PERF1: { en: "How do you optimize your serverless application's performance?", ja: 'どのようにサーバーレスアプリケーションのパフォーマンスを最適化しますか?' },
  COST1: { en: "How do you optimize your serverless application's costs?", ja: 'どのようにサーバーレスアプリケーションのコストを最適化しますか?' },
};

/** Heading for findings that belong to no lens question (template problems, suppressions). */
export const GENERAL_GROUP: Localized = { en: 'Template and suppression problems', ja: 'テンプレートと抑制の問題' };

/** Names from the built-in lens (the source of truth); the tables above are the fallback if it cannot load. */
function fromLens(lang: Lang, pick: (lens: ReturnType<typeof loadBuiltinLens>) => string | undefined): string | undefined {
  try {
    return pick(loadBuiltinLens(lang));
  } catch {
    return undefined;
  }
}

export function pillarName(id: string, lang: Lang): string {
  return fromLens(lang, (lens) => lens.pillars.find((p) => p.id === id)?.name) ?? PILLAR_NAMES[id]?.[lang] ?? id;
}

export function questionTitle(id: string, lang: Lang): string {
  return (
    fromLens(lang, (lens) => lens.pillars.flatMap((p) => p.questions).find((q) => q.id === id)?.title) ?? QUESTION_TITLES[id]?.[lang] ?? id
  );
}
