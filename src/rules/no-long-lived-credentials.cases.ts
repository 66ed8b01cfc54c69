import type { RuleCases } from './support/cases.js';
import { lambdaFunction, resource, samFunction } from './support/case-builders.js';

/** `Fn` with these environment variables (the first on line 8). */
const env = (variables: string, more: readonly string[] = [], head = ''): string => lambdaFunction(`Environment:\n  Variables:\n${variables.replace(/^/gm, '    ')}`, more, head);

export const cases: RuleCases = {
  valid: [
    { name: 'a function with ordinary settings', template: env('TABLE_NAME: orders'), outcomes: ['Fn pass'] },
    { name: 'a function without environment', template: lambdaFunction(), outcomes: ['Fn pass'] },
    { name: 'names that only mention a key (its secret ARN, a key id name) are not credentials', template: env('AWS_SECRET_ACCESS_KEY_ARN: arn:aws:secretsmanager:eu-west-1:123456789012:secret:k\nKMS_KEY_ID: alias/orders'), outcomes: ['Fn pass'] },
  ],
  invalid: [
    { name: 'an access key resource', template: lambdaFunction('', [resource('Key', 'AWS::IAM::AccessKey', 'UserName: deployer')]), errors: [{ messageId: 'accessKey', line: 6 }] },
    { name: 'keys in the environment, by name and by value', template: env('AWS_ACCESS_KEY_ID: AKIAABCDEFGHIJKLMNOP\nPARTNER_KEY: AKIAQRSTUVWXYZ234567'), errors: [{ messageId: 'envKey', line: 8 }, { messageId: 'envKey', line: 9 }] },
    {
      name: 'credential variables under a prefix',
      template: env('UPLOADS_AWS_ACCESS_KEY_ID: !Ref KeyId\nUPLOADS_AWS_SECRET_ACCESS_KEY: !Ref KeySecret', [], 'Parameters:\n  KeyId:\n    Type: String\n  KeySecret:\n    Type: String\n'),
      errors: [{ messageId: 'envKey', line: 13 }, { messageId: 'envKey', line: 14 }],
    },
    { name: 'a key in SAM Globals, reported at the Globals line', template: samFunction('', 'Environment:\n  Variables:\n    AWS_SECRET_ACCESS_KEY: abc'), errors: [{ messageId: 'envKey', line: 6 }] },
  ],
};
