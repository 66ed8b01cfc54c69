import type { RuleCases } from './support/cases.js';
import { parameters, resource, restStage } from './support/case-builders.js';

const samApi = (properties: string): string =>
  `Transform: AWS::Serverless-2016-10-31\nResources:\n${resource('Api', 'AWS::Serverless::Api', `StageName: prod\n${properties}`)}`;

export const cases: RuleCases = {
  valid: [
    { name: 'TracingEnabled true', template: restStage('TracingEnabled: true'), outcomes: ['Stage pass'] },
    { name: "TracingEnabled written as the string 'true'", template: restStage("TracingEnabled: 'true'"), outcomes: ['Stage pass'] },
    { name: 'TracingEnabled from a parameter without default is unknown', template: `${parameters('Tracing')}${restStage('TracingEnabled: !Ref Tracing')}`, outcomes: ['Stage unknown'] },
    { name: 'TracingEnabled chosen by a condition is unknown', template: `Conditions:\n  Prod: !Equals [!Ref AWS::Region, eu-west-1]\n${restStage('TracingEnabled: !If [Prod, true, false]')}`, outcomes: ['Stage unknown'] },
    { name: 'a SAM API with TracingEnabled', template: samApi('TracingEnabled: true'), outcomes: ['ApiprodStage pass'] },
    { name: 'HTTP API stages are not checked', template: `Resources:\n${resource('Stage', 'AWS::ApiGatewayV2::Stage', 'ApiId: abc123\nStageName: prod')}`, outcomes: [] },
  ],
  invalid: [
    { name: 'TracingEnabled absent', template: restStage(), errors: [{ messageId: 'disabled', line: 6 }] },
    { name: 'TracingEnabled false', template: restStage('TracingEnabled: false'), errors: [{ messageId: 'disabled', line: 12 }] },
    { name: 'a SAM API without TracingEnabled, reported at the SAM source', template: samApi('Cors: "*"'), errors: [{ messageId: 'disabled', line: 3 }] },
  ],
};
