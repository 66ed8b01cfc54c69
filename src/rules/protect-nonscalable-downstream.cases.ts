import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'through an RDS Proxy; reserved concurrency; a function using no database is not judged',
      notApplicable: ['Plain'],
      template: `Resources:
  Db:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
  Proxy:
    Type: AWS::RDS::DBProxy
    Properties:
      EngineFamily: POSTGRESQL
  ViaProxy:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          DB_HOST: !GetAtt Proxy.Endpoint
  Capped:
    Type: AWS::Lambda::Function
    Properties:
      ReservedConcurrentExecutions: 10
      Environment:
        Variables:
          DB_HOST: !GetAtt Db.Endpoint.Address
  Plain:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      outcomes: ['ViaProxy pass', 'Capped pass'],
    },
  ],
  invalid: [
    {
      name: 'a function straight at the database',
      template: `Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          DB_HOST: !GetAtt Db.Endpoint.Address
`,
      errors: [{ messageId: 'unprotected', line: 6 }],
    },
  ],
};
