// REST APIs that hand out API keys enforce a usage plan with a quota and throttle for them.
import type { Resource } from '../iac/types.js';
import type { ResourceGraph } from '../iac/types.js';
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail } from './support/results.js';
import { asList } from './support/function-facts.js';
import { directTarget, isPresent, valueAt } from '../iac/values.js';

/** Methods and body operations of the API that require an API key. */
function keyedMethods(api: Resource, graph: ResourceGraph): number {
  return graph.apiOf(api)?.methods.filter((m) => m.authorization.apiKeyRequired === true).length ?? 0;
}

function plansFor(api: Resource, graph: ResourceGraph): Resource[] {
  return graph.ofType('AWS::ApiGateway::UsagePlan').filter((plan) => asList(plan.properties['ApiStages']).some((s) => directTarget(valueAt(s, ['ApiId'])) === api.logicalId));
}

function planLimits(plan: Resource): CheckResult {
  const quota = isPresent(valueAt(plan.properties, ['Quota', 'Limit']));
  const throttle = isPresent(valueAt(plan.properties, ['Throttle', 'RateLimit'])) || isPresent(valueAt(plan.properties, ['Throttle', 'BurstLimit']));
  if (quota && throttle) return PASS;
  return fail('noLimits', { plan: plan.logicalId, missing: [quota ? '' : 'Quota', throttle ? '' : 'Throttle'].filter(Boolean).join(', ') });
}

export const apigwUsagePlanQuota: Rule = {
  id: 'apigw-usage-plan-quota',
  title: { en: 'API keys come with a usage plan that sets a quota and a throttle', ja: 'API キーに、クォータとスロットリングを設定した使用量プランを適用' },
  severity: 'warning',
  lens: { pillar: 'reliability', question: 'REL1', choice: 'rel1_quotas' },
  aliases: [],
  resourceTypes: ['AWS::ApiGateway::RestApi', 'AWS::ApiGateway::UsagePlan'],
  messages: {
    noPlan: {
      en: 'API {resource} requires API keys on {count} method(s) but no usage plan in the template covers it; keys without a plan enforce no quota.',
      ja: 'API {resource} は {count} 個のメソッドで API キーを必須にしていますが、テンプレート内にこの API を対象とする使用量プランがありません。プランのないキーではクォータが適用されません。',
    },
    noLimits: {
      en: 'Usage plan {plan} sets no {missing}; clients can use as much as they like.',
      ja: '使用量プラン {plan} に {missing} がありません。クライアントが無制限に利用できます。',
    },
  },
  docs: {
    description: {
      en: 'A usage plan passes when it sets both `Quota.Limit` and a `Throttle` rate or burst. A REST API whose methods require API keys (`ApiKeyRequired`) fails when no usage plan of the template lists it in `ApiStages`. APIs without keyed methods are not judged. Keyed operations of an OpenAPI body (an `apiKey` security scheme) count too.',
      ja: '使用量プランは `Quota.Limit` と `Throttle` のレートまたはバーストの両方を設定していれば合格です。メソッドで API キーを必須にしている（`ApiKeyRequired`）REST API は、テンプレート内のどの使用量プランの `ApiStages` にも含まれていなければ不合格です。キー付きのメソッドがない API は判定しません。OpenAPI 本文でキーを求める操作（`apiKey` のセキュリティスキーム）も数えます。',
    },
    rationale: {
      en: 'Quotas per client keep one consumer from exhausting the capacity (and budget) that all of them share.',
      ja: 'クライアントごとのクォータにより、1 つの利用者が全員で共有する容量（と予算）を使い切るのを防げます。',
    },
    fix: { en: 'Add an `AWS::ApiGateway::UsagePlan` with `ApiStages`, `Quota: { Limit: 10000, Period: DAY }` and `Throttle: { RateLimit: 50, BurstLimit: 100 }` (SAM: `Auth.UsagePlan`).', ja: '`ApiStages`、`Quota: { Limit: 10000, Period: DAY }`、`Throttle: { RateLimit: 50, BurstLimit: 100 }` を持つ `AWS::ApiGateway::UsagePlan` を追加します（SAM では `Auth.UsagePlan`）。' },
    links: [{ title: 'Usage plans and API keys for REST APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html' }],
  },
  check(resource, { graph }) {
    if (resource.type === 'AWS::ApiGateway::UsagePlan') return planLimits(resource);
    const keyed = keyedMethods(resource, graph);
    if (keyed === 0) return NOT_APPLICABLE;
    return plansFor(resource, graph).length ? PASS : fail('noPlan', { count: keyed });
  },
};
