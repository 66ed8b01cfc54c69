import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, resource } from './support/case-builders.js';

/** `Fn` (line 2) with `fn` properties, `Jobs` queue with `queue` properties, and the mapping `Map` between them. */
const wired = (fn: string, queue: string, head = ''): string =>
  lambdaFunction(fn, [resource('Jobs', 'AWS::SQS::Queue', queue), resource('Map', 'AWS::Lambda::EventSourceMapping', 'EventSourceArn: !GetAtt Jobs.Arn\nFunctionName: !Ref Fn')], head);

export const cases: RuleCases = {
  valid: [
    { name: 'visibility six times the timeout, five receives', template: wired('Timeout: 30', 'VisibilityTimeout: 180\nRedrivePolicy:\n  deadLetterTargetArn: arn:aws:sqs:eu-west-1:123456789012:dlq\n  maxReceiveCount: 5'), outcomes: ['Map pass'] },
    { name: 'defaults: 30 s visibility covers the 3 s default timeout', template: wired('', ''), outcomes: ['Map pass'] },
    { name: 'a timeout from a parameter without default is unknown', template: wired('Timeout: !Ref T', 'VisibilityTimeout: 60', parameters('T')), outcomes: ['Map unknown'] },
    { name: 'a stream source is not applicable', template: lambdaFunction('', [resource('S', 'AWS::Kinesis::Stream', 'ShardCount: 1'), resource('Map', 'AWS::Lambda::EventSourceMapping', 'EventSourceArn: !GetAtt S.Arn\nFunctionName: !Ref Fn')]), notApplicable: ['Map'] },
  ],
  invalid: [
    { name: 'the default 30 s visibility under a 10 s timeout', template: wired('Timeout: 10', ''), errors: [{ messageId: 'visibility', line: 12 }] },
    {
      name: 'a redrive policy (JSON string) with two receives',
      template: wired('Timeout: 5', `VisibilityTimeout: 60\nRedrivePolicy: '{"deadLetterTargetArn": "arn:aws:sqs:eu-west-1:123456789012:dlq", "maxReceiveCount": 2}'`),
      errors: [{ messageId: 'receives', line: 15 }],
    },
  ],
};
