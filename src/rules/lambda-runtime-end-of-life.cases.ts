import type { RuleCases } from './support/cases.js';

const fn = (runtime: string): string => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
      Runtime: ${runtime}
`;

export const cases: RuleCases = {
  valid: [
    { name: 'supported runtime', template: fn('python3.13') },
    { name: 'nodejs22.x is fine long before its date', template: fn('nodejs22.x'), today: '2026-01-01' },
    {
      name: 'container image functions have no runtime',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      PackageType: Image
      Code:
        ImageUri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest
`,
    },
    { name: 'a runtime the table does not know is not judged', template: fn('nodejs99.x') },
    {
      name: 'runtime from a parameter without default is unknown',
      template: `Parameters:
  Runtime:
    Type: String
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: !Ref Runtime
`,
      outcomes: ['Fn unknown'],
    },
  ],
  invalid: [
    { name: 'updates blocked', template: fn('python2.7'), errors: [{ messageId: 'blocked', line: 6, severity: 'error' }] },
    { name: 'deprecated, updates still possible', template: fn('nodejs18.x'), errors: [{ messageId: 'deprecated', line: 6, severity: 'warning' }] },
    { name: 'deprecated on the scan date itself', template: fn('dotnet8'), today: '2026-11-10', errors: [{ messageId: 'deprecated', line: 6, severity: 'warning' }] },
    { name: 'deprecated within 180 days', template: fn('nodejs22.x'), errors: [{ messageId: 'soon', line: 6, severity: 'info' }] },
    { name: 'the same runtime is blocked later', template: fn('nodejs20.x'), today: '2027-03-03', errors: [{ messageId: 'blocked', line: 6, severity: 'error' }] },
    {
      name: 'SAM Globals runtime',
      template: `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.9
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
`,
      errors: [{ messageId: 'deprecated', line: 4 }],
    },
  ],
};
