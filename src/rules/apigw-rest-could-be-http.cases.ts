import type { RuleCases } from './support/cases.js';
import { includedBody, openApi, operation, resource, restApi, restMethod, restStage, samApi, samEvents, samFunction } from './support/case-builders.js';

const lambdaUri = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';
/** A REST API `Api` (line 2) whose OpenAPI body has one `POST /orders` operation with this integration (from line 11). */
const bodyApi = (integration: string): string => restApi(openApi(operation('post', `x-amazon-apigateway-integration:\n${integration.replace(/^/gm, '  ')}`)));
const proxy = `type: aws_proxy\nhttpMethod: POST\nuri: ${lambdaUri}`;

export const cases: RuleCases = {
  valid: [
    { name: 'a REST API with API keys on a method', template: restApi('Name: partners', [restMethod('Method', 'GET', 'AuthorizationType: AWS_IAM\nApiKeyRequired: true', '!Ref Api')]), outcomes: ['Api pass'] },
    { name: 'a body with a non-proxy AWS integration and a request template (a direct SQS integration)', template: bodyApi('type: aws\nhttpMethod: POST\nuri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders\nrequestTemplates:\n  application/json: Action=SendMessage&MessageBody=$input.body'), outcomes: ['Api pass'] },
    { name: 'a body that invokes a function asynchronously (X-Amz-Invocation-Type)', template: bodyApi(`type: aws\nhttpMethod: POST\nuri: ${lambdaUri}\nrequestParameters:\n  integration.request.header.X-Amz-Invocation-Type: "'Event'"`), outcomes: ['Api pass'] },
    { name: 'a body that streams responses (responseTransferMode STREAM)', template: bodyApi(`${proxy.replace('2015-03-31', '2021-11-15').replace('/invocations', '/response-streaming-invocations')}\nresponseTransferMode: STREAM`), outcomes: ['Api pass'] },
    { name: 'a body with a mock integration', template: bodyApi(`type: mock\nrequestTemplates:\n  application/json: '{"statusCode": 200}'`), outcomes: ['Api pass'] },
    { name: 'a resource policy in the body', template: restApi(openApi('', "x-amazon-apigateway-policy:\n  Version: '2012-10-17'\n  Statement: []")), outcomes: ['Api pass'] },
    { name: 'a stage with a cache cluster', template: restStage('CacheClusterEnabled: true'), outcomes: ['Api pass'] },
    { name: 'a usage plan on the API', template: restApi('Name: partners', [resource('Plan', 'AWS::ApiGateway::UsagePlan', 'ApiStages:\n  - ApiId: !Ref Api\n    Stage: prod')]), outcomes: ['Api pass'] },
    { name: 'a SAM API whose body is an include the scan did not read: unknown', template: samApi(includedBody()), outcomes: ['Api unknown'] },
    { name: 'a body kept in S3: unknown', template: restApi('BodyS3Location:\n  Bucket: specs\n  Key: api.yaml'), outcomes: ['Api unknown'] },
  ],
  invalid: [
    { name: 'a SAM REST API with only Lambda proxy routes', template: samFunction(samEvents(['Get', 'Api', 'Path: /orders\nMethod: get'])), errors: [{ messageId: 'couldBeHttp', line: 10 }] },
    { name: 'a body whose only operation is a Lambda proxy', template: bodyApi(proxy), errors: [{ messageId: 'couldBeHttp', line: 2 }] },
    { name: 'a plain stage without caching or canary adds no REST-only feature', template: restStage('TracingEnabled: true'), errors: [{ messageId: 'couldBeHttp', line: 2 }] },
  ],
};
