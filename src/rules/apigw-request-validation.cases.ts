import type { RuleCases } from './cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a validator that checks the body; GET is not judged',
      template: `Resources:
  Validator:
    Type: AWS::ApiGateway::RequestValidator
    Properties:
      RestApiId: api
      ValidateRequestBody: true
  Post:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: api
      ResourceId: res
      HttpMethod: POST
      AuthorizationType: AWS_IAM
      RequestValidatorId: !Ref Validator
      RequestModels:
        application/json: Order
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: api
      ResourceId: res
      HttpMethod: GET
      AuthorizationType: AWS_IAM
`,
      outcomes: ['Post pass'],
    },
    {
      name: 'an OpenAPI body with a document-wide validator',
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        x-amazon-apigateway-request-validator: all
        x-amazon-apigateway-request-validators:
          all:
            validateRequestBody: true
            validateRequestParameters: true
        paths:
          /orders:
            post:
              responses: {}
`,
      outcomes: ['Api pass'],
    },
  ],
  invalid: [
    {
      name: 'a POST without validator and an OpenAPI PUT without one',
      template: `Resources:
  Post:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: api
      ResourceId: res
      HttpMethod: POST
      AuthorizationType: AWS_IAM
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        paths:
          /orders/{id}:
            put:
              responses: {}
`,
      errors: [
        { messageId: 'method', line: 2 },
        { messageId: 'operation', line: 16 },
      ],
    },
  ],
};
