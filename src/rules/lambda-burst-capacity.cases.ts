import type { RuleCases } from './support/cases.js';
import { consumer, lambdaFunction, resource, samEvents, samFunction } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    { name: 'SAM provisioned concurrency', template: samFunction('AutoPublishAlias: live\nProvisionedConcurrencyConfig:\n  ProvisionedConcurrentExecutions: 5'), outcomes: ['Fn pass'] },
    { name: 'a SAM queue consumer with a concurrency cap', template: samFunction(samEvents(['In', 'SQS', 'Queue: !GetAtt Queue.Arn\nScalingConfig:\n  MaximumConcurrency: 20']), '', [resource('Queue', 'AWS::SQS::Queue')]), outcomes: ['Fn pass'] },
    { name: 'a mapping with a concurrency cap', template: consumer('sqs', 'ScalingConfig:\n  MaximumConcurrency: 5'), outcomes: ['Fn pass'] },
    { name: 'a function with nothing planned is unknown', template: samFunction(), outcomes: ['Fn unknown'] },
    { name: 'an uncapped queue consumer is unknown', template: consumer('sqs'), outcomes: ['Fn unknown'] },
    { name: 'a reservation above zero is planning', template: lambdaFunction('ReservedConcurrentExecutions: 10'), outcomes: ['Fn pass'] },
    { name: 'a reservation of zero disables the function: not applicable', template: lambdaFunction('ReservedConcurrentExecutions: 0'), notApplicable: ['Fn'], outcomes: [] },
  ],
  invalid: [],
};
