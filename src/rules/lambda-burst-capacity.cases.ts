import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'SAM provisioned concurrency, a capped queue consumer, and a function with nothing planned',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      AutoPublishAlias: live
      ProvisionedConcurrencyConfig:
        ProvisionedConcurrentExecutions: 5
  Consumer:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        In:
          Type: SQS
          Properties:
            Queue: !GetAtt Queue.Arn
            ScalingConfig:
              MaximumConcurrency: 20
  Plain:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
`,
      outcomes: ['Api pass', 'Consumer pass', 'Plain unknown'],
    },
  ],
  invalid: [],
};
