import type { RuleCases } from './support/cases.js';
import { resource, resources, role } from './support/case-builders.js';

/** A role `Role` (line 2) trusted by `service`, with an inline policy of `statements` (from line 15) and `more` properties. */
const withPolicy = (statements: string, more = '', service?: string): string => resources(role('Role', statements, more, service));
/** A role `Role` (line 2) trusted by `service`, with only `more` properties (from line 11). */
const withProperties = (more: string, service?: string): string => resources(role('Role', '', more, service));
const grant = (action: string, effect = 'Allow', key = 'Action'): string => `- Effect: ${effect}\n  ${key}: ${action}\n  Resource: '*'`;

export const cases: RuleCases = {
  valid: [
    { name: 'a narrow AWS managed policy passes', template: withProperties('ManagedPolicyArns:\n  - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'), outcomes: ['Role pass'] },
    { name: 'specific actions', template: withPolicy(grant('[dynamodb:GetItem, dynamodb:PutItem, s3:Get*]')), outcomes: ['Role pass'] },
    { name: 'a Deny statement with a wildcard is fine', template: withPolicy(grant('iam:*', 'Deny'), '', '[lambda.amazonaws.com]'), outcomes: ['Role pass'] },
    { name: 'a role for another service with a broad managed policy is not applicable', template: withProperties('ManagedPolicyArns:\n  - arn:aws:iam::aws:policy/AdministratorAccess', 'ec2.amazonaws.com'), notApplicable: ['Role'], outcomes: [] },
    { name: 'a role Lambda does not assume, with "*", is not applicable', template: withPolicy(grant("'*'"), '', 'ec2.amazonaws.com'), notApplicable: ['Role'], outcomes: [] },
  ],
  invalid: [
    { name: 'service wildcard in an inline policy', template: withPolicy(grant('dynamodb:*')), errors: [{ messageId: 'wildcard', line: 16 }] },
    {
      name: 'attached AWS::IAM::Policy with "*" (reported on the role)',
      template: resources(
        role('Role', '', '', '!Sub lambda.${AWS::URLSuffix}'),
        resource('Policy', 'AWS::IAM::Policy', `PolicyName: everything\nRoles: [!Ref Role]\nPolicyDocument:\n  Statement:\n${grant("'*'").replace(/^/gm, '    ')}`),
      ),
      errors: [{ messageId: 'wildcard', line: 2 }],
    },
    { name: 'NotAction under Allow', template: withPolicy(grant('iam:*', 'Allow', 'NotAction')), errors: [{ messageId: 'notAction', line: 16 }] },
    {
      name: 'AWS managed policies that grant whole services, at their line',
      template: withProperties('ManagedPolicyArns:\n  - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole\n  - arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess\n  - !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess'),
      errors: [{ messageId: 'managed', line: 13 }, { messageId: 'managed', line: 14 }],
    },
    { name: 'a Step Functions role is judged too', template: withPolicy(grant('lambda:*'), '', 'states.amazonaws.com'), errors: [{ messageId: 'wildcard', line: 16 }] },
    { name: 'each wildcard of a list is reported', template: withPolicy(grant('[s3:GetObject, sqs:*, "*"]')), errors: [{ messageId: 'wildcard', line: 16 }, { messageId: 'wildcard', line: 16 }] },
  ],
};
