import type { RuleCases } from './support/cases.js';

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
  ],
};
