import type { RuleCases } from './support/cases.js';
import { definition, samStateMachine, stateMachine } from './support/case-builders.js';

/** A SAM state machine (line 3) whose only state `Charge` (line 9) is a Lambda task with these lines. */
const oneTask = (lines: string): string => samStateMachine(definition(`Charge:\n  Type: Task\n  Resource: arn:aws:states:::lambda:invoke\n  End: true\n${lines.replace(/^/gm, '  ')}`));
const retry = 'Retry:\n  - ErrorEquals: [States.TaskFailed]\n    MaxAttempts: 3';
const catchAll = 'Catch:\n  - ErrorEquals: [States.ALL]\n    Next: Failed';

export const cases: RuleCases = {
  valid: [
    { name: 'a task with Retry in a SAM Definition', template: oneTask(retry), outcomes: ['Machine pass'] },
    { name: 'a task with Catch', template: samStateMachine(definition(`Charge:\n  Type: Task\n  Resource: arn:aws:states:::lambda:invoke\n  End: true\n${catchAll.replace(/^/gm, '  ')}\nFailed:\n  Type: Fail`)), outcomes: ['Machine pass'] },
    { name: 'a machine of Pass and Choice states only has nothing to guard', template: samStateMachine(definition('A:\n  Type: Pass\n  End: true')), outcomes: ['Machine pass'] },
    { name: 'a definition in S3 is unknown', template: stateMachine('DefinitionS3Location:\n  Bucket: defs\n  Key: flow.json'), outcomes: ['Machine unknown'] },
    { name: 'a DefinitionString that is not JSON is unknown', template: stateMachine("DefinitionString: 'not json'"), outcomes: ['Machine unknown'] },
  ],
  invalid: [
    { name: 'a task without Retry or Catch points at its state', template: oneTask(''), errors: [{ messageId: 'unhandled', line: 9 }] },
    { name: 'an empty Retry list does not count', template: oneTask('Retry: []'), errors: [{ messageId: 'unhandled', line: 9 }] },
    {
      name: 'a Map whose iterator task is unguarded: both are reported',
      template: samStateMachine(definition(`Each:\n  Type: Map\n  End: true\n  ItemProcessor:\n    StartAt: Ship\n    States:\n      Ship:\n        Type: Task\n        Resource: arn:aws:states:::lambda:invoke\n        End: true`)),
      errors: [{ messageId: 'unhandled', line: 9 }, { messageId: 'unhandled', line: 15 }],
    },
    {
      name: 'a DefinitionString with an unguarded task inside a Parallel branch',
      template: stateMachine(`DefinitionString: !Sub |
  {
    "StartAt": "Both",
    "States": {
      "Both": {
        "Type": "Parallel",
        "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Failed" }],
        "Branches": [{ "StartAt": "Ship", "States": { "Ship": { "Type": "Task", "Resource": "\${ShipArn}", "End": true } } }],
        "End": true
      },
      "Failed": { "Type": "Fail" }
    }
  }`),
      errors: [{ messageId: 'unhandled', line: 6 }],
    },
  ],
};
