import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a Stage parameter',
      template: `Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: !Sub orders-\${Stage}
`,
      outcomes: ['Fn pass'],
    },
  ],
  invalid: [
    {
      name: 'parameters, but none selects an environment',
      template: `Parameters:
  TableName:
    Type: String
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      errors: [{ messageId: 'noStage', line: 5 }],
    },
  ],
};
