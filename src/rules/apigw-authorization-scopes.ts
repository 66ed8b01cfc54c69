// Routes behind Cognito or JWT authorizers ask for OAuth scopes, so access follows the caller's grants.
import type { Resource, ResourceGraph } from '../iac/types.js';
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isUnresolved } from '../iac/values.js';
import { HTTP_API, REST_API, shownRoute } from './support/apigw-stages.js';

const TOKEN_AUTHORIZED = new Set(['COGNITO_USER_POOLS', 'JWT']);

/**
 * Operations of an API's OpenAPI body (methods and routes written as resources answer for themselves). An
 * operation authorized only by SAM's `Auth.DefaultAuthorizer` is unknown: SAM adds the authorizer's default scopes.
 */
function checkBody(api: Resource, graph: ResourceGraph): CheckResult | CheckResult[] {
  const fact = graph.apiOf(api);
  if (!fact) return NOT_APPLICABLE;
  const results: CheckResult[] = [];
  for (const method of fact.methods) {
    if (method.resource || !method.at || method.at[0] === 'Target') continue;
    const { type, scopes, authorizer } = method.authorization;
    if (type === 'unknown') results.push(unknown(method.at));
    if (!TOKEN_AUTHORIZED.has(type)) continue;
    if (Array.isArray(scopes) && scopes.length > 0) results.push(PASS);
    else if (isUnresolved(scopes) || authorizer === undefined) results.push(unknown(method.at));
    else results.push(fail('noScopesBody', { route: shownRoute(method), type, authorizer }, method.at));
  }
  for (const part of fact.unreadable) results.push(unknown(part.path));
  return results.length ? results : NOT_APPLICABLE;
}

export const apigwAuthorizationScopes: Rule = {
  id: 'apigw-authorization-scopes',
  title: { en: 'Token-authorized routes require scopes', ja: 'トークンで認可するルートでスコープを必須にする' },
  severity: 'info',
  lens: { pillar: 'security', question: 'SEC1', choice: 'sec1_scoped_access' },
  aliases: [],
  resourceTypes: ['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route', REST_API, HTTP_API],
  messages: {
    noScopes: {
      en: '{resource} accepts any valid token from its {type} authorizer; AuthorizationScopes would limit it to callers granted this operation.',
      ja: '{resource} は {type} オーソライザーの有効なトークンなら何でも受け付けます。AuthorizationScopes を設定すると、この操作を許可された呼び出し元に限定できます。',
    },
    noScopesBody: {
      en: '{route} in the OpenAPI body of {resource} accepts any valid token from its {type} authorizer {authorizer}; listing scopes in its security requirement would limit it to callers granted this operation.',
      ja: '{resource} の OpenAPI 本文の {route} は {type} オーソライザー {authorizer} の有効なトークンなら何でも受け付けます。セキュリティ要件にスコープを書くと、この操作を許可された呼び出し元に限定できます。',
    },
  },
  docs: {
    description: {
      en: 'For REST methods with `COGNITO_USER_POOLS` and HTTP routes with `JWT` authorization, checks that `AuthorizationScopes` is not empty. Methods SAM creates without event-level scopes are unknown: SAM may add the authorizer\'s default scopes. Operations of an OpenAPI body (`DefinitionBody`/`Body`, inline or a local `AWS::Include` file) are judged on the API: an operation whose security requirement names a Cognito or JWT authorizer needs scopes in that requirement (`security: [{ MyCognito: [orders/read] }]`); operations that take SAM\'s `Auth.DefaultAuthorizer` are unknown for the same reason, and so is a body in S3 or an include that could not be read.',
      ja: '`COGNITO_USER_POOLS` の REST メソッドと `JWT` の HTTP ルートについて、`AuthorizationScopes` が空でないことを確認します。SAM がイベント単位のスコープなしで作るメソッドは不明として扱います（SAM がオーソライザーの既定のスコープを追加する場合があるため）。OpenAPI 本文（`DefinitionBody`／`Body`、インラインまたはローカルの `AWS::Include` ファイル）の操作は API 上で判定します。セキュリティ要件が Cognito または JWT のオーソライザーを指定する操作には、その要件にスコープが必要です（`security: [{ MyCognito: [orders/read] }]`）。SAM の `Auth.DefaultAuthorizer` を受け継ぐ操作は同じ理由で不明とし、本文が S3 にある場合や読めなかったインクルードも不明とします。',
    },
    rationale: {
      en: 'Authentication says who calls; scopes say what that caller may do. Without them, every signed-in user or client can call every operation.',
      ja: '認証は誰が呼び出すかを示し、スコープはその呼び出し元に何が許されるかを示します。スコープがなければ、サインインしたすべてのユーザーやクライアントがすべての操作を呼び出せます。',
    },
    fix: { en: 'Add `AuthorizationScopes: [orders/read]` (SAM: under the event\'s `Auth`, or the authorizer\'s `AuthorizationScopes`).', ja: '`AuthorizationScopes: [orders/read]` を追加します（SAM ではイベントの `Auth` またはオーソライザーの `AuthorizationScopes`）。' },
    links: [{ title: 'Control access to HTTP APIs with JWT authorizers', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html' }],
  },
  check(resource, { graph }) {
    if (resource.type === REST_API || resource.type === HTTP_API) return checkBody(resource, graph);
    const type = resource.properties['AuthorizationType'];
    if (type !== 'COGNITO_USER_POOLS' && type !== 'JWT') return NOT_APPLICABLE;
    const scopes = resource.properties['AuthorizationScopes'];
    if (Array.isArray(scopes) && scopes.length > 0) return PASS;
    if (isUnresolved(scopes)) return unknown(['AuthorizationScopes']);
    if (resource.origin?.type.startsWith('AWS::Serverless::')) return unknown();
    return fail('noScopes', { type: String(type) });
  },
};
