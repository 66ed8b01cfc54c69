import type { RuleCases } from './support/cases.js';
import { resource } from './support/case-builders.js';

/** A quick-created HTTP API `Quick` (line 2) and its managed overrides `Overrides` (line 8; `Format` on line 15). */
function quickCreate(format: string, api = "Target: arn:aws:lambda:us-east-1:123456789012:function:orders"): string {
  const overrides = resource('Overrides', 'AWS::ApiGatewayV2::ApiGatewayManagedOverrides', `ApiId: !Ref Quick
Stage:
  AccessLogSettings:
    DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:orders-access
    Format: ${format}`);
  return `Resources:\n${resource('Quick', 'AWS::ApiGatewayV2::Api', `Name: orders\nProtocolType: HTTP\n${api}`)}${overrides}`;
}

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
    { name: 'a quick-created HTTP API whose overrides log JSON', template: quickCreate(`'{"requestId":"$context.requestId"}'`), outcomes: ['Overrides pass'] },
    {
      name: 'overrides of an API not made by quick create are ignored by API Gateway: not judged',
      template: quickCreate("'$context.requestId'", 'Description: declared routes'),
      notApplicable: ['Overrides'],
    },
    {
      name: 'overrides whose format comes from a parameter are unknown',
      template: quickCreate('!Ref LogFormat').replace('Resources:', 'Parameters:\n  LogFormat:\n    Type: String\nResources:'),
      outcomes: ['Overrides unknown'],
    },
  ],
  invalid: [
    { name: 'a quick-created HTTP API whose overrides log plain text, at the format', template: quickCreate("'$context.requestId $context.status'"), errors: [{ messageId: 'quickCreate', line: 15 }] },
    { name: 'common log format', template: stage(`'$context.identity.sourceIp - - [$context.requestTime] "$context.httpMethod $context.routeKey" $context.status'`), errors: [{ messageId: 'notJson', line: 8 }] },
    { name: 'a JSON array is not a structured log entry', template: stage(`'["$context.requestId"]'`), errors: [{ messageId: 'notJson', line: 8 }] },
    { name: 'broken JSON', template: stage(`'{"requestId": $context.requestId'`), errors: [{ messageId: 'notJson', line: 8 }] },
  ],
};
