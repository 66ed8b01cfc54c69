// An API behind a mutual-TLS custom domain turns off its default execute-api endpoint, which skips mTLS.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { directTarget, isPresent, isUnresolved, valueAt } from '../iac/values.js';

function mappedApis(domain: Resource, graph: ResourceGraph): Resource[] {
  const apis: Resource[] = [];
  for (const mapping of graph.ofType('AWS::ApiGateway::BasePathMapping', 'AWS::ApiGatewayV2::ApiMapping')) {
    if (directTarget(mapping.properties['DomainName']) !== domain.logicalId) continue;
    const api = graph.get(directTarget(mapping.properties['RestApiId'] ?? mapping.properties['ApiId']) ?? '');
    if (api) apis.push(api);
  }
  // SAM `Domain` on an API: the domain is expanded from the API itself.
  const origin = domain.origin ? graph.get(domain.origin.logicalId) : undefined;
  if (origin && !apis.includes(origin)) apis.push(origin);
  return apis;
}

export const apigwMtlsExecuteApi: Rule = {
  id: 'apigw-mtls-execute-api',
  title: { en: 'APIs behind a mutual TLS domain disable the default endpoint', ja: '相互 TLS のドメインの背後にある API はデフォルトエンドポイントを無効化' },
  severity: 'error',
  lens: { pillar: 'security', question: 'SEC1', choice: 'sec1_endpoint_types' },
  aliases: [],
  resourceTypes: ['AWS::ApiGateway::DomainName', 'AWS::ApiGatewayV2::DomainName'],
  messages: {
    bypass: {
      en: 'Domain {resource} requires mutual TLS, but API {api} still accepts calls on its execute-api endpoint, which bypasses it; set DisableExecuteApiEndpoint: true.',
      ja: 'ドメイン {resource} は相互 TLS を必須にしていますが、API {api} は execute-api エンドポイントでも呼び出せるため、相互 TLS を回避できます。DisableExecuteApiEndpoint: true を設定してください。',
    },
  },
  docs: {
    description: {
      en: 'For each custom domain with `MutualTlsAuthentication`, checks that every API mapped to it (base path mappings, API mappings, or the SAM API the domain belongs to) has `DisableExecuteApiEndpoint: true`. Domains without mutual TLS are not judged.',
      ja: '`MutualTlsAuthentication` を持つカスタムドメインごとに、そのドメインにマッピングされたすべての API（ベースパスマッピング、API マッピング、またはドメインを定義した SAM の API）で `DisableExecuteApiEndpoint: true` になっていることを確認します。相互 TLS のないドメインは判定しません。',
    },
    rationale: {
      en: 'Mutual TLS is enforced only on the custom domain; the default `execute-api` URL stays open to anyone holding its address.',
      ja: '相互 TLS はカスタムドメインでのみ適用されます。既定の `execute-api` の URL は、アドレスを知っている誰からでも呼び出せるままです。',
    },
    fix: { en: 'Add `DisableExecuteApiEndpoint: true` to the API.', ja: 'API に `DisableExecuteApiEndpoint: true` を追加します。' },
    links: [{ title: 'Configuring mutual TLS authentication for a REST API', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mutual-tls.html' }],
  },
  check(resource, { graph }) {
    if (!isPresent(valueAt(resource.properties, ['MutualTlsAuthentication', 'TruststoreUri']))) return NOT_APPLICABLE;
    const apis = mappedApis(resource, graph);
    if (apis.length === 0) return unknown();
    const results = apis.flatMap((api) => {
      const disabled = api.properties['DisableExecuteApiEndpoint'];
      if (disabled === true || disabled === 'true') return [];
      if (isUnresolved(disabled)) return [unknown()];
      return [fail('bypass', { api: api.logicalId })];
    });
    return results.length ? results : PASS;
  },
};
