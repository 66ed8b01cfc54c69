import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'two permissions with the same principal (Ref and GetAtt)',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  PermA:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: sns.amazonaws.com
  PermB:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !GetAtt Fn.Arn
      Principal: sns.amazonaws.com
`,
    },
    {
      name: 'a function without permissions is not applicable',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      notApplicable: ['Fn'],
    },
  ],
  invalid: [
    {
      name: 'SNS and EventBridge principals on one function',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  PermA:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: sns.amazonaws.com
  PermB:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: events.amazonaws.com
`,
      errors: [{ messageId: 'multiple', line: 2 }],
    },
    {
      name: 'SAM function with SNS and Schedule events',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Topic:
    Type: AWS::SNS::Topic
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        Notify:
          Type: SNS
          Properties:
            Topic: !Ref Topic
        Nightly:
          Type: Schedule
          Properties:
            Schedule: rate(1 day)
`,
      errors: [{ messageId: 'multiple', line: 5 }],
    },
  ],
};
