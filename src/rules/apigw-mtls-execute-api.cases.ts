import type { RuleCases } from './support/cases.js';
import { parameters, resource, resources, samApi } from './support/case-builders.js';

const mtls = 'MutualTlsAuthentication:\n  TruststoreUri: s3://bucket/truststore.pem';
/** A REST API `Api` (line 2, `properties` from line 5), an mTLS domain `Domain` and a base path mapping between them. */
const restBehindDomain = (properties: string, head = ''): string =>
  `${head}${resources(
    resource('Api', 'AWS::ApiGateway::RestApi', properties),
    resource('Domain', 'AWS::ApiGateway::DomainName', `DomainName: api.example.com\n${mtls}`),
    resource('Mapping', 'AWS::ApiGateway::BasePathMapping', 'DomainName: !Ref Domain\nRestApiId: !Ref Api'),
  )}`;
const plainDomain = resource('Plain', 'AWS::ApiGateway::DomainName', 'DomainName: www.example.com');

export const cases: RuleCases = {
  valid: [
    { name: 'the mapped API disables execute-api', template: restBehindDomain('DisableExecuteApiEndpoint: true'), outcomes: ['Domain pass'] },
    { name: "DisableExecuteApiEndpoint written as the string 'true'", template: restBehindDomain("DisableExecuteApiEndpoint: 'true'"), outcomes: ['Domain pass'] },
    { name: 'a domain without mTLS is not applicable', template: resources(plainDomain), notApplicable: ['Plain'], outcomes: [] },
    { name: 'an mTLS domain no API of the template is mapped to is unknown', template: resources(resource('Domain', 'AWS::ApiGateway::DomainName', `DomainName: api.example.com\n${mtls}`)), outcomes: ['Domain unknown'] },
    { name: 'DisableExecuteApiEndpoint from a parameter without default is unknown', template: restBehindDomain('DisableExecuteApiEndpoint: !Ref Off', parameters('Off')), outcomes: ['Domain unknown'] },
    { name: 'a SAM API with an mTLS Domain that disables execute-api', template: samApi(`DisableExecuteApiEndpoint: true\nDomain:\n  DomainName: api.example.com\n  CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/abc\n${mtls.replace(/^/gm, '  ')}`), outcomes: ['ApiDomainName pass'] },
  ],
  invalid: [
    { name: 'a REST API mapped to an mTLS domain keeps its default endpoint', template: restBehindDomain('Name: orders'), errors: [{ messageId: 'bypass', line: 6 }] },
    { name: 'DisableExecuteApiEndpoint false', template: restBehindDomain('DisableExecuteApiEndpoint: false'), errors: [{ messageId: 'bypass', line: 6 }] },
    {
      name: 'an HTTP API mapped to an mTLS domain keeps its default endpoint',
      template: resources(
        resource('Api', 'AWS::ApiGatewayV2::Api', 'ProtocolType: HTTP'),
        resource('Domain', 'AWS::ApiGatewayV2::DomainName', `DomainName: api.example.com\n${mtls}`),
        resource('Mapping', 'AWS::ApiGatewayV2::ApiMapping', 'DomainName: !Ref Domain\nApiId: !Ref Api\nStage: $default'),
      ),
      errors: [{ messageId: 'bypass', line: 6 }],
    },
  ],
};
