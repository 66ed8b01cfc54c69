import type { RuleCases } from './support/cases.js';
import { parameters, resource, samFunction } from './support/case-builders.js';

// The runtime sits on line 6, after the handler, so findings point there.
const fn = (runtime: string, head = ''): string => `${head}Resources:\n${resource('Fn', 'AWS::Lambda::Function', `Handler: index.handler\nRuntime: ${runtime}`)}`;
const samGlobalsRuntime = (runtime: string): string =>
  `Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n    Runtime: ${runtime}\nResources:\n${resource('Fn', 'AWS::Serverless::Function', 'Handler: app.handler\nCodeUri: src/')}`;

export const cases: RuleCases = {
  valid: [
    { name: 'supported runtime', template: fn('python3.13'), outcomes: ['Fn pass'] },
    { name: 'nodejs22.x is fine long before its date', template: fn('nodejs22.x'), today: '2026-01-01', outcomes: ['Fn pass'] },
    {
      name: 'container image functions have no runtime: not applicable',
      template: `Resources:\n${resource('Fn', 'AWS::Lambda::Function', 'PackageType: Image\nCode:\n  ImageUri: 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest')}`,
      notApplicable: ['Fn'],
    },
    { name: 'a function without a Runtime is not applicable', template: `Resources:\n${resource('Fn', 'AWS::Lambda::Function', 'Handler: index.handler')}`, notApplicable: ['Fn'] },
    { name: 'a runtime the table does not know is unknown, not judged', template: fn('nodejs99.x'), outcomes: ['Fn unknown'] },
    { name: 'runtime from a parameter without default is unknown', template: fn('!Ref Runtime', parameters('Runtime')), outcomes: ['Fn unknown'] },
    { name: 'a runtime chosen by a condition is unknown', template: fn('!If [Prod, python3.13, python3.12]', 'Conditions:\n  Prod: !Equals [!Ref AWS::Region, eu-west-1]\n'), outcomes: ['Fn unknown'] },
    { name: 'a SAM function with a supported runtime', template: samFunction(), outcomes: ['Fn pass'] },
  ],
  invalid: [
    { name: 'updates blocked', template: fn('python2.7'), errors: [{ messageId: 'blocked', line: 6, severity: 'error' }] },
    { name: 'deprecated, updates still possible', template: fn('nodejs18.x'), errors: [{ messageId: 'deprecated', line: 6, severity: 'warning' }] },
    { name: 'deprecated on the scan date itself', template: fn('dotnet8'), today: '2026-11-10', errors: [{ messageId: 'deprecated', line: 6, severity: 'warning' }] },
    { name: 'deprecated within 180 days', template: fn('nodejs22.x'), errors: [{ messageId: 'soon', line: 6, severity: 'info' }] },
    { name: 'the same runtime is blocked later', template: fn('nodejs20.x'), today: '2027-03-03', errors: [{ messageId: 'blocked', line: 6, severity: 'error' }] },
    { name: 'SAM Globals runtime', template: samGlobalsRuntime('python3.9'), errors: [{ messageId: 'deprecated', line: 4 }] },
    { name: 'a runtime string no Lambda runtime has (a typo) is an error', template: fn('provided.al2023023'), errors: [{ messageId: 'unknownRuntime', line: 6, severity: 'error' }] },
    { name: 'a capitalised runtime is not a Lambda runtime either', template: fn('Python3.12'), errors: [{ messageId: 'unknownRuntime', line: 6, severity: 'error' }] },
    { name: 'a parameter default decides: python3.9', template: fn('!Ref Runtime', 'Parameters:\n  Runtime:\n    Type: String\n    Default: python3.9\n'), errors: [{ messageId: 'deprecated', line: 10 }] },
  ],
};
