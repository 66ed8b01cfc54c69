// A stage that writes execution logs has its log group declared (API Gateway's own one keeps logs forever).
import type { Resource, ResourceGraph, TemplateParameter } from '../iac/types.js';
import type { PropertyPath, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { directTarget, isPresent, isRecord, isUnresolved, literalString, patternOf, valueAt } from '../iac/values.js';
import { EXECUTION_LOGS_PREFIX } from '../iac/api/execution-logs.js';
import { REST_STAGE, STAGE_LINKS, V2_STAGE, apiFactOf } from './support/apigw-stages.js';

const DEPLOYMENT = 'AWS::ApiGateway::Deployment';

/** Where a stage's execution logging is turned on: `on` (a level that logs), `maybe` (a value slens cannot read). */
interface Logging {
  on?: { path: PropertyPath; level: string };
  maybe?: PropertyPath;
}

/** Reads one `LoggingLevel` at `path`: `INFO` and `ERROR` log, `OFF` (the default) does not. */
function readLevel(logging: Logging, settings: unknown, path: PropertyPath): void {
  if (isUnresolved(settings)) {
    logging.maybe ??= path;
    return;
  }
  const level = valueAt(settings, ['LoggingLevel']);
  if (isUnresolved(level)) logging.maybe ??= [...path, 'LoggingLevel'];
  else if (typeof level === 'string' && /^(INFO|ERROR)$/i.test(level)) logging.on ??= { path: [...path, 'LoggingLevel'], level: level.toUpperCase() };
}

/** Every entry of a REST `MethodSettings` list (any method, not only `*` / `/*`: they share the stage's log group). */
function readMethodSettings(logging: Logging, settings: unknown, path: PropertyPath): void {
  if (isUnresolved(settings)) logging.maybe ??= path;
  else if (Array.isArray(settings)) settings.forEach((item, i) => readLevel(logging, item, [...path, i]));
}

function loggingOf(stage: Resource): Logging {
  const p = stage.properties;
  const logging: Logging = {};
  if (stage.type === REST_STAGE) readMethodSettings(logging, p['MethodSettings'], ['MethodSettings']);
  else if (stage.type === DEPLOYMENT) {
    const description = p['StageDescription'];
    if (isUnresolved(description)) logging.maybe = ['StageDescription'];
    else if (isRecord(description)) {
      readLevel(logging, description, ['StageDescription']);
      readMethodSettings(logging, description['MethodSettings'], ['StageDescription', 'MethodSettings']);
    }
  } else {
    readLevel(logging, p['DefaultRouteSettings'], ['DefaultRouteSettings']);
    const routes = p['RouteSettings'];
    if (isUnresolved(routes)) logging.maybe ??= ['RouteSettings'];
    else if (isRecord(routes)) for (const [key, settings] of Object.entries(routes)) readLevel(logging, settings, ['RouteSettings', key]);
  }
  return logging;
}

/** A value as shown in the log group name: itself when literal, `<Name>` for what the template names (`<Api>` for the API's id). */
function shown(value: unknown): string {
  const target = directTarget(value);
  if (target) return `<${target}>`;
  const pattern = patternOf(value);
  return pattern === undefined ? '<?>' : pattern.replace(/\$\{([^}]+)\}/g, '<$1>');
}

/** The log group, or why none is known: undefined (none declared) or `unknown` (slens cannot pair one). */
function declaredGroup(stage: Resource, graph: ResourceGraph, declared: Readonly<Record<string, TemplateParameter>>): Resource | 'unknown' | undefined {
  const groups = graph.executionLogGroupsOf(stage);
  if (groups.group) return groups.group;
  const name = literalString(stage.properties['StageName']);
  let undecided = groups.undecided;
  for (const { group, parameter } of groups.byParameter) {
    // The loader puts a parameter's default into the stage's own `StageName`, not into a Sub.
    const value = declared[parameter]?.default;
    if (typeof value === 'string' && name !== undefined) {
      if (value === name) return group;
    } else undecided = true;
  }
  return undecided ? 'unknown' : undefined;
}

