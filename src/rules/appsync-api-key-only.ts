// An AppSync API whose only authorization is an API key: a shared secret shipped to every client, with no caller
// identity behind it. Fine for a public demo, rarely for anything with data.
import type { Rule } from './types.js';
import { PASS, fail, unknown } from './support/results.js';
import { isRecord, isUnresolved, literalString } from '../iac/values.js';

export const appsyncApiKeyOnly: Rule = {
  id: 'appsync-api-key-only',
  title: { en: 'AppSync APIs do not rely on an API key alone', ja: 'AppSync API を API キーだけで認可しない' },
  severity: 'warning',
  lens: { pillar: 'security', question: 'SEC1', choice: 'sec1_authn_authz' },
  aliases: [],
  resourceTypes: ['AWS::AppSync::GraphQLApi'],
  messages: {
    apiKeyOnly: {
      en: 'AppSync API {resource} is authorized by an API key only; anyone holding the key (every client ships it) can call it. Add Cognito user pools, IAM, OIDC or a Lambda authorizer.',
      ja: 'AppSync API {resource} は API キーだけで認可されています。キーを持つ人（すべてのクライアントに同梱されます）なら誰でも呼び出せます。Cognito ユーザープール、IAM、OIDC、Lambda オーソライザーのいずれかを追加してください。',
    },
  },
  docs: {
    description: {
      en: 'Fails a GraphQL API whose `AuthenticationType` is `API_KEY` and whose `AdditionalAuthenticationProviders` (if any) are all `API_KEY` too. A type from a parameter without default is unknown.',
      ja: '`AuthenticationType` が `API_KEY` で、`AdditionalAuthenticationProviders`（あれば）もすべて `API_KEY` の GraphQL API を不合格とします。既定値のないパラメータから来る種類は不明です。',
    },
    rationale: {
      en: 'An API key identifies an application, not a user: it is embedded in clients, cannot carry per-user permissions, and expires (at most after a year), which also makes it an outage risk.',
      ja: 'API キーが識別するのはアプリケーションであってユーザーではありません。クライアントに埋め込まれ、ユーザーごとの権限を持てず、（最長 1 年で）期限切れになるため、障害の原因にもなります。',
    },
    fix: {
      en: 'Make `AMAZON_COGNITO_USER_POOLS`, `AWS_IAM`, `OPENID_CONNECT` or `AWS_LAMBDA` the default (or an additional) provider, and keep the API key only for fields marked `@aws_api_key` that are meant to be public.',
      ja: '`AMAZON_COGNITO_USER_POOLS`、`AWS_IAM`、`OPENID_CONNECT`、`AWS_LAMBDA` のいずれかを既定（または追加）のプロバイダーにし、API キーは `@aws_api_key` を付けた公開用のフィールドだけに使います。',
    },
    links: [{ title: 'Configuring authorization and authentication to secure your GraphQL APIs', url: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html' }],
  },
  check(resource) {
    const main = resource.properties['AuthenticationType'];
    const extra = resource.properties['AdditionalAuthenticationProviders'];
    const types = [main, ...(Array.isArray(extra) ? extra.map((p) => (isRecord(p) ? p['AuthenticationType'] : p)) : [])];
    if (types.some(isUnresolved) || (extra !== undefined && !Array.isArray(extra))) return unknown(['AuthenticationType']);
    return types.every((t) => literalString(t) === 'API_KEY') ? fail('apiKeyOnly', undefined, ['AuthenticationType']) : PASS;
  },
};
