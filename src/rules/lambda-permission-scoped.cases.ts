import type { RuleCases } from './support/cases.js';
import { parameters, permission, resources, samEvents, samFunction } from './support/case-builders.js';

/** One permission `Perm` (line 2; `Principal` on line 7, `more` from line 8). */
const one = (principal: string, more = '', head = ''): string => `${head}${resources(permission('Perm', principal, more))}`;

export const cases: RuleCases = {
  valid: [
    { name: 'S3 with SourceAccount', template: one('s3.amazonaws.com', 'SourceAccount: !Ref AWS::AccountId'), outcomes: ['Perm pass'] },
    { name: 'SNS with SourceArn', template: one('sns.amazonaws.com', 'SourceArn: arn:aws:sns:us-east-1:123456789012:orders'), outcomes: ['Perm pass'] },
    { name: '* narrowed to an organization', template: one("'*'", 'PrincipalOrgID: o-abc123'), outcomes: ['Perm pass'] },
    { name: 'an account principal', template: one("'123456789012'"), outcomes: ['Perm pass'] },
    { name: 'a principal from a parameter without default is unknown', template: one('!Ref Caller', '', parameters('Caller')), outcomes: ['Perm unknown'] },
    { name: 'a service principal written with the URL suffix, narrowed by SourceArn', template: one("!Sub 'events.${AWS::URLSuffix}'", 'SourceArn: arn:aws:events:us-east-1:123456789012:rule/r'), outcomes: ['Perm pass'] },
    { name: 'a principal built from a parameter and the URL suffix is unknown', template: one("!Sub '${Service}.${AWS::URLSuffix}'", '', parameters('Service')), outcomes: ['Perm unknown'] },
    { name: 'a function URL permission is not applicable (its auth type decides)', template: one("'*'", 'FunctionUrlAuthType: AWS_IAM').replace('lambda:InvokeFunction', 'lambda:InvokeFunctionUrl'), notApplicable: ['Perm'], outcomes: [] },
    { name: 'a permission SAM writes for an event is not applicable', template: samFunction(samEvents(['Rule', 'Schedule', 'Schedule: rate(1 hour)'])), notApplicable: ['FnRulePermission'] },
  ],
  invalid: [
    { name: 'a * principal (error)', template: one("'*'"), errors: [{ messageId: 'public', line: 7, severity: 'error' }] },
    { name: 'an unscoped service principal (warning)', template: one('sns.amazonaws.com'), errors: [{ messageId: 'service', line: 7, severity: 'warning' }] },
    { name: 'a service principal written with the URL suffix (a Sub) is the service', template: one("!Sub 'events.${AWS::URLSuffix}'"), errors: [{ messageId: 'service', line: 7 }] },
    { name: 'a service principal joined with the URL suffix is the service', template: one("!Join ['.', [sns, !Ref AWS::URLSuffix]]"), errors: [{ messageId: 'service', line: 7 }] },
    { name: 'a China-region service principal', template: one('events.amazonaws.com.cn'), errors: [{ messageId: 'service', line: 7 }] },
    { name: 'AWS: * in a principal mapping', template: one("\n  AWS: '*'"), errors: [{ messageId: 'public', line: 7 }] },
  ],
};
