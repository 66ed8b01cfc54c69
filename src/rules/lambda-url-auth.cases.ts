import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'IAM-authorized URL',
      template: `Resources:
  Url:
    Type: AWS::Lambda::Url
    Properties:
      TargetFunctionArn: arn:aws:lambda:eu-west-1:123456789012:function:orders
      AuthType: AWS_IAM
`,
    },
  ],
  invalid: [
    {
      name: 'a public URL',
      template: `Resources:
  Url:
    Type: AWS::Lambda::Url
    Properties:
      TargetFunctionArn: arn:aws:lambda:eu-west-1:123456789012:function:orders
      AuthType: NONE
`,
      errors: [{ messageId: 'public', line: 6 }],
    },
  ],
};
