import type { RuleCases } from './support/cases.js';

const template = (callerTimeout: string, calleeTimeout: string, head = ''): string => `${head}Resources:
  Callee:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
${calleeTimeout}  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies:
        - PolicyName: invoke
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: lambda:InvokeFunction
                Resource: !GetAtt Callee.Arn
  Caller:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
${callerTimeout}`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a caller allowed as long as the callee',
      template: template('      Timeout: 30\n', '      Timeout: 30\n'),
      outcomes: ['Caller pass'],
      notApplicable: ['Callee'],
    },
    {
      name: 'both at the 3 s default',
      template: template('', ''),
      outcomes: ['Caller pass'],
      notApplicable: ['Callee'],
    },
    {
      name: 'a callee timeout from a parameter without default is unknown',
      template: template('      Timeout: 10\n', '      Timeout: !Ref CalleeTimeout\n', 'Parameters:\n  CalleeTimeout:\n    Type: Number\n'),
      outcomes: ['Caller unknown'],
      notApplicable: ['Callee'],
    },
    {
      name: 'a durable callee checkpoints and resumes: not judged',
      template: template('      Timeout: 3\n', '      Timeout: 900\n      DurableConfig:\n        ExecutionTimeout: 3600\n'),
      notApplicable: ['Callee', 'Caller'],
    },
  ],
  invalid: [
    {
      name: 'a 10 s caller invoking a 60 s callee',
      template: template('      Timeout: 10\n', '      Timeout: 60\n'),
      errors: [{ messageId: 'shorter', line: 22, resource: 'Caller' }],
    },
    {
      name: 'a caller at the default 3 s invoking a 30 s callee points at the function',
      template: template('', '      Timeout: 30\n'),
      errors: [{ messageId: 'shorter', line: 18, resource: 'Caller' }],
    },
  ],
};
