// EventBridge connections receive their credentials at deploy time, never as literals in the template.
import type { CheckResult, Rule } from './types.js';
import { PASS, fail } from './support/results.js';
import { isUnresolved, valueAt } from '../iac/values.js';

/** The credential fields of `AuthParameters`: CloudFormation's path, and Terraform's as the generic mapping reads it. */
const SECRET_FIELDS: readonly { path: readonly string[]; name: string }[] = [
  { path: ['ApiKeyAuthParameters', 'ApiKeyValue'], name: 'AuthParameters.ApiKeyAuthParameters.ApiKeyValue' },
  { path: ['BasicAuthParameters', 'Password'], name: 'AuthParameters.BasicAuthParameters.Password' },
  { path: ['OAuthParameters', 'ClientParameters', 'ClientSecret'], name: 'AuthParameters.OAuthParameters.ClientParameters.ClientSecret' },
  { path: ['ApiKey', 'Value'], name: 'auth_parameters.api_key.value' },
  { path: ['Basic', 'Password'], name: 'auth_parameters.basic.password' },
  { path: ['Oauth', 'ClientParameters', 'ClientSecret'], name: 'auth_parameters.oauth.client_parameters.client_secret' },
];

/** A value written in the template itself: a literal, or a Sub/Join whose text is not a dynamic reference. */
function isLiteralSecret(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'string' || value === '') return false;
  return !value.trimStart().startsWith('{{resolve:');
}

export const eventbridgeConnectionSecrets: Rule = {
  id: 'eventbridge-connection-secrets',
  title: { en: 'EventBridge connections take no literal credentials', ja: 'EventBridge の接続にリテラルの認証情報を書かない' },
  severity: 'error',
  lens: { pillar: 'security', question: 'SEC3', choice: 'sec3_secrets' },
  aliases: [],
  resourceTypes: ['AWS::Events::Connection'],
  messages: {
    literal: {
      en: 'Connection {resource} has its {field} written in the template; anyone who can read the template or its deployment history can read it.',
      ja: '接続 {resource} の {field} がテンプレートに直接書かれています。テンプレートやデプロイ履歴を読める人はだれでもその値を読めます。',
    },
  },
  docs: {
    description: {
      en: 'Fails an `AWS::Events::Connection` whose `AuthParameters` hold a literal `ApiKeyAuthParameters.ApiKeyValue`, `BasicAuthParameters.Password` or `OAuthParameters.ClientParameters.ClientSecret` (a parameter default counts as literal); in Terraform, `api_key.value`, `basic.password` and `oauth.client_parameters.client_secret` under the `auth_parameters` of `aws_cloudwatch_event_connection`. A `{{resolve:secretsmanager:…}}` or `{{resolve:ssm-secure:…}}` dynamic reference, or a parameter without default, passes.',
      ja: '`AuthParameters` の `ApiKeyAuthParameters.ApiKeyValue`、`BasicAuthParameters.Password`、`OAuthParameters.ClientParameters.ClientSecret` にリテラルを持つ `AWS::Events::Connection` を不合格とします（パラメータの既定値もリテラルとみなします）。Terraform では `aws_cloudwatch_event_connection` の `auth_parameters` の `api_key.value`、`basic.password`、`oauth.client_parameters.client_secret` を確認します。`{{resolve:secretsmanager:…}}` や `{{resolve:ssm-secure:…}}` の動的参照、既定値のないパラメータは合格です。',
    },
    rationale: {
      en: 'EventBridge keeps connection credentials in Secrets Manager, but a literal in the template also lives in source control, in CloudFormation\'s template history and in every copy of the repository.',
      ja: 'EventBridge は接続の認証情報を Secrets Manager に保管しますが、テンプレートに書いたリテラルはソース管理、CloudFormation のテンプレート履歴、リポジトリのすべての複製にも残ります。',
    },
    fix: {
      en: 'Write `ApiKeyValue: \'{{resolve:secretsmanager:my-api-key:SecretString:key}}\'`, or pass the value through a `NoEcho` parameter without default.',
      ja: '`ApiKeyValue: \'{{resolve:secretsmanager:my-api-key:SecretString:key}}\'` と書くか、既定値のない `NoEcho` パラメータで値を渡します。',
    },
    links: [{ title: 'Connections for HTTP targets in EventBridge', url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-target-connection.html' }],
  },
  check(resource) {
    const results: CheckResult[] = [];
    for (const field of SECRET_FIELDS) {
      const path = ['AuthParameters', ...field.path];
      const value = valueAt(resource.properties, path);
      if (!isUnresolved(value) && isLiteralSecret(value)) results.push(fail('literal', { field: field.name }, path));
    }
    return results.length ? results : PASS;
  },
};
