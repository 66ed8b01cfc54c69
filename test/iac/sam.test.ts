// SAM: Globals, and the expansion of AWS::Serverless::* into the CloudFormation resources SAM makes, each
// keeping the location of its SAM source so findings point at what the user wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSymbolic, loadTemplate, type Resource, type Template } from '../../src/iac/index.js';

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Timeout: 10
    Tracing: Active
    Layers:
      - !Ref SharedLayer
    Environment:
      Variables:
        STAGE: prod
Resources:
  SharedLayer:
    Type: AWS::Serverless::LayerVersion
    Properties:
      ContentUri: layer/
      CompatibleRuntimes: [python3.12]
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      MemorySize: 256
      Layers:
        - arn:aws:lambda:us-east-1:123456789012:layer:extra:1
      Environment:
        Variables:
          TABLE: !Ref Table
      AutoPublishAlias: live
      DeploymentPreference:
        Type: Canary10Percent5Minutes
        Alarms: [!Ref ErrorsAlarm]
      DeadLetterQueue:
        Type: SQS
        TargetArn: !GetAtt Dlq.Arn
      EventInvokeConfig:
        MaximumRetryAttempts: 1
        DestinationConfig:
          OnFailure:
            Type: SQS
      Policies:
        - AWSLambdaReadOnlyAccess
        - DynamoDBCrudPolicy:
            TableName: !Ref Table
        - Statement:
            - Effect: Allow
              Action: s3:GetObject
              Resource: '*'
      Events:
        GetOrder:
          Type: Api
          Properties:
            Path: /orders/{id}
            Method: get
        ListRoute:
          Type: HttpApi
          Properties:
            Path: /orders
            Method: GET
        FromQueue:
          Type: SQS
          Properties:
            Queue: !GetAtt Work.Arn
            BatchSize: 5
        Nightly:
          Type: Schedule
          Properties:
            Schedule: rate(1 day)
            DeadLetterConfig:
              Type: SQS
        Alerts:
          Type: SNS
          Properties:
            Topic: !Ref Topic
  Plain:
    Type: AWS::Serverless::Function
    IgnoreGlobals: '*'
    Properties:
      Handler: plain.handler
      Runtime: nodejs20.x
      Role: arn:aws:iam::123456789012:role/given
  Table:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey: {Name: pk, Type: String}
  Flow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Type: EXPRESS
      Tracing: {Enabled: true}
      Logging:
        Level: ALL
        Destinations: []
      Definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
      Policies:
        - LambdaInvokePolicy: {FunctionName: !Ref Orders}
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: v1
      TracingEnabled: true
      MethodSettings:
        - {HttpMethod: '*', ResourcePath: '/*', ThrottlingRateLimit: 10}
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      StageName: dev
  Work:
    Type: AWS::SQS::Queue
  Dlq:
    Type: AWS::SQS::Queue
  Topic:
    Type: AWS::SNS::Topic
