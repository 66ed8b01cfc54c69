import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a service principal, and * narrowed by a condition',
      template: `Resources:
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [q]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: events.amazonaws.com
            Action: sqs:SendMessage
            Resource: '*'
          - Effect: Allow
            Principal: '*'
            Action: sqs:SendMessage
            Resource: '*'
            Condition:
              ArnEquals:
                aws:SourceArn: arn:aws:sns:eu-west-1:123456789012:topic
`,
    },
  ],
  invalid: [
    {
      name: 'a topic policy open to everyone',
      template: `Resources:
  Policy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [t]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              AWS: '*'
            Action: sns:Publish
            Resource: '*'
`,
      errors: [{ messageId: 'public', line: 9 }],
    },
  ],
};
