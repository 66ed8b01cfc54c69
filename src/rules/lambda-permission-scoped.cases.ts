import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'S3 with SourceAccount and SourceArn; an account principal; a SAM event permission',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  FromBucket:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: fn
      Action: lambda:InvokeFunction
      Principal: s3.amazonaws.com
      SourceAccount: !Ref AWS::AccountId
  FromAccount:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: fn
      Action: lambda:InvokeFunction
      Principal: '123456789012'
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        Rule:
          Type: Schedule
          Properties:
            Schedule: rate(1 hour)
`,
    },
  ],
  invalid: [
    {
      name: 'a * principal and an unscoped service principal',
      template: `Resources:
  Anyone:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: fn
      Action: lambda:InvokeFunction
      Principal: '*'
  Sns:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: fn
      Action: lambda:InvokeFunction
      Principal: sns.amazonaws.com
`,
      errors: [
        { messageId: 'public', line: 7, severity: 'error' },
        { messageId: 'service', line: 13, severity: 'warning' },
      ],
    },
  ],
};
