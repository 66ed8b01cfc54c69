// EventBridge connections receive their credentials at deploy time, never as literals in the template.
import type { CheckResult, Rule } from './types.js';
import { PASS, fail, unknown } from './support/results.js';
import { isUnresolved, patternOf, valueAt } from '../iac/values.js';

/** The credential fields of `AuthParameters`: CloudFormation's path, and Terraform's as the generic mapping reads it. */
const SECRET_FIELDS: readonly { path: readonly string[]; name: string }[] = [
  { path: ['ApiKeyAuthParameters', 'ApiKeyValue'], name: 'AuthParameters.ApiKeyAuthParameters.ApiKeyValue' },
  { path: ['BasicAuthParameters', 'Password'], name: 'AuthParameters.BasicAuthParameters.Password' },
  { path: ['OAuthParameters', 'ClientParameters', 'ClientSecret'], name: 'AuthParameters.OAuthParameters.ClientParameters.ClientSecret' },
  { path: ['ApiKey', 'Value'], name: 'auth_parameters.api_key.value' },
  { path: ['Basic', 'Password'], name: 'auth_parameters.basic.password' },
  { path: ['Oauth', 'ClientParameters', 'ClientSecret'], name: 'auth_parameters.oauth.client_parameters.client_secret' },
];

/** A dynamic reference CloudFormation fills in at deploy time (`{{resolve:secretsmanager:…}}`, `{{resolve:ssm-secure:…}}`). */
const DYNAMIC_REFERENCE = /^\s*\{\{resolve:/;

/** How one credential field is written: a literal, a dynamic reference (also built with Sub/Join), or what the template cannot tell. */
function secretKind(value: unknown): 'absent' | 'literal' | 'reference' | 'unknown' {
  if (value === undefined || value === null || value === '') return 'absent';
  if (typeof value === 'number' || typeof value === 'boolean') return 'literal';
  if (typeof value === 'string') return DYNAMIC_REFERENCE.test(value) ? 'reference' : 'literal';
  const pattern = isUnresolved(value) ? patternOf(value) : undefined;
  return pattern !== undefined && DYNAMIC_REFERENCE.test(pattern) ? 'reference' : 'unknown';
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
      en: 'Fails an `AWS::Events::Connection` whose `AuthParameters` hold a literal `ApiKeyAuthParameters.ApiKeyValue`, `BasicAuthParameters.Password` or `OAuthParameters.ClientParameters.ClientSecret` (a parameter default counts as literal); in Terraform, `api_key.value`, `basic.password` and `oauth.client_parameters.client_secret` under the `auth_parameters` of `aws_cloudwatch_event_connection`. A `{{resolve:secretsmanager:…}}` or `{{resolve:ssm-secure:…}}` dynamic reference (also built with `Fn::Sub`) passes; a value the template cannot resolve (a parameter without default, an import, a Terraform variable) is unknown.',
      ja: '`AuthParameters` の `ApiKeyAuthParameters.ApiKeyValue`、`BasicAuthParameters.Password`、`OAuthParameters.ClientParameters.ClientSecret` にリテラルを持つ `AWS::Events::Connection` を不合格とします（パラメータの既定値もリテラルとみなします）。Terraform では `aws_cloudwatch_event_connection` の `auth_parameters` の `api_key.value`、`basic.password`、`oauth.client_parameters.client_secret` を確認します。`{{resolve:secretsmanager:…}}` や `{{resolve:ssm-secure:…}}` の動的参照（`Fn::Sub` で組み立てたものを含む）は合格です。テンプレートから解決できない値（既定値のないパラメータ、インポート、Terraform の変数）は不明とします。',
    },
    rationale: {
      en: 'EventBridge keeps connection credentials in Secrets Manager, but a literal in the template also lives in source control, in CloudFormation\'s template history and in every copy of the repository.',
      ja: 'EventBridge は接続の認証情報を Secrets Manager に保管しますが、テンプレートに書いたリテラルはソース管理、CloudFormation のテンプレート履歴、リポジトリのすべての複製にも残ります。',
    },
    fix: {
      en: 'Write `ApiKeyValue: \'{{resolve:secretsmanager:my-api-key:SecretString:key}}\'`. A `NoEcho` parameter without default also keeps the value out of the template, but the scan cannot see what is passed and answers unknown.',
      ja: '`ApiKeyValue: \'{{resolve:secretsmanager:my-api-key:SecretString:key}}\'` と書きます。既定値のない `NoEcho` パラメータでも値はテンプレートに残りませんが、渡される値をスキャンで確認できないため不明となります。',
    },
    links: [{ title: 'Connections for HTTP targets in EventBridge', url: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-target-connection.html' }],
  },
  check(resource) {
    const results: CheckResult[] = [];
    let unread: string[] | undefined;
    for (const field of SECRET_FIELDS) {
      const path = ['AuthParameters', ...field.path];
      const kind = secretKind(valueAt(resource.properties, path));
      if (kind === 'literal') results.push(fail('literal', { field: field.name }, path));
      else if (kind === 'unknown') unread ??= path;
    }
    if (results.length) return results;
    return unread ? unknown(unread) : PASS;
  },
};
