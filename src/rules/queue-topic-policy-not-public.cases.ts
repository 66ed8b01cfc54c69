import type { RuleCases } from './support/cases.js';
import { allow, resourcePolicy } from './support/case-builders.js';

const sourceArn = 'Condition:\n  ArnEquals:\n    aws:SourceArn: arn:aws:sns:eu-west-1:123456789012:topic';

export const cases: RuleCases = {
  valid: [
    { name: 'a service principal', template: resourcePolicy('queue', allow('Service: events.amazonaws.com')), outcomes: ['Policy pass'] },
    { name: '* narrowed by a condition', template: resourcePolicy('queue', allow("'*'", sourceArn)), outcomes: ['Policy pass'] },
    { name: 'an account principal', template: resourcePolicy('topic', allow('AWS: arn:aws:iam::123456789012:root', '', 'sns:Publish')), outcomes: ['Policy pass'] },
    { name: 'a Deny for everyone is no opening', template: resourcePolicy('queue', allow("'*'").replace('Effect: Allow', 'Effect: Deny')), outcomes: ['Policy pass'] },
  ],
  invalid: [
    { name: 'a topic policy open to everyone (AWS: *)', template: resourcePolicy('topic', allow("AWS: '*'", '', 'sns:Publish')), errors: [{ messageId: 'public', line: 9 }] },
    { name: 'a queue policy with Principal *', template: resourcePolicy('queue', allow("'*'")), errors: [{ messageId: 'public', line: 9 }] },
    { name: 'a list of account principals that includes *', template: resourcePolicy('queue', allow("AWS: [arn:aws:iam::123456789012:root, '*']")), errors: [{ messageId: 'public', line: 9 }] },
    { name: 'each open statement is reported', template: resourcePolicy('queue', `${allow('Service: sns.amazonaws.com')}\n${allow("'*'")}`), errors: [{ messageId: 'public', line: 14 }] },
  ],
};
