// Secrets do not sit in function environment variables: neither literally nor resolved at deploy time.
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { envVars, isFrameworkHelper } from './support/function-facts.js';
import { directTarget, patternOf } from '../iac/values.js';
import type { GraphIndex } from '../iac/types.js';

const SECRET_NAME = /(secret|passw(or)?d|pwd|token|api[_-]?key|private[_-]?key|credential|client[_-]?secret)/i;
/** Values that name where a secret lives rather than holding it. */
const REFERENCE_VALUE = /^(arn:|\/|\$\{|\{\{resolve:ssm:|true$|false$|\d+$)/i;
const SECRET_VALUE = /^(-----BEGIN [A-Z ]*PRIVATE KEY-----|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_|xox[abpr]-|sk_live_|eyJ[A-Za-z0-9_-]{10,}\.)/;

/**
 * A dynamic reference that puts a secret into the configuration: any `ssm-secure` value, and a Secrets
 * Manager value unless it picks a JSON key that is not secret (`…:SecretString:username`, `:host`).
 */
function resolvesSecret(name: string, text: string): boolean {
  if (text.includes('{{resolve:ssm-secure:')) return true;
  const match = /\{\{resolve:secretsmanager:(?:arn:[^}]*?:secret:)?(?:\$\{[^}]*\}|[^:}])*(?::SecretString:([^:}]*))?/.exec(text);
  if (!match) return false;
  const key = match[1];
  return !key || SECRET_NAME.test(key) || SECRET_NAME.test(name);
}

/** Types whose reference is where a secret lives. */
const SECRET_STORES = new Set(['AWS::SecretsManager::Secret', 'AWS::SSM::Parameter', 'AWS::KMS::Key']);

/** A variable that tells the function where a secret lives: a secret store's reference, ARN or parameter path. */
function namesSecretLocation(name: string, value: unknown, graph: GraphIndex): boolean {
  const target = directTarget(value);
  if (target !== undefined) return SECRET_STORES.has(graph.get(target)?.type ?? '') || SECRET_NAME.test(name);
  const text = patternOf(value);
  if (text === undefined) return false;
  if (/:secretsmanager:[^:]*:[^:]*:secret:|:ssm:[^:]*:[^:]*:parameter\//.test(text)) return true;
  return SECRET_NAME.test(name) && /^(arn:|\/)/.test(text);
}

export const lambdaEnvNoSecrets: Rule = {
  id: 'lambda-env-no-secrets',
  title: { en: 'Secrets are not stored in environment variables', ja: 'シークレットを環境変数に保存しない' },
  severity: 'error',
  lens: { pillar: 'security', question: 'SEC3', choice: 'sec3_secrets' },
  aliases: ['CKV_AWS_45'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    literal: {
      en: 'Function {resource} holds a secret in plain text in environment variable {name}; store it in Secrets Manager and read it at run time.',
      ja: '関数 {resource} は環境変数 {name} にシークレットを平文で保持しています。Secrets Manager に保存し、実行時に読み込んでください。',
    },
    resolved: {
      en: 'Function {resource} resolves a secret into environment variable {name} at deployment; it then shows in the function configuration to anyone who can read it. Read it at run time instead.',
      ja: '関数 {resource} はデプロイ時にシークレットを環境変数 {name} に展開しています。関数の設定を読める人には誰にでも見えてしまいます。実行時に読み込むようにしてください。',
    },
  },
  docs: {
    description: {
      en: 'Fails (error) an environment variable with a secret-looking name (`SECRET`, `PASSWORD`, `TOKEN`, `API_KEY`, `PRIVATE_KEY`, `CREDENTIAL`…) and a literal value that is not an ARN, a parameter path, a number or a boolean, and any value shaped like a private key or a well-known token. Warns when the value is a `{{resolve:secretsmanager:…}}` or `{{resolve:ssm-secure:…}}` dynamic reference. A function passes when a variable tells it where a secret lives (a reference to a Secrets Manager secret or SSM parameter, a secret ARN, a parameter path under a secret-looking name); a function that handles no secret at all is not applicable, so the lens choice stays unknown rather than supported.',
      ja: 'シークレットらしい名前（`SECRET`、`PASSWORD`、`TOKEN`、`API_KEY`、`PRIVATE_KEY`、`CREDENTIAL` など）で、ARN、パラメータのパス、数値、真偽値ではないリテラル値を持つ環境変数と、秘密鍵やよく知られたトークンの形をした値を不合格（エラー）とします。値が `{{resolve:secretsmanager:…}}` や `{{resolve:ssm-secure:…}}` の動的参照の場合は警告します。シークレットの保管場所（Secrets Manager のシークレットや SSM パラメータへの参照、シークレットの ARN、シークレットらしい名前のパラメータのパス）を変数で受け取る関数は合格です。シークレットをまったく扱わない関数は対象外とし、レンズの選択肢は「裏付けあり」ではなく「不明」のままにします。',
    },
    rationale: {
      en: 'Environment variables are visible to anyone who can read the function configuration, and end up in templates, repositories and logs.',
      ja: '環境変数は関数の設定を読めるすべての人に見え、テンプレート、リポジトリ、ログにも残ります。',
    },
    fix: {
      en: 'Put the secret in Secrets Manager, pass its ARN (`SECRET_ARN: !Ref DbSecret`), and read it at run time with the Parameters and Secrets extension or Powertools parameters, caching it between invocations.',
      ja: 'シークレットを Secrets Manager に保存して ARN（`SECRET_ARN: !Ref DbSecret`）を渡し、実行時に Parameters and Secrets 拡張機能または Powertools のパラメータ機能で読み込み、呼び出し間でキャッシュします。',
    },
    links: [{ title: 'Use Secrets Manager secrets in Lambda functions', url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html' }],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    // Passing means the practice is in place: the function is handed where a secret lives, not the secret.
    let handsSecretLocation = false;
    const results = Object.entries(envVars(resource)).flatMap(([name, value]) => {
      if (namesSecretLocation(name, value, graph)) handsSecretLocation = true;
      const path = ['Environment', 'Variables', name];
      const text = patternOf(value);
      if (text === undefined || text.trim() === '') return [];
      if (resolvesSecret(name, text)) return [{ ...fail('resolved', { name }, path), severity: 'warning' as const }];
      if (typeof value === 'string' && SECRET_VALUE.test(value)) return [fail('literal', { name }, path)];
      if (typeof value === 'string' && SECRET_NAME.test(name) && !REFERENCE_VALUE.test(value) && !/_(ARN|NAME|ID|PATH|PARAM|PARAMETER|URL|URI|HEADER|TABLE)$/i.test(name)) return [fail('literal', { name }, path)];
      return [];
    });
    if (results.length) return results;
    return handsSecretLocation ? PASS : NOT_APPLICABLE;
  },
};
