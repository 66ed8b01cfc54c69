import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'REST stage with default method settings',
      template: `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: abc123
      MethodSettings:
        - HttpMethod: '*'
          ResourcePath: /*
          ThrottlingBurstLimit: 100
          ThrottlingRateLimit: 50
`,
    },
    {
      name: 'HTTP stage with DefaultRouteSettings',
      template: `Resources:
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: abc123
      StageName: prod
      DefaultRouteSettings:
        ThrottlingBurstLimit: 100
        ThrottlingRateLimit: 50
`,
    },
  ],
  invalid: [
    {
      name: 'REST stage without MethodSettings',
      template: `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: abc123
`,
      errors: [{ messageId: 'restMissing', line: 2 }],
    },
    {
      name: 'REST stage with only a per-resource setting',
      template: `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: abc123
      MethodSettings:
        - HttpMethod: GET
          ResourcePath: /orders
          ThrottlingBurstLimit: 10
          ThrottlingRateLimit: 5
`,
      errors: [{ messageId: 'restMissing', line: 6 }],
    },
    {
      name: 'REST default setting with only the rate limit',
      template: `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: abc123
      MethodSettings:
        - HttpMethod: '*'
          ResourcePath: /*
          ThrottlingRateLimit: 50
`,
      errors: [{ messageId: 'restMissing', line: 7 }],
    },
    {
      name: 'HTTP stage without DefaultRouteSettings',
      template: `Resources:
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: abc123
      StageName: prod
`,
      errors: [{ messageId: 'v2Missing', line: 2 }],
    },
  ],
};
