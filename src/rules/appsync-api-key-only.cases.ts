import type { RuleCases } from './support/cases.js';
import { parameters, resource } from './support/case-builders.js';

const api = (properties: string, head = ''): string => `${head}Resources:\n${resource('Api', 'AWS::AppSync::GraphQLApi', `Name: orders\n${properties}`)}`;

export const cases: RuleCases = {
  valid: [
    { name: 'Cognito user pools', template: api('AuthenticationType: AMAZON_COGNITO_USER_POOLS'), outcomes: ['Api pass'] },
    { name: 'an API key with IAM as an additional provider', template: api('AuthenticationType: API_KEY\nAdditionalAuthenticationProviders:\n  - AuthenticationType: AWS_IAM'), outcomes: ['Api pass'] },
    { name: 'IAM', template: api('AuthenticationType: AWS_IAM'), outcomes: ['Api pass'] },
    { name: 'an additional provider from a parameter is unknown', template: api('AuthenticationType: API_KEY\nAdditionalAuthenticationProviders:\n  - AuthenticationType: !Ref Extra', parameters('Extra')), outcomes: ['Api unknown'] },
    { name: 'a type from a parameter without default is unknown', template: api('AuthenticationType: !Ref Auth', parameters('Auth')), outcomes: ['Api unknown'] },
  ],
  invalid: [
    { name: 'an API key only', template: api('AuthenticationType: API_KEY'), errors: [{ messageId: 'apiKeyOnly', line: 6 }] },
    { name: 'API keys as the only additional provider too', template: api('AuthenticationType: API_KEY\nAdditionalAuthenticationProviders:\n  - AuthenticationType: API_KEY'), errors: [{ messageId: 'apiKeyOnly', line: 6 }] },
  ],
};
