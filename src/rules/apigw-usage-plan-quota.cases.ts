import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a keyed API covered by a plan with quota and throttle',
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: orders
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: res
      HttpMethod: GET
      AuthorizationType: AWS_IAM
      ApiKeyRequired: true
  Plan:
    Type: AWS::ApiGateway::UsagePlan
    Properties:
      ApiStages:
        - ApiId: !Ref Api
          Stage: prod
      Quota:
        Limit: 10000
        Period: DAY
      Throttle:
        RateLimit: 50
        BurstLimit: 100
`,
      outcomes: ['Api pass', 'Plan pass'],
    },
  ],
  invalid: [
    {
      name: 'keys without a plan, and a plan without a quota',
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: orders
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: res
      HttpMethod: GET
      ApiKeyRequired: true
  Plan:
    Type: AWS::ApiGateway::UsagePlan
    Properties:
      Throttle:
        RateLimit: 50
`,
      errors: [
        { messageId: 'noPlan', line: 2 },
        { messageId: 'noLimits', line: 13 },
      ],
    },
    {
      name: 'API keys required by the OpenAPI body (an apiKey security scheme) and no usage plan',
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        components:
          securitySchemes:
            api_key:
              type: apiKey
              name: x-api-key
              in: header
        paths:
          /orders:
            get:
              security:
                - api_key: []
`,
      errors: [{ messageId: 'noPlan', line: 2 }],
    },
  ],
};
