// REST APIs that use no REST-only feature could be HTTP APIs, which cost about 70% less per request.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { PASS, fail, unknown } from './support/results.js';
import { asList } from './support/function-facts.js';
import { directTarget, isPresent, isRecord, isUnresolved, referencedIds, stringsOf, valueAt } from '../iac/values.js';

/** The REST-only features the API uses, by name (empty: an HTTP API would do). */
function restOnlyFeatures(api: Resource, graph: ResourceGraph): string[] {
  const features = new Set<string>();
  const id = api.logicalId;
  const mine = (r: Resource, key = 'RestApiId'): boolean => directTarget(r.properties[key]) === id;
  if (isPresent(api.properties['Policy'])) features.add('resource policy');
  if (stringsOf(valueAt(api.properties, ['EndpointConfiguration', 'Types'])).includes('PRIVATE')) features.add('private endpoint');
  if (graph.ofType('AWS::ApiGateway::UsagePlan').some((p) => asList(p.properties['ApiStages']).some((s) => directTarget(valueAt(s, ['ApiId'])) === id))) features.add('usage plan');
  if (graph.ofType('AWS::ApiGateway::RequestValidator').some((v) => mine(v))) features.add('request validation');
  const stages = graph.ofType('AWS::ApiGateway::Stage').filter((s) => mine(s));
  if (stages.some((s) => s.properties['CacheClusterEnabled'] === true || s.properties['CacheClusterEnabled'] === 'true')) features.add('caching');
  if (stages.some((s) => isPresent(s.properties['CanarySetting']))) features.add('canary');
  const stageIds = new Set([id, ...stages.map((s) => s.logicalId)]);
  if (graph.ofType('AWS::WAFv2::WebACLAssociation').some((w) => [...referencedIds(w.properties['ResourceArn'])].some((r) => stageIds.has(r)))) features.add('WAF');
  for (const method of graph.ofType('AWS::ApiGateway::Method').filter((m) => mine(m))) {
    if (method.properties['ApiKeyRequired'] === true || method.properties['ApiKeyRequired'] === 'true') features.add('API keys');
    if (isPresent(method.properties['RequestValidatorId'])) features.add('request validation');
    const integration = method.properties['Integration'];
    const type = valueAt(integration, ['Type']);
    if (type === 'AWS' || type === 'HTTP' || type === 'MOCK' || isPresent(valueAt(integration, ['RequestTemplates']))) features.add('mapping templates / non-proxy integrations');
  }
  const body = api.properties['Body'];
  if (isRecord(body) && Object.keys(body).some((k) => /x-amazon-apigateway-(request-validator|api-key-source|policy)/.test(k))) features.add('OpenAPI REST extensions');
  return [...features].sort();
}

export const apigwRestCouldBeHttp: Rule = {
  id: 'apigw-rest-could-be-http',
  title: { en: 'REST APIs use a REST-only feature (else an HTTP API costs less)', ja: 'REST API で REST 専用の機能を使用 (使わないなら HTTP API のほうが安価)' },
  severity: 'info',
  lens: { pillar: 'costOptimization', question: 'COST1', choice: 'cost1_cost_aware_patterns' },
  aliases: [],
  resourceTypes: ['AWS::ApiGateway::RestApi'],
  messages: {
    couldBeHttp: {
      en: 'REST API {resource} uses no REST-only feature (usage plans, API keys, request validation, caching, private endpoint, resource policy, WAF, mapping templates); an HTTP API would cost about 70% less per request.',
      ja: 'REST API {resource} は REST 専用の機能 (使用量プラン、API キー、リクエスト検証、キャッシュ、プライベートエンドポイント、リソースポリシー、WAF、マッピングテンプレート) を使っていません。HTTP API にするとリクエストあたりのコストが約 70% 下がります。',
    },
  },
  docs: {
    description: {
      en: 'Passes a REST API that uses at least one feature HTTP APIs lack — a usage plan or API keys, request validators, stage caching, a canary, a private endpoint, a resource policy, a WAF web ACL, or non-proxy integrations with mapping templates — and suggests an HTTP API for the others. An API defined only by an OpenAPI document in S3 is unknown.',
      ja: 'HTTP API にない機能 (使用量プランや API キー、リクエストバリデーター、ステージのキャッシュ、カナリア、プライベートエンドポイント、リソースポリシー、WAF のウェブ ACL、マッピングテンプレート付きの非プロキシ統合) を少なくとも 1 つ使う REST API を合格とし、それ以外には HTTP API を提案します。S3 の OpenAPI 文書だけで定義された API は不明として扱います。',
    },
    rationale: {
      en: 'HTTP APIs cost about $1.00 per million requests against $3.50 for REST APIs (first tier, us-east-1), with lower latency; they support JWT and Lambda authorizers, CORS and custom domains.',
      ja: 'HTTP API は 100 万リクエストあたり約 1.00 USD で、REST API の 3.50 USD (最初の料金階層、us-east-1) より安く、レイテンシーも低くなります。JWT と Lambda オーソライザー、CORS、カスタムドメインにも対応しています。',
    },
    fix: { en: 'Move the API to `AWS::Serverless::HttpApi` / `AWS::ApiGatewayV2::Api` (SAM events: `Type: HttpApi`).', ja: 'API を `AWS::Serverless::HttpApi` / `AWS::ApiGatewayV2::Api` に移行します (SAM のイベントでは `Type: HttpApi`)。' },
    links: [{ title: 'Choose between REST APIs and HTTP APIs', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html' }],
  },
  check(resource, { graph }) {
    if (isUnresolved(resource.properties['BodyS3Location']) || (isPresent(resource.properties['BodyS3Location']) && !isPresent(resource.properties['Body']))) return unknown(['BodyS3Location']);
    return restOnlyFeatures(resource, graph).length ? PASS : fail('couldBeHttp');
  },
};
