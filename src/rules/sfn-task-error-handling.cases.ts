import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a task with Retry in a SAM Definition',
      template: `Transform: AWS::Serverless-2016-10-31
Resources:
  Flow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: Charge
        States:
          Charge:
            Type: Task
            Resource: arn:aws:states:::lambda:invoke
            Retry:
              - ErrorEquals: [States.TaskFailed]
                MaxAttempts: 3
            End: true
`,
      outcomes: ['Flow pass'],
    },
    {
      name: 'a definition in S3 is unknown',
      template: `Resources:
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      DefinitionS3Location:
        Bucket: defs
        Key: flow.json
`,
      outcomes: ['Flow unknown'],
    },
  ],
  invalid: [
    {
      name: 'a DefinitionString with an unguarded task inside a Parallel branch',
      template: `Resources:
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      DefinitionString: !Sub |
        {
          "StartAt": "Both",
          "States": {
            "Both": {
              "Type": "Parallel",
              "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Failed" }],
              "Branches": [{ "StartAt": "Ship", "States": { "Ship": { "Type": "Task", "Resource": "\${ShipArn}", "End": true } } }],
              "End": true
            },
            "Failed": { "Type": "Fail" }
          }
        }
`,
      errors: [{ messageId: 'unhandled', line: 6 }],
    },
  ],
};
