// REST APIs that use no REST-only feature could be HTTP APIs, which cost about 70% less per request.
import type { ApiFact, Resource, ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { asList } from './support/function-facts.js';
import { directTarget, isPresent, referencedIds, valueAt } from '../iac/values.js';

/** The REST-only features the API uses, by name (empty: an HTTP API would do). */
function restOnlyFeatures(fact: ApiFact, graph: ResourceGraph): string[] {
  const features = new Set<string>();
  const id = fact.api.logicalId;
  const mine = (r: Resource, key = 'RestApiId'): boolean => directTarget(r.properties[key]) === id;
  if (fact.policy) features.add('resource policy');
  if (fact.endpointTypes !== 'unknown' && fact.endpointTypes.includes('PRIVATE')) features.add('private endpoint');
  if (graph.ofType('AWS::ApiGateway::UsagePlan').some((p) => asList(p.properties['ApiStages']).some((s) => directTarget(valueAt(s, ['ApiId'])) === id))) features.add('usage plan');
  if (graph.ofType('AWS::ApiGateway::RequestValidator').some((v) => mine(v))) features.add('request validation');
  if (fact.stages.some((s) => s.properties['CacheClusterEnabled'] === true || s.properties['CacheClusterEnabled'] === 'true')) features.add('caching');
  if (fact.stages.some((s) => isPresent(s.properties['CanarySetting']))) features.add('canary');
  const stageIds = new Set([id, ...fact.stages.map((s) => s.logicalId)]);
  if (graph.ofType('AWS::WAFv2::WebACLAssociation').some((w) => [...referencedIds(w.properties['ResourceArn'])].some((r) => stageIds.has(r)))) features.add('WAF');
  for (const method of fact.methods) {
    if (method.authorization.apiKeyRequired === true) features.add('API keys');
    if (method.validatesBody === true || isPresent(method.resource?.properties['RequestValidatorId'])) features.add('request validation');
    const { kind, templates, async, streaming } = method.integration;
    // HTTP APIs proxy only: non-proxy AWS and HTTP integrations, mocks and mapping templates are REST's.
    if (kind === 'aws' || kind === 'http' || kind === 'mock' || templates) features.add('mapping templates / non-proxy integrations');
    if (async) features.add('asynchronous invocation');
    if (streaming) features.add('response streaming');
  }
  if (fact.bodyExtensions.length) features.add('OpenAPI REST extensions');
  return [...features].sort();
}

export const apigwRestCouldBeHttp: Rule = {
  id: 'apigw-rest-could-be-http',
  title: { en: 'REST APIs use a REST-only feature (else an HTTP API costs less)', ja: 'REST API で REST 専用の機能を使用（使わないなら HTTP API のほうが安価）' },
  severity: 'info',
  lens: { pillar: 'costOptimization', question: 'COST1', choice: 'cost1_cost_aware_patterns' },
  aliases: [],
  resourceTypes: ['AWS::ApiGateway::RestApi'],
  messages: {
    couldBeHttp: {
      en: 'REST API {resource} uses no REST-only feature (usage plans, API keys, request validation, caching, private endpoint, resource policy, WAF, mapping templates); an HTTP API would cost about 70% less per request.',
      ja: 'REST API {resource} は REST 専用の機能（使用量プラン、API キー、リクエスト検証、キャッシュ、プライベートエンドポイント、リソースポリシー、WAF、マッピングテンプレート）を使っていません。HTTP API にするとリクエストあたりのコストが約 70% 下がります。',
    },
  },
  docs: {
    description: {
      en: 'Passes a REST API that uses at least one feature HTTP APIs lack — a usage plan or API keys, request validators, stage caching, a canary, a private endpoint, a resource policy (property or OpenAPI body), a WAF web ACL, non-proxy AWS, HTTP or mock integrations and mapping templates, asynchronous Lambda invokes (`X-Amz-Invocation-Type`), response streaming (`responseTransferMode: STREAM`), or REST-only OpenAPI extensions — and suggests an HTTP API for the others. Methods are read from the resources and from the OpenAPI body, including a local `AWS::Include` file; an API whose body is in S3 or in an include that could not be read is unknown.',
      ja: 'HTTP API にない機能（使用量プランや API キー、リクエストバリデーター、ステージのキャッシュ、カナリア、プライベートエンドポイント、リソースポリシー（プロパティまたは OpenAPI 本文）、WAF のウェブ ACL、非プロキシの AWS・HTTP・モック統合とマッピングテンプレート、Lambda の非同期呼び出し（`X-Amz-Invocation-Type`）、レスポンスストリーミング（`responseTransferMode: STREAM`）、REST 専用の OpenAPI 拡張）を少なくとも 1 つ使う REST API を合格とし、それ以外には HTTP API を提案します。メソッドはリソースと OpenAPI 本文（ローカルの `AWS::Include` ファイルを含む）から読みます。本文が S3 にある API や、読めなかったインクルードを使う API は不明として扱います。',
    },
    rationale: {
      en: 'HTTP APIs cost about $1.00 per million requests against $3.50 for REST APIs (first tier, us-east-1), with lower latency; they support JWT and Lambda authorizers, CORS and custom domains.',
      ja: 'HTTP API は 100 万リクエストあたり約 1.00 USD で、REST API の 3.50 USD（最初の料金階層、us-east-1）より安く、レイテンシーも低くなります。JWT と Lambda オーソライザー、CORS、カスタムドメインにも対応しています。',
    },
    fix: { en: 'Move the API to `AWS::Serverless::HttpApi` / `AWS::ApiGatewayV2::Api` (SAM events: `Type: HttpApi`).', ja: 'API を `AWS::Serverless::HttpApi` / `AWS::ApiGatewayV2::Api` に移行します（SAM のイベントでは `Type: HttpApi`）。' },
    links: [{ title: 'Choose between REST APIs and HTTP APIs', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html' }],
  },
  check(resource, { graph }) {
    const fact = graph.apiOf(resource);
    if (!fact) return NOT_APPLICABLE;
    if (restOnlyFeatures(fact, graph).length) return PASS;
    // What the scan cannot read (a body in S3, an include not read) may use a REST-only feature.
    const unread = fact.unreadable[0];
    return unread ? unknown(unread.path) : fail('couldBeHttp');
  },
};
