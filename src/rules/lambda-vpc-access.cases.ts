import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a function in the VPC; a function that needs none is not judged',
      template: `Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      VpcConfig:
        SubnetIds: [subnet-1, subnet-2]
        SecurityGroupIds: [sg-1]
      Environment:
        Variables:
          DB_HOST: !GetAtt Db.Endpoint.Address
  Plain:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      outcomes: ['Fn pass'],
    },
  ],
  invalid: [
    {
      name: 'a function using a database endpoint without VpcConfig',
      template: `Resources:
  Db:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          DB_HOST: !GetAtt Db.Endpoint.Address
`,
      errors: [{ messageId: 'outside', line: 6 }],
    },
  ],
};
