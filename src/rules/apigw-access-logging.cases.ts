import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'REST stage with a destination',
      template: `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Api
      AccessLogSetting:
        DestinationArn: !GetAtt Logs.Arn
        Format: '{"requestId":"$context.requestId"}'
  Logs:
    Type: AWS::Logs::LogGroup
  Api:
    Type: AWS::ApiGateway::RestApi
`,
    },
    {
      name: 'HTTP API stage with a destination (plural AccessLogSettings)',
      template: `Resources:
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: abc123
      StageName: $default
      AccessLogSettings:
        DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:api
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
          AccessLogSettings:
            DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:orders-access
            Format: '{"requestId":"$context.requestId"}'
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
      name: 'REST stage without access logs',
      template: `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: abc123
      StageName: prod
`,
      errors: [{ messageId: 'missing', line: 2 }],
    },
    {
      name: 'HTTP stage with a format but no destination',
      template: `Resources:
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: abc123
      StageName: prod
      AccessLogSettings:
        Format: '$context.requestId'
`,
      errors: [{ messageId: 'missing', line: 7 }],
    },
    {
      name: 'REST stage using the singular key on a v2 stage does not count',
      template: `Resources:
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: abc123
      StageName: prod
      AccessLogSetting:
        DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:api
`,
      errors: [{ messageId: 'missing', line: 2 }],
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
