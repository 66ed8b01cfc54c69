import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'XrayEnabled true',
      template: `Resources:
  Api:
    Type: AWS::AppSync::GraphQLApi
    Properties:
      Name: orders
      AuthenticationType: AWS_IAM
      XrayEnabled: true
`,
    },
  ],
  invalid: [
    {
      name: 'XrayEnabled absent',
      template: `Resources:
  Api:
    Type: AWS::AppSync::GraphQLApi
    Properties:
      Name: orders
      AuthenticationType: AWS_IAM
`,
      errors: [{ messageId: 'disabled', line: 2 }],
    },
    {
      name: 'XrayEnabled false',
      template: `Resources:
  Api:
    Type: AWS::AppSync::GraphQLApi
    Properties:
      Name: orders
      AuthenticationType: AWS_IAM
      XrayEnabled: false
`,
      errors: [{ messageId: 'disabled', line: 7 }],
    },
  ],
};
