import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'tracing enabled',
      template: `Resources:
  Machine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      DefinitionString: '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}'
      TracingConfiguration:
        Enabled: true
`,
    },
    {
      name: 'SAM state machine with Tracing',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Machine:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: A
        States:
          A:
            Type: Pass
            End: true
      Tracing:
        Enabled: true
`,
    },
  ],
  invalid: [
    {
      name: 'no TracingConfiguration',
      template: `Resources:
  Machine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      DefinitionString: '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}'
`,
      errors: [{ messageId: 'disabled', line: 2 }],
    },
    {
      name: 'tracing disabled',
      template: `Resources:
  Machine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      DefinitionString: '{}'
      TracingConfiguration:
        Enabled: false
`,
      errors: [{ messageId: 'disabled', line: 8 }],
    },
  ],
};
