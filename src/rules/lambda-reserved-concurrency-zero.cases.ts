import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, samFunction } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    { name: 'no reserved concurrency: not applicable', template: lambdaFunction(), notApplicable: ['Fn'], outcomes: [] },
    { name: 'a positive reservation is judged by lambda-burst-capacity, not here: not applicable', template: lambdaFunction('ReservedConcurrentExecutions: 5'), notApplicable: ['Fn'], outcomes: [] },
    { name: 'SAM Globals with a positive reservation: not applicable', template: samFunction('', 'ReservedConcurrentExecutions: 10'), notApplicable: ['Fn'], outcomes: [] },
    { name: 'a reservation from a parameter without default is unknown', template: lambdaFunction('ReservedConcurrentExecutions: !Ref Reserved', [], parameters('Reserved')), outcomes: ['Fn unknown'] },
  ],
  invalid: [
    { name: 'zero disables the function', template: lambdaFunction('ReservedConcurrentExecutions: 0'), errors: [{ messageId: 'disabled', line: 6 }] },
    { name: 'zero written as a string, in SAM', template: samFunction(`ReservedConcurrentExecutions: '0'`), errors: [{ messageId: 'disabled', line: 9 }] },
    { name: 'zero in SAM Globals, reported at the Globals line', template: samFunction('', 'ReservedConcurrentExecutions: 0'), errors: [{ messageId: 'disabled', line: 4 }] },
    { name: 'a parameter default of zero decides', template: lambdaFunction('ReservedConcurrentExecutions: !Ref Reserved', [], 'Parameters:\n  Reserved:\n    Type: Number\n    Default: 0\n'), errors: [{ messageId: 'disabled', line: 10 }] },
  ],
};
