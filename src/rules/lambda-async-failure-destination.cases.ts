import type { RuleCases } from './support/cases.js';

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
  ],
};
