import type { RuleCases } from './support/cases.js';
import { lambdaFunction } from './support/case-builders.js';

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
    {
      name: 'names that only mention a key (its secret ARN, a key id name) are not credentials',
      template: lambdaFunction(`Environment:\n  Variables:\n    AWS_SECRET_ACCESS_KEY_ARN: arn:aws:secretsmanager:eu-west-1:123456789012:secret:k\n    KMS_KEY_ID: alias/orders`),
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
    {
      name: 'credential variables under a prefix',
      template: lambdaFunction(`Environment:\n  Variables:\n    UPLOADS_AWS_ACCESS_KEY_ID: !Ref KeyId\n    UPLOADS_AWS_SECRET_ACCESS_KEY: !Ref KeySecret`, [], 'Parameters:\n  KeyId:\n    Type: String\n  KeySecret:\n    Type: String\n'),
      errors: [
        { messageId: 'envKey', line: 13 },
        { messageId: 'envKey', line: 14 },
      ],
    },
  ],
};
