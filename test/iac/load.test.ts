// loadTemplate: one file's text → Template with resources located in the source, intrinsics resolved where
// the template alone decides them, and every problem an error entry rather than an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSymbolic, loadTemplate, type Resource, type Template } from '../../src/iac/index.js';

function load(text: string, file = 't.yaml'): Template {
  return loadTemplate(file, text);
}

function only(t: Template, id: string): Resource {
  const found = t.resources.filter((r) => r.logicalId === id);
  assert.equal(found.length, 1, `${id} in ${t.resources.map((r) => r.logicalId).join(', ')}`);
  return found[0] as Resource;
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

test('a YAML template: resources and their properties are located where they are written', () => {
  const t = load(
    lines(
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '  Fn:',
      '    Type: AWS::Lambda::Function',
      '    Condition: IsProd',
      '    Properties:',
      '      Runtime: nodejs20.x',
      '      Environment:',
      '        Variables:',
      '          QUEUE: !Ref Queue',
    ),
  );
  assert.deepEqual(t.errors, []);
  assert.equal(t.format, 'cloudformation');
  assert.deepEqual(t.resources.map((r) => r.logicalId), ['Queue', 'Fn']);
  const fn = only(t, 'Fn');
  assert.deepEqual(fn.location, { file: 't.yaml', line: 5, column: 3 });
  assert.equal(fn.condition, 'IsProd');
  assert.deepEqual(fn.locate(['Runtime']), { file: 't.yaml', line: 9, column: 7 });
  assert.deepEqual(fn.locate(['Environment', 'Variables', 'QUEUE']), { file: 't.yaml', line: 12, column: 11 });
  // A path that is not written points at the deepest part that is.
  assert.deepEqual(fn.locate(['Environment', 'Variables', 'MISSING']), { file: 't.yaml', line: 11, column: 9 });
  assert.deepEqual(fn.locate(['TracingConfig', 'Mode']), { file: 't.yaml', line: 8, column: 5 });
  // A resource without Properties: its properties point at the resource.
  assert.deepEqual(only(t, 'Queue').locate(['RedrivePolicy']), { file: 't.yaml', line: 3, column: 3 });
});

test('a JSON template is read with the same positions', () => {
  const text = JSON.stringify({ Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 't' } }, Fn: { Type: 'AWS::Lambda::Function', Properties: { Timeout: 30 } } } }, null, 2);
  const t = load(text, 'stack.template.json');
  assert.deepEqual(t.errors, []);
  assert.deepEqual(only(t, 'Fn').location, { file: 'stack.template.json', line: 9, column: 5 });
  assert.deepEqual(only(t, 'Fn').locate(['Timeout']), { file: 'stack.template.json', line: 12, column: 9 });
  assert.equal(only(t, 'Topic').properties['TopicName'], 't');
});

test('intrinsics resolve where the template decides them and stay symbolic elsewhere', () => {
  const t = load(
    lines(
      'Parameters:',
      '  Stage: {Type: String, Default: prod}',
      '  Memory: {Type: Number, Default: 512}',
      '  Secret: {Type: String}',
      'Mappings:',
      '  Sizes: {prod: {Timeout: 30}}',
      'Resources:',
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '  Fn:',
      '    Type: AWS::Lambda::Function',
      '    Properties:',
      '      FunctionName: !Sub "${Stage}-fn"',
      '      MemorySize: !Ref Memory',
      '      Timeout: !FindInMap [Sizes, !Ref Stage, Timeout]',
      '      Description: !Join ["-", [a, !Ref Stage, b]]',
      '      Handler: !Select [1, !Split [",", "x,index.handler"]]',
      '      Role: !GetAtt Role.Arn',
      '      KmsKeyArn: !Ref Secret',
      '      Layers: [!Ref Bucket, !Sub "${Secret}-layer", !Join ["", [x, !Ref Secret]]]',
      '      TracingConfig: !If [IsProd, {Mode: Active}, !Ref AWS::NoValue]',
      '      ReservedConcurrentExecutions: !Ref AWS::NoValue',
      '      Code: {ZipFile: !Base64 hi}',
    ),
  );
  assert.deepEqual(t.errors, []);
  assert.deepEqual(t.parameters['Stage']?.default, 'prod');
  assert.equal(t.parameters['Secret']?.default, undefined);
  assert.deepEqual(t.parameters['Secret']?.location, { file: 't.yaml', line: 4, column: 3 });
  const p = only(t, 'Fn').properties;
  assert.equal(p['FunctionName'], 'prod-fn');
  assert.equal(p['MemorySize'], 512);
  assert.equal(p['Timeout'], 30);
  assert.equal(p['Description'], 'a-prod-b');
  assert.equal(p['Handler'], 'index.handler');
  assert.deepEqual(p['Code'], { ZipFile: Buffer.from('hi').toString('base64') });
  // Deploy-time values keep the expression as written.
  assert.ok(isSymbolic(p['Role']));
  assert.deepEqual((p['Role'] as { expression: unknown }).expression, { 'Fn::GetAtt': ['Role', 'Arn'] });
  assert.ok(isSymbolic(p['KmsKeyArn']));
  const layers = p['Layers'] as unknown[];
  assert.equal(layers.length, 3);
  assert.ok(layers.every(isSymbolic));
  assert.deepEqual((layers[0] as { expression: unknown }).expression, { Ref: 'Bucket' });
  // Fn::If: both branches, resolved; AWS::NoValue as undefined.
  const tracing = p['TracingConfig'] as { symbolic: true; condition: string; branches: unknown[] };
  assert.ok(isSymbolic(tracing));
  assert.equal(tracing.condition, 'IsProd');
  assert.deepEqual(tracing.branches, [{ Mode: 'Active' }, undefined]);
  // Ref AWS::NoValue drops the property.
  assert.equal('ReservedConcurrentExecutions' in p, false);
});

