import type { RuleCases } from './support/cases.js';
import { resource } from './support/case-builders.js';

/** A REST API body (line 2: the API; `GET /orders` on line 16) with a Cognito scheme `Users`. */
function cognitoBody(security: string, type = 'AWS::ApiGateway::RestApi'): string {
  return `Resources:\n${resource('Api', type, `Body:
  openapi: 3.0.1
  components:
    securitySchemes:
      Users:
        type: apiKey
        name: Authorization
        in: header
        x-amazon-apigateway-authtype: cognito_user_pools
  paths:
    /orders:
      get:
        security: ${security}
        x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: arn:aws:apigateway:us-east-1:lambda:path/f }`)}`;
}

/** An HTTP API body (line 2) with a JWT scheme `Jwt`; `GET /orders` on line 17. */
function jwtBody(security: string): string {
  return `Resources:\n${resource('Api', 'AWS::ApiGatewayV2::Api', `Body:
  openapi: 3.0.1
  components:
    securitySchemes:
      Jwt:
        type: oauth2
        x-amazon-apigateway-authorizer:
          type: jwt
          identitySource: $request.header.Authorization
          jwtConfiguration: { issuer: 'https://issuer.example.com', audience: [orders] }
  paths:
    /orders:
      get:
        security: ${security}`)}`;
}

export const cases: RuleCases = {
  valid: [
    {
      name: 'a JWT route with scopes; an IAM route is not judged',
      notApplicable: ['Iam'],
      template: `Resources:
  Route:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: api
      RouteKey: GET /orders
      AuthorizationType: JWT
      AuthorizerId: jwt
      AuthorizationScopes: [orders/read]
  Iam:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: api
      RouteKey: POST /orders
      AuthorizationType: AWS_IAM
`,
      outcomes: ['Route pass'],
    },
    {
      name: 'body operations whose Cognito or JWT requirement lists scopes pass',
      template: cognitoBody('[{ Users: [orders/read] }]'),
      outcomes: ['Api pass'],
    },
    {
      name: 'an HTTP API body operation with JWT scopes passes',
      template: jwtBody('[{ Jwt: [orders/read] }]'),
      outcomes: ['Api pass'],
    },
    {
      name: 'a body operation open or behind IAM is not judged here (apigw-route-auth judges it)',
      notApplicable: ['Api'],
      template: cognitoBody('[]'),
    },
    {
      name: 'a SAM default Cognito authorizer on a DefinitionBody: SAM may add its default scopes, unknown',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        DefaultAuthorizer: Users
        Authorizers:
          Users:
            UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_x
      DefinitionBody:
        swagger: '2.0'
        paths:
          /orders:
            get:
              x-amazon-apigateway-integration: { type: aws_proxy, httpMethod: POST, uri: arn:aws:apigateway:us-east-1:lambda:path/f }
`,
      outcomes: ['Api unknown'],
    },
    {
      name: 'a body kept in S3 or scopes the template cannot resolve are unknown',
      template: `Parameters:
  Scopes:
    Type: CommaDelimitedList
Resources:
${resource('InS3', 'AWS::ApiGateway::RestApi', 'BodyS3Location: { Bucket: b, Key: api.yaml }')}${cognitoBody('[{ Users: !Ref Scopes }]').replace('Resources:\n', '')}`,
      outcomes: ['InS3 unknown', 'Api unknown'],
    },
  ],
  invalid: [
    {
      name: 'a Cognito method without scopes',
      template: `Resources:
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: api
      ResourceId: res
      HttpMethod: GET
      AuthorizationType: COGNITO_USER_POOLS
      AuthorizerId: pool
`,
      errors: [{ messageId: 'noScopes', line: 2 }],
    },
    {
      name: 'a REST body operation behind a Cognito authorizer without scopes, at the operation',
      template: cognitoBody('[{ Users: [] }]'),
      errors: [{ messageId: 'noScopesBody', line: 16 }],
    },
    {
      name: 'an HTTP API body operation behind a JWT authorizer without scopes',
      template: jwtBody('[{ Jwt: [] }]'),
      errors: [{ messageId: 'noScopesBody', line: 17 }],
    },
  ],
};
