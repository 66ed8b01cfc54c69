import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'Java with SnapStart; Python without either is not judged',
      notApplicable: ['Py'],
      template: `Resources:
  Java:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: java21
      SnapStart:
        ApplyOn: PublishedVersions
  Py:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      outcomes: ['Java pass'],
    },
  ],
  invalid: [
    {
      name: 'Java without SnapStart',
      template: `Resources:
  Java:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: java17
`,
      errors: [{ messageId: 'coldStarts', line: 2 }],
    },
  ],
};
