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
    {
      name: 'a quick-created HTTP API whose $default stage is set by managed overrides; an API with declared stages is not judged itself',
      notApplicable: ['Declared'],
      template: `Resources:
  Quick:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: orders
      ProtocolType: HTTP
      Target: arn:aws:lambda:us-east-1:123456789012:function:orders
  Overrides:
    Type: AWS::ApiGatewayV2::ApiGatewayManagedOverrides
    Properties:
      ApiId: !Ref Quick
      Stage:
          DefaultRouteSettings:
            ThrottlingBurstLimit: 100
            ThrottlingRateLimit: 50
  Declared:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: declared
      ProtocolType: HTTP
`,
      outcomes: ['Quick pass'],
    },
    {
      name: 'managed overrides whose stage settings come from a parameter: unknown',
      template: `Parameters:
  StageSettings:
    Type: String
Resources:
  Quick:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      ProtocolType: HTTP
      Target: arn:aws:lambda:us-east-1:123456789012:function:orders
  Overrides:
    Type: AWS::ApiGatewayV2::ApiGatewayManagedOverrides
    Properties:
      ApiId: !Ref Quick
      Stage: !Ref StageSettings
`,
      outcomes: ['Quick unknown'],
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
    {
      name: 'a quick-created HTTP API (Target) gets a $default stage with default settings',
      template: `Resources:
  Quick:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: orders
      ProtocolType: HTTP
      Target: arn:aws:lambda:us-east-1:123456789012:function:orders
`,
      errors: [{ messageId: 'quickCreate', line: 7 }],
    },
  ],
};
