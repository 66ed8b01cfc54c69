import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'SAM AutoPublishAlias with a canary DeploymentPreference',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      AutoPublishAlias: live
      DeploymentPreference:
        Type: Canary10Percent5Minutes
      Events:
        Get:
          Type: HttpApi
`,
      outcomes: ['Fn pass'],
    },
    {
      name: 'a function nothing in the template invokes is not judged',
      notApplicable: ['Fn'],
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      outcomes: [],
    },
  ],
  invalid: [
    {
      name: 'an API-backed SAM function without AutoPublishAlias',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        Get:
          Type: HttpApi
`,
      errors: [{ messageId: 'allAtOnce', line: 3 }],
    },
  ],
};
