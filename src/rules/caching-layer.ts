// Evidence of caching in front of or beside the workload: API caches, CloudFront, DAX, ElastiCache.
import type { Rule } from './types.js';
import { PASS, unknown } from './support/results.js';

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
      en: 'Evidence only: a REST API stage with `CacheClusterEnabled: true`, a CloudFront distribution, a DAX cluster or an ElastiCache cache support the choice. A REST stage without a cache is unknown: not every API benefits from one.',
      ja: 'エビデンス専用です。`CacheClusterEnabled: true` の REST API ステージ、CloudFront ディストリビューション、DAX クラスター、ElastiCache のキャッシュは選択肢を裏付けます。キャッシュのない REST ステージは不明です。キャッシュが役立たない API もあるためです。',
    },
    rationale: {
      en: 'A cached response costs no function invocation and no database read, and returns in milliseconds.',
      ja: 'キャッシュされた応答には関数の呼び出しもデータベースの読み取りも不要で、数ミリ秒で返ります。',
    },
    fix: { en: 'Cache read-heavy endpoints: `CacheClusterEnabled: true` with `MethodSettings` `CachingEnabled`, CloudFront in front of the API, or DAX in front of DynamoDB.', ja: '読み取りの多いエンドポイントをキャッシュします: `MethodSettings` の `CachingEnabled` と `CacheClusterEnabled: true`、API の前の CloudFront、DynamoDB の前の DAX。' },
    links: [{ title: 'Cache settings for REST APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html' }],
  },
  check(resource) {
    if (resource.type !== 'AWS::ApiGateway::Stage') return PASS;
    const enabled = resource.properties['CacheClusterEnabled'];
    return enabled === true || enabled === 'true' ? PASS : unknown();
  },
};
