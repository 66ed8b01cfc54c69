import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a key from Secrets Manager and a password from a parameter without default',
      template: `Parameters:
  Password:
    Type: String
    NoEcho: true
Resources:
  Api:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-api-key
          ApiKeyValue: '{{resolve:secretsmanager:partner-key:SecretString:key}}'
  Basic:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: app
          Password: !Ref Password
`,
      outcomes: ['Api pass', 'Basic pass'],
    },
  ],
  invalid: [
    {
      name: 'a literal API key, and an OAuth client secret from a parameter default',
      template: `Parameters:
  ClientSecret:
    Type: String
    NoEcho: true
    Default: s3cr3t-value
Resources:
  Api:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-api-key
          ApiKeyValue: abcdef0123456789
  OAuth:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://auth.example.com/token
          HttpMethod: POST
          ClientParameters:
            ClientID: app
            ClientSecret: !Ref ClientSecret
`,
      errors: [
        { messageId: 'literal', line: 14, resource: 'Api' },
        { messageId: 'literal', line: 25, resource: 'OAuth' },
      ],
    },
  ],
};
