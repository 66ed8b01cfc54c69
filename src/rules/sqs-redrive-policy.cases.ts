import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'queue with redrive policy; its DLQ (YAML object form) is exempt',
      template: `Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt DLQ.Arn
        maxReceiveCount: 5
  DLQ:
    Type: AWS::SQS::Queue
`,
    },
    {
      name: 'DLQ referenced from a JSON-string redrive policy built with Sub',
      template: `Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy: !Sub '{"deadLetterTargetArn":"\${DLQ.Arn}","maxReceiveCount":3}'
  DLQ:
    Type: AWS::SQS::Queue
`,
    },
    {
      name: 'queue used as a Lambda dead-letter queue is exempt',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      DeadLetterConfig:
        TargetArn: !GetAtt FnDLQ.Arn
  FnDLQ:
    Type: AWS::SQS::Queue
`,
    },
    {
      name: 'DLQ named by a literal ARN in the other queue\'s policy',
      template: `Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn: arn:aws:sqs:us-east-1:123456789012:orders-dlq
        maxReceiveCount: 5
  DLQ:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: orders-dlq
`,
    },
    {
      name: 'queue with a RedriveAllowPolicy is a DLQ',
      template: `Resources:
  DLQ:
    Type: AWS::SQS::Queue
    Properties:
      RedriveAllowPolicy:
        redrivePermission: allowAll
`,
    },
  ],
  invalid: [
    {
      name: 'queue without a redrive policy',
      template: `Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 60
`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
    {
      name: 'a queue that is only an event source is not a DLQ',
      template: `Resources:
  Queue:
    Type: AWS::SQS::Queue
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt Queue.Arn
      FunctionName: fn
`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
  ],
};
