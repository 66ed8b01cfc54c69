import type { RuleCases } from './support/cases.js';

/** A REST API `Api` (line 2) whose OpenAPI body has one `POST /orders` operation with this integration (from line 10). */
function bodyApi(integration: string): string {
  const lines = integration.replace(/^\n+|\n+$/g, '').split('\n').map((l) => `                ${l}`).join('\n');
  return `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        paths:
          /orders:
            post:
              x-amazon-apigateway-integration:
${lines}
`;
}

export const cases: RuleCases = {
  valid: [
    {
      name: 'a REST API with API keys on a method',
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: partners
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: res
      HttpMethod: GET
      AuthorizationType: AWS_IAM
      ApiKeyRequired: true
`,
      outcomes: ['Api pass'],
    },
    {
      name: 'a body with a non-proxy AWS integration and a request template (a direct SQS integration)',
      template: bodyApi(`type: aws
httpMethod: POST
uri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders
requestTemplates:
  application/json: Action=SendMessage&MessageBody=$input.body`),
      outcomes: ['Api pass'],
    },
    {
      name: 'a body that invokes a function asynchronously (X-Amz-Invocation-Type)',
      template: bodyApi(`type: aws
httpMethod: POST
uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations
requestParameters:
  integration.request.header.X-Amz-Invocation-Type: "'Event'"`),
      outcomes: ['Api pass'],
    },
    {
      name: 'a body that streams responses (responseTransferMode STREAM)',
      template: bodyApi(`type: aws_proxy
httpMethod: POST
uri: arn:aws:apigateway:us-east-1:lambda:path/2021-11-15/functions/arn:aws:lambda:us-east-1:123456789012:function:f/response-streaming-invocations
responseTransferMode: STREAM`),
      outcomes: ['Api pass'],
    },
    {
      name: 'a body with a mock integration',
      template: bodyApi(`type: mock
requestTemplates:
  application/json: '{"statusCode": 200}'`),
      outcomes: ['Api pass'],
    },
    {
      name: 'a resource policy in the body',
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        x-amazon-apigateway-policy:
          Version: '2012-10-17'
          Statement: []
        paths: {}
`,
      outcomes: ['Api pass'],
    },
    {
      name: 'a SAM API whose body is an include the scan did not read: unknown',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: ./api.yaml
`,
      outcomes: ['Api unknown'],
    },
    {
      name: 'a body kept in S3: unknown',
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      BodyS3Location:
        Bucket: specs
        Key: api.yaml
`,
      outcomes: ['Api unknown'],
    },
  ],
  invalid: [
    {
      name: 'a SAM REST API with only Lambda proxy routes',
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
`,
      errors: [{ messageId: 'couldBeHttp', line: 10 }],
    },
    {
      name: 'a body whose only operation is a Lambda proxy',
      template: bodyApi(`type: aws_proxy
httpMethod: POST
uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations`),
      errors: [{ messageId: 'couldBeHttp', line: 2 }],
    },
  ],
};
