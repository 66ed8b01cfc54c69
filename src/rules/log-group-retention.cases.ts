import type { RuleCases } from './support/cases.js';
import { framework, logGroup, resource, samFunction } from './support/case-builders.js';

/** A `Parameters` and `Conditions` head (5 lines) with a condition `Short` the template cannot decide. */
const CONDITION = "Parameters:\n  Env:\n    Type: String\nConditions:\n  Short: !Equals [!Ref Env, dev]\n";

export const cases: RuleCases = {
  valid: [
    { name: 'retention set', template: logGroup('RetentionInDays: 14'), outcomes: ['Logs pass'] },
    { name: 'retention from a Number parameter with a default', template: logGroup('RetentionInDays: !Ref Days', [], 'Parameters:\n  Days:\n    Type: Number\n    Default: 30\n'), outcomes: ['Logs pass'] },
    { name: 'retention from a Number parameter without default is unknown', template: logGroup('RetentionInDays: !Ref Days', [], 'Parameters:\n  Days:\n    Type: Number\n'), outcomes: ['Logs unknown'] },
    { name: 'retention in one branch of Fn::If, AWS::NoValue in the other, is unknown', template: logGroup('RetentionInDays: !If [Short, 14, !Ref AWS::NoValue]', [], CONDITION), outcomes: ['Logs unknown'] },
    { name: 'retention in both branches of Fn::If passes', template: logGroup('RetentionInDays: !If [Short, 14, 90]', [], CONDITION), outcomes: ['Logs pass'] },
    { name: 'a nested Fn::If that removes retention in an inner branch is unknown', template: logGroup('RetentionInDays: !If [Short, 14, !If [Short, !Ref AWS::NoValue, 90]]', [], CONDITION), outcomes: ['Logs unknown'] },
    { name: 'a function log group beside a SAM function', template: samFunction('', '', [resource('Logs', 'AWS::Logs::LogGroup', 'LogGroupName: !Sub /aws/lambda/${Fn}\nRetentionInDays: 30')]), outcomes: ['Logs pass'] },
    { name: 'Serverless Framework logRetentionInDays reaches the log group it makes for a function', template: framework('logRetentionInDays: 14'), outcomes: ['CreateLogGroup pass'] },
    { name: 'a template without log groups has no answer', template: samFunction(), outcomes: [] },
  ],
  invalid: [
    { name: 'an access log group without retention', template: logGroup('LogGroupName: /api/access'), errors: [{ messageId: 'forever', line: 2 }] },
    { name: 'a Serverless Framework function without logRetentionInDays, reported at the function', template: framework(), errors: [{ messageId: 'forever', line: 6 }] },
    { name: 'both branches of Fn::If remove retention', template: logGroup('RetentionInDays: !If [Short, !Ref AWS::NoValue, !Ref AWS::NoValue]', [], CONDITION), errors: [{ messageId: 'forever', line: 7 }] },
    { name: 'a log group without properties', template: logGroup(), errors: [{ messageId: 'forever', line: 2 }] },
    { name: 'a retention of 0 (never expire, as Terraform writes it)', template: logGroup('RetentionInDays: 0'), errors: [{ messageId: 'forever', line: 2 }] },
    { name: 'each log group is judged: one of two lacks retention', template: logGroup('RetentionInDays: 7', [resource('Other', 'AWS::Logs::LogGroup', 'LogGroupName: other')]), errors: [{ messageId: 'forever', line: 6, resource: 'Other' }] },
  ],
};
