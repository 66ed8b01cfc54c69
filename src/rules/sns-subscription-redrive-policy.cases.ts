import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
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
  ],
};
