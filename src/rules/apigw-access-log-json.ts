// API Gateway access logs are structured: the log Format is a JSON object. Alias: serverless-rules WS2001.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isIntrinsic, isSymbolic, valueAt } from '../iac/values.js';
import { REST_STAGE, STAGE_LINKS, V2_STAGE, accessLogKey, apiFactOf } from './support/apigw-stages.js';
import type { Resource, ResourceGraph } from '../iac/types.js';
import type { PropertyPath } from './types.js';

const OVERRIDES = 'AWS::ApiGatewayV2::ApiGatewayManagedOverrides';

/**
 * Where the access log format is written: a stage's `AccessLogSetting(s)`, or the `Stage.AccessLogSettings` of
 * the managed overrides of a quick-created HTTP API (its `$default` stage); undefined for overrides the API's
 * fact says belong to an API not made by quick create (API Gateway ignores them).
 */
function formatPath(resource: Resource, graph: ResourceGraph): PropertyPath | undefined {
  if (resource.type !== OVERRIDES) return [accessLogKey(resource), 'Format'];
  const fact = apiFactOf(resource, graph);
  if (fact && (!fact.quickCreate || fact.managedOverrides !== resource)) return undefined;
  return ['Stage', 'AccessLogSettings', 'Format'];
}

/** The format text to judge: a literal, or a Sub pattern with its `${…}` replaced; undefined when unknowable. */
function formatText(format: unknown): string | undefined {
  if (typeof format === 'string') return format;
  const expression = isSymbolic(format) ? format.expression : format;
  if (!isIntrinsic(expression)) return undefined;
  const sub = expression['Fn::Sub'];
  const pattern = Array.isArray(sub) ? sub[0] : sub;
  return typeof pattern === 'string' ? pattern.replace(/\$\{[^}]*\}/g, 'x') : undefined;
}

/** Replaces `$context.x` / `$stageVariables.x` tokens so the format can be parsed as JSON. */
function isJsonObjectFormat(text: string): boolean {
  let body = text.trim();
  if (body.length >= 2 && (body[0] === "'" || body[0] === '"') && body[body.length - 1] === body[0]) body = body.slice(1, -1);
  const replaced = body.replace(/\$(?:context|stageVariables)\.[A-Za-z0-9_.-]+/g, '0');
  try {
    const parsed: unknown = JSON.parse(replaced);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

export const apigwAccessLogJson: Rule = {
  id: 'apigw-access-log-json',
  title: { en: 'API Gateway access logs are JSON', ja: 'API Gateway のアクセスログを JSON 形式で出力' },
  severity: 'warning',
  lens: { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_structured_logging' },
  aliases: ['WS2001'],
  resourceTypes: [REST_STAGE, V2_STAGE, OVERRIDES],
  messages: {
    notJson: {
      en: 'Stage {resource} writes access logs in a format that is not a JSON object; structured logs can be queried field by field.',
      ja: 'ステージ {resource} のアクセスログの形式が JSON オブジェクトではありません。構造化ログならフィールド単位でクエリできます。',
    },
    quickCreate: {
      en: 'Managed overrides {resource} give the $default stage of a quick-created HTTP API an access log format that is not a JSON object; structured logs can be queried field by field.',
      ja: 'マネージドオーバーライド {resource} は、クイック作成された HTTP API の $default ステージに JSON オブジェクトではないアクセスログの形式を設定しています。構造化ログならフィールド単位でクエリできます。',
    },
  },
  docs: {
    description: {
      en: 'When a stage sets an access log `Format`, checks that it is a JSON object once each `$context.…` variable is filled in. Stages without a format are not judged here (see `apigw-access-logging`); a format built with `Fn::Sub` is judged on its pattern. The `$default` stage of a quick-created HTTP API (`Target`) is judged by the `Stage.AccessLogSettings.Format` of its `AWS::ApiGatewayV2::ApiGatewayManagedOverrides`.',
      ja: 'ステージがアクセスログの `Format` を設定している場合、各 `$context.…` 変数を埋めた結果が JSON オブジェクトになることを確認します。形式を設定していないステージはここでは判定しません（`apigw-access-logging` を参照）。`Fn::Sub` で組み立てた形式はそのパターンで判定します。クイック作成（`Target`）の HTTP API の `$default` ステージは、その `AWS::ApiGatewayV2::ApiGatewayManagedOverrides` の `Stage.AccessLogSettings.Format` で判定します。',
    },
    rationale: {
      en: 'JSON access logs can be filtered, aggregated and turned into metrics with CloudWatch Logs Insights without parsing code; CLF or free text needs regular expressions for every question.',
      ja: 'JSON 形式のアクセスログは、パース処理を書かずに CloudWatch Logs Insights でフィルタ・集計・メトリクス化できます。CLF や自由形式のテキストでは、問いのたびに正規表現が必要になります。',
    },
    fix: {
      en: 'Use a JSON format such as `{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","routeKey":"$context.routeKey","status":"$context.status","latency":"$context.responseLatency"}`.',
      ja: '`{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","routeKey":"$context.routeKey","status":"$context.status","latency":"$context.responseLatency"}` のような JSON 形式を使います。',
    },
    differences: {
      en: 'WS2001 accepts any JSON value and fails on intrinsic formats; this rule wants a JSON object and evaluates `Fn::Sub` patterns (other intrinsics are unknown, never a finding).',
      ja: 'WS2001 は任意の JSON 値を受け入れ、組み込み関数の形式では失敗します。このルールは JSON オブジェクトを求め、`Fn::Sub` のパターンを評価します（その他の組み込み関数は不明として扱い、指摘しません）。',
    },
    links: [STAGE_LINKS.restLogging, STAGE_LINKS.httpLogging],
  },
  check(resource, { graph }) {
    const path = formatPath(resource, graph);
    if (!path) return NOT_APPLICABLE;
    const format = valueAt(resource.properties, path);
    if (format === undefined || format === null) return NOT_APPLICABLE;
    const text = formatText(format);
    if (text === undefined) return unknown(path);
    return isJsonObjectFormat(text) ? PASS : fail(resource.type === OVERRIDES ? 'quickCreate' : 'notJson', {}, path);
  },
};
