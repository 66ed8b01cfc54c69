// Small template builders for rule cases, so a case is two or three lines. Each builder writes a fixed
// layout, so the line of a resource or of its first property is known (see each builder's comment):
// `properties` are YAML lines written as at the left margin; the builder indents them under Properties.

/** Indents every line of a YAML snippet by `spaces`. */
function indent(snippet: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return snippet
    .replace(/^\n+|\n+$/g, '')
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : pad + line))
    .join('\n');
}

/** `Runtime: python3.12` (or the `Runtime` line `properties` start with), then `next` lines, then the rest of `properties`. */
function runtimeFirst(properties: string, next = ''): string {
  const text = properties.replace(/^\n+/, '');
  const own = /^Runtime:[^\n]*/.exec(text)?.[0];
  const rest = own === undefined ? text : text.slice(own.length).replace(/^\n/, '');
  return `${own ?? 'Runtime: python3.12'}\n${next}${rest}`;
}

/** `Parameters:` with each name a String without default (its Ref stays unresolved: unknown, never wrong). */
export function parameters(...names: string[]): string {
  return `Parameters:\n${names.map((n) => `  ${n}:\n    Type: String\n`).join('')}`;
}

/** One resource block (two-space indent under `Resources:`); the resource is on the block's first line. */
export function resource(id: string, type: string, properties = ''): string {
  const body = properties.trim() === '' ? '' : `    Properties:\n${indent(properties, 6)}\n`;
  return `  ${id}:\n    Type: ${type}\n${body}`;
}

/**
 * A template with an `AWS::Lambda::Function` `Fn` (line 2; `Runtime: python3.12` on line 5 unless `properties`
 * start with their own, `properties` from line 6), then the `more` resource blocks. With `head` (e.g. `parameters('Mode')`), lines move down by
 * its line count.
 */
export function lambdaFunction(properties = '', more: readonly string[] = [], head = ''): string {
  return `${head}Resources:\n${resource('Fn', 'AWS::Lambda::Function', runtimeFirst(properties))}${more.join('')}`;
}

/**
 * A SAM template with a `Globals.Function` section (when given) and an `AWS::Serverless::Function` `Fn`
 * (line 3 without globals) with `Runtime` (python3.12 unless `properties` start with their own), `Handler` and
 * `CodeUri`, then `properties`.
 */
export function samFunction(properties = '', globals = '', more: readonly string[] = []): string {
  const globalsBlock = globals.trim() === '' ? '' : `Globals:\n  Function:\n${indent(globals, 4)}\n`;
  const fn = resource('Fn', 'AWS::Serverless::Function', runtimeFirst(properties, 'Handler: app.handler\nCodeUri: src/\n'));
  return `Transform: AWS::Serverless-2016-10-31\n${globalsBlock}Resources:\n${fn}${more.join('')}`;
}

/** A template with an `AWS::SQS::Queue` `Queue` (line 2; `properties` from line 5), then `more`. */
export function queue(properties = '', more: readonly string[] = []): string {
  return `Resources:\n${resource('Queue', 'AWS::SQS::Queue', properties)}${more.join('')}`;
}

/**
 * A REST API `Api` (line 2) and its `AWS::ApiGateway::Stage` `Stage` (line 6; `properties` from line 12
 * after `RestApiId`, `DeploymentId` and `StageName`), then `more`.
 */
export function restStage(properties = '', more: readonly string[] = []): string {
  const api = resource('Api', 'AWS::ApiGateway::RestApi', 'Name: api');
  const stage = resource('Stage', 'AWS::ApiGateway::Stage', `RestApiId: !Ref Api\nDeploymentId: dep\nStageName: prod\n${properties}`);
  return `Resources:\n${api}${stage}${more.join('')}`;
}

/**
 * An HTTP API `Api` (line 2; `ProtocolType: HTTP` on line 6) and its `AWS::ApiGatewayV2::Stage` `Stage` (line 7;
 * `properties` from line 12 after `ApiId` and `StageName`), then `more`. The API has a declared stage, so
 * rules that judge quick-created APIs find it not applicable.
 */
export function httpStage(properties = '', more: readonly string[] = []): string {
  const api = resource('Api', 'AWS::ApiGatewayV2::Api', 'Name: api\nProtocolType: HTTP');
  const stage = resource('Stage', 'AWS::ApiGatewayV2::Stage', `ApiId: !Ref Api\nStageName: prod\n${properties}`);
  return `Resources:\n${api}${stage}${more.join('')}`;
}

