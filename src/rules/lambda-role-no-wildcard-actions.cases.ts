import type { RuleCases } from './support/cases.js';
import { resource } from './support/case-builders.js';

/** A role `Role` (line 2) trusted by `service`, with `more` properties after the trust policy (from line 11). */
const role = (service: string, more: string): string =>
  `Resources:\n${resource('Role', 'AWS::IAM::Role', `AssumeRolePolicyDocument:\n  Statement:\n    - Effect: Allow\n      Principal:\n        Service: ${service}\n      Action: sts:AssumeRole\n${more}`)}`;


export const cases: RuleCases = {
  valid: [
    { name: 'a narrow AWS managed policy passes', template: role('lambda.amazonaws.com', 'ManagedPolicyArns:\n  - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'), outcomes: ['Role pass'] },
    { name: 'a role for another service is not applicable', template: role('ec2.amazonaws.com', 'ManagedPolicyArns:\n  - arn:aws:iam::aws:policy/AdministratorAccess'), notApplicable: ['Role'] },
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
    {
      name: 'AWS managed policies that grant whole services, at their line',
      template: role('lambda.amazonaws.com', 'ManagedPolicyArns:\n  - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole\n  - arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess\n  - !Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess'),
      errors: [
        { messageId: 'managed', line: 13 },
        { messageId: 'managed', line: 14 },
      ],
    },
    {
      name: 'a Step Functions role is judged too',
      template: role('states.amazonaws.com', 'Policies:\n  - PolicyName: all\n    PolicyDocument:\n      Statement:\n        - Effect: Allow\n          Action: lambda:*\n          Resource: "*"'),
      errors: [{ messageId: 'wildcard', line: 16 }],
    },
  ],
};
