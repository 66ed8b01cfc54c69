import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a regional API, and a private API with a policy (SAM)',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Public:
    Type: AWS::ApiGateway::RestApi
    Properties:
      EndpointConfiguration:
        Types: [REGIONAL]
  Internal:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      EndpointConfiguration:
        Type: PRIVATE
        VPCEndpointIds: [vpce-1234]
      Auth:
        ResourcePolicy:
          SourceVpcWhitelist: [vpc-1234]
`,
    },
    {
      name: 'a private API whose resource policy is in its OpenAPI body (x-amazon-apigateway-policy)',
      template: `Resources:
  Internal:
    Type: AWS::ApiGateway::RestApi
    Properties:
      EndpointConfiguration:
        Types: [PRIVATE]
      Body:
        openapi: 3.0.1
        x-amazon-apigateway-policy:
          Version: '2012-10-17'
          Statement:
            - Effect: Allow
              Principal: '*'
              Action: execute-api:Invoke
              Resource: execute-api:/*
              Condition:
                StringEquals:
                  aws:SourceVpce: vpce-1234
        paths: {}
`,
      outcomes: ['Internal pass'],
    },
    {
      name: 'a private SAM API whose body is an include the scan did not read: unknown, never a finding',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Internal:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      EndpointConfiguration:
        Type: PRIVATE
      DefinitionBody:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: s3://bucket/api.yaml
`,
      outcomes: ['Internal unknown'],
    },
    {
      name: 'a private API defined by an OpenAPI document in S3: unknown',
      template: `Resources:
  Internal:
    Type: AWS::ApiGateway::RestApi
    Properties:
      EndpointConfiguration:
        Types: [PRIVATE]
      BodyS3Location:
        Bucket: specs
        Key: api.yaml
`,
      outcomes: ['Internal unknown'],
    },
    {
      name: 'an endpoint type from a parameter without default: unknown',
      template: `Parameters:
  Kind:
    Type: String
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      EndpointConfiguration:
        Types: [!Ref Kind]
`,
      outcomes: ['Api unknown'],
    },
  ],
  invalid: [
    {
      name: 'a private API whose inline body has no policy either',
      template: `Resources:
  Internal:
    Type: AWS::ApiGateway::RestApi
    Properties:
      EndpointConfiguration:
        Types: [PRIVATE]
      Body:
        openapi: 3.0.1
        paths: {}
`,
      errors: [{ messageId: 'privateNoPolicy', line: 5 }],
    },
    {
      name: 'default edge-optimized, and private without a policy',
      template: `Resources:
  Edge:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: edge
  Internal:
    Type: AWS::ApiGateway::RestApi
    Properties:
      EndpointConfiguration:
        Types: [PRIVATE]
`,
      errors: [
        { messageId: 'implicitEdge', line: 2, severity: 'info' },
        { messageId: 'privateNoPolicy', line: 9, severity: 'warning' },
      ],
    },
  ],
};
