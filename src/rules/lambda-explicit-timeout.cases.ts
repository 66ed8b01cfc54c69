import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, resource, samFunction } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    { name: 'Timeout set', template: lambdaFunction('Timeout: 10'), outcomes: ['Fn pass'] },
    { name: 'SAM Globals Timeout', template: samFunction('', 'Timeout: 29'), outcomes: ['Fn pass'] },
    { name: 'SAM function sets Timeout itself', template: samFunction('Timeout: 15'), outcomes: ['Fn pass'] },
    { name: 'Timeout from a parameter counts as set', template: lambdaFunction('Timeout: !Ref Seconds', [], parameters('Seconds')), outcomes: ['Fn pass'] },
    { name: 'Timeout chosen by a condition counts as set', template: `Conditions:\n  Prod: !Equals [!Ref AWS::Region, eu-west-1]\n${lambdaFunction('Timeout: !If [Prod, 30, 10]')}`, outcomes: ['Fn pass'] },
  ],
  invalid: [
    { name: 'no Timeout', template: lambdaFunction('MemorySize: 256'), errors: [{ messageId: 'missing', line: 2 }] },
    { name: 'two functions, one without Timeout', template: lambdaFunction('Timeout: 5', [resource('Bad', 'AWS::Lambda::Function', 'MemorySize: 256')]), errors: [{ messageId: 'missing', line: 7, resource: 'Bad' }] },
    { name: 'SAM function without Timeout, reported at the SAM source', template: samFunction('MemorySize: 256'), errors: [{ messageId: 'missing', line: 3 }] },
    { name: 'Globals that set only MemorySize do not set Timeout', template: samFunction('', 'MemorySize: 512'), errors: [{ messageId: 'missing', line: 6 }] },
  ],
};
