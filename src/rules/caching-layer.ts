// Evidence of caching in front of or beside the workload: API caches, CloudFront, DAX, ElastiCache.
import type { Rule } from './types.js';
import { PASS, unknown } from './support/results.js';
import type { GraphIndex, Resource } from '../iac/types.js';
import { directTarget, isRecord, valueAt } from '../iac/values.js';

/** The AWS managed cache policy "CachingDisabled" (and its TTLs of zero). */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

/** A cache behaviour that keeps nothing: the CachingDisabled policy, or a cache policy or legacy settings with TTLs of zero. */
function cachesNothing(behavior: unknown, graph: GraphIndex): boolean {
  if (!isRecord(behavior)) return false;
  const policy = behavior['CachePolicyId'];
  if (policy === CACHING_DISABLED) return true;
  let ttls: unknown = behavior;
  if (policy !== undefined) {
    const target = directTarget(policy);
    ttls = target ? valueAt(graph.get(target)?.properties, ['CachePolicyConfig']) : undefined;
  }
  return isRecord(ttls) && Number(ttls['DefaultTTL']) === 0 && Number(ttls['MaxTTL']) === 0;
}

/** True unless every behaviour of the distribution keeps nothing (a list that cannot be read counts as caching). */
function cachesAnything(distribution: Resource, graph: GraphIndex): boolean {
  const config = distribution.properties['DistributionConfig'];
  const more = valueAt(config, ['CacheBehaviors']);
  if (more !== undefined && !Array.isArray(more)) return true;
  return [valueAt(config, ['DefaultCacheBehavior']), ...(more ?? [])].some((b) => !cachesNothing(b, graph));
}

export const cachingLayer: Rule = {
  id: 'caching-layer',
  title: { en: 'The workload caches what it can', ja: 'ワークロードでキャッシュできるものをキャッシュ' },
  severity: 'info',
  lens: { pillar: 'performance', question: 'PERF1', choice: 'perf1_caching' },
  aliases: [],
  resourceTypes: ['AWS::ApiGateway::Stage', 'AWS::CloudFront::Distribution', 'AWS::DAX::Cluster', 'AWS::ElastiCache::ServerlessCache', 'AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
  messages: {},
  evidenceOnly: true,
  docs: {
    description: {
      en: 'Evidence only: a REST API stage with `CacheClusterEnabled: true`, a CloudFront distribution that caches (not every behaviour on the `CachingDisabled` policy or TTLs of 0), a DAX cluster or an ElastiCache cache support the choice. A REST stage without a cache is unknown: not every API benefits from one.',
      ja: 'エビデンス専用です。`CacheClusterEnabled: true` の REST API ステージ、キャッシュする CloudFront ディストリビューション（すべての動作が `CachingDisabled` ポリシーや TTL 0 のものは除く）、DAX クラスター、ElastiCache のキャッシュは選択肢を裏付けます。キャッシュのない REST ステージは不明です。キャッシュが役立たない API もあるためです。',
    },
    rationale: {
      en: 'A cached response costs no function invocation and no database read, and returns in milliseconds.',
      ja: 'キャッシュされた応答には関数の呼び出しもデータベースの読み取りも不要で、数ミリ秒で返ります。',
    },
    fix: { en: 'Cache read-heavy endpoints: `CacheClusterEnabled: true` with `MethodSettings` `CachingEnabled`, CloudFront in front of the API, or DAX in front of DynamoDB.', ja: '読み取りの多いエンドポイントをキャッシュします: `MethodSettings` の `CachingEnabled` と `CacheClusterEnabled: true`、API の前の CloudFront、DynamoDB の前の DAX。' },
    links: [{ title: 'Cache settings for REST APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html' }],
  },
  check(resource, { graph }) {
    if (resource.type === 'AWS::CloudFront::Distribution') return cachesAnything(resource, graph) ? PASS : unknown(['DistributionConfig']);
    if (resource.type !== 'AWS::ApiGateway::Stage') return PASS;
    const enabled = resource.properties['CacheClusterEnabled'];
    return enabled === true || enabled === 'true' ? PASS : unknown();
  },
};
