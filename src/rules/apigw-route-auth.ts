// Every API method and route requires an authorizer or IAM authorization (CORS preflight excepted).
import type { Resource, ResourceGraph } from '../iac/types.js';
import type { CheckResult, Rule } from './types.js';
import { HTTP_API, REST_API, methodOf as factMethodOf, shownRoute } from './support/apigw-stages.js';
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

/** The method and path as the API's fact knows them; for a member of an API declared elsewhere, what it says itself. */
function routeOf(resource: Resource, graph: ResourceGraph, method: string | undefined): string {
  const known = factMethodOf(resource, graph);
  if (known) return shownRoute(known);
  if (resource.type === 'AWS::ApiGateway::Method') return shownRoute({ verb: method ?? '?', path: String(resource.metadata?.['slens:resourcePath'] ?? '') });
  return shownRoute({ verb: literalString(resource.properties['RouteKey']) ?? '?', path: '' });
}

/** Operations of an API's body and the route of a quick-created HTTP API (methods and routes written as resources answer for themselves). */
function checkApi(resource: Resource, graph: ResourceGraph): CheckResult | CheckResult[] {
  const fact = graph.apiOf(resource);
  if (!fact) return NOT_APPLICABLE;
  const results: CheckResult[] = [];
  for (const method of fact.methods) {
    if (method.resource || !method.at) continue;
    if (method.verb === 'OPTIONS' || (fact.protocol === 'WEBSOCKET' && method.verb !== '$connect')) continue;
    const { type, apiKeyRequired } = method.authorization;
    if (type === 'unknown') results.push(unknown(method.at));
    else if (AUTHORIZED.has(type)) results.push(PASS);
    else {
      const id = fact.quickCreate && method.at[0] === 'Target' ? 'quickCreate' : apiKeyRequired === true ? 'apiKeyOnly' : 'openBody';
      results.push(fail(id, { route: shownRoute(method), type }, method.at));
    }
  }
  for (const part of fact.unreadable) results.push(unknown(part.path));
  return results.length ? results : NOT_APPLICABLE;
}

