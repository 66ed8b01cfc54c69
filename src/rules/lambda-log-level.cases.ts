import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'INFO levels and a stage without data traces',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      LoggingConfig:
        LogFormat: JSON
        ApplicationLogLevel: INFO
      Environment:
        Variables:
          POWERTOOLS_LOG_LEVEL: INFO
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: api
      MethodSettings:
        - HttpMethod: '*'
          ResourcePath: /*
          LoggingLevel: ERROR
`,
      outcomes: ['Fn pass', 'Stage pass'],
    },
  ],
  invalid: [
    {
      name: 'DEBUG application log level, LOG_LEVEL debug, and a data trace',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      LoggingConfig:
        LogFormat: JSON
        ApplicationLogLevel: DEBUG
      Environment:
        Variables:
          LOG_LEVEL: debug
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: api
      MethodSettings:
        - HttpMethod: '*'
          ResourcePath: /*
          DataTraceEnabled: true
`,
      errors: [
        { messageId: 'lambdaLevel', line: 7 },
        { messageId: 'lambdaLevel', line: 10 },
        { messageId: 'dataTrace', line: 18 },
      ],
    },
  ],
};
