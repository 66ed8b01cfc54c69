// The API fact (graph.apiOf): one reading of an API's whole definition — properties, OpenAPI body, method and
// route resources, stages, quick create — and bodies that are broken, hostile or huge end as unreadable parts
// (rules answer unknown), never as an exception or a partial answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph, loadTemplate } from '../../src/iac/index.js';
import type { ApiFact } from '../../src/iac/types.js';
import { MAX_OPERATIONS, readBody } from '../../src/iac/api/openapi.js';

function factOf(text: string, id = 'Api'): ApiFact {
  const template = loadTemplate('t.yaml', text);
  assert.deepEqual(template.errors, []);
  const graph = buildGraph(template.resources);
  const api = graph.get(id);
  assert.ok(api, `${id} is in the template`);
  const fact = graph.apiOf(api);
  assert.ok(fact);
  return fact;
}

const routes = (fact: ApiFact): string[] => fact.methods.map((m) => `${m.verb} ${m.path} ${m.authorization.type}${m.resource ? ` ${m.resource.logicalId}` : ''}`);

test('REST methods written as resources carry the path of their resource chain; a body operation of the same verb and path adds nothing', () => {
  const fact = factOf(`Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        paths:
          /orders/{id}:
            get: {}
            delete: {}
  Orders:
    Type: AWS::ApiGateway::Resource
    Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: orders}
  Order:
    Type: AWS::ApiGateway::Resource
    Properties: {RestApiId: !Ref Api, ParentId: !Ref Orders, PathPart: '{id}'}
  Get:
    Type: AWS::ApiGateway::Method
    Properties: {RestApiId: !Ref Api, ResourceId: !Ref Order, HttpMethod: get, AuthorizationType: AWS_IAM}
  Root:
    Type: AWS::ApiGateway::Method
    Properties: {RestApiId: !Ref Api, ResourceId: !GetAtt Api.RootResourceId, HttpMethod: POST}
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties: {RestApiId: !Ref Api, DeploymentId: d, StageName: prod}
`);
  assert.deepEqual(routes(fact), ['GET /orders/{id} AWS_IAM Get', 'POST / NONE Root', 'DELETE /orders/{id} NONE']);
  assert.deepEqual(fact.stages.map((s) => s.logicalId), ['Stage']);
  assert.equal(fact.protocol, 'REST');
  assert.deepEqual(fact.unreadable, []);
});

test('the resource policy is read from the property or the body; endpoint types from the property or the import parameter', () => {
  const inBody = factOf(`Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Parameters: {endpointConfigurationTypes: private}
      Body:
        x-amazon-apigateway-policy: {Version: '2012-10-17', Statement: []}
`);
  assert.equal(inBody.policy?.where, 'body');
  assert.deepEqual(inBody.endpointTypes, ['PRIVATE']);
  assert.deepEqual(inBody.bodyExtensions, ['x-amazon-apigateway-policy']);
  const inProperty = factOf(`Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      EndpointConfiguration: {Types: [REGIONAL]}
      Policy: {Version: '2012-10-17', Statement: []}
`);
  assert.equal(inProperty.policy?.where, 'property');
  assert.deepEqual(inProperty.endpointTypes, ['REGIONAL']);
  assert.deepEqual(factOf('Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n').endpointTypes, []);
});

test('integrations: proxy, non-proxy with templates, async invoke header, streaming, HTTP API service integrations', () => {
  const fact = factOf(`Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        paths:
          /a:
            get: {x-amazon-apigateway-integration: {type: aws_proxy}}
            post:
              x-amazon-apigateway-integration:
                type: AWS
                requestParameters: {integration.request.header.X-Amz-Invocation-Type: "'Event'"}
                responses: {default: {statusCode: '200', responseTemplates: {application/json: '{}'}}}
            put: {x-amazon-apigateway-integration: {type: aws_proxy, responseTransferMode: STREAM}}
            patch: {}
            delete:
              x-amazon-apigateway-integration:
                type: aws
                requestParameters: {integration.request.header.X-Amz-Invocation-Type: "'RequestResponse'"}
  Http:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      ProtocolType: HTTP
  Route:
    Type: AWS::ApiGatewayV2::Route
    Properties: {ApiId: !Ref Http, RouteKey: POST /events, Target: !Sub 'integrations/\${Events}'}
  Events:
    Type: AWS::ApiGatewayV2::Integration
    Properties: {ApiId: !Ref Http, IntegrationType: AWS_PROXY, IntegrationSubtype: EventBridge-PutEvents}
`);
  assert.deepEqual(
    fact.methods.map((m) => [m.verb, m.integration.kind, m.integration.templates, m.integration.async, m.integration.streaming]),
    [
      ['GET', 'proxy', false, false, false],
      ['POST', 'aws', true, true, false],
      ['PUT', 'proxy', false, false, true],
      ['PATCH', 'unknown', false, false, false],
      ['DELETE', 'aws', false, false, false],
    ],
  );
  const graph = buildGraph(loadTemplate('t.yaml', `Resources:
  Http:
    Type: AWS::ApiGatewayV2::Api
    Properties: {ProtocolType: HTTP}
  Route:
    Type: AWS::ApiGatewayV2::Route
    Properties: {ApiId: !Ref Http, RouteKey: POST /events, Target: !Sub 'integrations/\${Events}'}
  Events:
    Type: AWS::ApiGatewayV2::Integration
    Properties: {ApiId: !Ref Http, IntegrationType: AWS_PROXY, IntegrationSubtype: EventBridge-PutEvents}
`).resources);
  const http = graph.apiOf(graph.get('Http')!);
  assert.deepEqual(http?.methods.map((m) => [m.verb, m.path, m.integration.kind]), [['POST', '/events', 'service']]);
});

