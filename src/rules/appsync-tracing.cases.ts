import type { RuleCases } from './support/cases.js';
import { parameters, resource } from './support/case-builders.js';

/** An AppSync GraphQL API `Api` (line 2; `properties` from line 7 after `Name` and `AuthenticationType`). */
const graphql = (properties = '', head = ''): string => `${head}Resources:\n${resource('Api', 'AWS::AppSync::GraphQLApi', `Name: orders\nAuthenticationType: AWS_IAM\n${properties}`)}`;

export const cases: RuleCases = {
  valid: [
    { name: 'XrayEnabled true', template: graphql('XrayEnabled: true'), outcomes: ['Api pass'] },
    { name: "XrayEnabled written as the string 'true'", template: graphql("XrayEnabled: 'true'"), outcomes: ['Api pass'] },
    { name: 'XrayEnabled from a parameter without default is unknown', template: graphql('XrayEnabled: !Ref Xray', parameters('Xray')), outcomes: ['Api unknown'] },
    { name: 'XrayEnabled chosen by a condition is unknown', template: graphql('XrayEnabled: !If [Prod, true, false]', 'Conditions:\n  Prod: !Equals [!Ref AWS::Region, eu-west-1]\n'), outcomes: ['Api unknown'] },
  ],
  invalid: [
    { name: 'XrayEnabled absent', template: graphql(), errors: [{ messageId: 'disabled', line: 2 }] },
    { name: 'XrayEnabled false points at the property', template: graphql('XrayEnabled: false'), errors: [{ messageId: 'disabled', line: 7 }] },
    { name: 'a parameter default decides: false', template: graphql('XrayEnabled: !Ref Xray', 'Parameters:\n  Xray:\n    Type: String\n    Default: false\n'), errors: [{ messageId: 'disabled', line: 11 }] },
  ],
};