export const apigwExecutionLogRetention: Rule = {
  id: 'apigw-execution-log-retention',
  title: { en: 'API Gateway execution log groups have a retention period', ja: 'API Gateway 実行ログのロググループに保持期間を設定' },
  severity: 'warning',
  lens: { pillar: 'costOptimization', question: 'COST1', choice: 'cost1_logging_retention' },
  aliases: [],
  resourceTypes: [REST_STAGE, V2_STAGE, DEPLOYMENT],
  messages: {
    noLogGroup: {
      en: 'Stage {stage} ({resource}) writes execution logs (LoggingLevel {level}) to {logGroup}, a log group API Gateway creates that keeps logs forever; the template does not declare it. Declare an AWS::Logs::LogGroup with that name and RetentionInDays.',
      ja: 'ステージ {stage}（{resource}）は実行ログ（LoggingLevel {level}）を {logGroup} に書き込みます。このロググループは API Gateway が作成し、ログを無期限に保持しますが、テンプレートで宣言されていません。この名前の AWS::Logs::LogGroup を RetentionInDays を付けて宣言してください。',
    },
  },
  docs: {
    description: {
      en: 'For each API Gateway stage that turns on execution logging — `LoggingLevel` `INFO` or `ERROR` in a REST stage\'s `MethodSettings` (any method), a Deployment\'s `StageDescription` (or its `MethodSettings`), or a WebSocket stage\'s `DefaultRouteSettings` / `RouteSettings` — looks for the `AWS::Logs::LogGroup` named `API-Gateway-Execution-Logs_{api-id}/{stage}`: written with `!Sub` (`API-Gateway-Execution-Logs_${Api}/prod`), `Fn::Join` with a `Ref` to the API, a literal when the API id is fixed, or a Terraform template of the API\'s `id` and the stage\'s `stage_name`. SAM `MethodSettings` and the Serverless Framework\'s `provider.logs.restApi` (execution logging is on unless `executionLogging: false`) reach the stage they make. A declared group with `RetentionInDays` passes; one without it is reported once, at the log group, by `log-group-retention`. No declared group is a finding at the `LoggingLevel`; a level or a name slens cannot read is unknown; a stage without execution logging (`OFF`, the default) and HTTP APIs (which have no execution logs) are not applicable.',
      ja: '実行ログを有効にした API Gateway ステージ（REST ステージの `MethodSettings`（メソッドを問わない）、Deployment の `StageDescription`（またはその `MethodSettings`）、WebSocket ステージの `DefaultRouteSettings`・`RouteSettings` で `LoggingLevel` が `INFO` か `ERROR`）ごとに、`API-Gateway-Execution-Logs_{api-id}/{stage}` という名前の `AWS::Logs::LogGroup` を探します。名前は `!Sub`（`API-Gateway-Execution-Logs_${Api}/prod`）、API への `Ref` を含む `Fn::Join`、API の ID が固定ならリテラル、Terraform では API の `id` とステージの `stage_name` のテンプレートで書けます。SAM の `MethodSettings` と Serverless Framework の `provider.logs.restApi`（`executionLogging: false` でなければ実行ログは有効）は、それぞれが作るステージで判定します。`RetentionInDays` を持つロググループがあれば合格です。`RetentionInDays` のないロググループは `log-group-retention` がロググループで一度だけ指摘します。宣言がなければ `LoggingLevel` の位置で指摘し、読めないレベルや名前は不明とします。実行ログのないステージ（既定の `OFF`）と HTTP API（実行ログがない）は対象外です。',
    },
    rationale: {
      en: 'API Gateway creates the execution log group on the first logged request and never sets a retention, so every request\'s log lines are stored, and billed, forever. At `INFO` (with `DataTraceEnabled`, whole requests and responses) this is often the largest log group of an API.',
      ja: 'API Gateway は最初にログを記録するリクエストで実行ログのロググループを作成し、保持期間を設定しないため、すべてのリクエストのログが無期限に保存され、課金されます。`INFO`（`DataTraceEnabled` ではリクエストとレスポンスの全体）では、API で最も大きなロググループになることがよくあります。',
    },
    fix: {
      en: 'Declare the group before the stage writes to it: `ExecutionLogs: { Type: AWS::Logs::LogGroup, Properties: { LogGroupName: !Sub "API-Gateway-Execution-Logs_${Api}/prod", RetentionInDays: 30 } }` (Terraform: `name = "API-Gateway-Execution-Logs_${aws_api_gateway_rest_api.api.id}/${aws_api_gateway_stage.prod.stage_name}"`). If the group already exists, import it into the stack or set its retention. Or set `LoggingLevel: OFF` when access logs are enough.',
      ja: 'ステージが書き込む前にロググループを宣言します: `ExecutionLogs: { Type: AWS::Logs::LogGroup, Properties: { LogGroupName: !Sub "API-Gateway-Execution-Logs_${Api}/prod", RetentionInDays: 30 } }`（Terraform では `name = "API-Gateway-Execution-Logs_${aws_api_gateway_rest_api.api.id}/${aws_api_gateway_stage.prod.stage_name}"`）。ロググループがすでにある場合は、スタックにインポートするか保持期間を設定します。アクセスログで足りる場合は `LoggingLevel: OFF` にします。',
    },
    links: [
      STAGE_LINKS.restLogging,
      { title: 'Configure logging for WebSocket APIs in API Gateway', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-logging.html' },
      { title: 'Change log data retention in CloudWatch Logs', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention' },
    ],
  },
  check(stage, { graph, template }) {
    // HTTP APIs have no execution logs (their stages take no LoggingLevel).
    if (stage.type === V2_STAGE && apiFactOf(stage, graph)?.protocol === 'HTTP') return NOT_APPLICABLE;
    const logging = loggingOf(stage);
    if (!logging.on && !logging.maybe) return NOT_APPLICABLE;
    const group = declaredGroup(stage, graph, template.declared);
    if (group === 'unknown') return unknown();
    if (group) {
      if (isPresent(group.properties['RetentionInDays'])) return PASS;
      // A declared log group without retention is reported once, at the log group, by log-group-retention.
      return NOT_APPLICABLE;
    }
    if (!logging.on) return unknown(logging.maybe);
    const name = shown(stage.properties['StageName']);
    const logGroup = `${EXECUTION_LOGS_PREFIX}${shown(stage.properties['RestApiId'] ?? stage.properties['ApiId'])}/${name}`;
    return fail('noLogGroup', { stage: name, level: logging.on.level, logGroup }, logging.on.path);
  },
};
