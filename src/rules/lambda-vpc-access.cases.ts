import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, resource } from './support/case-builders.js';

const dbHost = 'Environment:\n  Variables:\n    DB_HOST: !GetAtt Db.Endpoint.Address';
const vpcConfig = 'VpcConfig:\n  SubnetIds: [subnet-1, subnet-2]\n  SecurityGroupIds: [sg-1]';
const instance = resource('Db', 'AWS::RDS::DBInstance', 'Engine: postgres');
const cluster = resource('Db', 'AWS::RDS::DBCluster', 'Engine: aurora-postgresql');
const helperId = 'LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a function in the VPC; a function that needs none is not applicable',
      template: lambdaFunction(`${vpcConfig}\n${dbHost}`, [instance, resource('Plain', 'AWS::Lambda::Function', 'Runtime: python3.13')]),
      outcomes: ['Fn pass'],
      notApplicable: ['Plain'],
    },
    { name: 'a function without VpcConfig that uses nothing VPC-only is not applicable', template: lambdaFunction('Timeout: 10'), notApplicable: ['Fn'] },
    { name: 'VpcConfig from a parameter without default is unknown', template: lambdaFunction(`VpcConfig: !Ref Vpc\n${dbHost}`, [cluster], parameters('Vpc')), outcomes: ['Fn unknown'] },
    { name: 'a cache reached from inside the VPC passes', template: lambdaFunction(`${vpcConfig}\nEnvironment:\n  Variables:\n    CACHE: !GetAtt Cache.PrimaryEndPoint.Address`, [resource('Cache', 'AWS::ElastiCache::ReplicationGroup', 'ReplicationGroupDescription: cache')]), outcomes: ['Fn pass'] },
    { name: 'a CDK helper function is not applicable', template: lambdaFunction(`${vpcConfig}\n${dbHost}`, [instance, resource(helperId, 'AWS::Lambda::Function', dbHost)]), outcomes: ['Fn pass'], notApplicable: [helperId] },
  ],
  invalid: [
    { name: 'a function using a database endpoint without VpcConfig', template: lambdaFunction(dbHost, [cluster]), errors: [{ messageId: 'outside', line: 2 }] },
    { name: 'subnets without security groups are not a VPC attachment', template: lambdaFunction(`VpcConfig:\n  SubnetIds: [subnet-1]\n${dbHost}`, [instance]), errors: [{ messageId: 'outside', line: 2 }] },
    { name: 'a file system reached without VpcConfig', template: lambdaFunction('Environment:\n  Variables:\n    FS_ID: !Ref Files', [resource('Files', 'AWS::EFS::FileSystem')]), errors: [{ messageId: 'outside', line: 2 }] },
  ],
};
