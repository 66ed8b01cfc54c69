import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'Timeout set',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: 10
`,
    },
    {
      name: 'SAM Globals Timeout',
      template: `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Timeout: 29
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/
`,
    },
  ],
  invalid: [
    {
      name: 'no Timeout',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      MemorySize: 256
`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
    {
      name: 'two functions, one without Timeout',
      template: `Resources:
  Good:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: 5
  Bad:
    Type: AWS::Lambda::Function
    Properties:
      MemorySize: 256
`,
      errors: [{ messageId: 'missing', line: 6, resource: 'Bad' }],
    },
  ],
};
