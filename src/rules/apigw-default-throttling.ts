// API Gateway stages set default throttling limits. Alias: serverless-rules ES2003.
import type { Resource, ResourceGraph } from '../iac/types.js';
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isPresent, isRecord, isUnresolved, valueAt } from '../iac/values.js';
import { HTTP_API, REST_STAGE, STAGE_LINKS, V2_STAGE } from './support/apigw-stages.js';

const LIMITS = ['ThrottlingBurstLimit', 'ThrottlingRateLimit'] as const;

function hasBoth(settings: unknown): boolean {
  return LIMITS.every((key) => isPresent(valueAt(settings, [key])));
}

function checkRest(resource: Resource): CheckResult {
  const settings = resource.properties['MethodSettings'];
  if (isUnresolved(settings)) return unknown(['MethodSettings']);
  if (!Array.isArray(settings)) return fail('restMissing');
  const index = settings.findIndex(
    (item) => isRecord(item) && item['HttpMethod'] === '*' && item['ResourcePath'] === '/*',
  );
  if (index === -1) {
    if (settings.some((item) => isUnresolved(item))) return unknown(['MethodSettings']);
    return fail('restMissing', {}, ['MethodSettings']);
  }
  return hasBoth(settings[index]) ? PASS : fail('restMissing', {}, ['MethodSettings', index]);
}

function checkV2(resource: Resource): CheckResult {
  const settings = resource.properties['DefaultRouteSettings'];
  if (isUnresolved(settings)) return unknown(['DefaultRouteSettings']);
  if (hasBoth(settings)) return PASS;
  return fail('v2Missing', {}, isPresent(settings) ? ['DefaultRouteSettings'] : undefined);
}

/** A quick-created HTTP API's implicit `$default` stage: throttled only through managed overrides. */
function checkQuickCreate(api: Resource, graph: ResourceGraph): CheckResult {
  const fact = graph.apiOf(api);
  if (!fact?.quickCreate) return NOT_APPLICABLE;
  const stage = fact.managedOverrides?.properties['Stage'];
  const settings = valueAt(stage, ['DefaultRouteSettings']);
  if (isUnresolved(stage) || isUnresolved(settings)) return unknown();
  return hasBoth(settings) ? PASS : fail('quickCreate', {}, ['Target']);
}

export const apigwDefaultThrottling: Rule = {
  id: 'apigw-default-throttling',
  title: { en: 'API Gateway stages set default throttling', ja: 'API Gateway ステージのデフォルトスロットリングを設定' },
  severity: 'error',
  lens: { pillar: 'reliability', question: 'REL1', choice: 'rel1_throttling' },
  aliases: ['ES2003'],
  resourceTypes: [REST_STAGE, V2_STAGE, HTTP_API],
  messages: {
    restMissing: {
      en: 'REST API stage {resource} has no default throttling: add a MethodSettings entry for HttpMethod "*" and ResourcePath "/*" with ThrottlingBurstLimit and ThrottlingRateLimit.',
      ja: 'REST API ステージ {resource} にデフォルトのスロットリングがありません。HttpMethod "*"、ResourcePath "/*" の MethodSettings に ThrottlingBurstLimit と ThrottlingRateLimit を設定してください。',
    },
    quickCreate: {
      en: 'HTTP API {resource} is made by quick create (Target) and its $default stage has no default throttling; set Stage.DefaultRouteSettings in an AWS::ApiGatewayV2::ApiGatewayManagedOverrides, or declare the stage.',
      ja: 'HTTP API {resource} はクイック作成（Target）で作られ、その $default ステージにはデフォルトのスロットリングがありません。AWS::ApiGatewayV2::ApiGatewayManagedOverrides の Stage.DefaultRouteSettings を設定するか、ステージを宣言してください。',
    },
    v2Missing: {
      en: 'Stage {resource} has no default throttling: set ThrottlingBurstLimit and ThrottlingRateLimit in DefaultRouteSettings.',
      ja: 'ステージ {resource} にデフォルトのスロットリングがありません。DefaultRouteSettings に ThrottlingBurstLimit と ThrottlingRateLimit を設定してください。',
    },
  },
  docs: {
    description: {
      en: 'REST API stages: the `MethodSettings` entry with `HttpMethod: "*"` and `ResourcePath: "/*"` sets both `ThrottlingBurstLimit` and `ThrottlingRateLimit`. HTTP and WebSocket API stages: `DefaultRouteSettings` sets both. Usage-plan throttles and per-route settings do not count. A quick-created HTTP API (`Target`) has a `$default` stage without limits: it passes only when an `AWS::ApiGatewayV2::ApiGatewayManagedOverrides` sets both in `Stage.DefaultRouteSettings`.',
      ja: 'REST API ステージでは、`HttpMethod: "*"`、`ResourcePath: "/*"` の `MethodSettings` に `ThrottlingBurstLimit` と `ThrottlingRateLimit` の両方があること。HTTP/WebSocket API ステージでは `DefaultRouteSettings` に両方があることを確認します。使用量プランやルート単位の設定は対象外です。クイック作成（`Target`）の HTTP API の `$default` ステージには制限がありません。`AWS::ApiGatewayV2::ApiGatewayManagedOverrides` の `Stage.DefaultRouteSettings` で両方を設定している場合だけ合格です。',
    },
    rationale: {
      en: 'Without stage limits an API only has the account-wide limit, shared by every API in the Region: one noisy client or a retry storm can exhaust it, and the functions and databases behind the API take the whole burst.',
      ja: 'ステージの制限がないと、API にはリージョン内のすべての API で共有するアカウント単位の制限しかありません。1 つのクライアントやリトライの集中がそれを使い果たし、API の背後の関数やデータベースがバーストをすべて受けることになります。',
    },
    fix: {
      en: 'REST: `MethodSettings: [{ HttpMethod: "*", ResourcePath: "/*", ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 }]` (SAM: same under `AWS::Serverless::Api` or `Globals.Api`). HTTP: `DefaultRouteSettings: { ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 }`. Choose values from load tests and what downstream systems can take.',
      ja: 'REST: `MethodSettings: [{ HttpMethod: "*", ResourcePath: "/*", ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 }]`（SAM では `AWS::Serverless::Api` または `Globals.Api` に同じ設定）。HTTP: `DefaultRouteSettings: { ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 }`。値は負荷試験と下流のシステムが耐えられる量から決めます。',
    },
    links: [STAGE_LINKS.throttling, { title: 'Throttle requests to your HTTP APIs', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-throttling.html' }],
  },
  check(resource, { graph }) {
    if (resource.type === HTTP_API) return checkQuickCreate(resource, graph);
    return resource.type === REST_STAGE ? checkRest(resource) : checkV2(resource);
  },
};
