import type { RuleCases } from './support/cases.js';
import { framework, lambdaFunction, parameters, resource, stateMachine } from './support/case-builders.js';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a Stage parameter',
      template: `Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: !Sub orders-\${Stage}
`,
      outcomes: ['Fn pass'],
    },
    { name: 'an EnvironmentName parameter (any case) selects the environment', template: lambdaFunction('', [], parameters('environmentName')), outcomes: ['Fn pass'] },
    { name: 'a Serverless Framework service has stages built in', template: framework(), outcomes: ['CreateLambdaFunction pass'] },
    { name: 'a state machine alone is judged too', template: stateMachine("DefinitionString: '{}'", [], parameters('Stage')), outcomes: ['Machine pass'] },
  ],
  invalid: [
    {
      name: 'parameters, but none selects an environment',
      template: `Parameters:
  TableName:
    Type: String
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      errors: [{ messageId: 'noStage', line: 5 }],
    },
    {
      name: 'a template fact: reported once, on the first function or state machine, not once per resource',
      template: lambdaFunction('', [resource('Other', 'AWS::Lambda::Function', 'Runtime: python3.12'), resource('Flow', 'AWS::StepFunctions::StateMachine', 'DefinitionString: "{}"')]),
      errors: [{ messageId: 'noStage', line: 2, resource: 'Fn' }],
    },
  ],
};
