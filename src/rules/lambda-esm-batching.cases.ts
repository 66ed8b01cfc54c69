import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a default batch size',
      template: `Resources:
  Queue:
    Type: AWS::SQS::Queue
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: fn
      EventSourceArn: !GetAtt Queue.Arn
`,
      outcomes: ['Mapping pass'],
    },
  ],
  invalid: [
    {
      name: 'one message per invocation',
      template: `Resources:
  Queue:
    Type: AWS::SQS::Queue
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: fn
      EventSourceArn: !GetAtt Queue.Arn
      BatchSize: 1
`,
      errors: [{ messageId: 'single', line: 9 }],
    },
  ],
};
