import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'retention set, also from a parameter',
      template: `Parameters:
  Days:
    Type: Number
Resources:
  A:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 14
  B:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: !Ref Days
`,
    },
  ],
  invalid: [
    {
      name: 'an access log group without retention',
      template: `Resources:
  AccessLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /api/access
`,
      errors: [{ messageId: 'forever', line: 2 }],
    },
  ],
};
