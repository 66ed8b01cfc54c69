import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'SAM SQS event with partial batch responses; a batch of one is not judged',
      notApplicable: ['FnSingle'],
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Other:
    Type: AWS::SQS::Queue
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        Orders:
          Type: SQS
          Properties:
            Queue: !GetAtt Queue.Arn
            FunctionResponseTypes: [ReportBatchItemFailures]
        Single:
          Type: SQS
          Properties:
            Queue: !GetAtt Other.Arn
            BatchSize: 1
`,
      outcomes: ['FnOrders pass'],
    },
  ],
  invalid: [
    {
      name: 'a Kinesis mapping with the default batch size and no partial responses',
      template: `Resources:
  Stream:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: fn
      EventSourceArn: !GetAtt Stream.Arn
      StartingPosition: LATEST
`,
      errors: [{ messageId: 'wholeBatch', line: 6 }],
    },
  ],
};
