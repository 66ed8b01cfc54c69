import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a state machine is orchestration; a function invoking nothing is not judged',
      notApplicable: ['Fn'],
      template: `Resources:
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      DefinitionString: '{}'
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      outcomes: ['Flow pass'],
    },
    {
      name: 'a durable function invoking its steps is orchestration',
      template: `Resources:
  Step:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicDurableExecutionRolePolicy
      Policies:
        - PolicyName: invoke
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: lambda:InvokeFunction
                Resource: !GetAtt Step.Arn
  Orchestrator:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
`,
      outcomes: ['Orchestrator pass'],
    },
    {
      name: 'a function that starts a durable function (or calls it back) hands work to a workflow: not chaining',
      template: `Resources:
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      DurableConfig:
        ExecutionTimeout: 3600
  CallerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: invoke
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: lambda:InvokeFunction
                Resource: !GetAtt Worker.Arn
  Caller:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt CallerRole.Arn
`,
      notApplicable: ['Caller'],
      outcomes: ['Worker pass'],
    },
  ],
  invalid: [
    {
      name: 'a function allowed to invoke another',
      template: `Resources:
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  CallerRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: invoke
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: lambda:InvokeFunction
                Resource: !GetAtt Worker.Arn
  Caller:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt CallerRole.Arn
`,
      errors: [{ messageId: 'chains', line: 17 }],
    },
  ],
};
