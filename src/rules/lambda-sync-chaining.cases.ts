import type { RuleCases } from './support/cases.js';
import { fn, resources, role, stateMachine } from './support/case-builders.js';

const invoke = (target: string): string => `- Effect: Allow\n  Action: lambda:InvokeFunction\n  Resource: ${target}`;
const durable = 'DurableConfig:\n  ExecutionTimeout: 3600';
/** `Worker` (line 2, `worker` lines from line 6), a role `CallerRole` that may invoke it (`roleMore` last), and `Caller` on that role. */
const chain = (worker = '', roleMore = '', target = '!GetAtt Worker.Arn'): string =>
  resources(fn('Worker', worker), role('CallerRole', invoke(target), roleMore), fn('Caller', 'Role: !GetAtt CallerRole.Arn'));

export const cases: RuleCases = {
  valid: [
    { name: 'a state machine is orchestration', template: stateMachine("DefinitionString: '{}'"), outcomes: ['Machine pass'] },
    { name: 'a function invoking nothing is not applicable', template: resources(fn('Alone')), notApplicable: ['Alone'], outcomes: [] },
    {
      name: 'a durable function invoking its steps is orchestration',
      template: chain('', 'ManagedPolicyArns:\n  - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicDurableExecutionRolePolicy'),
      outcomes: ['Caller pass'],
      notApplicable: ['Worker'],
    },
    { name: 'a function that starts a durable function (or calls it back) hands work to a workflow: not applicable', template: chain(durable), notApplicable: ['Caller'], outcomes: ['Worker pass'] },
    { name: 'a role allowed to invoke a function outside the template is not applicable', template: chain('', '', 'arn:aws:lambda:us-east-1:123456789012:function:elsewhere'), notApplicable: ['Worker', 'Caller'], outcomes: [] },
  ],
  invalid: [
    { name: 'a function allowed to invoke another', template: chain(), errors: [{ messageId: 'chains', line: 22 }] },
    { name: 'a role allowed lambda:* on another function', template: chain().replace('lambda:InvokeFunction', "'lambda:*'"), errors: [{ messageId: 'chains', line: 22 }] },
  ],
};
