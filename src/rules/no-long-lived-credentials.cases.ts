import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a function with ordinary settings',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          TABLE_NAME: orders
`,
      outcomes: ['Fn pass'],
    },
  ],
  invalid: [
    {
      name: 'an access key resource and keys in the environment',
      template: `Resources:
  Key:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: deployer
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          AWS_ACCESS_KEY_ID: AKIAABCDEFGHIJKLMNOP
          PARTNER_KEY: AKIAQRSTUVWXYZ234567
`,
      errors: [
        { messageId: 'accessKey', line: 2 },
        { messageId: 'envKey', line: 11 },
        { messageId: 'envKey', line: 12 },
      ],
    },
  ],
};
