import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'arm64 through SAM Globals',
      template: `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Architectures: [arm64]
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
`,
    },
  ],
  invalid: [
    {
      name: 'default architecture, and x86_64 written out',
      template: `Resources:
  A:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  B:
    Type: AWS::Lambda::Function
    Properties:
      Architectures:
        - x86_64
`,
      errors: [
        { messageId: 'x86', line: 2 },
        { messageId: 'x86', line: 9 },
      ],
    },
  ],
};
