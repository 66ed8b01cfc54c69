import type { RuleCases } from './support/cases.js';

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
  ],
};
