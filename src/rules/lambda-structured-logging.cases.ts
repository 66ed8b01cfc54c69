import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'JSON log format through SAM Globals',
      template: `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    LoggingConfig:
      LogFormat: JSON
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
`,
    },
    {
      name: 'Powertools layer, or Powertools settings in the environment',
      template: `Resources:
  A:
    Type: AWS::Lambda::Function
    Properties:
      Layers:
        - !Sub arn:aws:lambda:\${AWS::Region}:017000801446:layer:AWSLambdaPowertoolsPythonV3-python313-x86_64:7
  B:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          POWERTOOLS_SERVICE_NAME: orders
`,
    },
  ],
  invalid: [
    {
      name: 'no log format, and Text format pointed at the property',
      template: `Resources:
  A:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
  B:
    Type: AWS::Lambda::Function
    Properties:
      LoggingConfig:
        LogFormat: Text
`,
      errors: [
        { messageId: 'text', line: 2 },
        { messageId: 'text', line: 10 },
      ],
    },
  ],
};
