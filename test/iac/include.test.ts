// Local `Fn::Transform: AWS::Include` files: read by the loader through the bounded reader, inside the scanned
// folder only; a broken, huge or outside include is a clear error naming its file and line, and the body
// stays unread (rules answer unknown).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph, MAX_TEMPLATE_BYTES, readTemplateFile } from '../../src/iac/index.js';
import { iacLoader } from '../../src/scan/iac-loader.js';
import { withTree, withTreeAsync } from '../helpers/folder.js';
import { runCli } from '../helpers/cli.js';

const TEMPLATE = (location: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      EndpointConfiguration: PRIVATE
      DefinitionBody:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: ${location}
`;

const BODY = `openapi: 3.0.1
x-amazon-apigateway-policy:
  Version: '2012-10-17'
  Statement: []
paths:
  /orders:
    post:
      x-amazon-apigateway-integration:
        type: aws
        uri: !Sub arn:aws:apigateway:\${AWS::Region}:sqs:path/orders
        requestTemplates:
          application/json: Action=SendMessage
`;

function factIn(dir: string, file = 'template.yaml') {
  const template = readTemplateFile(join(dir, file), file);
  const graph = buildGraph(template.resources);
  return { template, fact: graph.apiOf(graph.get('Api')!)! };
}

test('a local include is read into the body: its policy, operations and integrations are the API fact', () => {
  withTree({ 'template.yaml': TEMPLATE('./api/spec.yaml'), 'api/spec.yaml': BODY }, (dir) => {
    const { template, fact } = factIn(dir);
    assert.deepEqual(template.errors, []);
    assert.deepEqual(fact.unreadable, []);
    assert.equal(fact.policy?.where, 'body');
    assert.deepEqual(fact.methods.map((m) => [m.verb, m.path, m.integration.kind, m.integration.templates]), [['POST', '/orders', 'aws', true]]);
  });
});

test('an include in S3 or missing stays unread (unknown), without an error', () => {
  for (const location of ['s3://bucket/spec.yaml', './missing.yaml']) {
    withTree({ 'template.yaml': TEMPLATE(location) }, (dir) => {
      const { template, fact } = factIn(dir);
      assert.deepEqual(template.errors, []);
      assert.deepEqual(fact.unreadable.map((u) => u.reason), ['include']);
    });
  }
});

test('an include outside the folder, or a link leading outside, is refused with the include line', () => {
  withTree({ 'outside/spec.yaml': BODY, 'app/template.yaml': TEMPLATE('../outside/spec.yaml'), 'app/linked.yaml': TEMPLATE('./link.yaml') }, (dir) => {
    symlinkSync(join(dir, 'outside/spec.yaml'), join(dir, 'app/link.yaml'));
    for (const file of ['template.yaml', 'linked.yaml']) {
      const template = readTemplateFile(join(dir, 'app', file), file);
      assert.deepEqual(template.errors.map((e) => [e.code, e.file, e.line]), [['include-outside-root', file, 8]]);
      assert.match(template.errors[0]?.localized?.ja ?? '', /スキャンするフォルダーの外/);
      const graph = buildGraph(template.resources);
      assert.deepEqual(graph.apiOf(graph.get('Api')!)?.unreadable.map((u) => u.reason), ['include']);
    }
  });
});

test('a broken, binary, huge or scalar include is an error naming the include file and line', () => {
  const cases: [string, string | Buffer, string, number][] = [
    ['broken.yaml', 'openapi: 3.0.1\npaths:\n  /a: [unclosed\n', 'yaml-syntax', 4],
    ['latin1.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]), 'not-utf8', 1],
    ['huge.yaml', `a: "${'x'.repeat(MAX_TEMPLATE_BYTES)}"\n`, 'too-large', 1],
    ['scalar.yaml', 'just text\n', 'include-not-a-document', 1],
  ];
  for (const [name, content, code, line] of cases) {
    withTree({ 'template.yaml': TEMPLATE(`./${name}`), [name]: content }, (dir) => {
      const { template, fact } = factIn(dir);
      assert.deepEqual(template.errors.map((e) => [e.code, e.file, e.line]), [[code, name, line]], name);
      assert.deepEqual(fact.unreadable.map((u) => u.reason), ['include'], name);
    });
  }
});

test('deeply nested includes are refused as too-deep; an include inside an include stays unread', () => {
  const deep = `paths: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`;
  withTree({ 'template.yaml': TEMPLATE('./deep.yaml'), 'deep.yaml': deep }, (dir) => {
    assert.deepEqual(factIn(dir).template.errors.map((e) => e.code), ['too-deep']);
  });
  const nested = 'paths:\n  Fn::Transform: {Name: AWS::Include, Parameters: {Location: ./inner.yaml}}\n';
  withTree({ 'template.yaml': TEMPLATE('./outer.yaml'), 'outer.yaml': nested, 'inner.yaml': 'x: 1\n' }, (dir) => {
    const { template, fact } = factIn(dir);
    assert.deepEqual(template.errors, []);
    assert.deepEqual(fact.unreadable.map((u) => `${u.reason} ${u.path.join('.')}`), ['symbolic Body.paths']);
  });
});

test('the scan reads includes inside the scanned folder: a private API with its policy in the include passes', async () => {
  await withTreeAsync({ 'template.yaml': TEMPLATE('api.yaml'), 'api.yaml': BODY }, async (dir) => {
    const loaded = iacLoader().load('template.yaml', TEMPLATE('api.yaml'), { path: join(dir, 'template.yaml'), root: dir });
    assert.deepEqual(loaded.errors, []);
    const run = await runCli(['scan', dir, '--format', 'json', '--fail-on', 'none']);
    const json = JSON.parse(run.stdout) as { findings: { ruleId: string }[] };
    assert.deepEqual(json.findings.filter((f) => f.ruleId === 'apigw-endpoint-type' || f.ruleId === 'apigw-rest-could-be-http'), []);
  });
});

test('findings inside an included body point at the included file and line', async () => {
  const open = `openapi: 3.0.1
paths:
  /orders:
    post:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f/invocations
`;
  const template = `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: orders
      Body:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: api/spec.yaml
`;
  await withTreeAsync({ 'template.yaml': template, 'api/spec.yaml': open }, async (dir) => {
    const run = await runCli(['scan', join(dir, 'template.yaml'), '--format', 'json', '--fail-on', 'none']);
    const json = JSON.parse(run.stdout) as { findings: { ruleId: string; file: string; line: number; column: number }[] };
    const auth = json.findings.filter((f) => f.ruleId === 'apigw-route-auth');
    assert.deepEqual(auth.map((f) => [f.file.endsWith('/api/spec.yaml'), f.line, f.column]), [[true, 4, 5]]);
    // Findings on the template's own properties stay in the template.
    const alarm = json.findings.find((f) => f.ruleId === 'resource-alarm');
    assert.deepEqual([alarm?.file.endsWith('/template.yaml'), alarm?.line], [true, 2]);
  });
});