test('AWS::CDK::Metadata or aws:cdk:path makes a cdk template, and resources carry their construct path', () => {
  const t = load(
    lines(
      'Resources:',
      '  Handler886CB40B:',
      '    Type: AWS::Lambda::Function',
      '    Metadata:',
      '      aws:cdk:path: MyStack/Handler/Resource',
      '  CDKMetadata:',
      '    Type: AWS::CDK::Metadata',
    ),
    'cdk.out/MyStack.template.json',
  );
  assert.equal(t.format, 'cdk');
  assert.equal(only(t, 'Handler886CB40B').constructPath, 'MyStack/Handler/Resource');
});

test('template-level Metadata and a resource UpdatePolicy are kept', () => {
  const t = load(lines('Metadata:', '  slens: {ignore: [{rule: lambda-tracing, reason: r}]}', 'Resources:', '  A:', '    Type: AWS::Lambda::Alias', '    UpdatePolicy:', '      CodeDeployLambdaAliasUpdate: {ApplicationName: app}'));
  assert.deepEqual(t.metadata, { slens: { ignore: [{ rule: 'lambda-tracing', reason: 'r' }] } });
  assert.deepEqual(only(t, 'A').updatePolicy, { CodeDeployLambdaAliasUpdate: { ApplicationName: 'app' } });
});

test('shapes that are not templates are error entries; good resources beside bad ones are still read', () => {
  assert.equal(load('- a\n- b\n').errors[0]?.code, 'not-a-template');
  assert.deepEqual(load('').errors, []);
  assert.deepEqual(load('# only a comment\n').resources, []);
  // A stub with an empty Resources section is a template with nothing in it, not a broken file.
  const stub = load(lines('Transform: AWS::Serverless-2016-10-31', 'Globals:', 'Resources:', 'Outputs:'));
  assert.deepEqual([stub.errors, stub.resources], [[], []]);
  const list = load(lines('Resources:', '  - Type: AWS::SQS::Queue'));
  assert.equal(list.errors[0]?.code, 'bad-resources');
  assert.equal(list.errors[0]?.line, 1);
  const mixed = load(lines('Resources:', '  NoType:', '    Properties: {}', '  Good:', '    Type: AWS::SQS::Queue', '  Scalar: 3'));
  assert.deepEqual(mixed.errors.map((e) => [e.code, e.line]), [['bad-resource', 2], ['bad-resource', 6]]);
  assert.deepEqual(mixed.resources.map((r) => r.logicalId), ['Good']);
});

test('duplicate keys come through as errors of the template that is still read', () => {
  const t = load(lines('Resources:', '  Q:', '    Type: AWS::SQS::Queue', '    Properties:', '      DelaySeconds: 1', '      DelaySeconds: 2'));
  assert.equal(only(t, 'Q').properties['DelaySeconds'], 2);
  assert.deepEqual(t.errors.map((e) => [e.code, e.line]), [['duplicate-key', 6]]);
  assert.match(t.errors[0]?.message ?? '', /lines 5 and 6/);
});

test('a byte-order mark is dropped and positions stay right', () => {
  const t = load('\ufeffResources:\n  Q:\n    Type: AWS::SQS::Queue\n');
  assert.deepEqual(only(t, 'Q').location, { file: 't.yaml', line: 2, column: 3 });
});

test('Fn::ForEach loops make one resource per item, located at the loop, with properties at the loop body', () => {
  const t = load(
    lines(
      'Transform: AWS::LanguageExtensions',
      'Parameters:',
      '  Names: {Type: CommaDelimitedList, Default: "orders, billing"}',
      '  Unknown: {Type: CommaDelimitedList}',
      'Resources:',
      '  Fn::ForEach::Queues:',
      '    - Name',
      '    - !Ref Names',
      '    - ${Name}Queue:',
      '        Type: AWS::SQS::Queue',
      '        Properties:',
      '          QueueName: !Sub "app-${Name}"',
      '          Tags: [{Key: name, Value: !Ref Name}]',
      '  Fn::ForEach::Nested:',
      '    - Env',
      '    - [dev, prod-eu]',
      '    - Fn::ForEach::Inner:',
      '        - Kind',
      '        - [a, b]',
      '        - Topic&{Env}${Kind}:',
      '            Type: AWS::SNS::Topic',
      '  Fn::ForEach::Skipped:',
      '    - X',
      '    - !Ref Unknown',
      '    - ${X}Bucket: {Type: AWS::S3::Bucket}',
      '  Plain:',
      '    Type: AWS::SQS::Queue',
    ),
  );
  assert.deepEqual(t.errors, []);
  // `&{Env}` drops what is not alphanumeric: prod-eu → prodeu.
  assert.deepEqual(t.resources.map((r) => r.logicalId), ['ordersQueue', 'billingQueue', 'Topicdeva', 'Topicdevb', 'Topicprodeua', 'Topicprodeub', 'Plain']);
  const billing = only(t, 'billingQueue');
  assert.equal(billing.properties['QueueName'], 'app-billing');
  assert.deepEqual(billing.properties['Tags'], [{ Key: 'name', Value: 'billing' }]);
  assert.deepEqual(billing.location, { file: 't.yaml', line: 6, column: 3 });
  assert.equal(billing.locate(['QueueName']).line, 12);
  assert.equal(only(t, 'Topicprodeua').location.line, 14);
});
