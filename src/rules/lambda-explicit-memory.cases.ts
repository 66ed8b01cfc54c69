import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'MemorySize set',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      MemorySize: 512
`,
    },
    {
      name: 'SAM Globals MemorySize',
      template: `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    MemorySize: 1024
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/
`,
    },
    {
      name: 'Serverless Framework memorySize under provider',
      template: `service: orders
provider:
  name: aws
  runtime: nodejs22.x
  memorySize: 512
functions:
  create:
    handler: src/create.handler
`,
    },
    {
      name: 'MemorySize from a parameter counts as set',
      template: `Parameters:
  Memory:
    Type: Number
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      MemorySize: !Ref Memory
`,
    },
  ],
  invalid: [
    {
      name: 'no MemorySize',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
    {
      name: 'SAM function without MemorySize',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/
      Timeout: 10
`,
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'Serverless Framework function without memorySize (the framework deploys 1024 MB)',
      template: `service: orders
provider:
  name: aws
  runtime: nodejs22.x
functions:
  create:
    handler: src/create.handler
`,
      errors: [{ messageId: 'frameworkDefault', line: 6 }],
    },
  ],
};
