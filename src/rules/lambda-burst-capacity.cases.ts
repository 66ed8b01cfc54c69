import type { RuleCases } from './support/cases.js';
import { lambdaFunction } from './support/case-builders.js';

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
    { name: 'a reservation above zero is planning', template: lambdaFunction('ReservedConcurrentExecutions: 10'), outcomes: ['Fn pass'] },
    { name: 'a reservation of zero disables the function: no evidence of planning', template: lambdaFunction('ReservedConcurrentExecutions: 0'), notApplicable: ['Fn'] },
  ],
  invalid: [],
};
