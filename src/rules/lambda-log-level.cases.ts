import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, resource, restStage, samFunction } from './support/case-builders.js';

const stage = (methodSettings: string): string => resource('Stage', 'AWS::ApiGateway::Stage', `RestApiId: api\nMethodSettings:\n${methodSettings}`);
const helperId = 'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a';

export const cases: RuleCases = {
  valid: [
    {
      name: 'INFO levels and a stage without data traces',
      template: lambdaFunction('LoggingConfig:\n  LogFormat: JSON\n  ApplicationLogLevel: INFO\nEnvironment:\n  Variables:\n    POWERTOOLS_LOG_LEVEL: INFO', [
        stage("  - HttpMethod: '*'\n    ResourcePath: /*\n    LoggingLevel: ERROR"),
      ]),
      outcomes: ['Fn pass', 'Stage pass'],
    },
    { name: 'WARN system level and a function without levels', template: lambdaFunction('LoggingConfig:\n  SystemLogLevel: WARN', [resource('Plain', 'AWS::Lambda::Function', 'Timeout: 10')]), outcomes: ['Fn pass', 'Plain pass'] },
    { name: 'a level from a parameter passes: only a written debug level fails', template: lambdaFunction('LoggingConfig:\n  ApplicationLogLevel: !Ref Level', [], parameters('Level')), outcomes: ['Fn pass'] },
    { name: 'a stage without method settings', template: restStage(), outcomes: ['Stage pass'] },
    { name: 'a stage with DataTraceEnabled: false', template: restStage("MethodSettings:\n  - HttpMethod: '*'\n    ResourcePath: /*\n    DataTraceEnabled: false"), outcomes: ['Stage pass'] },
    { name: 'a CDK helper function at DEBUG is not applicable', template: lambdaFunction('', [resource(helperId, 'AWS::Lambda::Function', 'LoggingConfig:\n  ApplicationLogLevel: DEBUG')]), outcomes: ['Fn pass'], notApplicable: [helperId] },
  ],
  invalid: [
    {
      name: 'DEBUG application log level, LOG_LEVEL debug, and a data trace',
      template: lambdaFunction('LoggingConfig:\n  LogFormat: JSON\n  ApplicationLogLevel: DEBUG\nEnvironment:\n  Variables:\n    LOG_LEVEL: debug', [
        stage("  - HttpMethod: '*'\n    ResourcePath: /*\n    DataTraceEnabled: true"),
      ]),
      errors: [
        { messageId: 'lambdaLevel', line: 8 },
        { messageId: 'lambdaLevel', line: 11 },
        { messageId: 'dataTrace', line: 19 },
      ],
    },
    { name: 'TRACE system log level', template: lambdaFunction('LoggingConfig:\n  SystemLogLevel: TRACE'), errors: [{ messageId: 'lambdaLevel', line: 7 }] },
    { name: 'AWS_LAMBDA_LOG_LEVEL at DEBUG on a SAM function', template: samFunction('Environment:\n  Variables:\n    AWS_LAMBDA_LOG_LEVEL: DEBUG'), errors: [{ messageId: 'lambdaLevel', line: 11 }] },
    {
      name: 'a data trace written as a string in the second method setting',
      template: restStage("MethodSettings:\n  - HttpMethod: GET\n    ResourcePath: /a\n    LoggingLevel: INFO\n  - HttpMethod: '*'\n    ResourcePath: /*\n    DataTraceEnabled: 'true'"),
      errors: [{ messageId: 'dataTrace', line: 18 }],
    },
  ],
};
