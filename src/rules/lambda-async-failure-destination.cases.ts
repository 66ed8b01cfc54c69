import type { RuleCases } from './support/cases.js';
import { lambdaFunction, resource } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'S3-invoked function with an EventInvokeConfig on-failure destination (GetAtt vs Ref)',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !GetAtt Fn.Arn
      Principal: s3.amazonaws.com
  Config:
    Type: AWS::Lambda::EventInvokeConfig
    Properties:
      FunctionName: !Ref Fn
      Qualifier: $LATEST
      DestinationConfig:
        OnFailure:
          Destination: arn:aws:sqs:us-east-1:123456789012:failed
`,
    },
    {
      name: 'SNS-invoked function with a dead-letter queue',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      DeadLetterConfig:
        TargetArn: arn:aws:sqs:us-east-1:123456789012:dlq
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: sns.amazonaws.com
`,
    },
    {
      name: 'API-invoked (synchronous) function is not applicable',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: apigateway.amazonaws.com
`,
      notApplicable: ['Fn'],
    },
    {
      name: 'an IoT Core custom authorizer is called synchronously: no on-failure destination needed',
      template: lambdaFunction('', [resource('Auth', 'AWS::IoT::Authorizer', 'AuthorizerFunctionArn: !GetAtt Fn.Arn\nStatus: ACTIVE'), resource('Perm', 'AWS::Lambda::Permission', 'Action: lambda:InvokeFunction\nFunctionName: !GetAtt Fn.Arn\nPrincipal: iot.amazonaws.com')]),
      notApplicable: ['Fn'],
    },
    {
      name: 'the permission names the authorizer as its source',
      template: lambdaFunction('', [resource('Auth', 'AWS::IoT::Authorizer', 'AuthorizerFunctionArn: arn:aws:lambda:eu-west-1:123456789012:function:auth'), resource('Perm', 'AWS::Lambda::Permission', 'Action: lambda:InvokeFunction\nFunctionName: !GetAtt Fn.Arn\nPrincipal: iot.amazonaws.com\nSourceArn: !GetAtt Auth.Arn')]),
      notApplicable: ['Fn'],
    },
    {
      name: 'SAM function with an SNS event and EventInvokeConfig OnFailure SQS',
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
      EventInvokeConfig:
        DestinationConfig:
          OnFailure:
            Type: SQS
      Events:
        Notify:
          Type: SNS
          Properties:
            Topic: !Ref Topic
`,
    },
  ],
  invalid: [
    {
      name: 'EventBridge-invoked function without failure handling',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  Rule:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(1 hour)
      Targets:
        - Id: fn
          Arn: !GetAtt Fn.Arn
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: events.amazonaws.com
`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
    {
      name: 'an OnSuccess-only config does not count; permission through an alias',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  Version:
    Type: AWS::Lambda::Version
    Properties:
      FunctionName: !Ref Fn
  Alias:
    Type: AWS::Lambda::Alias
    Properties:
      FunctionName: !Ref Fn
      FunctionVersion: !GetAtt Version.Version
      Name: live
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Alias
      Principal: s3.amazonaws.com
  Config:
    Type: AWS::Lambda::EventInvokeConfig
    Properties:
      FunctionName: !Ref Fn
      Qualifier: live
      DestinationConfig:
        OnSuccess:
          Destination: arn:aws:sqs:us-east-1:123456789012:done
`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
    {
      name: 'an IoT topic rule invokes asynchronously: still needs a destination',
      template: lambdaFunction('', [resource('Rule', 'AWS::IoT::TopicRule', 'TopicRulePayload:\n  Sql: SELECT * FROM "t"\n  Actions:\n    - Lambda:\n        FunctionArn: !GetAtt Fn.Arn'), resource('Perm', 'AWS::Lambda::Permission', 'Action: lambda:InvokeFunction\nFunctionName: !GetAtt Fn.Arn\nPrincipal: iot.amazonaws.com\nSourceArn: !GetAtt Rule.Arn')]),
      errors: [{ messageId: 'missing', line: 2 }],
    },
  ],
};