/**
 * A quick-created HTTP API `Api` (line 2; `Target`, a function ARN, on line 7; `properties` from line 8), then
 * `more` (e.g. `managedOverrides(…)`). With `head`, lines move down by its line count.
 */
export function quickApi(properties = '', more: readonly string[] = [], head = ''): string {
  const target = 'Target: arn:aws:lambda:us-east-1:123456789012:function:orders';
  return `${head}Resources:\n${resource('Api', 'AWS::ApiGatewayV2::Api', `Name: orders\nProtocolType: HTTP\n${target}\n${properties}`)}${more.join('')}`;
}

/** An `AWS::ApiGatewayV2::ApiGatewayManagedOverrides` block `Overrides` for `Api`, its `Stage` set to `stage` (YAML under `Stage:`, or a value after it when one line). */
export function managedOverrides(stage: string): string {
  const value = stage.includes('\n') ? `\n${indent(stage, 2)}` : ` ${stage}`;
  return resource('Overrides', 'AWS::ApiGatewayV2::ApiGatewayManagedOverrides', `ApiId: !Ref Api\nStage:${value}`);
}

/** A template of one resource `id` of `type` (line 2; `properties` from line 5), then `more`. */
function single(id: string, type: string): (properties?: string, more?: readonly string[], head?: string) => string {
  return (properties = '', more = [], head = '') => `${head}Resources:\n${resource(id, type, properties)}${more.join('')}`;
}

/**
 * A template with an `AWS::StepFunctions::StateMachine` `Machine` (line 2; `RoleArn` on line 5, `properties` from
 * line 6), then `more`. With `head`, lines move down by its line count.
 */
export function stateMachine(properties = '', more: readonly string[] = [], head = ''): string {
  return `${head}Resources:\n${resource('Machine', 'AWS::StepFunctions::StateMachine', `RoleArn: arn:aws:iam::123456789012:role/sfn\n${properties}`)}${more.join('')}`;
}

/** A SAM template with an `AWS::Serverless::StateMachine` `Machine` (line 3; `properties` from line 6), then `more`. */
export function samStateMachine(properties = '', more: readonly string[] = []): string {
  return `Transform: AWS::Serverless-2016-10-31\nResources:\n${resource('Machine', 'AWS::Serverless::StateMachine', properties)}${more.join('')}`;
}

/** Properties YAML for an inline `Definition` (first line) starting at the first of `states` (YAML under `States:`, from the fourth line). */
export function definition(states: string): string {
  const first = /^(\S[^:]*):/m.exec(states.replace(/^\n+/, ''))?.[1] ?? 'A';
  return `Definition:\n  StartAt: ${first}\n  States:\n${indent(states, 4)}`;
}

/** A template with an `AWS::Events::Rule` `Rule` (line 2; `properties` from line 5), then `more`. */
export const eventRule = single('Rule', 'AWS::Events::Rule');

/** A template with an `AWS::SNS::Topic` `Topic` (line 2; `properties` from line 5), then `more`. */
export const topic = single('Topic', 'AWS::SNS::Topic');

/** A template with an `AWS::Logs::LogGroup` `Logs` (line 2; `properties` from line 5), then `more`. */
export const logGroup = single('Logs', 'AWS::Logs::LogGroup');

/**
 * An `AWS::Lambda::EventSourceMapping` block `Map` (first line of the block) from `arn` (written as given, e.g.
 * `!GetAtt Source.Arn`) to `Fn`; `properties` from the block's sixth line.
 */
export function eventSourceMapping(arn: string, properties = ''): string {
  return resource('Map', 'AWS::Lambda::EventSourceMapping', `EventSourceArn: ${arn}\nFunctionName: !Ref Fn\n${properties}`);
}

/** Event sources by kind: the `Source` resource block and the ARN a mapping reads it with. */
const SOURCES: Record<string, readonly [string, string]> = {
  sqs: [resource('Source', 'AWS::SQS::Queue'), '!GetAtt Source.Arn'],
  kinesis: [resource('Source', 'AWS::Kinesis::Stream', 'ShardCount: 1'), '!GetAtt Source.Arn'],
  dynamodb: [resource('Source', 'AWS::DynamoDB::Table', 'StreamSpecification:\n  StreamViewType: NEW_IMAGE'), '!GetAtt Source.StreamArn'],
  mq: [resource('Source', 'AWS::AmazonMQ::Broker', 'EngineType: ACTIVEMQ'), '!GetAtt Source.Arn'],
};

