import type { RuleCases } from './support/cases.js';
import { httpStage, managedOverrides, parameters, quickApi, resource, restStage, samApi } from './support/case-builders.js';

const arn = 'arn:aws:logs:us-east-1:123456789012:log-group:api';

export const cases: RuleCases = {
  valid: [
    { name: 'REST stage with a destination', template: restStage('AccessLogSetting:\n  DestinationArn: !GetAtt Logs.Arn', [resource('Logs', 'AWS::Logs::LogGroup')]), outcomes: ['Stage pass'] },
    { name: 'HTTP API stage with a destination (plural AccessLogSettings); its API is not applicable', template: httpStage(`AccessLogSettings:\n  DestinationArn: ${arn}`), outcomes: ['Stage pass'], notApplicable: ['Api'] },
    { name: 'a SAM API with AccessLogSetting', template: samApi(`AccessLogSetting:\n  DestinationArn: ${arn}`), outcomes: ['ApiprodStage pass'] },
    { name: 'a whole setting from a parameter without default is unknown', template: `${parameters('Setting')}${restStage('AccessLogSetting: !Ref Setting')}`, outcomes: ['Stage unknown'] },
    { name: 'a quick-created HTTP API whose $default stage is set by managed overrides', template: quickApi('', [managedOverrides(`AccessLogSettings:\n  DestinationArn: ${arn}`)]), outcomes: ['Api pass'] },
    { name: 'managed overrides whose stage settings come from a parameter: unknown', template: quickApi('', [managedOverrides('!Ref StageSettings')], parameters('StageSettings')), outcomes: ['Api unknown'] },
  ],
  invalid: [
    { name: 'REST stage without access logs', template: restStage(), errors: [{ messageId: 'missing', line: 6 }] },
    { name: 'HTTP stage with a format but no destination', template: httpStage("AccessLogSettings:\n  Format: '$context.requestId'"), errors: [{ messageId: 'missing', line: 12 }] },
    { name: 'the singular REST key on a v2 stage does not count', template: httpStage(`AccessLogSetting:\n  DestinationArn: ${arn}`), errors: [{ messageId: 'missing', line: 7 }] },
    { name: 'a SAM API without AccessLogSetting, reported at the SAM source', template: samApi('TracingEnabled: true'), errors: [{ messageId: 'missing', line: 3 }] },
    { name: 'a quick-created HTTP API (Target) gets a $default stage with default settings', template: quickApi(), errors: [{ messageId: 'quickCreate', line: 7 }] },
    { name: 'managed overrides that set throttling but no access logs', template: quickApi('', [managedOverrides('DefaultRouteSettings:\n  ThrottlingBurstLimit: 10')]), errors: [{ messageId: 'quickCreate', line: 7 }] },
  ],
};
