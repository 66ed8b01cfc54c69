import type { RuleCases } from './support/cases.js';
import { resource, samEvents, samFunction, topic } from './support/case-builders.js';

/** A subscription `Sub` (line 2) of `protocol` to `endpoint`, with `more` properties (from line 8). */
const subscription = (protocol: string, endpoint: string, more = ''): string =>
  `Resources:\n${resource('Sub', 'AWS::SNS::Subscription', `TopicArn: arn:aws:sns:us-east-1:123456789012:t\nProtocol: ${protocol}\nEndpoint: ${endpoint}\n${more}`)}`;
const inline = (entries: string): string => topic(`Subscription:\n${entries}`);

export const cases: RuleCases = {
  valid: [
    { name: 'inline email subscriptions reach people: not applicable', template: inline('  - Protocol: email\n    Endpoint: ops@example.com'), notApplicable: ['Topic'], outcomes: [] },
    { name: 'a topic without inline subscriptions is not applicable', template: topic('TopicName: orders'), notApplicable: ['Topic'], outcomes: [] },
    { name: 'subscription with a redrive policy', template: subscription('sqs', '!GetAtt Queue.Arn', 'RedrivePolicy:\n  deadLetterTargetArn: !GetAtt DLQ.Arn') + resource('Queue', 'AWS::SQS::Queue') + resource('DLQ', 'AWS::SQS::Queue'), outcomes: ['Sub pass'] },
    { name: 'a SAM SNS event with a redrive policy', template: samFunction(samEvents(['Notify', 'SNS', 'Topic: !Ref Topic\nRedrivePolicy:\n  deadLetterTargetArn: arn:aws:sqs:us-east-1:123456789012:dlq']), '', [resource('Topic', 'AWS::SNS::Topic')]), outcomes: ['FnNotify pass'], notApplicable: ['Topic'] },
  ],
  invalid: [
    { name: 'subscription without a redrive policy', template: subscription('https', 'https://example.com/hook'), errors: [{ messageId: 'missing', line: 2 }] },
    { name: 'inline topic subscriptions cannot have a DLQ: one finding each, at the entry', template: inline('  - Protocol: sqs\n    Endpoint: arn:aws:sqs:eu-west-1:123456789012:q\n  - Protocol: lambda\n    Endpoint: arn:aws:lambda:eu-west-1:123456789012:function:f'), errors: [{ messageId: 'inline', line: 6 }, { messageId: 'inline', line: 8 }] },
    { name: 'only the machine subscription of a mixed inline list is reported', template: inline('  - Protocol: email\n    Endpoint: ops@example.com\n  - Protocol: lambda\n    Endpoint: arn:aws:lambda:eu-west-1:123456789012:function:f'), errors: [{ messageId: 'inline', line: 8 }] },
    { name: 'a SAM SNS event without a redrive policy, reported at the event', template: samFunction(samEvents(['Notify', 'SNS', 'Topic: !Ref Topic']), '', [resource('Topic', 'AWS::SNS::Topic')]), errors: [{ messageId: 'missing', line: 10 }] },
  ],
};
