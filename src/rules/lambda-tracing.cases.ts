import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'active tracing',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      TracingConfig:
        Mode: Active
`,
    },
    {
      name: 'SAM Globals set Tracing: Active',
      template: `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Tracing: Active
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
`,
    },
    {
      name: 'mode from a parameter without default is unknown, not a finding',
      template: `Parameters:
  Mode:
    Type: String
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      TracingConfig:
        Mode: !Ref Mode
`,
    },
  ],
  invalid: [
    {
      name: 'no TracingConfig',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
    {
      name: 'PassThrough mode points at the property',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      TracingConfig:
        Mode: PassThrough
`,
      errors: [{ messageId: 'notActive', line: 7 }],
    },
    {
      name: 'SAM function without Tracing, reported at the SAM source',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
`,
      errors: [{ messageId: 'missing', line: 3 }],
    },
  ],
};
