import type { RuleCases } from './support/cases.js';
import { SCHEMES, components, openApi, operation, resource, restApi, restMethod } from './support/case-builders.js';

/** A REST API `Api` (line 2) with a GET `Method` that needs a key (line 6) and a usage plan `Plan` on line 14 with `limits`. */
const keyed = (limits: string | undefined): string =>
  restApi('Name: orders', [
    restMethod('Method', 'GET', 'AuthorizationType: AWS_IAM\nApiKeyRequired: true', '!Ref Api'),
    ...(limits === undefined ? [] : [plan(limits)]),
  ]);
const plan = (limits: string, api = '!Ref Api'): string => resource('Plan', 'AWS::ApiGateway::UsagePlan', `ApiStages:\n  - ApiId: ${api}\n    Stage: prod\n${limits}`);
const both = 'Quota:\n  Limit: 10000\n  Period: DAY\nThrottle:\n  RateLimit: 50\n  BurstLimit: 100';

export const cases: RuleCases = {
  valid: [
    { name: 'a keyed API covered by a plan with quota and throttle', template: keyed(both), outcomes: ['Api pass', 'Plan pass'] },
    { name: 'a throttle by burst limit alone counts', template: keyed('Quota:\n  Limit: 100\nThrottle:\n  BurstLimit: 10'), outcomes: ['Api pass', 'Plan pass'] },
    { name: 'an API without API keys is not applicable', template: restApi('Name: orders', [restMethod('Method', 'GET', 'AuthorizationType: AWS_IAM', '!Ref Api')]), notApplicable: ['Api'], outcomes: [] },
  ],
  invalid: [
    { name: 'keys without a plan', template: keyed(undefined), errors: [{ messageId: 'noPlan', line: 2 }] },
    { name: 'a plan without a quota', template: keyed('Throttle:\n  RateLimit: 50'), errors: [{ messageId: 'noLimits', line: 14 }] },
    { name: 'a plan with a quota but no throttle', template: keyed('Quota:\n  Limit: 100'), errors: [{ messageId: 'noLimits', line: 14 }] },
    { name: 'a plan for another API does not cover this one', template: keyed(undefined).concat(plan(both, 'other')), errors: [{ messageId: 'noPlan', line: 2 }] },
    {
      name: 'API keys required by the OpenAPI body (an apiKey security scheme) and no usage plan',
      template: restApi(openApi(operation('get', 'security:\n  - api_key: []'), components({ api_key: SCHEMES.apiKey }))),
      errors: [{ messageId: 'noPlan', line: 2 }],
    },
  ],
};
