// Serverless Framework variables: sources, fallbacks, nesting, includes, and the ways resolution must stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSymbolic } from '../../../src/iac/values.js';
import { byId, loadSls } from './project.js';

const fn = (extra: string) => `service: shop
provider:
  name: aws
  runtime: nodejs22.x
  stage: \${opt:stage, 'dev'}
custom:
  memory:
    dev: 256
    prod: 2048
  table: \${self:service}-\${sls:stage}-orders
functions:
  api:
    handler: index.handler
${extra}`;

test('self, opt with a default, sls:stage and nested variables resolve', () => {
  const t = loadSls(fn('    memorySize: ${self:custom.memory.${sls:stage}}\n    environment:\n      TABLE: ${self:custom.table}\n'));
  const api = byId(t, 'ApiLambdaFunction');
  assert.equal(api.properties['MemorySize'], 256);
  assert.deepEqual(api.properties['Environment'], { Variables: { TABLE: 'shop-dev-orders' } });
  assert.equal(api.properties['FunctionName'], 'shop-dev-api');
  const prod = loadSls(fn('    memorySize: ${self:custom.memory.${sls:stage}}\n'), {}, { options: { stage: 'prod' } });
  assert.equal(byId(prod, 'ApiLambdaFunction').properties['MemorySize'], 2048);
  assert.equal(byId(prod, 'ApiLambdaFunction').properties['FunctionName'], 'shop-prod-api');
});

