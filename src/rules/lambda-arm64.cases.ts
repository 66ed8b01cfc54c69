import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, resource, samFunction } from './support/case-builders.js';

// A CDK log-retention helper function: the rule leaves such framework helpers alone.
const cdkHelper = resource('LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a', 'AWS::Lambda::Function', 'Runtime: nodejs20.x');

export const cases: RuleCases = {
  valid: [
    { name: 'arm64 through SAM Globals', template: samFunction('', 'Architectures: [arm64]'), outcomes: ['Fn pass'] },
    { name: 'arm64 on the function', template: lambdaFunction('Architectures: [arm64]'), outcomes: ['Fn pass'] },
    { name: 'Architectures from a parameter without default is unknown', template: lambdaFunction('Architectures: !Ref Arch', [], parameters('Arch')), outcomes: ['Fn unknown'] },
    { name: 'one architecture from a parameter is unknown', template: lambdaFunction('Architectures:\n  - !Ref Arch', [], parameters('Arch')), outcomes: ['Fn unknown'] },
    { name: 'a CDK helper function on x86_64 is not applicable', template: lambdaFunction('Architectures: [arm64]', [cdkHelper]), outcomes: ['Fn pass'], notApplicable: ['LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a'] },
  ],
  invalid: [
    {
      name: 'default architecture, and x86_64 written out',
      template: lambdaFunction('', [resource('B', 'AWS::Lambda::Function', 'Architectures:\n  - x86_64')]),
      errors: [
        { messageId: 'x86', line: 2 },
        { messageId: 'x86', line: 9 },
      ],
    },
    { name: 'SAM function without Architectures, reported at the SAM source', template: samFunction(), errors: [{ messageId: 'x86', line: 3 }] },
    { name: 'SAM Globals with x86_64 points at the Globals line', template: samFunction('', 'Architectures: [x86_64]'), errors: [{ messageId: 'x86', line: 4 }] },
  ],
};
