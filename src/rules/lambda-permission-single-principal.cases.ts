import type { RuleCases } from './support/cases.js';
import { lambdaFunction, permission, resource, samEvents, samFunction } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    { name: 'two permissions with the same principal (Ref and GetAtt)', template: lambdaFunction('', [permission('PermA', 'sns.amazonaws.com'), permission('PermB', 'sns.amazonaws.com', '', '!GetAtt Fn.Arn')]), outcomes: ['Fn pass'] },
    { name: 'one permission', template: lambdaFunction('', [permission('Perm', 'events.amazonaws.com')]), outcomes: ['Fn pass'] },
    { name: 'a function without permissions is not applicable', template: lambdaFunction(), notApplicable: ['Fn'], outcomes: [] },
    { name: 'a permission for another function does not count', template: lambdaFunction('', [permission('Perm', 'sns.amazonaws.com', '', 'other-function')]), notApplicable: ['Fn'], outcomes: [] },
    { name: 'a SAM function with one SNS event', template: samFunction(samEvents(['Notify', 'SNS', 'Topic: !Ref Topic']), '', [resource('Topic', 'AWS::SNS::Topic')]), outcomes: ['Fn pass'] },
  ],
  invalid: [
    { name: 'SNS and EventBridge principals on one function', template: lambdaFunction('', [permission('PermA', 'sns.amazonaws.com'), permission('PermB', 'events.amazonaws.com')]), errors: [{ messageId: 'multiple', line: 2 }] },
    { name: 'a service and an account principal', template: lambdaFunction('', [permission('PermA', 'sns.amazonaws.com'), permission('PermB', "'123456789012'", '', '!GetAtt Fn.Arn')]), errors: [{ messageId: 'multiple', line: 2 }] },
    {
      name: 'SAM function with SNS and Schedule events',
      template: samFunction(samEvents(['Notify', 'SNS', 'Topic: !Ref Topic'], ['Nightly', 'Schedule', 'Schedule: rate(1 day)']), '', [resource('Topic', 'AWS::SNS::Topic')]),
      errors: [{ messageId: 'multiple', line: 3 }],
    },
  ],
};
