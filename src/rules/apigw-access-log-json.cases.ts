import type { RuleCases } from './support/cases.js';

const stage = (format: string): string => `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: abc123
      AccessLogSetting:
        DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:api
        Format: ${format}
`;

export const cases: RuleCases = {
  valid: [
    { name: 'JSON object with quoted variables', template: stage(`'{"requestId":"$context.requestId","status":"$context.status"}'`) },
    { name: 'JSON object with unquoted numeric variables', template: stage(`'{"requestId":"$context.requestId","status":$context.status,"latency":$context.responseLatency}'`) },
    { name: 'no Format: not judged here', notApplicable: ['Stage'], template: `Resources:
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: abc123
`,
    },
    { name: 'Fn::Sub pattern that is JSON', template: stage(`!Sub '{"stage":"\${Stage}","requestId":"$context.requestId"}'`) },
    {
      name: 'format from a parameter is unknown',
      template: `Parameters:
  LogFormat:
    Type: String
Resources:
  Stage:
    Type: AWS::ApiGatewayV2::Stage
    Properties:
      ApiId: abc
      StageName: prod
      AccessLogSettings:
        DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:api
        Format: !Ref LogFormat
`,
      outcomes: ['Stage unknown'],
    },
  ],
  invalid: [
    { name: 'common log format', template: stage(`'$context.identity.sourceIp - - [$context.requestTime] "$context.httpMethod $context.routeKey" $context.status'`), errors: [{ messageId: 'notJson', line: 8 }] },
    { name: 'a JSON array is not a structured log entry', template: stage(`'["$context.requestId"]'`), errors: [{ messageId: 'notJson', line: 8 }] },
    { name: 'broken JSON', template: stage(`'{"requestId": $context.requestId'`), errors: [{ messageId: 'notJson', line: 8 }] },
  ],
};
