import type { RuleCases } from './support/cases.js';
import { includedBody, openApi, parameters, restApi, samApi } from './support/case-builders.js';

const privateApi = 'EndpointConfiguration:\n  Types: [PRIVATE]';
const vpcePolicy = `x-amazon-apigateway-policy:
  Version: '2012-10-17'
  Statement:
    - Effect: Allow
      Principal: '*'
      Action: execute-api:Invoke
      Resource: execute-api:/*
      Condition:
        StringEquals:
          aws:SourceVpce: vpce-1234`;

export const cases: RuleCases = {
  valid: [
    { name: 'a regional API', template: restApi('EndpointConfiguration:\n  Types: [REGIONAL]'), outcomes: ['Api pass'] },
    { name: 'an edge-optimized API chosen explicitly', template: restApi('EndpointConfiguration:\n  Types: [EDGE]'), outcomes: ['Api pass'] },
    { name: 'a private API with a resource policy property', template: restApi(`${privateApi}\nPolicy:\n  Statement: []`), outcomes: ['Api pass'] },
    { name: 'a private SAM API with a VPC allow-list', template: samApi('EndpointConfiguration:\n  Type: PRIVATE\n  VPCEndpointIds: [vpce-1234]\nAuth:\n  ResourcePolicy:\n    SourceVpcWhitelist: [vpc-1234]'), outcomes: ['Api pass'] },
    { name: 'a private API whose resource policy is in its OpenAPI body', template: restApi(`${privateApi}\n${openApi('', vpcePolicy)}`), outcomes: ['Api pass'] },
    { name: 'a private SAM API whose body is an include the scan did not read: unknown', template: samApi(`EndpointConfiguration:\n  Type: PRIVATE\n${includedBody('s3://bucket/api.yaml')}`), outcomes: ['Api unknown'] },
    { name: 'a private API defined by an OpenAPI document in S3: unknown', template: restApi(`${privateApi}\nBodyS3Location:\n  Bucket: specs\n  Key: api.yaml`), outcomes: ['Api unknown'] },
    { name: 'an endpoint type from a parameter without default: unknown', template: restApi('EndpointConfiguration:\n  Types: [!Ref Kind]', [], parameters('Kind')), outcomes: ['Api unknown'] },
  ],
  invalid: [
    { name: 'no EndpointConfiguration: edge-optimized by default (info)', template: restApi('Name: edge'), errors: [{ messageId: 'implicitEdge', line: 2, severity: 'info' }] },
    { name: 'a private API without a policy points at its endpoint configuration', template: restApi(privateApi), errors: [{ messageId: 'privateNoPolicy', line: 5, severity: 'warning' }] },
    { name: 'a private API whose inline body has no policy either', template: restApi(`${privateApi}\n${openApi('')}`), errors: [{ messageId: 'privateNoPolicy', line: 5 }] },
    { name: 'a private SAM API without a policy', template: samApi('EndpointConfiguration:\n  Type: PRIVATE'), errors: [{ messageId: 'privateNoPolicy', line: 7 }] },
  ],
};
