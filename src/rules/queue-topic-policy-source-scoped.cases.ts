import type { RuleCases } from './support/cases.js';
import { allow, parameters, resourcePolicy } from './support/case-builders.js';

const events = 'Service: events.amazonaws.com';

export const cases: RuleCases = {
  valid: [
    { name: 'a service principal narrowed by aws:SourceArn', template: resourcePolicy('queue', allow(events, 'Condition:\n  ArnEquals:\n    aws:SourceArn: arn:aws:events:eu-west-1:123456789012:rule/r')), outcomes: ['Policy pass'] },
    { name: 'a service list narrowed by aws:SourceAccount (any case)', template: resourcePolicy('queue', allow('Service: [s3.amazonaws.com]', "Condition:\n  StringEquals:\n    AWS:SourceAccount: '123456789012'")), outcomes: ['Policy pass'] },
    { name: 'narrowed by aws:SourceOrgID', template: resourcePolicy('topic', allow(events, 'Condition:\n  StringEquals:\n    aws:SourceOrgID: o-abc', 'sns:Publish')), outcomes: ['Policy pass'] },
    { name: 'a condition from a parameter is unknown, not a finding', template: resourcePolicy('topic', allow(events, 'Condition: !Ref Cond', 'sns:Publish'), parameters('Cond')), outcomes: ['Policy unknown'] },
    { name: 'a service principal from a parameter is unknown', template: resourcePolicy('queue', allow('Service: !Ref Service'), parameters('Service')), outcomes: ['Policy unknown'] },
    { name: 'a service principal written with the URL suffix, narrowed by aws:SourceArn', template: resourcePolicy('queue', allow("Service: !Sub 'events.${AWS::URLSuffix}'", 'Condition:\n  ArnEquals:\n    aws:SourceArn: arn:aws:events:eu-west-1:123456789012:rule/r')), outcomes: ['Policy pass'] },
    { name: 'a service list with an item from a parameter, open, is unknown', template: resourcePolicy('queue', allow('Service: [!Ref Service]'), parameters('Service')), outcomes: ['Policy unknown'] },
    { name: 'a whole policy document from a parameter is unknown', template: `${parameters('Doc')}Resources:\n  Policy:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues: [q]\n      PolicyDocument: !Ref Doc\n`, outcomes: ['Policy unknown'] },
    { name: 'a policy with account principals only is not applicable', template: resourcePolicy('topic', allow('AWS: arn:aws:iam::123456789012:root', '', 'sns:Publish')), notApplicable: ['Policy'], outcomes: [] },
  ],
  invalid: [
    { name: 'a topic policy letting EventBridge and S3 publish from anywhere', template: resourcePolicy('topic', allow('Service: [events.amazonaws.com, s3.amazonaws.com]', '', 'sns:Publish')), errors: [{ messageId: 'service', line: 9 }] },
    { name: 'a queue policy whose condition names only the VPC endpoint', template: resourcePolicy('queue', allow('Service: sns.amazonaws.com', 'Condition:\n  StringEquals:\n    aws:SourceVpce: vpce-1')), errors: [{ messageId: 'service', line: 9 }] },
    { name: 'a service principal in a list, written with the URL suffix', template: resourcePolicy('queue', allow("Service: [!Sub 'events.${AWS::URLSuffix}']")), errors: [{ messageId: 'service', line: 9 }] },
    { name: 'a service principal written with the URL suffix (a Sub), alone', template: resourcePolicy('queue', allow("Service: !Sub 'events.${AWS::URLSuffix}'")), errors: [{ messageId: 'service', line: 9 }] },
    { name: 'a service principal joined with the URL suffix, in a list', template: resourcePolicy('topic', allow("Service: [!Join ['.', [events, !Ref AWS::URLSuffix]]]", '', 'sns:Publish')), errors: [{ messageId: 'service', line: 9 }] },
    { name: 'one scoped and one open statement: the open one is reported', template: resourcePolicy('queue', `${allow(events, 'Condition:\n  ArnEquals:\n    aws:SourceArn: arn:aws:events:eu-west-1:123456789012:rule/r')}\n${allow('Service: sns.amazonaws.com')}`), errors: [{ messageId: 'service', line: 17 }] },
  ],
};
