// Secrets enter a template as parameters given at deploy time: a NoEcho parameter (Terraform: a sensitive
// variable) has no literal default, and a parameter named like a password is NoEcho / sensitive.
import { TEMPLATE_PARAMETER } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';

/** Names that say the value is a secret: `DbPassword`, `api_key`, `GitHubToken`, `ClientSecret`. */
const SECRET_NAME = /(secret|passw(or)?d|pwd|token|api[_-]?key|private[_-]?key|credential)/i;
/** Names that say the value is about a secret, not the secret: `DbPasswordArn`, `SecretName`, `token_ttl`. */
const ABOUT_SECRET = /(arn|name|id|path|param|parameter|url|uri|header|table|length|expiry|expiration|ttl|type|version|rotation|enabled|days|seconds|minutes|hours|prefix|suffix|arns|names|ids|location|bucket|key_id|keyid)s?$/i;

/** A default written in the template: a non-empty literal (an empty string is the usual "not set"). */
function literalDefault(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number';
}

export const parameterSecretDefault: Rule = {
  id: 'parameter-secret-default',
  title: { en: 'Secret parameters have no default and are hidden', ja: 'シークレットのパラメータに既定値を書かず、値を隠す' },
  severity: 'error',
  lens: { pillar: 'security', question: 'SEC3', choice: 'sec3_secrets' },
  aliases: [],
  resourceTypes: [TEMPLATE_PARAMETER],
  messages: {
    noEchoDefault: {
      en: 'Parameter {resource} is NoEcho but its Default is written in the template; anyone who can read the template or its history can read the secret. Remove the default and pass the value at deployment, or read it from Secrets Manager.',
      ja: 'パラメータ {resource} は NoEcho ですが、Default がテンプレートに書かれています。テンプレートやその履歴を読める人はだれでもシークレットを読めます。既定値を削除してデプロイ時に値を渡すか、Secrets Manager から読み込んでください。',
    },
    namedDefault: {
      en: 'Parameter {resource} is named like a secret and its Default is written in the template; anyone who can read the template or its history can read it. Remove the default, set NoEcho: true and pass the value at deployment, or read it from Secrets Manager.',
      ja: 'パラメータ {resource} はシークレットらしい名前で、Default がテンプレートに書かれています。テンプレートやその履歴を読める人はだれでもその値を読めます。既定値を削除し、NoEcho: true を設定してデプロイ時に値を渡すか、Secrets Manager から読み込んでください。',
    },
    sensitiveDefault: {
      en: 'Variable {resource} is sensitive but its default is written in the module; anyone who can read the code can read the secret. Remove the default and pass the value at apply time (TF_VAR_…), or read it from Secrets Manager.',
      ja: '変数 {resource} は sensitive ですが、default がモジュールに書かれています。コードを読める人はだれでもシークレットを読めます。default を削除して適用時に値を渡すか（TF_VAR_…）、Secrets Manager から読み込んでください。',
    },
    namedDefaultVariable: {
      en: 'Variable {resource} is named like a secret and its default is written in the module; anyone who can read the code can read it. Remove the default, set sensitive = true and pass the value at apply time (TF_VAR_…), or read it from Secrets Manager.',
      ja: '変数 {resource} はシークレットらしい名前で、default がモジュールに書かれています。コードを読める人はだれでもその値を読めます。default を削除し、sensitive = true を設定して適用時に値を渡すか（TF_VAR_…）、Secrets Manager から読み込んでください。',
    },
    visible: {
      en: 'Parameter {resource} is named like a secret but is not NoEcho; its value is shown in the console and in describe-stacks output. Set NoEcho: true, or pass a Secrets Manager reference instead.',
      ja: 'パラメータ {resource} はシークレットらしい名前ですが NoEcho ではありません。値がコンソールや describe-stacks の出力に表示されます。NoEcho: true を設定するか、代わりに Secrets Manager の参照を渡してください。',
    },
    visibleVariable: {
      en: 'Variable {resource} is named like a secret but is not sensitive; its value is shown in plan and apply output. Set sensitive = true, or read the secret from Secrets Manager instead.',
      ja: '変数 {resource} はシークレットらしい名前ですが sensitive ではありません。値が plan や apply の出力に表示されます。sensitive = true を設定するか、代わりに Secrets Manager からシークレットを読み込んでください。',
    },
  },
  docs: {
    description: {
      en: 'Judges every template parameter (every variable of a Terraform module). A `NoEcho` parameter (a `sensitive` variable), or one named like a secret (`Password`, `Secret`, `Token`, `ApiKey`, `PrivateKey`, `Credential`, but not `…Arn`, `…Name`, `…Id`, `…Path`, `…Length`…), fails when it has a literal, non-empty default, at the line of the default. A parameter named like a secret that is neither `NoEcho` nor `sensitive` and has no default is a warning. A `NoEcho` parameter or `sensitive` variable without default passes: the secret is given at deployment. `AWS::SSM::Parameter::Value<…>` parameters (their default is a parameter name) and other parameters are not judged.',
      ja: 'テンプレートのすべてのパラメータ（Terraform モジュールのすべての変数）を判定します。`NoEcho` のパラメータ（`sensitive` の変数）、またはシークレットらしい名前（`Password`、`Secret`、`Token`、`ApiKey`、`PrivateKey`、`Credential`。ただし `…Arn`、`…Name`、`…Id`、`…Path`、`…Length` などは除く）のパラメータが、空でないリテラルの既定値を持つ場合、既定値の行で不合格とします。シークレットらしい名前で `NoEcho` でも `sensitive` でもなく、既定値もないパラメータは警告です。既定値のない `NoEcho` のパラメータや `sensitive` の変数は合格です（シークレットはデプロイ時に渡されます）。`AWS::SSM::Parameter::Value<…>` のパラメータ（既定値はパラメータ名）とその他のパラメータは判定しません。',
    },
    rationale: {
      en: 'A default is part of the template: it lives in source control, in every copy of the repository and in CloudFormation\'s template history. NoEcho and sensitive keep a value given at deployment out of the console and the tools\' output.',
      ja: '既定値はテンプレートの一部です。ソース管理、リポジトリのすべての複製、CloudFormation のテンプレート履歴に残ります。NoEcho や sensitive は、デプロイ時に渡した値をコンソールやツールの出力に表示しないようにします。',
    },
    fix: {
      en: 'Declare `DbPassword: { Type: String, NoEcho: true }` without `Default`, or better, let the resource read the secret itself: `MasterUserPassword: \'{{resolve:secretsmanager:orders-db:SecretString:password}}\'` (or `ManageMasterUserPassword: true`). In Terraform, `variable "db_password" { sensitive = true }` without default.',
      ja: '`Default` なしで `DbPassword: { Type: String, NoEcho: true }` と宣言するか、より良い方法として、リソースにシークレットを直接読ませます（`MasterUserPassword: \'{{resolve:secretsmanager:orders-db:SecretString:password}}\'`、または `ManageMasterUserPassword: true`）。Terraform では default なしの `variable "db_password" { sensitive = true }` です。',
    },
    links: [
      { title: 'CloudFormation Parameters: NoEcho', url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html' },
      { title: 'Terraform: suppressing values in CLI output (sensitive)', url: 'https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output' },
    ],
  },
  check(param) {
    const type = param.properties['Type'];
    if (typeof type === 'string' && type.startsWith('AWS::SSM::Parameter::Value')) return NOT_APPLICABLE;
    const noEcho = param.properties['NoEcho'] === true;
    const named = SECRET_NAME.test(param.logicalId) && !ABOUT_SECRET.test(param.logicalId);
    if (!noEcho && !named) return NOT_APPLICABLE;
    const terraform = param.format === 'terraform';
    if (literalDefault(param.properties['Default'])) {
      const id = terraform ? (noEcho ? 'sensitiveDefault' : 'namedDefaultVariable') : noEcho ? 'noEchoDefault' : 'namedDefault';
      return fail(id, {}, ['Default']);
    }
    if (noEcho) return PASS;
    return { ...fail(terraform ? 'visibleVariable' : 'visible'), severity: 'warning' };
  },
};
