import type { RuleCases } from './support/cases.js';
import { framework, logGroup, resource, samFunction } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    { name: 'retention set', template: logGroup('RetentionInDays: 14'), outcomes: ['Logs pass'] },
    { name: 'retention from a Number parameter', template: logGroup('RetentionInDays: !Ref Days', [], 'Parameters:\n  Days:\n    Type: Number\n'), outcomes: ['Logs pass'] },
    { name: 'a function log group beside a SAM function', template: samFunction('', '', [resource('Logs', 'AWS::Logs::LogGroup', 'LogGroupName: !Sub /aws/lambda/${Fn}\nRetentionInDays: 30')]), outcomes: ['Logs pass'] },
    { name: 'Serverless Framework logRetentionInDays reaches the log group it makes for a function', template: framework('logRetentionInDays: 14'), outcomes: ['CreateLogGroup pass'] },
    { name: 'a template without log groups has no answer', template: samFunction(), outcomes: [] },
  ],
  invalid: [
    { name: 'an access log group without retention', template: logGroup('LogGroupName: /api/access'), errors: [{ messageId: 'forever', line: 2 }] },
    { name: 'a Serverless Framework function without logRetentionInDays, reported at the function', template: framework(), errors: [{ messageId: 'forever', line: 6 }] },
    { name: 'a log group without properties', template: logGroup(), errors: [{ messageId: 'forever', line: 2 }] },
    { name: 'each log group is judged: one of two lacks retention', template: logGroup('RetentionInDays: 7', [resource('Other', 'AWS::Logs::LogGroup', 'LogGroupName: other')]), errors: [{ messageId: 'forever', line: 6, resource: 'Other' }] },
  ],
};
