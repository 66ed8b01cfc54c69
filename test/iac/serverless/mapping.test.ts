// serverless.yml → CloudFormation-level resources: functions with provider defaults and overrides, events,
// destinations, the execution role and raw resources, each pointing back at the line that wrote it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byId, loadSls } from './project.js';

/** Intrinsics are kept as Symbolic values holding the expression as written. */
const expr = (value: unknown): unknown => (value as { expression?: unknown })?.expression;

const PROJECT = `service: orders
provider:
  name: aws
  runtime: python3.13
  memorySize: 512
  timeout: 10
  architecture: arm64
  logRetentionInDays: 14
  tracing:
    lambda: true
    apiGateway: true
  logs:
    restApi: true
  iam:
    role:
      statements:
        - Effect: Allow
          Action: dynamodb:*
          Resource: '*'
functions:
  create:
    handler: create.handler
    memorySize: 1024
    destinations:
      onFailure: arn:aws:sqs:us-east-1:123456789012:failed
    events:
      - http:
          path: orders
          method: post
      - sqs:
          arn:
            Fn::GetAtt: [Jobs, Arn]
          batchSize: 5
  notify:
    handler: notify.handler
    tracing: PassThrough
    events:
      - sns: order-events
      - schedule: rate(5 minutes)
      - httpApi: 'GET /health'
resources:
  Resources:
    Jobs:
      Type: AWS::SQS::Queue
      Properties:
        QueueName: \${self:service}-jobs
`;

test('functions take provider settings unless they override them; locations follow', () => {
  const t = loadSls(PROJECT);
  assert.deepEqual(t.errors, []);
  assert.equal(t.format, 'serverless');
  const create = byId(t, 'CreateLambdaFunction');
  assert.equal(create.type, 'AWS::Lambda::Function');
  assert.equal(create.properties['MemorySize'], 1024);
  assert.equal(create.properties['Timeout'], 10);
  assert.equal(create.properties['Runtime'], 'python3.13');
  assert.deepEqual(create.properties['Architectures'], ['arm64']);
  assert.deepEqual(create.properties['TracingConfig'], { Mode: 'Active' });
  assert.equal(create.location.line, 21);
  assert.equal(create.locate(['MemorySize']).line, 23);
  assert.equal(create.locate(['Timeout']).line, 6);
  assert.equal(create.locate(['TracingConfig', 'Mode']).line, 10);
  assert.deepEqual(create.origin, { logicalId: 'create', type: 'Serverless::Function' });
  const notify = byId(t, 'NotifyLambdaFunction');
  assert.deepEqual(notify.properties['TracingConfig'], { Mode: 'PassThrough' });
  assert.equal(notify.properties['MemorySize'], 512);
});

