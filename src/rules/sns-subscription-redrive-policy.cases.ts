import type { RuleCases } from './support/cases.js';
import { resource } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    { name: 'inline email subscriptions reach people: not applicable', template: `Resources:\n${resource('Topic', 'AWS::SNS::Topic', 'Subscription:\n  - Protocol: email\n    Endpoint: ops@example.com')}`, notApplicable: ['Topic'] },
    { name: 'a topic without inline subscriptions is not applicable', template: `Resources:\n${resource('Topic', 'AWS::SNS::Topic', 'TopicName: orders')}`, notApplicable: ['Topic'] },
    {
      name: 'subscription with a redrive policy',
      template: `Resources:
  Sub:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: !Ref Topic
      Protocol: sqs
      Endpoint: !GetAtt Queue.Arn
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt DLQ.Arn
  Topic:
    Type: AWS::SNS::Topic
  Queue:
    Type: AWS::SQS::Queue
  DLQ:
    Type: AWS::SQS::Queue
`,
    },
  ],
  invalid: [
    {
      name: 'subscription without a redrive policy',
      template: `Resources:
  Sub:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: arn:aws:sns:us-east-1:123456789012:t
      Protocol: https
      Endpoint: https://example.com/hook
`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
    {
      name: 'inline topic subscriptions cannot have a DLQ: one finding each, at the entry',
      template: `Resources:\n${resource('Topic', 'AWS::SNS::Topic', 'Subscription:\n  - Protocol: sqs\n    Endpoint: arn:aws:sqs:eu-west-1:123456789012:q\n  - Protocol: lambda\n    Endpoint: arn:aws:lambda:eu-west-1:123456789012:function:f')}`,
      errors: [
        { messageId: 'inline', line: 6 },
        { messageId: 'inline', line: 8 },
      ],
    },
  ],
};
