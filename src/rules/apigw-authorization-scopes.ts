// Routes behind Cognito or JWT authorizers ask for OAuth scopes, so access follows the caller's grants.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isUnresolved } from '../iac/values.js';

export const apigwAuthorizationScopes: Rule = {
  id: 'apigw-authorization-scopes',
  title: { en: 'Token-authorized routes require scopes', ja: 'トークンで認可するルートでスコープを必須にする' },
  severity: 'info',
  lens: { pillar: 'security', question: 'SEC1', choice: 'sec1_scoped_access' },
  aliases: [],
  resourceTypes: ['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route'],
  messages: {
    noScopes: {
      en: '{resource} accepts any valid token from its {type} authorizer; AuthorizationScopes would limit it to callers granted this operation.',
      ja: '{resource} は {type} オーソライザーの有効なトークンなら何でも受け付けます。AuthorizationScopes を設定すると、この操作を許可された呼び出し元に限定できます。',
    },
  },
  docs: {
    description: {
      en: 'For REST methods with `COGNITO_USER_POOLS` and HTTP routes with `JWT` authorization, checks that `AuthorizationScopes` is not empty. Methods SAM creates without event-level scopes are unknown: SAM may add the authorizer\'s default scopes.',
      ja: '`COGNITO_USER_POOLS` の REST メソッドと `JWT` の HTTP ルートについて、`AuthorizationScopes` が空でないことを確認します。SAM がイベント単位のスコープなしで作るメソッドは不明として扱います（SAM がオーソライザーの既定のスコープを追加する場合があるため）。',
    },
    rationale: {
      en: 'Authentication says who calls; scopes say what that caller may do. Without them, every signed-in user or client can call every operation.',
      ja: '認証は誰が呼び出すかを示し、スコープはその呼び出し元に何が許されるかを示します。スコープがなければ、サインインしたすべてのユーザーやクライアントがすべての操作を呼び出せます。',
    },
    fix: { en: 'Add `AuthorizationScopes: [orders/read]` (SAM: under the event\'s `Auth`, or the authorizer\'s `AuthorizationScopes`).', ja: '`AuthorizationScopes: [orders/read]` を追加します（SAM ではイベントの `Auth` またはオーソライザーの `AuthorizationScopes`）。' },
    links: [{ title: 'Control access to HTTP APIs with JWT authorizers', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html' }],
  },
  check(resource) {
    const type = resource.properties['AuthorizationType'];
    if (type !== 'COGNITO_USER_POOLS' && type !== 'JWT') return NOT_APPLICABLE;
    const scopes = resource.properties['AuthorizationScopes'];
    if (Array.isArray(scopes) && scopes.length > 0) return PASS;
    if (isUnresolved(scopes)) return unknown(['AuthorizationScopes']);
    if (resource.origin?.type.startsWith('AWS::Serverless::')) return unknown();
    return fail('noScopes', { type: String(type) });
  },
};
