import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a cached stage, a stage without cache, and a DAX cluster',
      template: `Resources:
  Cached:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: api
      CacheClusterEnabled: true
      CacheClusterSize: '0.5'
  Plain:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: api
  Dax:
    Type: AWS::DAX::Cluster
    Properties:
      NodeType: dax.t3.small
      ReplicationFactor: 1
      IAMRoleARN: arn:aws:iam::123456789012:role/dax
`,
      outcomes: ['Cached pass', 'Plain unknown', 'Dax pass'],
    },
  ],
  invalid: [],
};
