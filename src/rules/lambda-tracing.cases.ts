import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, samFunction } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    { name: 'active tracing', template: lambdaFunction('TracingConfig:\n  Mode: Active'), outcomes: ['Fn pass'] },
    { name: 'SAM Globals set Tracing: Active', template: samFunction('', 'Tracing: Active'), outcomes: ['Fn pass'] },
    { name: 'SAM function sets Tracing: Active itself', template: samFunction('Tracing: Active'), outcomes: ['Fn pass'] },
    { name: 'mode from a parameter without default is unknown, not a finding', template: lambdaFunction('TracingConfig:\n  Mode: !Ref Mode', [], parameters('Mode')), outcomes: ['Fn unknown'] },
    { name: 'a whole TracingConfig from a parameter is unknown', template: lambdaFunction('TracingConfig: !Ref Config', [], parameters('Config')), outcomes: ['Fn unknown'] },
    { name: 'a mode chosen by a condition is unknown', template: `Conditions:\n  Prod: !Equals [!Ref AWS::Region, eu-west-1]\n${lambdaFunction('TracingConfig:\n  Mode: !If [Prod, Active, PassThrough]')}`, outcomes: ['Fn unknown'] },
  ],
  invalid: [
    { name: 'no TracingConfig', template: lambdaFunction(), errors: [{ messageId: 'missing', line: 2 }] },
    { name: 'PassThrough mode points at the property', template: lambdaFunction('TracingConfig:\n  Mode: PassThrough'), errors: [{ messageId: 'notActive', line: 7 }] },
    { name: 'SAM function without Tracing, reported at the SAM source', template: samFunction(), errors: [{ messageId: 'missing', line: 3 }] },
    { name: 'SAM Globals with PassThrough points at the Globals line', template: samFunction('', 'Tracing: PassThrough'), errors: [{ messageId: 'notActive', line: 4 }] },
    { name: 'a parameter default decides: PassThrough', template: lambdaFunction('TracingConfig:\n  Mode: !Ref Mode', [], 'Parameters:\n  Mode:\n    Type: String\n    Default: PassThrough\n'), errors: [{ messageId: 'notActive', line: 11 }] },
  ],
};
