import type { RuleCases } from './support/cases.js';
import { resource } from './support/case-builders.js';

const distribution = (behavior: string, more: readonly string[] = []): string =>
  `Resources:\n${resource('Cdn', 'AWS::CloudFront::Distribution', `DistributionConfig:\n  Enabled: true\n  DefaultCacheBehavior:\n${behavior.split('\n').map((l) => `    ${l}`).join('\n')}`)}${more.join('')}`;

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
    { name: 'CloudFront with the optimized managed policy caches', template: distribution('TargetOriginId: api\nCachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6'), outcomes: ['Cdn pass'] },
    { name: 'CloudFront on the CachingDisabled policy is not caching (unknown)', template: distribution('TargetOriginId: api\nCachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad'), outcomes: ['Cdn unknown'] },
    {
      name: 'CloudFront with its own cache policy of TTLs 0 is not caching (unknown)',
      template: distribution('TargetOriginId: api\nCachePolicyId: !Ref NoCache', [resource('NoCache', 'AWS::CloudFront::CachePolicy', 'CachePolicyConfig:\n  Name: none\n  MinTTL: 0\n  DefaultTTL: 0\n  MaxTTL: 0')]),
      outcomes: ['Cdn unknown'],
    },
    { name: 'CloudFront legacy settings with TTLs 0 are not caching (unknown)', template: distribution('TargetOriginId: api\nDefaultTTL: 0\nMaxTTL: 0\nForwardedValues:\n  QueryString: true'), outcomes: ['Cdn unknown'] },
    { name: 'CloudFront legacy settings with default TTLs cache', template: distribution('TargetOriginId: api\nForwardedValues:\n  QueryString: false'), outcomes: ['Cdn pass'] },
  ],
  invalid: [],
};
