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
  ],
  invalid: [
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
