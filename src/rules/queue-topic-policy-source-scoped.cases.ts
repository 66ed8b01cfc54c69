import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a service principal narrowed by aws:SourceArn, and one by aws:SourceAccount (any case)',
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
            Condition:
              ArnEquals:
                aws:SourceArn: arn:aws:events:eu-west-1:123456789012:rule/r
          - Effect: Allow
            Principal:
              Service: [s3.amazonaws.com]
            Action: sqs:SendMessage
            Resource: '*'
            Condition:
              StringEquals:
                AWS:SourceAccount: '123456789012'
`,
      outcomes: ['Policy pass'],
    },
    {
      name: 'a condition from a parameter is unknown, not a finding',
      template: `Parameters:
  Cond:
    Type: String
Resources:
  Policy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [t]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: events.amazonaws.com
            Action: sns:Publish
            Resource: '*'
            Condition: !Ref Cond
`,
      outcomes: ['Policy unknown'],
    },
    {
      name: 'a policy with account principals only is not judged',
      template: `Resources:
  Policy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [t]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              AWS: arn:aws:iam::123456789012:root
            Action: sns:Publish
            Resource: '*'
`,
      notApplicable: ['Policy'],
    },
  ],
  invalid: [
    {
      name: 'a topic policy letting EventBridge and S3 publish from anywhere',
      template: `Resources:
  Policy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [t]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: [events.amazonaws.com, s3.amazonaws.com]
            Action: sns:Publish
            Resource: '*'
`,
      errors: [{ messageId: 'service', line: 9 }],
    },
    {
      name: 'a queue policy whose condition names only the VPC endpoint',
      template: `Resources:
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [q]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: sns.amazonaws.com
            Action: sqs:SendMessage
            Resource: '*'
            Condition:
              StringEquals:
                aws:SourceVpce: vpce-1
`,
      errors: [{ messageId: 'service', line: 9 }],
    },
  ],
};
