// REST API stages send traces to AWS X-Ray. Alias: serverless-rules WS2002. HTTP APIs have no X-Ray support.
import type { Rule } from './types.js';
import { PASS, fail, unknown } from './support/results.js';
import { isUnresolved } from '../iac/values.js';

export const apigwRestTracing: Rule = {
  id: 'apigw-rest-tracing',
  title: { en: 'REST API stages have X-Ray tracing', ja: 'REST API ステージの X-Ray トレースを有効化' },
  severity: 'warning',
  lens: { pillar: 'operationalExcellence', question: 'OPS1', choice: 'ops1_tracing' },
  aliases: ['WS2002'],
  resourceTypes: ['AWS::ApiGateway::Stage'],
  messages: {
    disabled: {
      en: 'REST API stage {resource} does not have X-Ray tracing enabled (TracingEnabled).',
      ja: 'REST API ステージ {resource} で X-Ray トレースが有効になっていません（TracingEnabled）。',
    },
  },
  docs: {
    description: {
      en: 'Checks that every REST API stage sets `TracingEnabled: true` (SAM: `TracingEnabled` on `AWS::Serverless::Api` or in `Globals.Api`). HTTP and WebSocket APIs do not support X-Ray and are not checked.',
      ja: 'すべての REST API ステージで `TracingEnabled: true` が設定されていることを確認します（SAM では `AWS::Serverless::Api` または `Globals.Api` の `TracingEnabled`）。HTTP API と WebSocket API は X-Ray に対応していないため対象外です。',
    },
    rationale: {
      en: 'With tracing on the API, a trace starts at the front door: API Gateway latency, integration time and the function\'s segments appear in one timeline.',
      ja: 'API でトレースを有効にすると、トレースが入口から始まり、API Gateway のレイテンシー、統合の時間、関数のセグメントが 1 つのタイムラインに並びます。',
    },
    fix: {
      en: 'Set `TracingEnabled: true` on the `AWS::ApiGateway::Stage` or the SAM API (or `Globals.Api.TracingEnabled`).',
      ja: '`AWS::ApiGateway::Stage` または SAM の API（あるいは `Globals.Api.TracingEnabled`）に `TracingEnabled: true` を設定します。',
    },
    links: [{ title: 'Trace user requests to REST APIs using X-Ray', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html' }],
  },
  check(resource) {
    const enabled = resource.properties['TracingEnabled'];
    if (enabled === true || enabled === 'true') return PASS;
    if (isUnresolved(enabled)) return unknown(['TracingEnabled']);
    return fail('disabled', {}, enabled === undefined ? undefined : ['TracingEnabled']);
  },
};
