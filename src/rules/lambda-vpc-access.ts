// Functions that reach VPC-only resources run in the VPC (subnets and security groups).
import type { Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { isFrameworkHelper, referencedResources } from './support/function-facts.js';
import { isPresent, isUnresolved, valueAt } from '../iac/values.js';

/** Resources only reachable from inside a VPC. */
const VPC_ONLY = new Set([
  'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::RDS::DBProxy', 'AWS::RDS::DBProxyEndpoint',
  'AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::ServerlessCache',
  'AWS::MemoryDB::Cluster', 'AWS::DocDB::DBCluster', 'AWS::DocDB::DBInstance', 'AWS::Neptune::DBCluster',
  'AWS::EFS::AccessPoint', 'AWS::EFS::FileSystem', 'AWS::MSK::Cluster', 'AWS::DAX::Cluster',
]);

export const lambdaVpcAccess: Rule = {
  id: 'lambda-vpc-access',
  title: { en: 'Functions that reach private resources run in the VPC', ja: 'プライベートなリソースにアクセスする関数は VPC 内で実行' },
  severity: 'error',
  lens: { pillar: 'security', question: 'SEC2', choice: 'sec2_network_controls' },
  aliases: ['CKV_AWS_117'],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    outside: {
      en: 'Function {resource} uses {target}, which is only reachable inside a VPC, but has no VpcConfig with subnets and security groups.',
      ja: '関数 {resource} は VPC 内からしか到達できない {target} を使っていますが、サブネットとセキュリティグループを指定した VpcConfig がありません。',
    },
  },
  docs: {
    description: {
      en: 'A function with `VpcConfig` (subnets and security groups) passes: its traffic is under network controls. A function that references a VPC-only resource (RDS, ElastiCache, MemoryDB, DocumentDB, Neptune, EFS, MSK, DAX) without one fails. Other functions are not judged: a function that only calls AWS APIs does not need a VPC.',
      ja: '`VpcConfig`（サブネットとセキュリティグループ）を持つ関数は、通信がネットワークの制御下にあるため合格です。VPC 内でしか使えないリソース（RDS、ElastiCache、MemoryDB、DocumentDB、Neptune、EFS、MSK、DAX）を参照しているのに VpcConfig のない関数は不合格です。それ以外の関数は判定しません。AWS の API だけを呼ぶ関数に VPC は不要です。',
    },
    rationale: {
      en: 'Security groups and private subnets are how the network limits who talks to a database; a function outside the VPC cannot reach it, or forces the database to be public.',
      ja: 'セキュリティグループとプライベートサブネットによって、データベースと通信できる相手をネットワークで制限します。VPC の外の関数はデータベースに到達できないか、データベースを公開させることになります。',
    },
    fix: { en: 'Add `VpcConfig: { SubnetIds: [...private subnets], SecurityGroupIds: [...] }` and allow the function\'s security group in the database\'s.', ja: '`VpcConfig: { SubnetIds: [プライベートサブネット], SecurityGroupIds: [...] }` を追加し、データベースのセキュリティグループで関数のセキュリティグループを許可します。' },
    differences: {
      en: 'Unlike CKV_AWS_117, functions that need no VPC are not asked to join one.',
      ja: 'CKV_AWS_117 と異なり、VPC を必要としない関数に VPC への参加を求めません。',
    },
    links: [{ title: 'Giving Lambda functions access to resources in an Amazon VPC', url: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html' }],
  },
  check(resource, { graph }) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    const vpc = resource.properties['VpcConfig'];
    if (isUnresolved(vpc)) return unknown(['VpcConfig']);
    if (isPresent(valueAt(vpc, ['SubnetIds'])) && isPresent(valueAt(vpc, ['SecurityGroupIds']))) return PASS;
    const target = referencedResources(resource, graph).find((r) => VPC_ONLY.has(r.type));
    return target ? fail('outside', { target: `${target.logicalId} (${target.type})` }) : NOT_APPLICABLE;
  },
};
