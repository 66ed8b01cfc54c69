// New function versions reach traffic gradually: CodeDeploy traffic shifting on an alias, or weighted aliases.
import type { Resource } from '../iac/types.js';
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { isFrameworkHelper } from './support/function-facts.js';
import { isRecord, valueAt } from '../iac/values.js';

function shiftsTraffic(alias: Resource): boolean {
  if (isRecord(alias.updatePolicy) && alias.updatePolicy['CodeDeployLambdaAliasUpdate'] !== undefined) return true;
  const weights = valueAt(alias.properties, ['RoutingConfig', 'AdditionalVersionWeights']);
  return Array.isArray(weights) && weights.length > 0;
}

export const lambdaGradualDeployment: Rule = {
  id: 'lambda-gradual-deployment',
  title: { en: 'Lambda functions roll out new versions gradually', ja: 'Lambda 関数の新しいバージョンを段階的にリリース' },
  severity: 'info',
  lens: { pillar: 'operationalExcellence', question: 'OPS2', choice: 'ops2_rollout_deployments' },
  aliases: [],
  advice: true,
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    allAtOnce: {
      en: 'Function {resource} serves events, but a new version takes all traffic at once; a canary or linear deployment would limit the impact of a bad release.',
      ja: '関数 {resource} はイベントを処理していますが、新しいバージョンが一度にすべてのトラフィックを受けます。カナリアまたはリニアのデプロイにすると、問題のあるリリースの影響を抑えられます。',
    },
  },
  docs: {
    description: {
      en: 'For functions that something invokes (API, event source mapping, asynchronous source), passes when an alias of the function shifts traffic: SAM `AutoPublishAlias` with a `DeploymentPreference` (CodeDeploy `UpdatePolicy` on the alias), or an alias with `RoutingConfig.AdditionalVersionWeights`. Functions with no trigger in the template are not judged.',
      ja: '何かから呼び出される関数（API、イベントソースマッピング、非同期のソース）について、関数のエイリアスがトラフィックを移行する場合に合格とします。SAM の `AutoPublishAlias` と `DeploymentPreference`（エイリアスの CodeDeploy `UpdatePolicy`）、または `RoutingConfig.AdditionalVersionWeights` を持つエイリアスです。テンプレート内に呼び出し元がない関数は判定しません。',
    },
    rationale: {
      en: 'Shifting a share of traffic first, with alarms that roll back, turns a bad deployment into a small, automatically reverted incident.',
      ja: '最初に一部のトラフィックだけを移行し、アラームでロールバックするようにすれば、問題のあるデプロイを小さく自動で元に戻せるインシデントにできます。',
    },
    fix: {
      en: 'In SAM: `AutoPublishAlias: live` and `DeploymentPreference: { Type: Canary10Percent5Minutes, Alarms: [!Ref ErrorsAlarm] }`.',
      ja: 'SAM では `AutoPublishAlias: live` と `DeploymentPreference: { Type: Canary10Percent5Minutes, Alarms: [!Ref ErrorsAlarm] }` を設定します。',
    },
    links: [{ title: 'Deploying serverless applications gradually with AWS SAM', url: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html' }],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    if (graph.aliasesOf(resource).some(shiftsTraffic)) return PASS;
    const triggered = graph.servesRequests(resource) || graph.eventSourceMappingsOf(resource).length > 0 || graph.asyncSourcesOf(resource).length > 0;
    return triggered ? fail('allAtOnce') : NOT_APPLICABLE;
  },
};
