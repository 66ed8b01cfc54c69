import type { RuleCases } from './support/cases.js';
import { fn, resource, resources, role, samFunction } from './support/case-builders.js';

const onShared = (id: string, properties = ''): string => fn(id, `Role: !GetAtt Shared.Arn\n${properties}`);

export const cases: RuleCases = {
  valid: [
    { name: 'SAM creates a role per function', template: samFunction('', '', [resource('Other', 'AWS::Serverless::Function', 'Runtime: python3.12\nHandler: app.handler\nCodeUri: src/')]), outcomes: ['Fn pass', 'Other pass'] },
    { name: 'each function with its own role', template: resources(role('RoleA'), role('RoleB'), fn('A', 'Role: !GetAtt RoleA.Arn'), fn('B', 'Role: !GetAtt RoleB.Arn')), outcomes: ['A pass', 'B pass'] },
    { name: 'a role given as an ARN is not applicable', template: resources(fn('A', 'Role: arn:aws:iam::123456789012:role/shared')), notApplicable: ['A'], outcomes: [] },
    { name: 'a role from a parameter is not applicable', template: `Parameters:\n  RoleArn:\n    Type: String\n${resources(fn('A', 'Role: !Ref RoleArn'))}`, notApplicable: ['A'], outcomes: [] },
  ],
  invalid: [
    { name: 'two functions on one role', template: resources(role('Shared'), onShared('A'), onShared('B')), errors: [{ messageId: 'shared', line: 15 }, { messageId: 'shared', line: 20 }] },
    { name: 'three functions on one role, one by the GetAtt list form', template: resources(role('Shared'), onShared('A'), onShared('B'), fn('C', 'Role: !GetAtt [Shared, Arn]')), errors: [{ messageId: 'shared', line: 15 }, { messageId: 'shared', line: 20 }, { messageId: 'shared', line: 25 }] },
  ],
};
