import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, resource, samFunction } from './support/case-builders.js';

// A function URL `Url` (line 2; AuthType on line 6 when given).
const url = (authType: string, head = ''): string =>
  `${head}Resources:\n${resource('Url', 'AWS::Lambda::Url', `TargetFunctionArn: arn:aws:lambda:eu-west-1:123456789012:function:orders${authType === '' ? '' : `\nAuthType: ${authType}`}`)}`;

export const cases: RuleCases = {
  valid: [
    { name: 'IAM-authorized URL', template: url('AWS_IAM'), outcomes: ['Url pass'] },
    { name: 'IAM-authorized URL of a function in the template', template: lambdaFunction('', [resource('Url', 'AWS::Lambda::Url', 'TargetFunctionArn: !GetAtt Fn.Arn\nAuthType: AWS_IAM')]), outcomes: ['Url pass'] },
    { name: 'AuthType from a parameter without default is unknown', template: url('!Ref Auth', parameters('Auth')), outcomes: ['Url unknown'] },
    { name: 'AuthType chosen by a condition is unknown', template: url('!If [Prod, AWS_IAM, NONE]', 'Conditions:\n  Prod: !Equals [!Ref AWS::Region, eu-west-1]\n'), outcomes: ['Url unknown'] },
    { name: 'a SAM FunctionUrlConfig with AWS_IAM', template: samFunction('FunctionUrlConfig:\n  AuthType: AWS_IAM'), outcomes: ['FnUrl pass'] },
  ],
  invalid: [
    { name: 'a public URL', template: url('NONE'), errors: [{ messageId: 'public', line: 6 }] },
    { name: 'a parameter default decides: NONE', template: url('!Ref Auth', 'Parameters:\n  Auth:\n    Type: String\n    Default: NONE\n'), errors: [{ messageId: 'public', line: 10 }] },
    { name: 'a public SAM FunctionUrlConfig', template: samFunction('FunctionUrlConfig:\n  AuthType: NONE'), errors: [{ messageId: 'public', line: 10 }] },
  ],
};
