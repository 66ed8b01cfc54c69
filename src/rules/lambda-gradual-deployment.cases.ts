import type { RuleCases } from './support/cases.js';
import { consumer, lambdaFunction, resource, samEvents, samFunction } from './support/case-builders.js';

const httpEvent = samEvents(['Get', 'HttpApi', 'Path: /orders\nMethod: get']);
/** `Fn` behind a function URL (so it serves requests) and an alias `Live` with `aliasProperties` and `attributes` (e.g. an UpdatePolicy). */
const aliased = (aliasProperties: string, attributes = ''): string =>
  lambdaFunction('', [
    resource('Url', 'AWS::Lambda::Url', 'TargetFunctionArn: !Ref Fn\nAuthType: AWS_IAM'),
    resource('Live', 'AWS::Lambda::Alias', `FunctionName: !Ref Fn\nFunctionVersion: '2'\nName: live\n${aliasProperties}`) + attributes,
  ]);

export const cases: RuleCases = {
  valid: [
    { name: 'SAM AutoPublishAlias with a canary DeploymentPreference', template: samFunction(`AutoPublishAlias: live\nDeploymentPreference:\n  Type: Canary10Percent5Minutes\n${httpEvent}`), outcomes: ['Fn pass'] },
    { name: 'a deployment preference in SAM Globals', template: samFunction(httpEvent, 'AutoPublishAlias: live\nDeploymentPreference:\n  Type: Linear10PercentEvery1Minute'), outcomes: ['Fn pass'] },
    { name: 'an alias with weighted versions', template: aliased("RoutingConfig:\n  AdditionalVersionWeights:\n    - FunctionVersion: '1'\n      FunctionWeight: 0.1"), outcomes: ['Fn pass'] },
    { name: 'an alias updated by CodeDeploy', template: aliased('', '    UpdatePolicy:\n      CodeDeployLambdaAliasUpdate:\n        ApplicationName: app\n        DeploymentGroupName: group\n'), outcomes: ['Fn pass'] },
    { name: 'a function nothing in the template invokes is not applicable', template: lambdaFunction(), notApplicable: ['Fn'], outcomes: [] },
  ],
  invalid: [
    { name: 'an API-backed SAM function without AutoPublishAlias', template: samFunction(httpEvent), errors: [{ messageId: 'allAtOnce', line: 3 }] },
    { name: 'an alias without weights or CodeDeploy shifts nothing', template: aliased(''), errors: [{ messageId: 'allAtOnce', line: 2 }] },
    { name: 'a queue consumer deployed all at once', template: consumer('sqs'), errors: [{ messageId: 'allAtOnce', line: 2 }] },
    { name: 'a SAM AutoPublishAlias without a deployment preference', template: samFunction(`AutoPublishAlias: live\n${httpEvent}`), errors: [{ messageId: 'allAtOnce', line: 3 }] },
  ],
};
