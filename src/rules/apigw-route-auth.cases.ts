import type { RuleCases } from './support/cases.js';
import { SCHEMES, components, includedBody, openApi, operation, parameters, quickApi, resource, resources, restApi, restMethod, route, samApi, samEvents, samFunction } from './support/case-builders.js';

const jwt = 'JwtConfiguration:\n  issuer: https://issuer.example.com\n  audience: [orders]';
const httpApi = (properties: string): string => resource('Api', 'AWS::ApiGatewayV2::Api', properties);
const webSocket = httpApi('ProtocolType: WEBSOCKET\nRouteSelectionExpression: $request.body.action');
/** Security schemes: a Cognito authorizer `Users`, SigV4 `Sigv4` and an API key `Key`. */
const cognitoAuthorizer = 'x-amazon-apigateway-authorizer:\n  type: cognito_user_pools\n  providerARNs: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_x]';
const schemes = components({ Users: `${SCHEMES.cognito}\n${cognitoAuthorizer}`, Sigv4: SCHEMES.sigv4, Key: SCHEMES.apiKey });
const jwtScheme = components({ Jwt: SCHEMES.jwt });
/** `/orders` with `get` (no security of its own) and `post` with these security lines. */
const getAndPost = (postSecurity: string): string => `${operation('get')}\n  post:\n    security:\n${postSecurity.replace(/^/gm, '      ')}`;
const samLambdaIntegration = 'x-amazon-apigateway-integration:\n  type: aws_proxy\n  httpMethod: POST\n  uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f/invocations';

export const cases: RuleCases = {
  valid: [
    {
      name: 'SAM HTTP API with a default JWT authorizer; the CORS preflight route is not applicable',
      template: samFunction(samEvents(['Get', 'HttpApi', 'ApiId: !Ref Api\nPath: /orders\nMethod: GET']), '', [
        resource('Api', 'AWS::Serverless::HttpApi', `Auth:\n  DefaultAuthorizer: Jwt\n  Authorizers:\n    Jwt:\n      IdentitySource: $request.header.Authorization\n${jwt.replace(/^/gm, '      ')}`),
        route('Preflight', 'OPTIONS /orders'),
      ]),
      notApplicable: ['Preflight'],
    },
    { name: 'IAM on a REST method', template: resources(restMethod('Method', 'POST', 'AuthorizationType: AWS_IAM')), outcomes: ['Method pass'] },
    { name: 'an OPTIONS method (CORS preflight) is not applicable', template: resources(restMethod('Preflight', 'OPTIONS', 'AuthorizationType: NONE')), notApplicable: ['Preflight'], outcomes: [] },
    { name: 'an authorization type from a parameter without default is unknown', template: `${parameters('Auth')}${resources(restMethod('Method', 'GET', 'AuthorizationType: !Ref Auth'))}`, outcomes: ['Method unknown'] },
    { name: 'WebSocket: $connect with an authorizer passes; message routes and the API itself are not applicable', template: resources(webSocket, route('Send', 'send'), route('Connect', '$connect', 'AuthorizationType: CUSTOM\nAuthorizerId: auth')), outcomes: ['Connect pass'], notApplicable: ['Send', 'Api'] },
    { name: 'an HTTP API route with a JWT authorizer', template: resources(httpApi('ProtocolType: HTTP'), route('Get', 'GET /orders', 'AuthorizationType: JWT\nAuthorizerId: auth')), outcomes: ['Get pass'], notApplicable: ['Api'] },
    { name: 'an OpenAPI body whose operations name a Cognito authorizer (root security) or IAM (operation security)', template: restApi(openApi(`${getAndPost('- Sigv4: []')}\n  options:\n    security: []`, `security:\n  - Users: []\n${schemes}`)), outcomes: ['Api pass'] },
    { name: 'a SAM API with a default authorizer applies it to the operations of its DefinitionBody', template: samApi(`Auth:\n  DefaultAuthorizer: Users\n  Authorizers:\n    Users:\n      UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_x\n${openApi(operation('get', samLambdaIntegration), '', 'DefinitionBody')}`), outcomes: ['Api pass'] },
    { name: 'an HTTP API body with a JWT authorizer', template: resources(httpApi(openApi(operation('get', 'security:\n  - Jwt: [orders/read]'), jwtScheme))), outcomes: ['Api pass'] },
    { name: 'a security scheme the body does not declare is unknown', template: restApi(openApi(operation('get', 'security:\n  - Elsewhere: []'))), outcomes: ['Api unknown'] },
    { name: 'a body in an include the scan did not read is unknown', template: samApi(includedBody()), outcomes: ['Api unknown'] },
    { name: 'an HTTP API that is not made by quick create is not applicable', template: resources(httpApi('Name: orders\nProtocolType: HTTP')), notApplicable: ['Api'], outcomes: [] },
  ],
  invalid: [
    { name: 'a SAM Api event with no authorizer, reported at the event', template: samFunction(samEvents(['Get', 'Api', 'Path: /orders\nMethod: get'])), errors: [{ messageId: 'open', line: 10 }] },
    { name: 'a method with an API key only', template: resources(restMethod('Keyed', 'POST', 'AuthorizationType: NONE\nApiKeyRequired: true')), errors: [{ messageId: 'apiKeyOnly', line: 8 }] },
    { name: 'a method without AuthorizationType is open, reported at the method', template: resources(restMethod('Get', 'GET')), errors: [{ messageId: 'open', line: 2 }] },
    { name: 'an HTTP API route with AuthorizationType NONE', template: resources(httpApi('ProtocolType: HTTP'), route('Get', 'GET /orders', 'AuthorizationType: NONE')), errors: [{ messageId: 'open', line: 11 }] },
    {
      name: 'a REST API defined only by its body, with an operation that has no security and one behind an API key alone',
      template: restApi(openApi(getAndPost('- Key: []'), schemes)),
      errors: [{ messageId: 'openBody', line: 28 }, { messageId: 'apiKeyOnly', line: 29 }],
    },
    { name: 'a quick-created HTTP API (Target): one public route with no authorization', template: quickApi(), errors: [{ messageId: 'quickCreate', line: 7 }] },
    {
      name: 'a CloudFormation method is named with its path from the resource chain',
      template: restApi('Name: orders', [resource('Orders', 'AWS::ApiGateway::Resource', 'RestApiId: !Ref Api\nParentId: !GetAtt Api.RootResourceId\nPathPart: orders'), resource('Get', 'AWS::ApiGateway::Method', 'RestApiId: !Ref Api\nResourceId: !Ref Orders\nHttpMethod: GET\nAuthorizationType: NONE')]),
      errors: [{ messageId: 'open', line: 18 }],
    },
  ],
};
