import type { RuleCases } from './support/cases.js';
import { framework, httpStage, parameters, resource, resources, restStage, samApi } from './support/case-builders.js';

/** REST `MethodSettings` with one item (`LoggingLevel` on the fourth line: line 15 in `restStage`, 10 in `samApi`). */
const settings = (level: string, method = "'*'", path = '/*'): string => `MethodSettings:\n  - HttpMethod: ${method}\n    ResourcePath: ${path}\n    LoggingLevel: ${level}`;
/** An `AWS::Logs::LogGroup` `ExecLogs` named `name` (as written), with `RetentionInDays` unless `retention` is empty. */
const logs = (name: string, retention = 'RetentionInDays: 14'): string => resource('ExecLogs', 'AWS::Logs::LogGroup', `LogGroupName: ${name}\n${retention}`);
const SUB = "!Sub 'API-Gateway-Execution-Logs_${Api}/prod'";
/** A WebSocket API `Api` (line 2) and its stage `Stage` (line 7; `properties` from line 12), then `more`. */
const webSocketStage = (properties: string, more: readonly string[] = []): string =>
  resources(resource('Api', 'AWS::ApiGatewayV2::Api', 'Name: chat\nProtocolType: WEBSOCKET'), resource('Stage', 'AWS::ApiGatewayV2::Stage', `ApiId: !Ref Api\nStageName: live\n${properties}`), ...more);
/** A REST API `Api` and a Deployment `Dep` (line 6) making stage `beta` with `description` under `StageDescription` (line 11 on). */
const deployment = (description: string, more: readonly string[] = []): string =>
  resources(resource('Api', 'AWS::ApiGateway::RestApi', 'Name: api'), resource('Dep', 'AWS::ApiGateway::Deployment', `RestApiId: !Ref Api\nStageName: beta\nStageDescription:\n${description.replace(/^/gm, '  ')}`), ...more);
/** A Serverless Framework service with an `http` event and `logs` under `provider` (from line 5), then `resources` (YAML under `Resources:`). */
const service = (logsYaml: string, extra = ''): string =>
  framework(`logs:\n${logsYaml.replace(/^/gm, '  ')}`, 'events:\n  - http: POST /orders', extra.trim() === '' ? '' : `resources:\n  Resources:\n${extra.replace(/^/gm, '    ')}\n`);
const SLS_GROUP = "ExecLogs:\n  Type: AWS::Logs::LogGroup\n  Properties:\n    LogGroupName: !Join ['', ['API-Gateway-Execution-Logs_', !Ref ApiGatewayRestApi, '/dev']]\n    RetentionInDays: 7";

