import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'SAM HTTP API with a default JWT authorizer; CORS preflight route left open',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      Auth:
        DefaultAuthorizer: Jwt
        Authorizers:
          Jwt:
            IdentitySource: $request.header.Authorization
            JwtConfiguration:
              issuer: https://issuer.example.com
              audience: [orders]
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        Get:
          Type: HttpApi
          Properties:
            ApiId: !Ref Api
            Path: /orders
            Method: GET
  Preflight:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Api
      RouteKey: OPTIONS /orders
`,
    },
    {
      name: 'IAM on a REST method; WebSocket message routes are not judged',
      notApplicable: ['Send'],
      template: `Resources:
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: api
      ResourceId: res
      HttpMethod: POST
      AuthorizationType: AWS_IAM
  Ws:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      ProtocolType: WEBSOCKET
      RouteSelectionExpression: $request.body.action
  Send:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Ws
      RouteKey: send
  Connect:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Ws
      RouteKey: $connect
      AuthorizationType: CUSTOM
      AuthorizerId: auth
`,
    },
    {
      name: 'an OpenAPI body whose operations name a Cognito authorizer (root security) or IAM (operation security)',
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        security:
          - Users: []
        components:
          securitySchemes:
            Users:
              type: apiKey
              name: Authorization
              in: header
              x-amazon-apigateway-authtype: cognito_user_pools
              x-amazon-apigateway-authorizer:
                type: cognito_user_pools
                providerARNs: [arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_x]
            Sigv4:
              type: apiKey
              name: Authorization
              in: header
              x-amazon-apigateway-authtype: awsSigv4
        paths:
          /orders:
            get: {}
            post:
              security:
                - Sigv4: []
            options:
              security: []
`,
      outcomes: ['Api pass'],
    },
    {
      name: 'a SAM API with a default authorizer applies it to the operations of its DefinitionBody',
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
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f/invocations
`,
      outcomes: ['Api pass'],
    },
    {
      name: 'an HTTP API body with a JWT authorizer',
      template: `Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Body:
        openapi: 3.0.1
        components:
          securitySchemes:
            Jwt:
              type: oauth2
              x-amazon-apigateway-authorizer:
                type: jwt
                identitySource: $request.header.Authorization
                jwtConfiguration:
                  issuer: https://issuer.example.com
                  audience: [orders]
        paths:
          /orders:
            get:
              security:
                - Jwt: [orders/read]
`,
      outcomes: ['Api pass'],
    },
    {
      name: 'a body in an include the scan did not read, and a security scheme the body does not declare: unknown',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Included:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: ./api.yaml
  Undeclared:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        paths:
          /orders:
            get:
              security:
                - Elsewhere: []
`,
      outcomes: ['Undeclared unknown', 'Included unknown'],
    },
    {
      name: 'a quick-created HTTP API is not judged when the API is not made by quick create',
      notApplicable: ['Api'],
      template: `Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: orders
      ProtocolType: HTTP
`,
    },
  ],
  invalid: [
    {
      name: 'a SAM Api event with no authorizer, and a method with an API key only',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        Get:
          Type: Api
          Properties:
            Path: /orders
            Method: get
  Keyed:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: api
      ResourceId: res
      HttpMethod: POST
      AuthorizationType: NONE
      ApiKeyRequired: true
`,
      errors: [
        { messageId: 'open', line: 10 },
        { messageId: 'apiKeyOnly', line: 21 },
      ],
    },
    {
      name: 'a REST API defined only by its body, with an operation that has no security and one behind an API key alone',
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        swagger: '2.0'
        securityDefinitions:
          Key:
            type: apiKey
            name: x-api-key
            in: header
        paths:
          /orders:
            get: {}
            post:
              security:
                - Key: []
`,
      errors: [
        { messageId: 'openBody', line: 14 },
        { messageId: 'apiKeyOnly', line: 15 },
      ],
    },
    {
      name: 'a quick-created HTTP API (Target): one public route with no authorization',
      template: `Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: orders
      ProtocolType: HTTP
      Target: arn:aws:lambda:us-east-1:123456789012:function:orders
`,
      errors: [{ messageId: 'quickCreate', line: 7 }],
    },
    {
      name: 'a CloudFormation method is named with its path from the resource chain',
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: orders
  Orders:
    Type: AWS::ApiGateway::Resource
    Properties:
      RestApiId: !Ref Api
      ParentId: !GetAtt Api.RootResourceId
      PathPart: orders
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref Orders
      HttpMethod: GET
      AuthorizationType: NONE
`,
      errors: [{ messageId: 'open', line: 18 }],
    },
  ],
};
