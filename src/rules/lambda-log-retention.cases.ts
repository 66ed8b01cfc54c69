import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'log group named with Sub of the function',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  FnLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub /aws/lambda/\${Fn}
      RetentionInDays: 14
`,
    },
    {
      name: 'literal names on both sides',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: orders-api
  FnLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /aws/lambda/orders-api
      RetentionInDays: 30
`,
    },
    {
      name: 'LoggingConfig.LogGroup pointing at a retained log group',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      LoggingConfig:
        LogGroup: !Ref AppLogs
        LogFormat: JSON
  AppLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 7
`,
    },
    {
      name: 'Join of the function name',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  FnLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Join ['', ['/aws/lambda/', !Ref Fn]]
      RetentionInDays: 14
`,
    },
  ],
  invalid: [
    {
      name: 'no log group at all',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      errors: [{ messageId: 'noLogGroup', line: 2 }],
    },
    {
      name: 'log group without RetentionInDays',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  FnLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub /aws/lambda/\${Fn}
`,
      errors: [{ messageId: 'noRetention', line: 2 }],
    },
  ],
};
