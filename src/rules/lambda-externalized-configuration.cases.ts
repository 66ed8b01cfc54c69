import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'an SSM parameter referenced in the environment, and a function with no configuration source',
      template: `Resources:
  Settings:
    Type: AWS::SSM::Parameter
    Properties:
      Type: String
      Value: '{}'
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          SETTINGS_PARAMETER: !Ref Settings
  Plain:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      outcomes: ['Fn pass', 'Plain unknown'],
    },
    {
      name: 'the AppConfig extension layer',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Layers:
        - arn:aws:lambda:eu-west-1:434848589818:layer:AWS-AppConfig-Extension:128
`,
      outcomes: ['Fn pass'],
    },
  ],
  invalid: [],
};