export const apigwRouteAuth: Rule = {
  id: 'apigw-route-auth',
  title: { en: 'API methods and routes require authorization', ja: 'API のメソッドとルートで認可を必須にする' },
  severity: 'error',
  lens: { pillar: 'security', question: 'SEC1', choice: 'sec1_authn_authz' },
  aliases: ['CKV_AWS_59', 'CKV_AWS_309', 'AwsSolutions-APIG4'],
  resourceTypes: ['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route', REST_API, HTTP_API],
  messages: {
    open: {
      en: '{route} on {resource} can be called without authorization (AuthorizationType {type}); add an authorizer or IAM authorization.',
      ja: '{resource} の {route} は認可なしで呼び出せます（AuthorizationType {type}）。オーソライザーまたは IAM 認可を追加してください。',
    },
    openBody: {
      en: '{route} in the OpenAPI body of {resource} can be called without authorization (no security requirement names an authorizer); add an authorizer or IAM authorization.',
      ja: '{resource} の OpenAPI 本文の {route} は認可なしで呼び出せます（オーソライザーを指定するセキュリティ要件がありません）。オーソライザーまたは IAM 認可を追加してください。',
    },
    quickCreate: {
      en: 'HTTP API {resource} is made by quick create (Target): its route {route} sends every request to the target with no authorization; declare routes with an authorizer instead.',
      ja: 'HTTP API {resource} はクイック作成（Target）で作られています。ルート {route} はすべてのリクエストを認可なしでターゲットに送ります。代わりにオーソライザー付きのルートを宣言してください。',
    },
    apiKeyOnly: {
      en: '{route} on {resource} relies on an API key alone; API keys identify clients for usage plans, they do not authorize them.',
      ja: '{resource} の {route} は API キーだけに頼っています。API キーは使用量プランのためにクライアントを識別するもので、認可はしません。',
    },
  },
  docs: {
    description: {
      en: 'Checks `AuthorizationType` on every REST method (`AWS::ApiGateway::Method`) and HTTP API route (`AWS::ApiGatewayV2::Route`), including those SAM creates from `Api`/`HttpApi` events with the API\'s `Auth.DefaultAuthorizer`: it must be `AWS_IAM`, `CUSTOM` (Lambda authorizer), `COGNITO_USER_POOLS` or `JWT`. `OPTIONS` (CORS preflight) is not judged; on WebSocket APIs only `$connect` is. An authorizer defined outside the template is unknown. Operations of an OpenAPI body (inline, or a local `AWS::Include` file) are judged on the API by their `security` requirements and the schemes\' `x-amazon-apigateway-authtype`/`x-amazon-apigateway-authorizer` (SAM\'s `Auth.DefaultAuthorizer` applies to operations without `security`); a body in S3 or an include that could not be read is unknown. A quick-created HTTP API (`Target`) has one route with no authorization and fails.',
      ja: 'すべての REST メソッド（`AWS::ApiGateway::Method`）と HTTP API のルート（`AWS::ApiGatewayV2::Route`）の `AuthorizationType` を確認します。SAM が `Api`/`HttpApi` イベントと API の `Auth.DefaultAuthorizer` から作るものも対象です。`AWS_IAM`、`CUSTOM`（Lambda オーソライザー）、`COGNITO_USER_POOLS`、`JWT` のいずれかが必要です。`OPTIONS`（CORS のプリフライト）は判定せず、WebSocket API では `$connect` だけを判定します。テンプレートの外で定義されたオーソライザーは不明として扱います。OpenAPI 本文（インライン、またはローカルの `AWS::Include` ファイル）の操作は、`security` 要件とスキームの `x-amazon-apigateway-authtype`／`x-amazon-apigateway-authorizer` によって API 上で判定します（`security` のない操作には SAM の `Auth.DefaultAuthorizer` が適用されます）。本文が S3 にある場合や、読めなかったインクルードは不明として扱います。クイック作成（`Target`）の HTTP API には認可のないルートが 1 つあり、不合格になります。',
    },
    rationale: {
      en: 'An unauthenticated route is reachable by anyone on the internet who finds the URL; authorization at the API rejects them before any code runs or any cost accrues.',
      ja: '認証のないルートは、URL を見つけたインターネット上の誰からでも呼び出せます。API で認可すれば、コードが動いたりコストが発生したりする前に拒否できます。',
    },
    fix: {
      en: 'In SAM, set `Auth.DefaultAuthorizer` on the API (a Cognito, JWT or Lambda authorizer, or `AWS_IAM`); on CloudFormation methods set `AuthorizationType` and `AuthorizerId`. Mark a deliberately public route with a suppression and its reason.',
      ja: 'SAM では API に `Auth.DefaultAuthorizer`（Cognito、JWT、Lambda オーソライザー、または `AWS_IAM`）を設定します。CloudFormation のメソッドでは `AuthorizationType` と `AuthorizerId` を設定します。意図して公開するルートは、理由を添えて抑制してください。',
    },
    differences: {
      en: 'Unlike CKV_AWS_59, `ApiKeyRequired: true` alone does not pass: API keys are not an authorization mechanism.',
      ja: 'CKV_AWS_59 と異なり、`ApiKeyRequired: true` だけでは合格しません。API キーは認可の仕組みではないためです。',
    },
    links: [{ title: 'Control and manage access to REST APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html' }],
  },
  check(resource, { graph }) {
    if (resource.type === REST_API || resource.type === HTTP_API) return checkApi(resource, graph);
    const method = methodOf(resource);
    if (method === 'OPTIONS') return NOT_APPLICABLE;
    if (resource.type === 'AWS::ApiGatewayV2::Route') {
      const protocol = protocolOf(resource, graph);
      if (protocol === 'WEBSOCKET' && method !== '$CONNECT') return NOT_APPLICABLE;
    }
    const type = resource.properties['AuthorizationType'] ?? 'NONE';
    if (isUnresolved(type)) return unknown(['AuthorizationType']);
    if (typeof type === 'string' && AUTHORIZED.has(type)) return PASS;
    const route = routeOf(resource, graph, method);
    const keyed = resource.properties['ApiKeyRequired'] === true || resource.properties['ApiKeyRequired'] === 'true';
    const path = resource.properties['AuthorizationType'] === undefined || resource.origin ? undefined : ['AuthorizationType'];
    return fail(keyed ? 'apiKeyOnly' : 'open', { route, type: String(type) }, path);
  },
};
