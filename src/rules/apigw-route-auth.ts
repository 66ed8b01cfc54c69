// Every API method and route requires an authorizer or IAM authorization (CORS preflight excepted).
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { directTarget, isUnresolved, literalString } from '../iac/values.js';

const AUTHORIZED = new Set(['AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS', 'JWT']);

function protocolOf(route: Resource, graph: ResourceGraph): unknown {
  const api = graph.get(directTarget(route.properties['ApiId']) ?? '');
  return api?.properties['ProtocolType'];
}

/** `GET /items` → `GET`; `$default`, `$connect` stay as they are. */
function methodOf(resource: Resource): string | undefined {
  if (resource.type === 'AWS::ApiGateway::Method') return literalString(resource.properties['HttpMethod'])?.toUpperCase();
  const key = literalString(resource.properties['RouteKey']);
  return key?.split(' ')[0]?.toUpperCase();
}

export const apigwRouteAuth: Rule = {
  id: 'apigw-route-auth',
  title: { en: 'API methods and routes require authorization', ja: 'API のメソッドとルートで認可を必須にする' },
  severity: 'error',
  lens: { pillar: 'security', question: 'SEC1', choice: 'sec1_authn_authz' },
  aliases: ['CKV_AWS_59', 'CKV_AWS_309', 'AwsSolutions-APIG4'],
  resourceTypes: ['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route'],
  messages: {
    open: {
      en: '{route} on {resource} can be called without authorization (AuthorizationType {type}); add an authorizer or IAM authorization.',
      ja: '{resource} の {route} は認可なしで呼び出せます (AuthorizationType {type})。オーソライザーまたは IAM 認可を追加してください。',
    },
    apiKeyOnly: {
      en: '{route} on {resource} relies on an API key alone; API keys identify clients for usage plans, they do not authorize them.',
      ja: '{resource} の {route} は API キーだけに頼っています。API キーは使用量プランのためにクライアントを識別するもので、認可はしません。',
    },
  },
  docs: {
    description: {
      en: 'Checks `AuthorizationType` on every REST method (`AWS::ApiGateway::Method`) and HTTP API route (`AWS::ApiGatewayV2::Route`), including those SAM creates from `Api`/`HttpApi` events with the API\'s `Auth.DefaultAuthorizer`: it must be `AWS_IAM`, `CUSTOM` (Lambda authorizer), `COGNITO_USER_POOLS` or `JWT`. `OPTIONS` (CORS preflight) is not judged; on WebSocket APIs only `$connect` is. An authorizer defined outside the template is unknown.',
      ja: 'すべての REST メソッド (`AWS::ApiGateway::Method`) と HTTP API のルート (`AWS::ApiGatewayV2::Route`) の `AuthorizationType` を確認します。SAM が `Api`/`HttpApi` イベントと API の `Auth.DefaultAuthorizer` から作るものも対象です。`AWS_IAM`、`CUSTOM` (Lambda オーソライザー)、`COGNITO_USER_POOLS`、`JWT` のいずれかが必要です。`OPTIONS` (CORS のプリフライト) は判定せず、WebSocket API では `$connect` だけを判定します。テンプレートの外で定義されたオーソライザーは不明として扱います。',
    },
    rationale: {
      en: 'An unauthenticated route is reachable by anyone on the internet who finds the URL; authorization at the API rejects them before any code runs or any cost accrues.',
      ja: '認証のないルートは、URL を見つけたインターネット上の誰からでも呼び出せます。API で認可すれば、コードが動いたりコストが発生したりする前に拒否できます。',
    },
    fix: {
      en: 'In SAM, set `Auth.DefaultAuthorizer` on the API (a Cognito, JWT or Lambda authorizer, or `AWS_IAM`); on CloudFormation methods set `AuthorizationType` and `AuthorizerId`. Mark a deliberately public route with a suppression and its reason.',
      ja: 'SAM では API に `Auth.DefaultAuthorizer` (Cognito、JWT、Lambda オーソライザー、または `AWS_IAM`) を設定します。CloudFormation のメソッドでは `AuthorizationType` と `AuthorizerId` を設定します。意図して公開するルートは、理由を添えて抑制してください。',
    },
    differences: {
      en: 'Unlike CKV_AWS_59, `ApiKeyRequired: true` alone does not pass: API keys are not an authorization mechanism.',
      ja: 'CKV_AWS_59 と異なり、`ApiKeyRequired: true` だけでは合格しません。API キーは認可の仕組みではないためです。',
    },
    links: [{ title: 'Control and manage access to REST APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html' }],
  },
  check(resource, { graph }) {
    const method = methodOf(resource);
    if (method === 'OPTIONS') return NOT_APPLICABLE;
    if (resource.type === 'AWS::ApiGatewayV2::Route') {
      const protocol = protocolOf(resource, graph);
      if (protocol === 'WEBSOCKET' && method !== '$CONNECT') return NOT_APPLICABLE;
    }
    const type = resource.properties['AuthorizationType'] ?? 'NONE';
    if (isUnresolved(type)) return unknown(['AuthorizationType']);
    if (typeof type === 'string' && AUTHORIZED.has(type)) return PASS;
    const route = resource.type === 'AWS::ApiGateway::Method' ? `${method ?? '?'} ${String(resource.metadata?.['slens:resourcePath'] ?? '')}`.trim() : String(literalString(resource.properties['RouteKey']) ?? '?');
    const keyed = resource.properties['ApiKeyRequired'] === true || resource.properties['ApiKeyRequired'] === 'true';
    const path = resource.properties['AuthorizationType'] === undefined || resource.origin ? undefined : ['AuthorizationType'];
    return fail(keyed ? 'apiKeyOnly' : 'open', { route, type: String(type) }, path);
  },
};
