import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'every target has a DLQ',
      template: `Resources:
  Rule:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(5 minutes)
      Targets:
        - Id: fn
          Arn: arn:aws:lambda:us-east-1:123456789012:function:f
          DeadLetterConfig:
            Arn: !GetAtt DLQ.Arn
  DLQ:
    Type: AWS::SQS::Queue
`,
    },
    {
      name: 'a rule without targets is not judged',
      notApplicable: ['Rule'],
      template: `Resources:
  Rule:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(5 minutes)
`,
    },
  ],
  invalid: [
    {
      name: 'one of two targets lacks a DLQ',
      template: `Resources:
  Rule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern:
        source: [orders]
      Targets:
        - Id: good
          Arn: arn:aws:sqs:us-east-1:123456789012:q
          DeadLetterConfig:
            Arn: arn:aws:sqs:us-east-1:123456789012:dlq
        - Id: bad
          Arn: arn:aws:sns:us-east-1:123456789012:t
`,
      errors: [{ messageId: 'missing', line: 12 }],
    },
    {
      name: 'SAM schedule event without DeadLetterConfig',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        Nightly:
          Type: Schedule
          Properties:
            Schedule: cron(0 3 * * ? *)
`,
      errors: [{ messageId: 'missing', line: 10 }],
    },
  ],
};