`;

const lineOf = (needle: string, from = 0): number => SAM.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;

function load(): Template {
  const t = loadTemplate('template.yaml', SAM);
  assert.deepEqual(t.errors, []);
  assert.equal(t.format, 'sam');
  return t;
}

function get(t: Template, id: string): Resource {
  const r = t.resources.find((x) => x.logicalId === id);
  assert.ok(r, `${id} not among ${t.resources.map((x) => x.logicalId).join(', ')}`);
  return r;
}

function ofType(t: Template, type: string): Resource[] {
  return t.resources.filter((r) => r.type === type);
}

test('a function gets Globals merged the way SAM merges them', () => {
  const fn = get(load(), 'Orders');
  assert.equal(fn.type, 'AWS::Lambda::Function');
  const p = fn.properties;
  assert.equal(p['Runtime'], 'python3.12');
  assert.equal(p['Timeout'], 10);
  assert.equal(p['MemorySize'], 256);
  assert.deepEqual(p['TracingConfig'], { Mode: 'Active' });
  // Lists concatenate (globals first); maps merge.
  const layers = p['Layers'] as unknown[];
  assert.equal(layers.length, 2);
  assert.ok(isSymbolic(layers[0]));
  assert.equal(layers[1], 'arn:aws:lambda:us-east-1:123456789012:layer:extra:1');
  const vars = (p['Environment'] as { Variables: Record<string, unknown> }).Variables;
  assert.equal(vars['STAGE'], 'prod');
  assert.ok(isSymbolic(vars['TABLE']));
  assert.deepEqual(p['DeadLetterConfig'], { TargetArn: { symbolic: true, expression: { 'Fn::GetAtt': ['Dlq', 'Arn'] } } });
  // IgnoreGlobals: '*' drops them all.
  const plain = get(load(), 'Plain').properties;
  assert.equal(plain['Timeout'], undefined);
  assert.equal(plain['TracingConfig'], undefined);
  assert.equal(plain['Role'], 'arn:aws:iam::123456789012:role/given');
});

test('expanded resources keep the SAM source: origin, and locations in the resource or in Globals', () => {
  const t = load();
  const fn = get(t, 'Orders');
  assert.deepEqual(fn.location, { file: 'template.yaml', line: lineOf('  Orders:'), column: 3 });
  assert.equal(fn.format, 'sam');
  assert.deepEqual(fn.origin, { logicalId: 'Orders', type: 'AWS::Serverless::Function' });
  assert.equal(fn.locate(['MemorySize']).line, lineOf('MemorySize: 256'));
  // Tracing comes from Globals: the property points there.
  assert.equal(fn.locate(['TracingConfig', 'Mode']).line, lineOf('Tracing: Active'));
  assert.equal(fn.locate(['DeadLetterConfig', 'TargetArn']).line, lineOf('TargetArn: !GetAtt Dlq.Arn'));
  // Resources made for an event are located at the event.
  const mapping = ofType(t, 'AWS::Lambda::EventSourceMapping')[0] as Resource;
  assert.equal(mapping.location.line, lineOf('FromQueue:'));
  assert.equal(mapping.locate(['EventSourceArn']).line, lineOf('Queue: !GetAtt Work.Arn'));
  assert.equal(mapping.locate(['BatchSize']).line, lineOf('BatchSize: 5'));
  assert.deepEqual(mapping.origin, { logicalId: 'Orders', type: 'AWS::Serverless::Function' });
});

test('the execution role carries the managed, inline and template policies, X-Ray and the DLQ permission', () => {
  const t = load();
  const role = get(t, 'OrdersRole');
  assert.equal(role.type, 'AWS::IAM::Role');
  assert.deepEqual(get(t, 'Orders').properties['Role'], { symbolic: true, expression: { 'Fn::GetAtt': ['OrdersRole', 'Arn'] } });
  const managed = role.properties['ManagedPolicyArns'] as string[];
  assert.ok(managed.includes('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'));
  assert.ok(managed.includes('arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess'));
  assert.ok(managed.includes('arn:aws:iam::aws:policy/AWSLambdaReadOnlyAccess'));
  const inline = role.properties['Policies'] as { PolicyName: string; PolicyDocument: unknown }[];
  const statement = inline.find((p) => JSON.stringify(p.PolicyDocument).includes('s3:GetObject'));
  assert.deepEqual(statement?.PolicyDocument, { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
  assert.ok(inline.some((p) => isSymbolic(p.PolicyDocument)), 'the policy template is kept symbolic');
  assert.deepEqual(role.metadata?.['slens:samPolicyTemplates'], ['DynamoDBCrudPolicy']);
  assert.ok(JSON.stringify(inline).includes('sqs:SendMessage'), 'DeadLetterQueue adds the send permission');
  assert.equal(role.locate(['Policies', 2]).line, lineOf('Policies:'));
  // A function with its own Role gets no generated role.
  assert.equal(t.resources.some((r) => r.logicalId === 'PlainRole'), false);
});

test('AutoPublishAlias and DeploymentPreference make a version, an alias with its update policy and CodeDeploy', () => {
  const t = load();
  const version = get(t, 'OrdersVersion');
  assert.equal(version.type, 'AWS::Lambda::Version');
  const alias = get(t, 'OrdersAliaslive');
  assert.equal(alias.type, 'AWS::Lambda::Alias');
  assert.equal(alias.properties['Name'], 'live');
  assert.equal(alias.location.line, lineOf('  Orders:'));
  assert.equal(alias.locate(['Name']).line, lineOf('AutoPublishAlias: live'));
  assert.deepEqual(Object.keys(alias.updatePolicy ?? {}), ['CodeDeployLambdaAliasUpdate']);
  assert.equal(get(t, 'ServerlessDeploymentApplication').type, 'AWS::CodeDeploy::Application');
  const group = get(t, 'OrdersDeploymentGroup');
  assert.equal(group.properties['DeploymentConfigName'], 'CodeDeployDefault.LambdaCanary10Percent5Minutes');
  assert.equal(group.locate(['DeploymentConfigName']).line, lineOf('Type: Canary10Percent5Minutes'));
  // Events then target the alias.
  const permission = t.resources.find((r) => r.type === 'AWS::Lambda::Permission' && r.origin?.logicalId === 'Orders');
  assert.deepEqual((permission?.properties['FunctionName'] as { expression: unknown }).expression, { Ref: 'OrdersAliaslive' });
});

test('EventInvokeConfig becomes its own resource, with the failure queue SAM creates', () => {
  const t = load();
  const config = get(t, 'OrdersEventInvokeConfig');
  assert.equal(config.type, 'AWS::Lambda::EventInvokeConfig');
  assert.equal(config.properties['Qualifier'], 'live');
  assert.equal(config.properties['MaximumRetryAttempts'], 1);
  const queue = get(t, 'OrdersEventInvokeConfigOnFailureQueue');
  assert.equal(queue.type, 'AWS::SQS::Queue');
  const destination = (config.properties['DestinationConfig'] as { OnFailure: { Destination: { expression: unknown } } }).OnFailure.Destination;
  assert.deepEqual(destination.expression, { 'Fn::GetAtt': ['OrdersEventInvokeConfigOnFailureQueue', 'Arn'] });
  assert.equal(config.locate(['MaximumRetryAttempts']).line, lineOf('MaximumRetryAttempts: 1'));
});

test('events become mappings, subscriptions, rules and permissions; Api/HttpApi events make the implicit APIs', () => {
  const t = load();
  const mapping = ofType(t, 'AWS::Lambda::EventSourceMapping');
  assert.equal(mapping.length, 1);
  assert.equal(mapping[0]?.properties['BatchSize'], 5);
  const subscription = ofType(t, 'AWS::SNS::Subscription')[0];
  assert.equal(subscription?.properties['Protocol'], 'lambda');
  const rule = ofType(t, 'AWS::Events::Rule')[0] as Resource;
  assert.equal(rule.properties['ScheduleExpression'], 'rate(1 day)');
  const target = (rule.properties['Targets'] as { DeadLetterConfig: { Arn: { expression: unknown } } }[])[0];
  assert.deepEqual(target?.DeadLetterConfig.Arn.expression, { 'Fn::GetAtt': ['OrdersNightlyQueue', 'Arn'] });
  assert.equal(get(t, 'OrdersNightlyQueue').type, 'AWS::SQS::Queue');
  const principals = ofType(t, 'AWS::Lambda::Permission').filter((p) => p.origin?.logicalId === 'Orders').map((p) => p.properties['Principal']).sort();
  assert.deepEqual(principals, ['apigateway.amazonaws.com', 'apigateway.amazonaws.com', 'events.amazonaws.com', 'sns.amazonaws.com']);
  // Implicit REST API with its Prod stage, implicit HTTP API with $default, located at the first event using them.
  const rest = get(t, 'ServerlessRestApi');
  assert.equal(rest.type, 'AWS::ApiGateway::RestApi');
  assert.equal(rest.location.line, lineOf('GetOrder:'));
  assert.equal(get(t, 'ServerlessRestApiProdStage').properties['StageName'], 'Prod');
  assert.equal(get(t, 'ServerlessHttpApi').type, 'AWS::ApiGatewayV2::Api');
  assert.equal(get(t, 'ServerlessHttpApiApiGatewayDefaultStage').properties['StageName'], '$default');
  const method = ofType(t, 'AWS::ApiGateway::Method')[0];
  assert.equal(method?.properties['HttpMethod'], 'GET');
  assert.equal(method?.metadata?.['slens:resourcePath'], '/orders/{id}');
  assert.equal(ofType(t, 'AWS::ApiGatewayV2::Route')[0]?.properties['RouteKey'], 'GET /orders');
});

test('explicit Api and HttpApi, StateMachine, SimpleTable and LayerVersion expand', () => {
  const t = load();
  assert.equal(get(t, 'Api').type, 'AWS::ApiGateway::RestApi');
  const stage = get(t, 'Apiv1Stage');
  assert.equal(stage.properties['TracingEnabled'], true);
  assert.equal(stage.locate(['MethodSettings', 0]).line, lineOf("- {HttpMethod: '*'"));
  assert.equal(get(t, 'Http').type, 'AWS::ApiGatewayV2::Api');
  assert.equal(get(t, 'HttpdevStage').properties['StageName'], 'dev');
  const sm = get(t, 'Flow');
  assert.equal(sm.type, 'AWS::StepFunctions::StateMachine');
  assert.deepEqual(sm.properties['TracingConfiguration'], { Enabled: true });
  assert.equal(sm.properties['StateMachineType'], 'EXPRESS');
  assert.equal(sm.locate(['TracingConfiguration', 'Enabled']).line, lineOf('Tracing: {Enabled: true}'));
  assert.equal(sm.locate(['LoggingConfiguration', 'Level']).line, lineOf('Level: ALL'));
  assert.equal(get(t, 'FlowRole').type, 'AWS::IAM::Role');
  const table = get(t, 'Table');
  assert.equal(table.type, 'AWS::DynamoDB::Table');
  assert.deepEqual(table.properties['AttributeDefinitions'], [{ AttributeName: 'pk', AttributeType: 'S' }]);
  assert.equal(table.properties['BillingMode'], 'PAY_PER_REQUEST');
  const layer = get(t, 'SharedLayer');
  assert.equal(layer.type, 'AWS::Lambda::LayerVersion');
  assert.deepEqual(layer.properties['Content'], { S3Key: 'layer/' });
  // No AWS::Serverless::* type is left.
  assert.deepEqual(t.resources.filter((r) => r.type.startsWith('AWS::Serverless::')), []);
  // Plain CloudFormation resources in a SAM template are kept as written.
  assert.equal(get(t, 'Work').origin, undefined);
});

test('generated names do not collide with logical ids written in the template', () => {
  const t = loadTemplate('t.yaml', `Transform: AWS::Serverless-2016-10-31
Resources:
  FnRole:
    Type: AWS::SNS::Topic
  Fn:
    Type: AWS::Serverless::Function
    Properties: {Handler: a.b, Runtime: nodejs20.x, InlineCode: x}
`);
  assert.deepEqual(t.errors, []);
  assert.equal(t.resources.find((r) => r.logicalId === 'FnRole')?.type, 'AWS::SNS::Topic');
  assert.equal(t.resources.find((r) => r.logicalId === 'FnRole2')?.type, 'AWS::IAM::Role');
});

test('Globals of the implicit API configure ServerlessRestApi', () => {
  const t = loadTemplate('t.yaml', `Transform: AWS::Serverless-2016-10-31
Globals:
  Api:
    TracingEnabled: true
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: a.b
      Runtime: nodejs20.x
      Events:
        Get: {Type: Api, Properties: {Path: /, Method: get}}
`);
  const stage = t.resources.find((r) => r.type === 'AWS::ApiGateway::Stage');
  assert.equal(stage?.properties['TracingEnabled'], true);
  assert.equal(stage?.locate(['TracingEnabled']).line, 4);
});
