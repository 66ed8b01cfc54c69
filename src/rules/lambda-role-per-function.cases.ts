import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'SAM creates a role per function',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  A:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
  B:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
`,
      outcomes: ['A pass', 'B pass'],
    },
  ],
  invalid: [
    {
      name: 'two functions on one role',
      template: `Resources:
  Shared:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
  A:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Shared.Arn
  B:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Shared.Arn
`,
      errors: [
        { messageId: 'shared', line: 9 },
        { messageId: 'shared', line: 13 },
      ],
    },
  ],
};
