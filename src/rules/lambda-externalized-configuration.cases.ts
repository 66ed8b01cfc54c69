import type { RuleCases } from './support/cases.js';
import { lambdaFunction, resource, role, samFunction } from './support/case-builders.js';

const env = (name: string, value: string): string => `Environment:\n  Variables:\n    ${name}: ${value}`;

export const cases: RuleCases = {
  valid: [
    { name: 'an SSM parameter referenced in the environment', template: lambdaFunction(env('SETTINGS_PARAMETER', '!Ref Settings'), [resource('Settings', 'AWS::SSM::Parameter', "Type: String\nValue: '{}'")]), outcomes: ['Fn pass'] },
    { name: 'a function with no configuration source is unknown (code may read it)', template: lambdaFunction(), outcomes: ['Fn unknown'] },
    { name: 'the AppConfig extension layer', template: lambdaFunction('Layers:\n  - arn:aws:lambda:eu-west-1:434848589818:layer:AWS-AppConfig-Extension:128'), outcomes: ['Fn pass'] },
    { name: 'an SSM dynamic reference in the environment', template: lambdaFunction(env('TABLE', "'{{resolve:ssm:/orders/table}}'")), outcomes: ['Fn pass'] },
    { name: 'a Powertools parameters variable', template: lambdaFunction(env('POWERTOOLS_PARAMETERS_MAX_AGE', "'300'")), outcomes: ['Fn pass'] },
    { name: 'a role allowed ssm:GetParameter', template: lambdaFunction('Role: !GetAtt Role.Arn', [role('Role', "- Effect: Allow\n  Action: ssm:GetParameter\n  Resource: '*'")]), outcomes: ['Fn pass'] },
    { name: 'a SAM SSMParameterReadPolicy', template: samFunction('Policies:\n  - SSMParameterReadPolicy:\n      ParameterName: orders/*'), outcomes: ['Fn pass'] },
    { name: 'a role that denies ssm:GetParameter shows nothing: unknown', template: lambdaFunction('Role: !GetAtt Role.Arn', [role('Role', "- Effect: Deny\n  Action: ssm:GetParameter\n  Resource: '*'")]), outcomes: ['Fn unknown'] },
  ],
  invalid: [],
};
