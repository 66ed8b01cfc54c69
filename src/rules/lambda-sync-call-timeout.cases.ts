import type { RuleCases } from './support/cases.js';
import { fn, resources, role } from './support/case-builders.js';

const invoke = (target: string): string => `- Effect: Allow\n  Action: lambda:InvokeFunction\n  Resource: ${target}`;
/** `Callee` (line 2, `callee` lines from line 6), a role that may invoke it, and `Caller` using that role (`caller` lines last). */
const template = (caller: string, callee: string, head = ''): string =>
  `${head}${resources(fn('Callee', callee), role('Role', invoke('!GetAtt Callee.Arn')), fn('Caller', `Role: !GetAtt Role.Arn\n${caller}`))}`;

export const cases: RuleCases = {
  valid: [
    { name: 'a caller allowed as long as the callee', template: template('Timeout: 30', 'Timeout: 30'), outcomes: ['Caller pass'], notApplicable: ['Callee'] },
    { name: 'a caller allowed longer than the callee', template: template('Timeout: 60', 'Timeout: 10'), outcomes: ['Caller pass'], notApplicable: ['Callee'] },
    { name: 'both at the 3 s default', template: template('', ''), outcomes: ['Caller pass'], notApplicable: ['Callee'] },
    { name: 'a callee timeout from a parameter without default is unknown', template: template('Timeout: 10', 'Timeout: !Ref CalleeTimeout', 'Parameters:\n  CalleeTimeout:\n    Type: Number\n'), outcomes: ['Caller unknown'], notApplicable: ['Callee'] },
    { name: 'a caller timeout from a parameter without default is unknown', template: template('Timeout: !Ref CallerTimeout', 'Timeout: 10', 'Parameters:\n  CallerTimeout:\n    Type: Number\n'), outcomes: ['Caller unknown'], notApplicable: ['Callee'] },
    { name: 'a durable callee checkpoints and resumes: not applicable', template: template('Timeout: 3', 'Timeout: 900\nDurableConfig:\n  ExecutionTimeout: 3600'), notApplicable: ['Callee', 'Caller'], outcomes: [] },
    { name: 'a function that invokes nothing is not applicable', template: resources(fn('Alone', 'Timeout: 5')), notApplicable: ['Alone'], outcomes: [] },
  ],
  invalid: [
    { name: 'a 10 s caller invoking a 60 s callee', template: template('Timeout: 10', 'Timeout: 60'), errors: [{ messageId: 'shorter', line: 28, resource: 'Caller' }] },
    { name: 'a caller at the default 3 s invoking a 30 s callee points at the function', template: template('', 'Timeout: 30'), errors: [{ messageId: 'shorter', line: 23, resource: 'Caller' }] },
  ],
};
