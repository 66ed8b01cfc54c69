// The built-in Serverless Lens source: name, description and the five pillars in display order.
import { COST_PILLAR } from './cost.js';
import { OPS_PILLAR } from './ops.js';
import { PERF_PILLAR } from './perf.js';
import { REL_PILLAR } from './rel.js';
import { SEC_PILLAR } from './sec.js';
import { l, type PillarSource } from './source-types.js';

export const SERVERLESS_PILLARS: readonly PillarSource[] = [OPS_PILLAR, SEC_PILLAR, REL_PILLAR, PERF_PILLAR, COST_PILLAR];

export const SERVERLESS_LENS_NAME = l('Serverless Lens (slens)', 'サーバーレスレンズ (slens)');

// Lens name and description accept only letters, digits, spaces, line breaks and - _ . , : / ( ) @ ! & # + ' ?
// on import, so the Japanese text uses ASCII punctuation here.
export const SERVERLESS_LENS_DESCRIPTION = l(
  [
    'Best practices for serverless workloads on AWS, following the nine questions of the AWS Well-Architected Serverless Applications Lens.',
    'Each answer names the AWS features and tools to use, and slens can back answers with evidence from your templates, logs and metrics.',
    'Risk: no risk when every best practice of a question is in place, medium risk when its essential practices are in place, high risk otherwise or when None of these is selected.',
    'Each question description ends with its essential practices, and docs/lens.md in slens explains why they are essential.',
  ].join(' '),
  [
    'AWS Well-Architected サーバーレスアプリケーションレンズの9つの質問に沿った, AWS 上のサーバーレスワークロードのベストプラクティスです.',
    '各回答には使用すべき AWS の機能やツールを示しており, slens はテンプレート, ログ, メトリクスから得た根拠で回答を裏付けられます.',
    'リスク判定: 質問のベストプラクティスがすべて実施済みならリスクなし, 必須のプラクティスが実施済みなら中リスク, それ以外または いずれも該当しません を選んだ場合は高リスクです.',
    '各質問の説明の末尾に必須プラクティスを示しており, それらが必須である理由は slens の docs/lens.md で説明しています.',
  ].join(' '),
);
