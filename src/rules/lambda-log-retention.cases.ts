import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, resource, samFunction } from './support/case-builders.js';

const logs = (properties: string, id = 'FnLogs'): string => resource(id, 'AWS::Logs::LogGroup', properties);
const subName = 'LogGroupName: !Sub /aws/lambda/${Fn}';

export const cases: RuleCases = {
  valid: [
    { name: 'log group named with Sub of the function', template: lambdaFunction('', [logs(`${subName}\nRetentionInDays: 14`)]), outcomes: ['Fn pass'] },
    { name: 'literal names on both sides', template: lambdaFunction('FunctionName: orders-api', [logs('LogGroupName: /aws/lambda/orders-api\nRetentionInDays: 30')]), outcomes: ['Fn pass'] },
    {
      name: 'LoggingConfig.LogGroup pointing at a retained log group',
      template: lambdaFunction('LoggingConfig:\n  LogGroup: !Ref AppLogs\n  LogFormat: JSON', [logs('RetentionInDays: 7', 'AppLogs')]),
      outcomes: ['Fn pass'],
    },
    { name: 'Join of the function name', template: lambdaFunction('', [logs("LogGroupName: !Join ['', ['/aws/lambda/', !Ref Fn]]\nRetentionInDays: 14")]), outcomes: ['Fn pass'] },
    { name: 'retention from a parameter counts as set', template: lambdaFunction('', [logs(`${subName}\nRetentionInDays: !Ref Days`)], parameters('Days')), outcomes: ['Fn pass'] },
    { name: 'a SAM function with its log group', template: samFunction('', '', [logs(`${subName}\nRetentionInDays: 14`)]), outcomes: ['Fn pass'] },
    { name: 'a log group outside the template is unknown', template: lambdaFunction('LoggingConfig:\n  LogGroup: /shared/app-logs'), outcomes: ['Fn unknown'] },
    { name: 'a log group from a parameter is unknown', template: lambdaFunction('LoggingConfig:\n  LogGroup: !Ref Group', [], parameters('Group')), outcomes: ['Fn unknown'] },
    { name: 'a log group without RetentionInDays is reported by log-group-retention, once', template: lambdaFunction('', [logs(subName)]), notApplicable: ['Fn'] },
  ],
  invalid: [
    { name: 'no log group at all', template: lambdaFunction(), errors: [{ messageId: 'noLogGroup', line: 2 }] },
    { name: "a log group named for another function is not this one's", template: lambdaFunction('FunctionName: orders-api', [logs('LogGroupName: /aws/lambda/billing\nRetentionInDays: 30')]), errors: [{ messageId: 'noLogGroup', line: 2 }] },
  ],
};
