import type { RuleCases } from './support/cases.js';
import { parameters, resource, resources, role, samFunction } from './support/case-builders.js';

/** A role `Role` (line 2) trusted by `service`, with an inline policy of `statements` (from line 15) and `more` properties. */
const withPolicy = (statements: string, more = '', service?: string): string => resources(role('Role', statements, more, service));
/** A role `Role` (line 2) trusted by `service`, with only `more` properties (from line 11). */
const withProperties = (more: string, service?: string): string => resources(role('Role', '', more, service));
const grant = (action: string, effect = 'Allow', key = 'Action'): string => `- Effect: ${effect}\n  ${key}: ${action}\n  Resource: '*'`;
/** `Parameters:` with a CommaDelimitedList `PolicyArns` and a String `Stage`, both without default, and `Conditions:` with `Prod`: 7 lines before `Resources:`. */
const head = 'Parameters:\n  PolicyArns:\n    Type: CommaDelimitedList\n' + parameters('Stage').replace('Parameters:\n', '') + 'Conditions:\n  Prod: !Equals [!Ref Stage, prod]\n';
/** An `AWS::IAM::ManagedPolicy` `Custom` whose statement allows `action`, with `more` properties (e.g. `Roles`). */
const customPolicy = (action: string, more = ''): string => resource('Custom', 'AWS::IAM::ManagedPolicy', `${more}PolicyDocument:\n  Statement:\n${grant(action).replace(/^/gm, '    ')}`);

export const cases: RuleCases = {
  valid: [
    { name: 'a narrow AWS managed policy passes', template: withProperties('ManagedPolicyArns:\n  - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'), outcomes: ['Role pass'] },
    { name: 'specific actions', template: withPolicy(grant('[dynamodb:GetItem, dynamodb:PutItem, s3:Get*]')), outcomes: ['Role pass'] },
    { name: 'a Deny statement with a wildcard is fine', template: withPolicy(grant('iam:*', 'Deny'), '', '[lambda.amazonaws.com]'), outcomes: ['Role pass'] },
    { name: 'a role for another service with a broad managed policy is not applicable', template: withProperties('ManagedPolicyArns:\n  - arn:aws:iam::aws:policy/AdministratorAccess', 'ec2.amazonaws.com'), notApplicable: ['Role'], outcomes: [] },
    { name: 'a role Lambda does not assume, with "*", is not applicable', template: withPolicy(grant("'*'"), '', 'ec2.amazonaws.com'), notApplicable: ['Role'], outcomes: [] },
    { name: 'an AWS managed policy written with ${AWS::Partition} is known', template: withProperties('ManagedPolicyArns:\n  - !Sub arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess'), outcomes: ['Role pass'] },
    { name: 'ManagedPolicyArns from a CommaDelimitedList parameter is unknown', template: head + withProperties('ManagedPolicyArns: !Ref PolicyArns'), outcomes: ['Role unknown'] },
    { name: 'ManagedPolicyArns split from a parameter is unknown', template: head + withProperties("ManagedPolicyArns: !Split [',', !Join [',', !Ref PolicyArns]]"), outcomes: ['Role unknown'] },
    { name: 'ManagedPolicyArns chosen by a condition is unknown', template: head + withProperties('ManagedPolicyArns: !If [Prod, [arn:aws:iam::aws:policy/ReadOnlyAccess], [arn:aws:iam::aws:policy/AdministratorAccess]]'), outcomes: ['Role unknown'] },
    {
      name: 'a ManagedPolicyArns item from a parameter is unknown, beside a known ARN',
      template: head + withProperties('ManagedPolicyArns:\n  - !Sub arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess\n  - !Ref Stage'),
      outcomes: ['Role unknown'],
    },
    { name: 'a policy name written with a parameter is unknown', template: head + withProperties('ManagedPolicyArns:\n  - !Sub arn:${AWS::Partition}:iam::aws:policy/${Stage}'), outcomes: ['Role unknown'] },
    { name: 'inline Policies chosen by a condition are unknown', template: head + withProperties('Policies: !If [Prod, [], !Ref AWS::NoValue]'), outcomes: ['Role unknown'] },
    { name: 'a PolicyDocument chosen by a condition is unknown', template: head + withProperties("Policies:\n  - PolicyName: p\n    PolicyDocument: !If [Prod, {Statement: []}, {Statement: [{Effect: Allow, Action: '*', Resource: '*'}]}]"), outcomes: ['Role unknown'] },
    { name: 'a Statement chosen by a condition is unknown', template: head + withPolicy('- !If [Prod, {Effect: Allow, Action: s3:GetObject, Resource: "*"}, !Ref AWS::NoValue]'), outcomes: ['Role unknown'] },
    { name: 'actions from a parameter are unknown', template: head + withPolicy(grant('!Ref PolicyArns')), outcomes: ['Role unknown'] },
    {
      name: 'a customer managed policy of the template attached by Ref is read (narrow: pass)',
      template: resources(role('Role', '', 'ManagedPolicyArns:\n  - !Ref Custom'), customPolicy('s3:GetObject')),
      outcomes: ['Role pass'],
    },
    { name: 'SAM: a policy ARN from a parameter is unknown', template: samFunction('Policies:\n  - !Ref Stage').replace('Resources:', parameters('Stage') + 'Resources:'), outcomes: ['FnRole unknown'] },
    { name: 'SAM: a policy template is still judged as before (pass)', template: samFunction('Policies:\n  - DynamoDBCrudPolicy:\n      TableName: orders'), outcomes: ['FnRole pass'] },
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
    {
      name: 'a customer managed policy attached by Ref with "*": at the item, once when also attached through its Roles',
      template: resources(role('Role', '', 'ManagedPolicyArns:\n  - !Ref Custom'), customPolicy("'*'", 'Roles: [!Ref Role]\n')),
      errors: [{ messageId: 'wildcard', line: 12 }],
    },
    { name: 'a finding is reported even when another item is unknown', template: head + withProperties('ManagedPolicyArns:\n  - !Ref Stage\n  - arn:aws:iam::aws:policy/AdministratorAccess'), errors: [{ messageId: 'managed', line: 20 }] },
  ],
};
