import type { RuleCases } from './support/cases.js';
import { resource, resources, restStage } from './support/case-builders.js';

const distribution = (behavior: string, more: readonly string[] = []): string =>
  `Resources:\n${resource('Cdn', 'AWS::CloudFront::Distribution', `DistributionConfig:\n  Enabled: true\n  DefaultCacheBehavior:\n${behavior.split('\n').map((l) => `    ${l}`).join('\n')}`)}${more.join('')}`;

export const cases: RuleCases = {
  valid: [
    { name: 'a REST stage with a cache cluster', template: restStage("CacheClusterEnabled: true\nCacheClusterSize: '0.5'"), outcomes: ['Stage pass'] },
    { name: 'a REST stage without cache is unknown (caching may live elsewhere)', template: restStage(), outcomes: ['Stage unknown'] },
    { name: 'a DAX cluster', template: resources(resource('Dax', 'AWS::DAX::Cluster', 'NodeType: dax.t3.small\nReplicationFactor: 1\nIAMRoleARN: arn:aws:iam::123456789012:role/dax')), outcomes: ['Dax pass'] },
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