test('log groups carry the retention; destinations become an EventInvokeConfig', () => {
  const t = loadSls(PROJECT);
  const logs = byId(t, 'CreateLogGroup');
  assert.deepEqual(logs.properties, { LogGroupName: '/aws/lambda/orders-dev-create', RetentionInDays: 14 });
  assert.equal(logs.locate(['RetentionInDays']).line, 8);
  const invoke = byId(t, 'CreateLambdaEvConf');
  assert.equal(invoke.type, 'AWS::Lambda::EventInvokeConfig');
  assert.deepEqual(invoke.properties['DestinationConfig'], { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:failed' } });
  assert.deepEqual(expr(invoke.properties['FunctionName']), { Ref: 'CreateLambdaFunction' });
});

test('events become the resources the framework creates', () => {
  const t = loadSls(PROJECT);
  const types = (type: string) => t.resources.filter((r) => r.type === type).map((r) => r.logicalId).sort();
  assert.deepEqual(types('AWS::ApiGateway::RestApi'), ['ApiGatewayRestApi']);
  assert.deepEqual(types('AWS::ApiGateway::Method'), ['ApiGatewayMethodOrdersPost']);
  // The framework's EDGE default is not written for the project: the endpoint-type rule sees no choice.
  assert.equal(byId(t, 'ApiGatewayRestApi').properties['EndpointConfiguration'], undefined);
  const regional = loadSls(PROJECT.replace('  timeout: 10\n', '  timeout: 10\n  endpointType: regional\n'));
  assert.deepEqual(byId(regional, 'ApiGatewayRestApi').properties['EndpointConfiguration'], { Types: ['REGIONAL'] });
  const stage = byId(t, 'ApiGatewayStage');
  assert.equal(stage.properties['TracingEnabled'], true);
  assert.ok(stage.properties['AccessLogSetting']);
  assert.equal(stage.locate(['TracingEnabled']).line, 11);
  const esm = t.resources.find((r) => r.type === 'AWS::Lambda::EventSourceMapping');
  assert.equal(esm?.properties['BatchSize'], 5);
  assert.deepEqual(expr(esm?.properties['EventSourceArn']), { 'Fn::GetAtt': ['Jobs', 'Arn'] });
  assert.equal(esm?.location.line, 30);
  assert.deepEqual(types('AWS::SNS::Topic'), ['SNSTopicOrderevents']);
  assert.equal(types('AWS::SNS::Subscription').length, 1);
  assert.equal(types('AWS::Events::Rule').length, 1);
  assert.deepEqual(types('AWS::ApiGatewayV2::Route').map((id) => byId(t, id).properties['RouteKey']), ['GET /health']);
  assert.ok(types('AWS::Lambda::Permission').length >= 4);
});

test('the execution role holds the provider statements, located in serverless.yml', () => {
  const t = loadSls(PROJECT);
  const role = byId(t, 'IamRoleLambdaExecution');
  const policy = (role.properties['Policies'] as { PolicyDocument: { Statement: { Action: unknown }[] } }[])[0];
  const index = policy?.PolicyDocument.Statement.findIndex((s) => s.Action === 'dynamodb:*') ?? -1;
  assert.ok(index >= 0);
  assert.equal(role.locate(['Policies', 0, 'PolicyDocument', 'Statement', index, 'Action']).line, 18);
  assert.deepEqual(expr(byId(t, 'CreateLambdaFunction').properties['Role']), { 'Fn::GetAtt': ['IamRoleLambdaExecution', 'Arn'] });
  // The SQS event adds the permissions the framework grants for polling.
  assert.ok(policy?.PolicyDocument.Statement.some((s) => Array.isArray(s.Action) && s.Action.includes('sqs:ReceiveMessage')));
});

test('raw resources are read with variables resolved and their own positions', () => {
  const t = loadSls(PROJECT);
  const jobs = byId(t, 'Jobs');
  assert.equal(jobs.type, 'AWS::SQS::Queue');
  assert.equal(jobs.properties['QueueName'], 'orders-jobs');
  assert.equal(jobs.location.line, 43);
  assert.equal(jobs.locate(['QueueName']).line, 46);
});

test('raw resources override generated ones of the same id; extensions add properties', () => {
  const t = loadSls(`service: s
provider:
  name: aws
functions:
  hello:
    handler: h.handler
resources:
  Resources:
    HelloLogGroup:
      Type: AWS::Logs::LogGroup
      Properties:
        RetentionInDays: 30
  extensions:
    HelloLambdaFunction:
      Properties:
        TracingConfig:
          Mode: Active
`);
  const logs = byId(t, 'HelloLogGroup');
  assert.equal(logs.properties['RetentionInDays'], 30);
  assert.equal(logs.properties['LogGroupName'], '/aws/lambda/s-dev-hello');
  assert.equal(logs.locate(['RetentionInDays']).line, 12);
  const hello = byId(t, 'HelloLambdaFunction');
  assert.deepEqual(hello.properties['TracingConfig'], { Mode: 'Active' });
  assert.equal(hello.locate(['TracingConfig', 'Mode']).line, 17);
  assert.equal(t.resources.filter((r) => r.logicalId === 'HelloLogGroup').length, 1);
});

test('stream, eventBridge, websocket and s3 events; a function destination by name', () => {
  const t = loadSls(`service: s
provider:
  name: aws
functions:
  a:
    handler: a.h
    destinations:
      onFailure: b
    events:
      - stream:
          arn: arn:aws:dynamodb:us-east-1:1:table/T/stream/2020
          destinations:
            onFailure: arn:aws:sqs:us-east-1:1:dlq
      - eventBridge:
          pattern:
            source: [app]
          deadLetterQueueArn: arn:aws:sqs:us-east-1:1:dlq
      - websocket: $connect
      - s3: uploads
  b:
    handler: b.h
`);
  const esm = t.resources.find((r) => r.type === 'AWS::Lambda::EventSourceMapping');
  assert.deepEqual(esm?.properties['DestinationConfig'], { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:1:dlq' } });
  assert.equal(esm?.properties['StartingPosition'], 'TRIM_HORIZON');
  const rule = t.resources.find((r) => r.type === 'AWS::Events::Rule');
  assert.deepEqual((rule?.properties['Targets'] as { DeadLetterConfig: unknown }[])[0]?.DeadLetterConfig, { Arn: 'arn:aws:sqs:us-east-1:1:dlq' });
  assert.ok(t.resources.some((r) => r.type === 'AWS::ApiGatewayV2::Api' && r.properties['ProtocolType'] === 'WEBSOCKET'));
  assert.ok(t.resources.some((r) => r.type === 'AWS::S3::Bucket' && r.properties['BucketName'] === 'uploads'));
  assert.deepEqual(byId(t, 'ALambdaEvConf').properties['DestinationConfig'], { OnFailure: { Destination: { symbolic: true, expression: { 'Fn::GetAtt': ['BLambdaFunction', 'Arn'] } } } });
});

test('a provider other than AWS, a broken document and odd shapes are errors or nothing, never a crash', () => {
  const google = loadSls('service: s\nprovider:\n  name: google\nfunctions:\n  a:\n    handler: x\n');
  assert.equal(google.errors[0]?.code, 'not-aws');
  assert.equal(google.errors[0]?.line, 3);
  const odd = loadSls('service: s\nprovider: 3\nfunctions:\n  a: 7\n  b:\n    events: [1, "x", {http: 5}, {sqs: null}]\nresources:\n  Resources:\n    Bad: 3\n');
  assert.equal(odd.errors[0]?.code, 'bad-resource');
  assert.ok(odd.resources.some((r) => r.logicalId === 'BLambdaFunction'));
});

test('advanced logging settings become LoggingConfig: the function\'s own, else provider.logs.lambda', () => {
  const t = loadSls(`service: s
provider:
  name: aws
  logs:
    lambda:
      logFormat: JSON
      applicationLogLevel: INFO
functions:
  a:
    handler: a.h
  b:
    handler: b.h
    logs:
      logFormat: Text
`);
  const a = byId(t, 'ALambdaFunction');
  assert.deepEqual(a.properties['LoggingConfig'], { LogFormat: 'JSON', ApplicationLogLevel: 'INFO' });
  assert.equal(a.locate(['LoggingConfig', 'LogFormat']).line, 6);
  assert.deepEqual(byId(t, 'BLambdaFunction').properties['LoggingConfig'], { LogFormat: 'Text' });
  assert.equal(byId(t, 'BLambdaFunction').locate(['LoggingConfig', 'LogFormat']).line, 14);
});

test('http event authorizers set the method authorization: IAM, Cognito, Lambda, none', () => {
  const t = loadSls(`service: s
provider:
  name: aws
functions:
  a:
    handler: a.h
    events:
      - http: { path: iam, method: get, authorizer: aws_iam }
      - http: { path: pool, method: get, authorizer: { arn: 'arn:aws:cognito-idp:us-east-1:1:userpool/p' } }
      - http: { path: fn, method: get, authorizer: auth }
      - http: { path: open, method: get }
`);
  const auth = (path: string) => t.resources.find((r) => r.type === 'AWS::ApiGateway::Method' && r.properties['ResourcePath'] === path)?.properties['AuthorizationType'];
  assert.deepEqual(['/iam', '/pool', '/fn', '/open'].map(auth), ['AWS_IAM', 'COGNITO_USER_POOLS', 'CUSTOM', 'NONE']);
});

test('an include through a symlink that leads outside the project is refused', async () => {
  const { symlinkSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { loadServerless } = await import('../../../src/iac/serverless/index.js');
  const { parseDocument } = await import('../../../src/iac/yaml.js');
  const outside = mkdtempSync(join(tmpdir(), 'slens-outside-'));
  const project = mkdtempSync(join(tmpdir(), 'slens-project-'));
  try {
    writeFileSync(join(outside, 'secret.yml'), 'memory: 1\n');
    symlinkSync(join(outside, 'secret.yml'), join(project, 'link.yml'));
    const text = 'service: s\nprovider:\n  name: aws\n  memorySize: ${file(./link.yml):memory}\n';
    const t = loadServerless('serverless.yml', parseDocument('serverless.yml', text), { env: {}, projectDir: project });
    assert.equal(t.errors[0]?.code, 'include-outside-project');
    assert.equal(t.errors[0]?.line, 4);
  } finally {
    rmSync(outside, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  }
});

test('url: true is a public function URL; url: {authorizer: aws_iam} an IAM one; both located at url', () => {
  const t = loadSls(`service: s
provider:
  name: aws
functions:
  open:
    handler: a.h
    url: true
  signed:
    handler: b.h
    url:
      authorizer: aws_iam
      cors: true
  none:
    handler: c.h
    url: false
`);
  const urls = t.resources.filter((r) => r.type === 'AWS::Lambda::Url');
  assert.deepEqual(urls.map((u) => [u.logicalId, u.properties['AuthType'], u.location.line]), [['OpenLambdaFunctionUrl', 'NONE', 7], ['SignedLambdaFunctionUrl', 'AWS_IAM', 10]]);
  assert.equal(byId(t, 'OpenLambdaFunctionUrl').locate(['AuthType']).line, 7);
  assert.equal(byId(t, 'SignedLambdaFunctionUrl').locate(['AuthType']).line, 11);
  assert.equal(byId(t, 'OpenLambdaPermissionFnUrl').properties['FunctionUrlAuthType'], 'NONE');
  assert.ok(!t.resources.some((r) => r.logicalId.startsWith('NoneLambdaFunctionUrl')));
});

test('keys the framework ignores (a capitalised Runtime, another capitalisation) are unknown-key problems at their line', () => {
  const t = loadSls(`service: s
provider:
  name: aws
  Runtime: python3.13
  memorysize: 512
  customThing: plugins add camelCase keys
functions:
  a:
    handler: a.h
    Timeout: 30
    warmup: true
`);
  assert.deepEqual(
    t.errors.filter((e) => e.code === 'unknown-key').map((e) => [e.line, e.data?.['section'], e.data?.['key'], e.data?.['meant']]),
    [[4, 'provider', 'Runtime', 'runtime'], [5, 'provider', 'memorysize', 'memorySize'], [10, 'functions.a', 'Timeout', 'timeout']],
  );
  // The ignored key changes nothing: the function has no runtime from it.
  assert.equal(byId(t, 'ALambdaFunction').properties['Runtime'], undefined);
});
