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
  ],
};