test('env: set, unset with a default, unset without one (symbolic, never a literal)', () => {
  const extra = '    environment:\n      A: ${env:A}\n      B: ${env:B, "fallback"}\n      C: ${env:C}\n';
  const t = loadSls(fn(extra), {}, { env: { A: 'from-env' } });
  const vars = (byId(t, 'ApiLambdaFunction').properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
  assert.equal(vars['A'], 'from-env');
  assert.equal(vars['B'], 'fallback');
  assert.ok(isSymbolic(vars['C']));
  assert.equal((vars['C'] as { expression: unknown }).expression, '${env:C}');
});

test('values only known at deploy time stay symbolic, also inside longer strings', () => {
  const t = loadSls(fn('    timeout: ${ssm:/app/timeout}\n    description: built ${aws:accountId} today\n'));
  const api = byId(t, 'ApiLambdaFunction');
  assert.ok(isSymbolic(api.properties['Timeout']));
  assert.ok(isSymbolic(api.properties['Description']));
});

test('file includes: whole file, one key, nested folders; the include is read relative to the project', () => {
  const t = loadSls(fn('    memorySize: ${file(./config/settings.yml):memory}\n    tracing: ${file(./config/settings.json):tracing}\n'), {
    'config/settings.yml': 'memory: 512\n',
    'config/settings.json': '{"tracing": "Active"}',
  });
  const api = byId(t, 'ApiLambdaFunction');
  assert.equal(api.properties['MemorySize'], 512);
  assert.deepEqual(api.properties['TracingConfig'], { Mode: 'Active' });
  assert.deepEqual(t.errors, []);
});

test('functions and resources from included files become resources', () => {
  const t = loadSls('service: s\nprovider:\n  name: aws\nfunctions: ${file(fns.yml)}\nresources:\n  - ${file(queue.yml)}\n', {
    'fns.yml': 'worker:\n  handler: w.handler\n  timeout: 30\n',
    'queue.yml': 'Resources:\n  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: jobs\n',
  });
  assert.equal(byId(t, 'WorkerLambdaFunction').properties['Timeout'], 30);
  assert.equal(byId(t, 'Jobs').properties['QueueName'], 'jobs');
});

test('an include outside the project folder is refused with the line of the variable', () => {
  const t = loadSls(fn('    memorySize: ${file(../../etc/passwd.yml):x}\n'));
  assert.equal(t.errors[0]?.code, 'include-outside-project');
  assert.equal(t.errors[0]?.line, 14);
  assert.equal(t.resources.length, 0);
});

test('a missing include is unknown, like any unresolved variable; the rest is still read', () => {
  const t = loadSls(fn('    memorySize: ${file(./nope.yml):memory}\n'));
  assert.deepEqual(t.errors, []);
  assert.ok(isSymbolic(byId(t, 'ApiLambdaFunction').properties['MemorySize']));
});

test('cycles, include loops and runaway nesting stop with an error, not a crash', () => {
  const cycle = loadSls('service: s\nprovider:\n  name: aws\ncustom:\n  a: ${self:custom.b}\n  b: ${self:custom.a}\n');
  assert.equal(cycle.errors[0]?.code, 'variable-cycle');
  assert.equal(cycle.errors[0]?.line, 5);
  const loop = loadSls('service: s\nprovider:\n  name: aws\ncustom:\n  x: ${file(a.yml)}\n', { 'a.yml': 'y: ${file(a.yml)}\n' });
  assert.equal(loop.errors[0]?.code, 'include-loop');
  const chain = Array.from({ length: 60 }, (_, i) => `  v${i}: \${self:custom.v${i + 1}}`).join('\n');
  const deep = loadSls(`service: s\nprovider:\n  name: aws\ncustom:\n${chain}\n  v60: end\n`);
  assert.equal(deep.errors[0]?.code, 'variable-too-deep');
});

test('a fan-out of variables (a billion-laughs shape) is bounded', () => {
  const levels = Array.from({ length: 12 }, (_, i) => `  l${i + 1}: "${Array(10).fill(`\${self:custom.l${i}}`).join('')}"`).join('\n');
  const t = loadSls(`service: s\nprovider:\n  name: aws\ncustom:\n  l0: ab\n${levels}\n`);
  assert.equal(t.errors[0]?.code, 'variable-too-large');
  assert.equal(t.errors[0]?.line, 11);
});

test('a broken include is an error naming the included file', () => {
  const t = loadSls(fn('    memorySize: ${file(./bad.yml):memory}\n'), { 'bad.yml': 'memory: [1, 2\n' });
  assert.equal(t.errors[0]?.code, 'include-unreadable');
  assert.match(t.errors[0]?.message ?? '', /bad\.yml/);
});

test("CloudFormation's own placeholders (foreign to the framework) stay as written; the variables around and inside them resolve", () => {
  const extra = `    description: \${AWS::\${self:custom.part}} \${!Literal} \${Bucket.Arn} \${ApiGatewayRestApi} \${}
resources:
  Resources:
    Bucket:
      Type: AWS::S3::Bucket
      Properties:
        BucketName: !Sub 'arn:aws:s3:::\${AWS::AccountId}-\${self:service}-bucket'
        Tags:
          - { Key: a, Value: '\${AWS::Region}' }
          - { Key: b, Value: '\${ssm:/x} \${AWS::Region}' }
          - { Key: c, Value: '\${ self:service }' }
custom:
  part: Region
`;
  const t = loadSls(fn(extra).replace('custom:\n  memory', 'x:\n  memory'));
  assert.deepEqual(t.errors, []);
  // Outside a Fn::Sub it is plain text to CloudFormation, as the framework leaves it.
  assert.equal(byId(t, 'ApiLambdaFunction').properties['Description'], '${AWS::Region} ${!Literal} ${Bucket.Arn} ${ApiGatewayRestApi} ${}');
  const bucket = byId(t, 'Bucket').properties;
  // The loader keeps the Sub as a Symbolic intrinsic; its pattern is now readable.
  assert.deepEqual((bucket['BucketName'] as { expression: unknown }).expression, { 'Fn::Sub': 'arn:aws:s3:::${AWS::AccountId}-shop-bucket' });
  const tags = bucket['Tags'] as { Value: unknown }[];
  assert.equal(tags[0]?.Value, '${AWS::Region}');
  // An unknown variable still makes the whole string unknown.
  assert.ok(isSymbolic(tags[1]?.Value));
  // A space after `${` is no variable to the framework either.
  assert.equal(tags[2]?.Value, '${ self:service }');
});

test('an unclosed ${ and a stray } are text; a whole-string variable keeps its value', () => {
  const t = loadSls(fn('    description: "${AWS::Region ${self:service} }"\n    memorySize: ${self:custom.memory.dev}\n'));
  const api = byId(t, 'ApiLambdaFunction').properties;
  assert.equal(api['Description'], '${AWS::Region shop }');
  assert.equal(api['MemorySize'], 256);
});

/** Processor time (µs) of the best of `runs` loads: a loaded machine only ever adds time. */
function bestTime(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    loadSls(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

test('thousands of foreign placeholders in one string: kept, and the time grows linearly', () => {
  const many = (n: number) => `service: s\nprovider:\n  name: aws\nfunctions:\n  f:\n    handler: h.h\n    description: "${'${AWS::Region}-${self:service}/'.repeat(n)}"\n`;
  const t = loadSls(many(10_000));
  assert.deepEqual(t.errors, []);
  assert.equal(byId(t, 'FLambdaFunction').properties['Description'], '${AWS::Region}-s/'.repeat(10_000));
  const small = bestTime(many(1_000), 5);
  const large = bestTime(many(10_000), 3);
  // Quadratic work would take about 100× the time for 10× the placeholders.
  assert.ok(large < small * 40, `10× the placeholders took ${(large / small).toFixed(1)}× the time`);
});
