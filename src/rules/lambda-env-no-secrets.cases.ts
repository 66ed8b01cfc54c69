import type { RuleCases } from './support/cases.js';
import { lambdaFunction } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'secret ARNs and names, parameter paths, non-secret settings',
      template: `Resources:
  Secret:
    Type: AWS::SecretsManager::Secret
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          DB_SECRET: !Ref Secret
          API_KEY_PARAMETER: /orders/api-key
          TOKEN_TABLE: tokens
          PASSWORD_SECRET_ARN: arn:aws:secretsmanager:eu-west-1:123456789012:secret:db
          TABLE_NAME: orders
          DB_USER: '{{resolve:secretsmanager:orders/db:SecretString:username}}'
          DB_HOST: !Sub '{{resolve:secretsmanager:\${Secret}:SecretString:host}}'
`,
      outcomes: ['Fn pass'],
    },
    {
      name: 'a secret ARN under a neutral name passes',
      template: lambdaFunction(`Environment:\n  Variables:\n    DB: arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf`),
      outcomes: ['Fn pass'],
    },
    {
      name: 'no secret at all is no evidence of the practice: not applicable',
      template: lambdaFunction(`Environment:\n  Variables:\n    TABLE_NAME: orders\n    LOG_LEVEL: INFO`),
      notApplicable: ['Fn'],
    },
    {
      name: 'no environment at all is not applicable',
      template: lambdaFunction(),
      notApplicable: ['Fn'],
    },
  ],
  invalid: [
    {
      name: 'a literal password, a GitHub token, and a deploy-time resolved secret',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          DB_PASSWORD: hunter2-but-longer
          GH: ghp_abcdefghijklmnopqrstuvwxyz0123456789
          API_TOKEN: '{{resolve:secretsmanager:orders/api:SecretString:token}}'
`,
      errors: [
        { messageId: 'literal', line: 7, severity: 'error' },
        { messageId: 'literal', line: 8, severity: 'error' },
        { messageId: 'resolved', line: 9, severity: 'warning' },
      ],
    },
  ],
};
