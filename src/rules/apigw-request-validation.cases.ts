import type { RuleCases } from './support/cases.js';

/** A SAM function with a POST taking a RequestModel (its validation line given) and a GET. */
const samOrders = (validation: string): string => `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/
      Events:
        Create:
          Type: Api
          Properties:
            Path: /orders
            Method: post
            RequestModel:
              Model: Order
              Required: true
${validation}
        List:
          Type: Api
          Properties:
            Path: /orders
            Method: get
`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a validator that checks the body; GET is not judged',
      notApplicable: ['Get'],
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
    {
      name: 'SAM: RequestModel with ValidateBody gives the method a validator (a GET takes no body)',
      template: samOrders('              ValidateBody: true'),
      outcomes: ['FnCreateMethod pass'],
    },
    {
      name: 'a body in an include the scan did not read, and a body kept in S3: unknown',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Included:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: ./api.yaml
  InS3:
    Type: AWS::ApiGateway::RestApi
    Properties:
      BodyS3Location: s3://specs/api.yaml
`,
      outcomes: ['Included unknown', 'InS3 unknown'],
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
    {
      name: 'SAM: RequestModel validating parameters only leaves the body unchecked',
      template: samOrders('              ValidateParameters: true'),
      errors: [{ messageId: 'bodyOff', line: 15 }],
    },
  ],
};
