import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a FIFO consumer, a consumer with no evidence, and a function with no async source',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Fifo:
    Type: AWS::SQS::Queue
    Properties:
      FifoQueue: true
      ContentBasedDeduplication: true
  Standard:
    Type: AWS::SQS::Queue
  Ordered:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        In:
          Type: SQS
          Properties:
            Queue: !GetAtt Fifo.Arn
  Plain:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        In:
          Type: SQS
          Properties:
            Queue: !GetAtt Standard.Arn
  Idle:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
`,
      outcomes: ['Ordered pass', 'Plain unknown'],
    },
  ],
  invalid: [],
};
