import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'the mapped API disables execute-api; a domain without mTLS is not judged',
      notApplicable: ['Plain'],
      template: `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      DisableExecuteApiEndpoint: true
      EndpointConfiguration:
        Types: [REGIONAL]
  Domain:
    Type: AWS::ApiGateway::DomainName
    Properties:
      DomainName: api.example.com
      MutualTlsAuthentication:
        TruststoreUri: s3://bucket/truststore.pem
  Mapping:
    Type: AWS::ApiGateway::BasePathMapping
    Properties:
      DomainName: !Ref Domain
      RestApiId: !Ref Api
  Plain:
    Type: AWS::ApiGateway::DomainName
    Properties:
      DomainName: www.example.com
`,
      outcomes: ['Domain pass'],
    },
  ],
  invalid: [
    {
      name: 'an HTTP API mapped to an mTLS domain keeps its default endpoint',
      template: `Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      ProtocolType: HTTP
  Domain:
    Type: AWS::ApiGatewayV2::DomainName
    Properties:
      DomainName: api.example.com
      MutualTlsAuthentication:
        TruststoreUri: s3://bucket/truststore.pem
  Mapping:
    Type: AWS::ApiGatewayV2::ApiMapping
    Properties:
      DomainName: !Ref Domain
      ApiId: !Ref Api
      Stage: $default
`,
      errors: [{ messageId: 'bypass', line: 6 }],
    },
  ],
};
