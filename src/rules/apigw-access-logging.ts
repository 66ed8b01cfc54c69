// API Gateway stages write access logs (a destination is configured). Alias: serverless-rules ES2000.
import type { Resource, ResourceGraph } from '../iac/types.js';
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isPresent, isUnresolved, valueAt } from '../iac/values.js';
import { HTTP_API, REST_STAGE, STAGE_LINKS, V2_STAGE, accessLogKey } from './support/apigw-stages.js';

/** A quick-created HTTP API's implicit `$default` stage: logged only through managed overrides. */
function checkQuickCreate(api: Resource, graph: ResourceGraph): CheckResult {
  const fact = graph.apiOf(api);
  if (!fact?.quickCreate) return NOT_APPLICABLE;
  const overrides = fact.managedOverrides;
  const setting = overrides ? valueAt(overrides.properties, ['Stage', 'AccessLogSettings']) : undefined;
  if (isUnresolved(setting) || isUnresolved(overrides?.properties['Stage'])) return unknown();
  if (isPresent(valueAt(setting, ['DestinationArn']))) return PASS;
  return fail('quickCreate', {}, ['Target']);
}

export const apigwAccessLogging: Rule = {
  id: 'apigw-access-logging',
  title: { en: 'API Gateway stages write access logs', ja: 'API Gateway ステージのアクセスログを有効化' },
  severity: 'error',
  lens: { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_structured_logging' },
  aliases: ['ES2000'],
  resourceTypes: [REST_STAGE, V2_STAGE, HTTP_API],
  messages: {
    quickCreate: {
      en: 'HTTP API {resource} is made by quick create (Target) and its $default stage writes no access logs; set Stage.AccessLogSettings in an AWS::ApiGatewayV2::ApiGatewayManagedOverrides, or declare the stage.',
      ja: 'HTTP API {resource} はクイック作成（Target）で作られ、その $default ステージはアクセスログを出力しません。AWS::ApiGatewayV2::ApiGatewayManagedOverrides の Stage.AccessLogSettings を設定するか、ステージを宣言してください。',
    },
    missing: {
      en: 'Stage {resource} has no access logging ({setting}.DestinationArn is not set).',
      ja: 'ステージ {resource} のアクセスログが設定されていません（{setting}.DestinationArn が未設定）。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every REST API stage (`AccessLogSetting`) and HTTP/WebSocket API stage (`AccessLogSettings`) has a `DestinationArn`. SAM: `AccessLogSetting` on `AWS::Serverless::Api`, `AccessLogSettings` on `AWS::Serverless::HttpApi`, or in `Globals`. A quick-created HTTP API (`Target`) has a `$default` stage that API Gateway makes without access logs: it passes only when an `AWS::ApiGatewayV2::ApiGatewayManagedOverrides` sets `Stage.AccessLogSettings.DestinationArn`.',
      ja: 'すべての REST API ステージ（`AccessLogSetting`）と HTTP/WebSocket API ステージ（`AccessLogSettings`）に `DestinationArn` があることを確認します。SAM では `AWS::Serverless::Api` の `AccessLogSetting`、`AWS::Serverless::HttpApi` の `AccessLogSettings`、または `Globals` で設定します。クイック作成（`Target`）の HTTP API では、API Gateway がアクセスログなしの `$default` ステージを作ります。`AWS::ApiGatewayV2::ApiGatewayManagedOverrides` で `Stage.AccessLogSettings.DestinationArn` を設定している場合だけ合格です。',
    },
    rationale: {
      en: 'Access logs record who called which route, with status and latency. They are the first place to look when clients report errors, and the only record of calls that never reached a function.',
      ja: 'アクセスログには、誰がどのルートを呼び出したかが、ステータスとレイテンシーとともに記録されます。クライアントからエラーの報告を受けたときに最初に見る場所であり、関数まで届かなかった呼び出しの唯一の記録です。',
    },
    fix: {
      en: 'Create an `AWS::Logs::LogGroup` (with `RetentionInDays`) and set the stage\'s access log setting to its ARN, with a JSON `Format` (see the rule `apigw-access-log-json`). REST APIs also need the account-level CloudWatch Logs role of API Gateway.',
      ja: '`AWS::Logs::LogGroup`（`RetentionInDays` 付き）を作成し、ステージのアクセスログ設定にその ARN と JSON の `Format` を指定します（ルール `apigw-access-log-json` を参照）。REST API ではアカウント単位の API Gateway 用 CloudWatch Logs ロールも必要です。',
    },
    links: [STAGE_LINKS.restLogging, STAGE_LINKS.httpLogging],
  },
  check(resource, { graph }) {
    if (resource.type === HTTP_API) return checkQuickCreate(resource, graph);
    const key = accessLogKey(resource);
    const setting = resource.properties[key];
    if (isUnresolved(setting)) return unknown([key]);
    if (isPresent(valueAt(setting, ['DestinationArn']))) return PASS;
    return fail('missing', { setting: key }, isPresent(setting) ? [key] : undefined);
  },
};
