import type { RuleCases } from './support/cases.js';
import { eventRule, parameters, resource, samEvents, samFunction } from './support/case-builders.js';

/** A scheduled rule `Rule` (line 2) whose `Targets` list (line 6) holds these targets (YAML list items, from line 7). */
const withTargets = (targets: string, head = ''): string => eventRule(`ScheduleExpression: rate(5 minutes)\nTargets:\n${targets}`, [], head);
const fn = 'Arn: arn:aws:lambda:us-east-1:123456789012:function:f';
const dlq = 'DeadLetterConfig:\n      Arn: arn:aws:sqs:us-east-1:123456789012:dlq';

export const cases: RuleCases = {
  valid: [
    { name: 'every target has a DLQ', template: eventRule(`ScheduleExpression: rate(5 minutes)\nTargets:\n  - Id: fn\n    ${fn}\n    DeadLetterConfig:\n      Arn: !GetAtt DLQ.Arn`, [resource('DLQ', 'AWS::SQS::Queue')]), outcomes: ['Rule pass'] },
    { name: 'a rule without targets is not applicable', template: eventRule('ScheduleExpression: rate(5 minutes)'), notApplicable: ['Rule'], outcomes: [] },
    { name: 'an empty target list is not applicable', template: eventRule('ScheduleExpression: rate(5 minutes)\nTargets: []'), notApplicable: ['Rule'], outcomes: [] },
    { name: 'targets from a parameter without default are unknown', template: eventRule('ScheduleExpression: rate(5 minutes)\nTargets: !Ref Targets', [], parameters('Targets')), outcomes: ['Rule unknown'] },
    { name: 'one target from a parameter and one with a DLQ: the rule is unknown', template: withTargets(`  - !Ref Target\n  - Id: fn\n    ${fn}\n    ${dlq}`, parameters('Target')), outcomes: ['Rule unknown'] },
    { name: 'a SAM schedule event with a dead-letter queue', template: samFunction(samEvents(['Nightly', 'Schedule', 'Schedule: cron(0 3 * * ? *)\nDeadLetterConfig:\n  Arn: arn:aws:sqs:us-east-1:123456789012:dlq'])), outcomes: ['FnNightly pass'] },
  ],
  invalid: [
    { name: 'one of two targets lacks a DLQ', template: withTargets(`  - Id: good\n    Arn: arn:aws:sqs:us-east-1:123456789012:q\n    ${dlq}\n  - Id: bad\n    Arn: arn:aws:sns:us-east-1:123456789012:t`), errors: [{ messageId: 'missing', line: 11 }] },
    { name: 'a DeadLetterConfig without Arn does not count', template: withTargets(`  - Id: fn\n    ${fn}\n    DeadLetterConfig: {}`), errors: [{ messageId: 'missing', line: 7 }] },
    { name: 'SAM schedule event without DeadLetterConfig', template: samFunction(samEvents(['Nightly', 'Schedule', 'Schedule: cron(0 3 * * ? *)'])), errors: [{ messageId: 'missing', line: 10 }] },
    { name: 'a SAM EventBridge rule event without DeadLetterConfig', template: samFunction(samEvents(['Placed', 'EventBridgeRule', 'Pattern:\n  source: [orders]'])), errors: [{ messageId: 'missing', line: 10 }] },
  ],
};
