import type { RuleCases } from './support/cases.js';
import { queue } from './support/case-builders.js';

/** A `Parameters:` section of one parameter `name` (line 2; its spec lines from line 3), then a queue. */
const param = (name: string, spec: string): string => `Parameters:\n  ${name}:\n${spec.split('\n').map((l) => `    ${l}`).join('\n')}\n${queue()}`;

export const cases: RuleCases = {
  valid: [
    { name: 'a NoEcho parameter without default passes (the secret is given at deployment)', template: param('DbPassword', 'Type: String\nNoEcho: true'), outcomes: ['DbPassword pass'] },
    { name: "NoEcho written as the string 'true' counts", template: param('Secret', "Type: String\nNoEcho: 'true'"), outcomes: ['Secret pass'] },
    { name: "an empty default is the usual 'not set'", template: param('ApiKey', "Type: String\nNoEcho: true\nDefault: ''"), outcomes: ['ApiKey pass'] },
    {
      name: 'parameters about a secret (its ARN, name, length) and ordinary parameters are not judged',
      template: `Parameters:\n  DbPasswordArn:\n    Type: String\n    Default: arn:aws:secretsmanager:us-east-1:123456789012:secret:db\n  SecretName:\n    Type: String\n    Default: orders/db\n  PasswordLength:\n    Type: Number\n    Default: 32\n  Stage:\n    Type: String\n    Default: prod\n${queue()}`,
      outcomes: [],
    },
    { name: 'an SSM parameter type holds a parameter name, not the secret', template: param('DbPassword', 'Type: AWS::SSM::Parameter::Value<String>\nDefault: /orders/db/password'), outcomes: [] },
  ],
  invalid: [
    { name: 'a NoEcho parameter with a literal default, at the default', template: param('DbMaster', 'Type: String\nNoEcho: true\nDefault: hunter2hunter2'), errors: [{ messageId: 'noEchoDefault', line: 5 }] },
    { name: 'a password-named parameter with a literal default, without NoEcho', template: param('GitHubToken', 'Type: String\nDefault: ghp_example'), errors: [{ messageId: 'namedDefault', line: 4 }] },
    { name: 'a numeric default is a literal too', template: param('PinCode', 'Type: Number\nNoEcho: true\nDefault: 1234'), errors: [{ messageId: 'noEchoDefault', line: 5 }] },
    { name: 'a password-named parameter without NoEcho is shown in the console: a warning, at the parameter', template: param('AdminPassword', 'Type: String'), errors: [{ messageId: 'visible', line: 2, severity: 'warning' }] },
  ],
};