test('a quick-created HTTP API has one unauthorized route and its managed overrides', () => {
  const fact = factOf(`Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties: {ProtocolType: HTTP, Target: arn:aws:lambda:us-east-1:1:function:f, RouteKey: GET /items}
  Overrides:
    Type: AWS::ApiGatewayV2::ApiGatewayManagedOverrides
    Properties: {ApiId: !Ref Api, Stage: {DefaultRouteSettings: {ThrottlingBurstLimit: 1}}}
`);
  assert.equal(fact.quickCreate, true);
  assert.equal(fact.managedOverrides?.logicalId, 'Overrides');
  assert.deepEqual(routes(fact), ['GET /items NONE']);
  assert.deepEqual(fact.methods[0]?.at, ['Target']);
});

test('SAM: the API default authorizer applies to body operations without security; an explicit empty security is open', () => {
  const fact = factOf(`Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      Auth:
        DefaultAuthorizer: Jwt
        Authorizers:
          Jwt: {JwtConfiguration: {issuer: https://i.example.com, audience: [a]}, IdentitySource: $request.header.Authorization}
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /a: {get: {}}
          /b: {get: {security: []}}
`);
  assert.deepEqual(routes(fact), ['GET /a JWT', 'GET /b NONE']);
});

test('unreadable parts: an S3 body, an include not read, an unresolved body, a body that is not a mapping', () => {
  const reasons = (body: string) => factOf(`Parameters:\n  P:\n    Type: String\nResources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n${body}`).unreadable.map((u) => `${u.reason} ${u.path.join('.')}`);
  assert.deepEqual(reasons('      BodyS3Location: {Bucket: b, Key: k}\n'), ['s3 BodyS3Location']);
  assert.deepEqual(reasons('      Body:\n        Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://b/api.yaml}}\n'), ['include Body']);
  assert.deepEqual(reasons('      Body: !Ref P\n'), ['symbolic Body']);
  assert.deepEqual(reasons('      Body: [1, 2]\n'), ['invalid Body']);
  assert.deepEqual(reasons('      Body: {paths: not-a-mapping}\n'), ['invalid Body.paths']);
});

test('hostile bodies: broken JSON text, deep nesting, odd shapes and more than MAX_OPERATIONS operations', () => {
  assert.equal(readBody('{"paths": ', 'Body', 'NONE').unreadable?.reason, 'invalid');
  // JSON text nested far deeper than any template: parsed or refused, never a crash.
  const deep = readBody(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'Body', 'NONE');
  assert.equal(deep.unreadable?.reason, 'invalid');
  const odd = readBody({ paths: { '/a': 'x', '/b': { get: 5, post: { security: 'yes' }, put: { security: [5] } } } }, 'Body', 'NONE');
  assert.deepEqual(odd.methods.map((m) => [m.verb, m.authorization.type]), [['POST', 'unknown'], ['PUT', 'unknown']]);
  const paths: Record<string, unknown> = {};
  for (let i = 0; i <= MAX_OPERATIONS; i++) paths[`/p${i}`] = { get: {} };
  const huge = readBody({ paths }, 'Body', 'NONE');
  assert.deepEqual([huge.methods.length, huge.unreadable?.reason], [0, 'invalid']);
  // A body of 10,000 paths is read.
  const large = readBody({ paths: Object.fromEntries(Object.entries(paths).slice(0, 10_000)) }, 'Body', 'NONE');
  assert.equal(large.methods.length, 10_000);
});
