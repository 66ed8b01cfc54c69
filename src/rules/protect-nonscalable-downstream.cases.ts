import type { RuleCases } from './support/cases.js';
import { fn, resource, resources } from './support/case-builders.js';

const cluster = resource('Db', 'AWS::RDS::DBCluster', 'Engine: aurora-postgresql');
const proxy = resource('Proxy', 'AWS::RDS::DBProxy', 'EngineFamily: POSTGRESQL');
/** A function `Fn` reading `host` into `DB_HOST`, with `more` properties (after the environment). */
const user = (host: string, more = ''): string => fn('Fn', `Environment:\n  Variables:\n    DB_HOST: ${host}\n${more}`);
const mapped = (scaling: string): string =>
  resource('Jobs', 'AWS::SQS::Queue') + resource('Map', 'AWS::Lambda::EventSourceMapping', `EventSourceArn: !GetAtt Jobs.Arn\nFunctionName: !Ref Fn\n${scaling}`);

export const cases: RuleCases = {
  valid: [
    { name: 'through an RDS Proxy', template: resources(cluster, proxy, user('!GetAtt Proxy.Endpoint')), outcomes: ['Fn pass'] },
    { name: 'with reserved concurrency', template: resources(cluster, user('!GetAtt Db.Endpoint.Address', 'ReservedConcurrentExecutions: 10')), outcomes: ['Fn pass'] },
    { name: 'fed by a queue whose mapping caps concurrency', template: resources(cluster, user('!GetAtt Db.Endpoint.Address'), mapped('ScalingConfig:\n  MaximumConcurrency: 5')), outcomes: ['Fn pass'] },
    { name: 'a function using no database is not applicable', template: resources(fn('Plain')), notApplicable: ['Plain'], outcomes: [] },
    { name: 'a DynamoDB table scales by itself: not applicable', template: resources(resource('Table', 'AWS::DynamoDB::Table', 'BillingMode: PAY_PER_REQUEST'), user('!Ref Table')), notApplicable: ['Fn'], outcomes: [] },
  ],
  invalid: [
    { name: 'a function straight at the database', template: resources(resource('Db', 'AWS::RDS::DBInstance', 'Engine: mysql'), user('!GetAtt Db.Endpoint.Address')), errors: [{ messageId: 'unprotected', line: 6 }] },
    { name: 'a function at a Redis cache', template: resources(resource('Cache', 'AWS::ElastiCache::ReplicationGroup', 'ReplicationGroupDescription: cache'), user('!GetAtt Cache.PrimaryEndPoint.Address')), errors: [{ messageId: 'unprotected', line: 6 }] },
    { name: 'fed by a queue whose mapping does not cap concurrency', template: resources(cluster, user('!GetAtt Db.Endpoint.Address'), mapped('BatchSize: 5')), errors: [{ messageId: 'unprotected', line: 6 }] },
  ],
};
