import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, samFunction } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    { name: 'no reserved concurrency: not applicable', template: lambdaFunction(), notApplicable: ['Fn'] },
    { name: 'a positive reservation is judged by lambda-burst-capacity, not here', template: lambdaFunction('ReservedConcurrentExecutions: 5'), notApplicable: ['Fn'] },
    { name: 'a reservation from a parameter without default is unknown', template: lambdaFunction('ReservedConcurrentExecutions: !Ref Reserved', [], parameters('Reserved')), outcomes: ['Fn unknown'] },
  ],
  invalid: [
    { name: 'zero disables the function', template: lambdaFunction('ReservedConcurrentExecutions: 0'), errors: [{ messageId: 'disabled', line: 6 }] },
    { name: 'zero written as a string, in SAM', template: samFunction(`ReservedConcurrentExecutions: '0'`), errors: [{ messageId: 'disabled', line: 9 }] },
  ],
};
