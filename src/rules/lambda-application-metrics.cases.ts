import type { RuleCases } from './support/cases.js';

export const cases: RuleCases = {
  valid: [
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