/**
 * A function `Fn` (line 2) and a mapping `Map` (line 6; `properties` from line 11) from `source`: `sqs`,
 * `kinesis`, `dynamodb` or `mq` (a resource `Source` after the mapping), or any other text as the ARN itself.
 * With `head`, lines move down by its line count.
 */
export function consumer(source: string, properties = '', head = ''): string {
  const [block, arn] = SOURCES[source] ?? ['', source];
  return lambdaFunction('', [eventSourceMapping(arn, properties), block], head);
}

/**
 * A Serverless Framework service: `provider` lines (YAML under `provider:`) from line 5 after `name` and
 * `runtime`, then `functions:` with `create` and its `handler`, then `fn` lines (YAML under the function), then
 * `rest` (top-level YAML such as `resources:`).
 */
export function framework(provider = '', fn = '', rest = ''): string {
  const providerLines = provider.trim() === '' ? '' : `${indent(provider, 2)}\n`;
  const fnLines = fn.trim() === '' ? '' : `${indent(fn, 4)}\n`;
  return `service: orders\nprovider:\n  name: aws\n  runtime: nodejs22.x\n${providerLines}functions:\n  create:\n    handler: src/create.handler\n${fnLines}${rest}`;
}

/** A template with an `AWS::ApiGateway::RestApi` `Api` (line 2; `properties` from line 5), then `more`. */
export const restApi = single('Api', 'AWS::ApiGateway::RestApi');

/**
 * A SAM template with an `AWS::Serverless::Api` `Api` (line 3; `StageName: prod` on line 6, `properties` from
 * line 7), then `more`; its stage expands to `ApiprodStage`.
 */
export function samApi(properties = '', more: readonly string[] = []): string {
  return `Transform: AWS::Serverless-2016-10-31\nResources:\n${resource('Api', 'AWS::Serverless::Api', `StageName: prod\n${properties}`)}${more.join('')}`;
}

/** `Resources:` and the given resource blocks (the first resource on line 2). */
export function resources(...blocks: string[]): string {
  return `Resources:\n${blocks.join('')}`;
}

/**
 * An `AWS::ApiGateway::Method` block `id` with `RestApiId` (`api`, e.g. `!Ref Api`), `ResourceId: res` and
 * `HttpMethod: verb`; `properties` from the block's seventh line.
 */
export function restMethod(id: string, verb: string, properties = '', api = 'api'): string {
  return resource(id, 'AWS::ApiGateway::Method', `RestApiId: ${api}\nResourceId: res\nHttpMethod: ${verb}\n${properties}`);
}

/** YAML for a SAM function's `Events:` (pass to `samFunction`): each `[name, type, properties]` one event. */
export function samEvents(...events: readonly (readonly [string, string, string])[]): string {
  const blocks = events.map(([name, type, properties]) => `  ${name}:\n    Type: ${type}\n    Properties:\n${indent(properties, 6)}`);
  return `Events:\n${blocks.join('\n')}`;
}

/**
 * Properties YAML for an inline OpenAPI `Body` (`Body:` first, `openapi: 3.0.1` second, then the `top`
 * document-level lines, `paths:`, and `paths` (e.g. `operation(…)`) under it). In `restApi` the body is on line 5,
 * `paths:` on line 7 plus the count of `top` lines. `key` is `DefinitionBody` for SAM.
 */
export function openApi(paths: string, top = '', key = 'Body'): string {
  const topLines = top.trim() === '' ? '' : `${indent(top, 2)}\n`;
  const pathLines = paths.trim() === '' ? ' {}' : `\n${indent(paths, 4)}`;
  return `${key}:\n  openapi: 3.0.1\n${topLines}  paths:${pathLines}`;
}

/** One OpenAPI path with one operation (`path` line first, the verb second, `lines` from the third; `{}` when none). */
export function operation(verb: string, lines = '', path = '/orders'): string {
  return lines.trim() === '' ? `${path}:\n  ${verb}: {}` : `${path}:\n  ${verb}:\n${indent(lines, 4)}`;
}

/** SAM `DefinitionBody` from an `AWS::Include` of `location` (seven lines): a body the scan does not read. */
export function includedBody(location = './api.yaml'): string {
  return `DefinitionBody:\n  Fn::Transform:\n    Name: AWS::Include\n    Parameters:\n      Location: ${location}`;
}

/** An `AWS::ApiGatewayV2::Route` block `id` with `ApiId` (`api`) and `RouteKey: key`; `properties` from the block's sixth line. */
export function route(id: string, key: string, properties = '', api = '!Ref Api'): string {
  return resource(id, 'AWS::ApiGatewayV2::Route', `ApiId: ${api}\nRouteKey: ${key}\n${properties}`);
}

