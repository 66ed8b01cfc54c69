import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'Kinesis mapping with an on-failure destination',
      template: `Resources:
  Stream:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt Stream.Arn
      FunctionName: fn
      StartingPosition: LATEST
      DestinationConfig:
        OnFailure:
          Destination: arn:aws:sqs:us-east-1:123456789012:failed
`,
    },
    {
      name: 'SQS mappings are not applicable (the queue has its own redrive policy)',
      template: `Resources:
  Queue:
    Type: AWS::SQS::Queue
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt Queue.Arn
      FunctionName: fn
`,
      notApplicable: ['Mapping'],
    },
    {
      name: 'a source from a parameter is unknown',
      template: `Parameters:
  SourceArn:
    Type: String
Resources:
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !Ref SourceArn
      FunctionName: fn
`,
      outcomes: ['Mapping unknown'],
    },
  ],
  invalid: [
    {
      name: 'DynamoDB stream mapping without destination',
      template: `Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt Table.StreamArn
      FunctionName: fn
      StartingPosition: TRIM_HORIZON
`,
      errors: [{ messageId: 'missing', line: 6 }],
    },
    {
      name: 'Kinesis ARN written literally',
      template: `Resources:
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: arn:aws:kinesis:us-east-1:123456789012:stream/clicks
      FunctionName: fn
      StartingPosition: LATEST
`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
  ],
};