export const cases: RuleCases = {
  valid: [
    { name: 'INFO with a log group named by Sub of the API', template: restStage(settings('INFO'), [logs(SUB)]), outcomes: ['Stage pass'] },
    { name: 'ERROR on one method, a log group named by Join of a Ref to the API', template: restStage(settings('ERROR', 'GET', '/orders'), [logs("!Join ['', ['API-Gateway-Execution-Logs_', !Ref Api, '/prod']]")]), outcomes: ['Stage pass'] },
    { name: 'a Sub with a variable map naming the API', template: restStage(settings('INFO'), [logs("!Sub ['API-Gateway-Execution-Logs_${Id}/prod', { Id: !Ref Api }]")]), outcomes: ['Stage pass'] },
    { name: "the stage's Ref is its name", template: restStage(settings('INFO'), [logs("!Sub 'API-Gateway-Execution-Logs_${Api}/${Stage}'")]), outcomes: ['Stage pass'] },
    {
      name: 'a literal name when the API id is fixed',
      template: resources(resource('Stage', 'AWS::ApiGateway::Stage', `RestApiId: a1b2c3d4e5\nDeploymentId: dep\nStageName: prod\n${settings('INFO')}`), logs('API-Gateway-Execution-Logs_a1b2c3d4e5/prod')),
      outcomes: ['Stage pass'],
    },
    {
      name: 'a stage name from a parameter with a default, written with the parameter in the name',
      template: `Parameters:\n  Env:\n    Type: String\n    Default: prod\n${restStage(settings('INFO'), [logs("!Sub 'API-Gateway-Execution-Logs_${Api}/${Env}'")]).replace('StageName: prod', 'StageName: !Ref Env')}`,
      outcomes: ['Stage pass'],
    },
    { name: 'a stage name from a parameter without default, written the same way in the name', template: `${parameters('Env')}${restStage(settings('INFO'), [logs("!Sub 'API-Gateway-Execution-Logs_${Api}/${Env}'")]).replace('StageName: prod', 'StageName: !Ref Env')}`, outcomes: ['Stage pass'] },
    { name: 'a log group without RetentionInDays is reported by log-group-retention, once', template: restStage(settings('INFO'), [logs(SUB, '')]), notApplicable: ['Stage'] },
    { name: 'logging OFF writes no execution logs', template: restStage(settings('OFF')), notApplicable: ['Stage'] },
    { name: 'no MethodSettings: execution logging is off by default', template: restStage('TracingEnabled: true'), notApplicable: ['Stage'] },
    { name: 'a level from a parameter without default and no log group is unknown', template: `${parameters('Level')}${restStage(settings('!Ref Level'))}`, outcomes: ['Stage unknown'] },
    { name: 'a level from a parameter with the log group declared passes', template: `${parameters('Level')}${restStage(settings('!Ref Level'), [logs(SUB)])}`, outcomes: ['Stage pass'] },
    { name: 'MethodSettings from a parameter is unknown', template: `${parameters('Settings')}${restStage('MethodSettings: !Ref Settings')}`, outcomes: ['Stage unknown'] },
    { name: "a log group whose API id is a parameter, beside a stage whose API id is literal, is unknown", template: `${parameters('ApiId')}${resources(resource('Stage', 'AWS::ApiGateway::Stage', `RestApiId: a1b2c3d4e5\nStageName: prod\n${settings('INFO')}`), logs("!Sub 'API-Gateway-Execution-Logs_${ApiId}/prod'"))}`, outcomes: ['Stage unknown'] },
    { name: "a Deployment's StageDescription with its log group", template: deployment('LoggingLevel: INFO', [logs("!Sub 'API-Gateway-Execution-Logs_${Api}/beta'")]), outcomes: ['Dep pass'] },
    { name: 'a Deployment without StageDescription makes no stage settings', template: resources(resource('Dep', 'AWS::ApiGateway::Deployment', 'RestApiId: api')), notApplicable: ['Dep'] },
    { name: 'a WebSocket stage logging by default route settings, with its log group', template: webSocketStage('DefaultRouteSettings:\n  LoggingLevel: ERROR', [logs("!Sub 'API-Gateway-Execution-Logs_${Api}/live'")]), outcomes: ['Stage pass'] },
    { name: 'HTTP APIs have no execution logs', template: httpStage('DefaultRouteSettings:\n  LoggingLevel: INFO'), notApplicable: ['Stage'] },
    { name: 'a SAM API with MethodSettings and its log group', template: samApi(settings('INFO'), [logs(SUB)]), outcomes: ['ApiprodStage pass'] },
    { name: 'a SAM API without MethodSettings', template: samApi('TracingEnabled: true'), notApplicable: ['ApiprodStage'] },
    { name: 'Serverless Framework restApi logs with the execution log group in resources', template: service('restApi: true', SLS_GROUP), outcomes: ['ApiGatewayStage pass'] },
    { name: 'Serverless Framework restApi logs with executionLogging: false', template: service('restApi:\n  executionLogging: false'), notApplicable: ['ApiGatewayStage'] },
  ],
  invalid: [
    { name: 'INFO without a declared log group', template: restStage(settings('INFO')), errors: [{ messageId: 'noLogGroup', line: 15 }] },
    { name: 'a log group named for another stage', template: restStage(settings('INFO'), [logs("!Sub 'API-Gateway-Execution-Logs_${Api}/beta'")]), errors: [{ messageId: 'noLogGroup', line: 15 }] },
    {
      name: 'a log group named for another API',
      template: restStage(settings('error'), [resource('Other', 'AWS::ApiGateway::RestApi', 'Name: other'), logs("!Sub 'API-Gateway-Execution-Logs_${Other}/prod'")]),
      errors: [{ messageId: 'noLogGroup', line: 15 }],
    },
    { name: 'the second of two MethodSettings turns logging on', template: restStage(`${settings('OFF')}\n  - HttpMethod: GET\n    ResourcePath: /orders\n    LoggingLevel: INFO`), errors: [{ messageId: 'noLogGroup', line: 18 }] },
    { name: "a Deployment's StageDescription at ERROR", template: deployment('LoggingLevel: ERROR'), errors: [{ messageId: 'noLogGroup', line: 12 }] },
    { name: "a Deployment's StageDescription MethodSettings", template: deployment(settings('INFO')), errors: [{ messageId: 'noLogGroup', line: 15 }] },
    { name: 'a WebSocket route logging at INFO', template: webSocketStage("RouteSettings:\n  $connect:\n    LoggingLevel: INFO"), errors: [{ messageId: 'noLogGroup', line: 14 }] },
    { name: 'a SAM API with MethodSettings at INFO, reported at the SAM source', template: samApi(settings('INFO')), errors: [{ messageId: 'noLogGroup', line: 10 }] },
    { name: 'Serverless Framework restApi logs: execution logging is on by default', template: service('restApi: true'), errors: [{ messageId: 'noLogGroup', line: 6 }] },
    { name: 'Serverless Framework restApi logs at level ERROR', template: service('restApi:\n  level: ERROR'), errors: [{ messageId: 'noLogGroup', line: 6 }] },
  ],
};
