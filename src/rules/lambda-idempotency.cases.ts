import type { RuleCases } from './support/cases.js';
import { lambdaFunction, resource, samEvents, samFunction } from './support/case-builders.js';

/** A SAM function reading the queue `Jobs` (with `queue` properties) through an SQS event; `fn` properties first. */
const consumerOf = (queue: string, fn = ''): string =>
  samFunction(`${fn}\n${samEvents(['In', 'SQS', 'Queue: !GetAtt Jobs.Arn'])}`.replace(/^\n/, ''), '', [resource('Jobs', 'AWS::SQS::Queue', queue)]);

export const cases: RuleCases = {
  valid: [
    { name: 'a FIFO queue consumer', template: consumerOf('FifoQueue: true\nContentBasedDeduplication: true'), outcomes: ['Fn pass'] },
    { name: 'a standard queue consumer with no evidence is unknown', template: consumerOf(''), outcomes: ['Fn unknown'] },
    { name: 'an idempotency table named in the environment', template: consumerOf('', 'Environment:\n  Variables:\n    IDEMPOTENCY_TABLE: orders-idempotency'), outcomes: ['Fn pass'] },
    {
      name: 'a referenced idempotency table with TTL',
      template: samFunction(`Environment:\n  Variables:\n    TABLE: !Ref IdempotencyTable\n${samEvents(['In', 'SQS', 'Queue: !GetAtt Jobs.Arn'])}`, '', [resource('Jobs', 'AWS::SQS::Queue'), resource('IdempotencyTable', 'AWS::DynamoDB::Table', 'TimeToLiveSpecification:\n  AttributeName: expiration\n  Enabled: true')]),
      outcomes: ['Fn pass'],
    },
    { name: 'a referenced table without TTL shows nothing: unknown', template: samFunction(`Environment:\n  Variables:\n    TABLE: !Ref IdempotencyTable\n${samEvents(['In', 'SQS', 'Queue: !GetAtt Jobs.Arn'])}`, '', [resource('Jobs', 'AWS::SQS::Queue'), resource('IdempotencyTable', 'AWS::DynamoDB::Table', 'BillingMode: PAY_PER_REQUEST')]), outcomes: ['Fn unknown'] },
    { name: 'an SNS subscriber (asynchronous) with no evidence is unknown', template: samFunction(samEvents(['Notify', 'SNS', 'Topic: !Ref Topic']), '', [resource('Topic', 'AWS::SNS::Topic')]), outcomes: ['Fn unknown'] },
    { name: 'a function with no async source is not applicable', template: lambdaFunction(), notApplicable: ['Fn'], outcomes: [] },
  ],
  invalid: [],
};
