// Evidence of configuration kept outside the code: AppConfig, Parameter Store, the parameters extension.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, unknown } from './support/results.js';
import { envVars, isFrameworkHelper, layerTexts, referencedResources, roleStatements } from './support/function-facts.js';
import { patternOf } from '../iac/values.js';

const CONFIG_TYPES = new Set(['AWS::SSM::Parameter', 'AWS::AppConfig::Application', 'AWS::AppConfig::ConfigurationProfile', 'AWS::AppConfig::Environment']);

function readsConfiguration(fn: Resource, graph: ResourceGraph): boolean {
  if (layerTexts(fn).some((l) => /AWS-AppConfig-Extension|AWS-Parameters-and-Secrets-Lambda-Extension/i.test(l))) return true;
  if (referencedResources(fn, graph).some((r) => CONFIG_TYPES.has(r.type))) return true;
  const values = Object.values(envVars(fn)).map((v) => patternOf(v) ?? '');
  if (values.some((v) => v.includes('{{resolve:ssm:') || /:ssm:[^:]*:[^:]*:parameter\//.test(v))) return true;
  if (Object.keys(envVars(fn)).some((name) => /^(AWS_APPCONFIG_|POWERTOOLS_PARAMETERS_)/.test(name))) return true;
  const role = graph.roleOf(fn);
  const samTemplates = role?.metadata?.['slens:samPolicyTemplates'];
  if (Array.isArray(samTemplates) && samTemplates.some((t) => t === 'SSMParameterReadPolicy' || t === 'SSMParameterWithSlashPrefixReadPolicy')) return true;
  return !!role && roleStatements(role, graph).some((s) => s.effect === 'Allow' && s.actions.some((a) => /^(ssm:GetParameter|appconfig:(GetLatestConfiguration|StartConfigurationSession))/.test(a)));
}

export const lambdaExternalizedConfiguration: Rule = {
  id: 'lambda-externalized-configuration',
  title: { en: 'Lambda functions read configuration from a configuration service', ja: 'Lambda 関数は構成管理サービスから設定を読み込む' },
  severity: 'info',
  lens: { pillar: 'operationalExcellence', question: 'OPS2', choice: 'ops2_configuration_management' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {},
  evidenceOnly: true,
  docs: {
    description: {
      en: 'Evidence only: a function supports the choice when it reads configuration at run time from AWS AppConfig or Systems Manager Parameter Store — the AppConfig or Parameters-and-Secrets extension layer, a referenced `AWS::SSM::Parameter` or AppConfig resource, an SSM parameter ARN in its environment, a SAM SSM policy template, or a role allowing `ssm:GetParameter*` / `appconfig:GetLatestConfiguration`.',
      ja: 'エビデンス専用です。関数が実行時に AWS AppConfig または Systems Manager Parameter Store から設定を読み込む場合に選択肢を裏付けます。AppConfig または Parameters and Secrets 拡張機能のレイヤー、参照している `AWS::SSM::Parameter` や AppConfig のリソース、環境変数内の SSM パラメータの ARN、SAM の SSM ポリシーテンプレート、`ssm:GetParameter*` / `appconfig:GetLatestConfiguration` を許可するロールが対象です。',
    },
    rationale: {
      en: 'Configuration kept outside the code can change (feature flags, limits) without a deployment, with validation and rollback.',
      ja: 'コードの外に置いた設定（機能フラグ、上限値など）は、デプロイなしで検証やロールバックとともに変更できます。',
    },
    fix: {
      en: 'Store settings in AppConfig or Parameter Store and read them with the AWS extension layer or Powertools parameters, caching between invocations.',
      ja: '設定を AppConfig または Parameter Store に保存し、AWS の拡張機能レイヤーまたは Powertools のパラメータ機能で、呼び出し間でキャッシュしながら読み込みます。',
    },
    links: [{ title: 'Using AWS AppConfig Agent with AWS Lambda', url: 'https://docs.aws.amazon.com/appconfig/latest/userguide/appconfig-integration-lambda-extensions.html' }],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    return readsConfiguration(resource, graph) ? PASS : unknown();
  },
};
