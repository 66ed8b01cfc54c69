// REST APIs choose their endpoint type on purpose, and private APIs have a resource policy that scopes them.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';

export const apigwEndpointType: Rule = {
  id: 'apigw-endpoint-type',
  title: { en: 'REST APIs use a deliberate endpoint type; private APIs have a resource policy', ja: 'REST API のエンドポイントタイプを意図して選び、プライベート API にはリソースポリシーを設定' },
  severity: 'warning',
  lens: { pillar: 'security', question: 'SEC1', choice: 'sec1_endpoint_types' },
  aliases: [],
  resourceTypes: ['AWS::ApiGateway::RestApi'],
  messages: {
    privateNoPolicy: {
      en: 'Private API {resource} has no resource policy; without one, no VPC endpoint can invoke it, and a broad one lets every VPC endpoint in the Region in.',
      ja: 'プライベート API {resource} にリソースポリシーがありません。ポリシーがなければどの VPC エンドポイントからも呼び出せず、広すぎるポリシーではリージョン内のすべての VPC エンドポイントから呼び出せてしまいます。',
    },
    implicitEdge: {
      en: 'API {resource} does not set EndpointConfiguration, so it is edge-optimized by default; choose REGIONAL (with your own CloudFront and WAF) or PRIVATE deliberately.',
      ja: 'API {resource} に EndpointConfiguration がないため、既定でエッジ最適化になります。REGIONAL（独自の CloudFront と WAF を併用）または PRIVATE を意図して選んでください。',
    },
  },
  docs: {
    description: {
      en: 'Fails a REST API of type `PRIVATE` without a resource policy — the `Policy` property (SAM: `Auth.ResourcePolicy`; Terraform: `policy` or a separate `aws_api_gateway_rest_api_policy`) or `x-amazon-apigateway-policy` in its OpenAPI body — and notes (info) a REST API that leaves `EndpointConfiguration` to its edge-optimized default.',
      ja: 'リソースポリシー（`Policy` プロパティ、SAM では `Auth.ResourcePolicy`、Terraform では `policy` または別リソースの `aws_api_gateway_rest_api_policy`、あるいは OpenAPI 本文の `x-amazon-apigateway-policy`）のない `PRIVATE` タイプの REST API を不合格とし、`EndpointConfiguration` を既定のエッジ最適化のままにしている REST API を情報として指摘します。',
    },
    rationale: {
      en: 'The endpoint type decides who can reach the API at all: the internet through CloudFront, the internet in one Region, or only your VPCs. A private API is only as private as its resource policy.',
      ja: 'エンドポイントタイプは、API に到達できる範囲（CloudFront 経由のインターネット、1 つのリージョンのインターネット、自分の VPC のみ）を決めます。プライベート API のプライベート性はリソースポリシー次第です。',
    },
    fix: {
      en: 'Set `EndpointConfiguration: { Types: [REGIONAL] }` or `[PRIVATE]`; for PRIVATE add a `Policy` that allows `execute-api:Invoke` only with `aws:SourceVpce` (or `aws:SourceVpc`).',
      ja: '`EndpointConfiguration: { Types: [REGIONAL] }` または `[PRIVATE]` を設定します。PRIVATE の場合は、`aws:SourceVpce`（または `aws:SourceVpc`）の条件付きでのみ `execute-api:Invoke` を許可する `Policy` を追加します。',
    },
    links: [{ title: 'Choose an endpoint type to set up for an API Gateway API', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-endpoint-types.html' }],
  },
  check(resource, { graph }) {
    const api = graph.apiOf(resource);
    if (!api) return NOT_APPLICABLE;
    const at = api.endpointAt ?? ['EndpointConfiguration'];
    if (api.endpointTypes === 'unknown') return unknown(at);
    if (api.endpointTypes.length === 0) return { ...fail('implicitEdge'), severity: 'info' };
    if (!api.endpointTypes.includes('PRIVATE') || api.policy) return PASS;
    // The policy may be in the part the scan cannot read (a body in S3, an include not read).
    const unread = api.unreadable[0];
    return unread ? unknown(unread.path) : fail('privateNoPolicy', undefined, at);
  },
};