/**
 * A template with an `AWS::SQS::QueuePolicy` (`queue`) or `AWS::SNS::TopicPolicy` (`topic`) `Policy` (line 2;
 * `Queues`/`Topics` on line 5, `PolicyDocument` line 6, `Statement` line 7, `statements` (e.g. `allow(…)`) from
 * line 8). With `head`, lines move down by its line count.
 */
export function resourcePolicy(kind: 'queue' | 'topic', statements: string, head = ''): string {
  const [type, key] = kind === 'queue' ? ['AWS::SQS::QueuePolicy', 'Queues: [q]'] : ['AWS::SNS::TopicPolicy', 'Topics: [t]'];
  return `${head}Resources:\n${resource('Policy', type, `${key}\nPolicyDocument:\n  Statement:\n${indent(statements, 4)}`)}`;
}

/**
 * One `Allow` policy statement (a YAML list item): `Effect` first, `Principal` second (a scalar such as `'*'` on
 * its line, a mapping such as `Service: …` on the third), then `Action` (`sqs:SendMessage`), `Resource: '*'` and
 * `more` lines.
 */
export function allow(principal: string, more = '', action = 'sqs:SendMessage'): string {
  const value = /^\w+:(\s|$)/.test(principal) ? `\n${indent(principal, 4)}` : ` ${principal}`;
  const rest = more.trim() === '' ? '' : `\n${indent(more, 2)}`;
  return `- Effect: Allow\n  Principal:${value}\n  Action: ${action}\n  Resource: '*'${rest}`;
}

/**
 * An `AWS::Lambda::Permission` block `id` letting `principal` invoke `fn` (default `!Ref Fn`): `Principal` on the
 * block's sixth line, `more` from the seventh.
 */
export function permission(id: string, principal: string, more = '', fn = '!Ref Fn'): string {
  return resource(id, 'AWS::Lambda::Permission', `Action: lambda:InvokeFunction\nFunctionName: ${fn}\nPrincipal: ${principal}\n${more}`);
}

/** An `AWS::Lambda::Function` block `id` with `Runtime: python3.12` (the block's fourth line, unless `properties` start with their own), `properties` from the fifth. */
export function fn(id: string, properties = ''): string {
  return resource(id, 'AWS::Lambda::Function', runtimeFirst(properties));
}

/**
 * An `AWS::IAM::Role` block `id` trusted by `service` (Lambda by default; the block's eighth line); with
 * `statements` (YAML list items, e.g. `- Effect: Allow …`), an inline policy holding them from the block's
 * fourteenth line; `more` properties last.
 */
export function role(id: string, statements = '', more = '', service = 'lambda.amazonaws.com'): string {
  const trust = `AssumeRolePolicyDocument:\n  Statement:\n    - Effect: Allow\n      Principal:\n        Service: ${service}\n      Action: sts:AssumeRole`;
  const policies = statements.trim() === '' ? '' : `\nPolicies:\n  - PolicyName: inline\n    PolicyDocument:\n      Statement:\n${indent(statements, 8)}`;
  return resource(id, 'AWS::IAM::Role', `${trust}${policies}\n${more}`);
}

/** OpenAPI security schemes by kind (YAML of one scheme): a Cognito user pool, SigV4 (IAM), an API key, a JWT authorizer. */
export const SCHEMES = {
  cognito: 'type: apiKey\nname: Authorization\nin: header\nx-amazon-apigateway-authtype: cognito_user_pools',
  sigv4: 'type: apiKey\nname: Authorization\nin: header\nx-amazon-apigateway-authtype: awsSigv4',
  apiKey: 'type: apiKey\nname: x-api-key\nin: header',
  jwt: 'type: oauth2\nx-amazon-apigateway-authorizer:\n  type: jwt\n  identitySource: $request.header.Authorization\n  jwtConfiguration:\n    issuer: https://issuer.example.com\n    audience: [orders]',
} as const;

/** Document-level YAML `components:` with `securitySchemes:` holding each named scheme (e.g. `{ Users: SCHEMES.cognito }`), for `openApi`'s `top`. */
export function components(schemes: Readonly<Record<string, string>>): string {
  const entries = Object.entries(schemes).map(([name, scheme]) => `  ${name}:\n${indent(scheme, 4)}`);
  return `components:\n  securitySchemes:\n${indent(entries.join('\n'), 2)}`;
}
