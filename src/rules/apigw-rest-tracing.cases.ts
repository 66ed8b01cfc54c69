import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'TracingEnabled true',
      template: `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: abc123
      TracingEnabled: true
`,
    },
    {
      name: 'HTTP API stages are not checked',
      template: `Resources:
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: abc123
      StageName: prod
`,
    },
  ],
  invalid: [
    {
      name: 'TracingEnabled absent',
      template: `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: abc123
`,
      errors: [{ messageId: 'disabled', line: 2 }],
    },
    {
      name: 'TracingEnabled false',
      template: `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: abc123
      TracingEnabled: false
`,
      errors: [{ messageId: 'disabled', line: 6 }],
    },
  ],
};
