import type { RuleCases } from './support/cases.js';
import { resource } from './support/case-builders.js';

/** A template (with `head`) of one `AWS::Events::Connection` `Conn` of `type`; `auth` is the YAML under `AuthParameters` (line 7 without head). */
const connection = (type: string, auth: string, head = ''): string =>
  `${head}Resources:\n${resource('Conn', 'AWS::Events::Connection', `AuthorizationType: ${type}\nAuthParameters:\n${auth.replace(/^/gm, '  ')}`)}`;
const apiKey = (value: string): string => `ApiKeyAuthParameters:\n  ApiKeyName: x-api-key\n  ApiKeyValue: ${value}`;
const basic = (password: string): string => `BasicAuthParameters:\n  Username: app\n  Password: ${password}`;
const oauth = (secret: string): string => `OAuthParameters:\n  AuthorizationEndpoint: https://auth.example.com/token\n  HttpMethod: POST\n  ClientParameters:\n    ClientID: app\n    ClientSecret: ${secret}`;
const secretParameter = (name: string, defaultValue?: string): string => `Parameters:\n  ${name}:\n    Type: String\n    NoEcho: true\n${defaultValue === undefined ? '' : `    Default: ${defaultValue}\n`}`;

export const cases: RuleCases = {
  valid: [
    { name: 'a key from Secrets Manager', template: connection('API_KEY', apiKey("'{{resolve:secretsmanager:partner-key:SecretString:key}}'")), outcomes: ['Conn pass'] },
    { name: 'a password from a parameter without default is unknown', template: connection('BASIC', basic('!Ref Password'), secretParameter('Password')), outcomes: ['Conn unknown'] },
    { name: 'a key imported from another stack is unknown', template: connection('API_KEY', apiKey('!ImportValue partner-key')), outcomes: ['Conn unknown'] },
    { name: 'a key joined from a Secrets Manager reference and the stack name passes', template: connection('API_KEY', apiKey("!Join ['', ['{{resolve:secretsmanager:', !Ref AWS::StackName, '-key}}']]")), outcomes: ['Conn pass'] },
    { name: 'an OAuth client secret from a Secrets Manager Sub', template: connection('OAUTH_CLIENT_CREDENTIALS', oauth("!Sub '{{resolve:secretsmanager:${AWS::StackName}-oauth:SecretString:secret}}'")), outcomes: ['Conn pass'] },
    { name: 'a connection that invokes an endpoint without credentials fields', template: connection('API_KEY', 'InvocationHttpParameters:\n  HeaderParameters: []'), outcomes: ['Conn pass'] },
  ],
  invalid: [
    { name: 'a literal API key', template: connection('API_KEY', apiKey('abcdef0123456789')), errors: [{ messageId: 'literal', line: 9 }] },
    { name: 'a literal password', template: connection('BASIC', basic('hunter2')), errors: [{ messageId: 'literal', line: 9 }] },
    { name: 'a literal password beside a secret the template cannot resolve is still reported', template: connection('OAUTH_CLIENT_CREDENTIALS', `${basic('hunter2')}\n${oauth('!Ref ClientSecret')}`, secretParameter('ClientSecret')), errors: [{ messageId: 'literal', line: 13 }] },
    { name: 'a numeric API key', template: connection('API_KEY', apiKey('1234567890')), errors: [{ messageId: 'literal', line: 9 }] },
    { name: 'an OAuth client secret from a parameter default', template: connection('OAUTH_CLIENT_CREDENTIALS', oauth('!Ref ClientSecret'), secretParameter('ClientSecret', 's3cr3t-value')), errors: [{ messageId: 'literal', line: 17 }] },
  ],
};
