import type { RuleCases } from './support/cases.js';
import { lambdaFunction, resource, samFunction } from './support/case-builders.js';

const provisioned = resource('Live', 'AWS::Lambda::Alias', "FunctionName: !Ref Fn\nFunctionVersion: '1'\nName: live\nProvisionedConcurrencyConfig:\n  ProvisionedConcurrentExecutions: 2");

export const cases: RuleCases = {
  valid: [
    { name: 'Java with SnapStart', template: lambdaFunction('Runtime: java21\nSnapStart:\n  ApplyOn: PublishedVersions'), outcomes: ['Fn pass'] },
    { name: 'Java with provisioned concurrency on an alias', template: lambdaFunction('Runtime: java17', [provisioned]), outcomes: ['Fn pass'] },
    { name: 'Python with provisioned concurrency supports the practice too', template: lambdaFunction('', [provisioned]), outcomes: ['Fn pass'] },
    { name: 'a SAM Java function with SnapStart in Globals', template: samFunction('Runtime: java21', 'SnapStart:\n  ApplyOn: PublishedVersions'), outcomes: ['Fn pass'] },
    { name: 'Python without either is not applicable', template: lambdaFunction(), notApplicable: ['Fn'], outcomes: [] },
  ],
  invalid: [
    { name: 'Java without SnapStart', template: lambdaFunction('Runtime: java17'), errors: [{ messageId: 'coldStarts', line: 2 }] },
    { name: 'SnapStart set to None does not count', template: lambdaFunction('Runtime: java21\nSnapStart:\n  ApplyOn: None'), errors: [{ messageId: 'coldStarts', line: 2 }] },
    { name: 'a SAM Java function without SnapStart, reported at the SAM source', template: samFunction('Runtime: java21'), errors: [{ messageId: 'coldStarts', line: 3 }] },
  ],
};
