import type { RuleCases } from './support/cases.js';
import { definition, resource, resources, restMethod, samStateMachine } from './support/case-builders.js';

/** A REST method `Method` with an integration of `type` calling `uri`. */
const method = (type: string, uri: string): string =>
  resources(restMethod('Method', 'POST', `Integration:\n  Type: ${type}\n  IntegrationHttpMethod: POST\n  Uri: !Sub arn:aws:apigateway:\${AWS::Region}:${uri}`));
const v2 = (properties: string): string => resources(resource('Integration', 'AWS::ApiGatewayV2::Integration', `ApiId: api\n${properties}`));
const task = (service: string): string => samStateMachine(definition(`Save:\n  Type: Task\n  Resource: arn:aws:states:::${service}\n  End: true`));

export const cases: RuleCases = {
  valid: [
    { name: 'a REST method sending to SQS', template: method('AWS', 'sqs:path/${AWS::AccountId}/orders'), outcomes: ['Method pass'] },
    { name: 'a Lambda proxy method is unknown', template: method('AWS_PROXY', 'lambda:path/2015-03-31/functions/fn/invocations'), outcomes: ['Method unknown'] },
    { name: 'a non-proxy AWS integration that calls Lambda is unknown', template: method('AWS', 'lambda:path/2015-03-31/functions/fn/invocations'), outcomes: ['Method unknown'] },
    { name: 'an HTTP API integration subtype (EventBridge)', template: v2("IntegrationType: AWS_PROXY\nIntegrationSubtype: EventBridge-PutEvents\nPayloadFormatVersion: '1.0'"), outcomes: ['Integration pass'] },
    { name: 'an HTTP API Lambda integration is unknown', template: v2("IntegrationType: AWS_PROXY\nIntegrationUri: arn:aws:lambda:us-east-1:123456789012:function:f\nPayloadFormatVersion: '2.0'"), outcomes: ['Integration unknown'] },
    { name: 'a pipe', template: resources(resource('Pipe', 'AWS::Pipes::Pipe', 'RoleArn: arn:aws:iam::123456789012:role/pipe\nSource: arn:aws:sqs:eu-west-1:123456789012:in\nTarget: arn:aws:states:eu-west-1:123456789012:stateMachine:flow')), outcomes: ['Pipe pass'] },
    { name: 'a state machine writing to DynamoDB directly', template: task('dynamodb:putItem'), outcomes: ['Machine pass'] },
    { name: 'a state machine that only invokes functions is unknown', template: task('lambda:invoke'), outcomes: ['Machine unknown'] },
  ],
  invalid: [],
};
