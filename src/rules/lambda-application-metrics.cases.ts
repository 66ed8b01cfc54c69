import type { RuleCases } from './support/cases.js';
import { lambdaFunction, parameters, resource } from './support/case-builders.js';

const byCondition = (branch: string): string => `Environment:\n  Variables: !If [Prod, { ${branch} }, !Ref AWS::NoValue]`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'variables chosen by a condition: a namespace written in a branch is evidence; a branch without one is not',
      template: `${parameters('Stage')}Conditions:\n  Prod: !Equals [!Ref Stage, prod]\n${lambdaFunction(byCondition('POWERTOOLS_METRICS_NAMESPACE: Orders'), [resource('Other', 'AWS::Lambda::Function', byCondition('LOG_LEVEL: INFO'))])}`,
      outcomes: ['Fn pass', 'Other unknown'],
    },
    {
      name: 'Powertools metrics namespace',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          POWERTOOLS_METRICS_NAMESPACE: Orders
`,
      outcomes: ['Fn pass'],
    },
    {
      name: 'a metric filter on the function log group, and no evidence at all',
      template: `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
  Logs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub /aws/lambda/\${Fn}
  Filter:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: !Ref Logs
      FilterPattern: '{ $.order = * }'
      MetricTransformations:
        - MetricName: Orders
          MetricNamespace: App
          MetricValue: '1'
  Plain:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
`,
      outcomes: ['Fn pass', 'Plain unknown'],
    },
  ],
  invalid: [],
};
