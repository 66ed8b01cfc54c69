// Functions that use a relational database or cache protect it: RDS Proxy, reserved concurrency, or a
// queue with a concurrency cap in front.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { isFrameworkHelper, referencedResources } from './support/function-facts.js';
import { isPresent, valueAt } from '../iac/values.js';

const NON_SCALABLE = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup', 'AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster']);
const PROXY = new Set(['AWS::RDS::DBProxy', 'AWS::RDS::DBProxyEndpoint']);

export const protectNonscalableDownstream: Rule = {
  id: 'protect-nonscalable-downstream',
  title: { en: 'Functions protect databases that do not scale with them', ja: '関数と一緒に拡張しないデータベースを保護' },
  severity: 'warning',
  lens: { pillar: 'reliability', question: 'REL1', choice: 'rel1_protect_nonscalable' },
  aliases: ['CKV_AWS_115'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    unprotected: {
      en: 'Function {resource} connects to {target} directly, with no RDS Proxy, reserved concurrency or queue concurrency cap; a burst of invocations can exhaust its connections.',
      ja: '関数 {resource} は {target} に直接接続しており、RDS Proxy、予約同時実行数、キューの同時実行数の上限のいずれもありません。呼び出しが急増すると接続を使い果たすおそれがあります。',
    },
  },
  docs: {
    description: {
      en: 'For functions that reference a relational database, cache or graph database of the template: passes when the function goes through an RDS Proxy, sets `ReservedConcurrentExecutions`, or is fed by event source mappings that all set `ScalingConfig.MaximumConcurrency`. A function using a proxy passes on its own. Other functions are not judged.',
      ja: 'テンプレート内のリレーショナルデータベース、キャッシュ、グラフデータベースを参照する関数について、RDS Proxy を経由する、`ReservedConcurrentExecutions` を設定する、またはすべてのイベントソースマッピングで `ScalingConfig.MaximumConcurrency` を設定している場合に合格とします。プロキシを使う関数はそれだけで合格です。ほかの関数は判定しません。',
    },
    rationale: {
      en: 'Lambda scales to thousands of concurrent executions in seconds; a database has a fixed number of connections. Something has to stand between them.',
      ja: 'Lambda は数秒で数千の同時実行に拡張しますが、データベースの接続数は固定です。その間に何かを置く必要があります。',
    },
    fix: { en: 'Connect through an `AWS::RDS::DBProxy`, or cap concurrency with `ReservedConcurrentExecutions` or the SQS event source\'s `ScalingConfig.MaximumConcurrency`.', ja: '`AWS::RDS::DBProxy` を経由して接続するか、`ReservedConcurrentExecutions` または SQS イベントソースの `ScalingConfig.MaximumConcurrency` で同時実行数を制限します。' },
    differences: {
      en: 'Unlike CKV_AWS_115, functions that use nothing of limited capacity are not asked for reserved concurrency.',
      ja: 'CKV_AWS_115 と異なり、容量に限りのあるものを使わない関数には予約同時実行数を求めません。',
    },
    links: [{ title: 'Using Amazon RDS Proxy with Lambda', url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-rds.html' }],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    const used = referencedResources(resource, graph);
    if (used.some((r) => PROXY.has(r.type))) return PASS;
    const target = used.find((r) => NON_SCALABLE.has(r.type));
    if (!target) return NOT_APPLICABLE;
    if (isPresent(resource.properties['ReservedConcurrentExecutions'])) return PASS;
    const mappings = graph.eventSourceMappingsOf(resource);
    if (mappings.length > 0 && mappings.every((m) => isPresent(valueAt(m.properties, ['ScalingConfig', 'MaximumConcurrency'])))) return PASS;
    return fail('unprotected', { target: target.logicalId });
  },
};
