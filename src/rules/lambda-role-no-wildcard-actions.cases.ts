import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'specific actions',
      template: `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: table
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [dynamodb:GetItem, dynamodb:PutItem, s3:Get*]
                Resource: '*'
`,
    },
    {
      name: 'a role Lambda does not assume is not applicable',
      template: `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: ec2.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: all
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: '*'
                Resource: '*'
`,
      notApplicable: ['Role'],
    },
    {
      name: 'a Deny statement with a wildcard is fine',
      template: `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: [lambda.amazonaws.com]
            Action: sts:AssumeRole
      Policies:
        - PolicyName: guard
          PolicyDocument:
            Statement:
              - Effect: Deny
                Action: iam:*
                Resource: '*'
`,
    },
  ],
  invalid: [
    {
      name: 'service wildcard in an inline policy',
      template: `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: table
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: dynamodb:*
                Resource: '*'
`,
      errors: [{ messageId: 'wildcard', line: 16 }],
    },
    {
      name: 'attached AWS::IAM::Policy with "*" (reported on the role)',
      template: `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: !Sub lambda.\${AWS::URLSuffix}
            Action: sts:AssumeRole
  Policy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: everything
      Roles: [!Ref Role]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
`,
      errors: [{ messageId: 'wildcard', line: 2 }],
    },
    {
      name: 'NotAction under Allow',
      template: `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: broad
          PolicyDocument:
            Statement:
              - Effect: Allow
                NotAction: iam:*
                Resource: '*'
`,
      errors: [{ messageId: 'notAction', line: 16 }],
    },
  ],
};
